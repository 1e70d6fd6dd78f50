import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../api/test/free-port.js';
import { TestApp, type Auth } from '../api/test/harness.js';
import { CREATE_REWARD, meetingOn, must, pointsWorld, REDEEM, type PointsWorld } from '../api/test/points.js';
import { StaffRole } from '../api/src/modules/staff/index.js';
import { localDate } from '../api/src/platform/time.js';

/**
 * Jepsen-style: two API *processes* (api/dist/main.js, as production runs it) on one database,
 * many concurrent awards (the same attendance recorded through both at once), redemptions
 * against small balances and small stock through both (sometimes the same key through both at
 * once), cancels racing fulfils through both; midway one process is killed with SIGKILL and the
 * rest goes on through the other (what was sent to the dead one is retried there, with the same
 * keys). Then the database must hold its invariants, whatever the interleaving was.
 *
 * The test process's own TestApp only makes the community, staff and residents and reads the
 * database afterwards; it takes none of the load.
 */

const root = path.resolve(import.meta.dirname, '..');
const RESIDENTS = 16;
const BALANCE = 10;
const SCARCE = { name: '理发一次', cost: 30, stock: 6 };
const PLENTY = { name: '洗衣液', cost: 20, stock: 40 };
const CONCURRENCY = 24;

interface ApiProcess {
  name: string;
  url: string;
  child: ChildProcess;
  dead: boolean;
  output: () => string;
}

async function startApiProcess(name: string, databaseUrl: string, dataDir: string): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'api/dist/main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATABASE_APP_URL: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      SERVE_APPS: 'false',
      PUBLIC_URL: '',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out = (out + c.toString()).slice(-20_000)));
  child.stderr!.on('data', (c: Buffer) => (out = (out + c.toString()).slice(-20_000)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name}: no start within 60 s:\n${out}`)), 60_000);
    const onData = () => {
      if (out.includes('Linli is running')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${out}`));
    });
  });
  const proc: ApiProcess = { name, url: `http://127.0.0.1:${port}/graphql`, child, dead: false, output: () => out };
  child.once('exit', () => (proc.dead = true));
  return proc;
}

type Outcome<T> =
  | { ok: true; data: T; via: string }
  | { ok: false; network: true; via: string }
  | { ok: false; network?: false; code?: string; reason?: string; message: string; via: string };

async function call<T>(
  p: ApiProcess,
  query: string,
  variables: Record<string, unknown>,
  auth: Auth,
): Promise<Outcome<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth.token) headers.authorization = `Bearer ${auth.token}`;
  if (auth.residentToken) headers['x-resident-token'] = auth.residentToken;
  let body: { data?: T | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  try {
    const res = await fetch(p.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    body = (await res.json()) as typeof body;
  } catch {
    return { ok: false, network: true, via: p.name };
  }
  if (body.data && !body.errors?.length) return { ok: true, data: body.data, via: p.name };
  const e = body.errors?.[0];
  return {
    ok: false,
    code: e?.extensions?.code as string | undefined,
    reason: e?.extensions?.reason as string | undefined,
    message: e?.message ?? 'no data',
    via: p.name,
  };
}

/** Runs the jobs with at most `n` at a time, in the order given. */
async function pool(jobs: Array<() => Promise<void>>, n: number, onStart?: (i: number) => void): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < jobs.length) {
        const i = next++;
        onStart?.(i);
        await jobs[i]();
      }
    }),
  );
}

function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

const POSTING = 'balance alreadyRecorded entry { id amount }';
type Posting = { balance: number; alreadyRecorded: boolean; entry: { id: string; amount: number } };
// The meeting module's staff check-in is the attendance award (its "already" read as a posting's).
const ATTEND = `mutation($m: ID!, $r: ID!) {
  checkInResident(input: { meetingId: $m, residentId: $r }) { alreadyRecorded: alreadyCheckedIn pointsAwarded } }`;
const HOURS = `mutation($r: ID!, $day: String!) {
  recordVolunteerHours(input: { residentId: $r, day: $day, activity: "楼道清洁", hours: 1.5, verifiedBy: "楼长" }) { ${POSTING} } }`;
const MANUAL = `mutation($r: ID!, $key: String!) {
  adjustPoints(input: { residentId: $r, points: 15, note: "议事会记录员", idempotencyKey: $key }) { ${POSTING} } }`;
const CANCEL = 'mutation($id: ID!) { cancelVoucher(input: { voucherId: $id, note: "不要了" }) { id status } }';
const FULFIL = 'mutation($c: String!) { fulfilVoucher(input: { code: $c }) { id status } }';
const VERIFY = 'mutation { verifyLedger { ok accounts entries problems mismatches { residentId balance sum } } }';
type Voucher = { id: string; code: string; status: string; cost: number; rewardName: string };

describe('points across two API processes on one database', () => {
  let t: TestApp;
  let dataDir = '';
  const procs: ApiProcess[] = [];
  beforeAll(async () => {
    t = await TestApp.start();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'linli-points-2p-'));
    await chmod(dataDir, 0o711);
    procs.push(...(await Promise.all(['A', 'B'].map((n) => startApiProcess(n, t.databaseUrl, path.join(dataDir, n))))));
  });
  afterAll(async () => {
    for (const p of procs) {
      if (p.dead) continue;
      p.child.kill('SIGTERM');
      await new Promise((r) => p.child.once('exit', r));
    }
    await t?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps every balance, voucher and credit exact through concurrent load and a SIGKILL', async () => {
    const [A, B] = procs;
    const w: PointsWorld = await pointsWorld(t, {
      residents: RESIDENTS,
      balance: BALANCE,
      cost: SCARCE.cost,
      stock: SCARCE.stock,
    });
    // pointsWorld's reward is the scarce one (its name aside); the plentiful one is made here.
    const plenty = (await must<{ createReward: { id: string } }>(t.gql(CREATE_REWARD, { ...PLENTY }, w.secretary)))
      .createReward.id;
    const rewards = [
      { id: w.rewardId, ...SCARCE },
      { id: plenty, ...PLENTY },
    ];
    const staff = { token: (await t.newStaff(w.communityId, StaffRole.STAFF)).token };
    const admin = { token: (await t.newStaff(w.communityId, StaffRole.ADMIN)).token };
    const staffs = [w.secretary, staff];
    const today = localDate(t.app.clock.now());
    const daysAgo = (n: number) => localDate(new Date(t.app.clock.now().getTime() - n * 24 * 3600_000));
    const meetingDays = [1, 2, 3, 4].map(daysAgo);
    // A meeting held on each of those days (closed: staff record its sign-ins).
    const meetingOf = new Map<string, string>();
    for (const day of meetingDays) meetingOf.set(day, await meetingOn(t, w.secretary, day));

    const unexpected: string[] = [];
    const counts = {
      requests: 0,
      network: 0,
      credited: 0,
      alreadyRecorded: 0,
      shiftRecorded: 0,
      redeemed: 0,
      redeemReplayed: 0,
      notEnough: 0,
      soldOut: 0,
      cancelled: 0,
      fulfilled: 0,
      voucherState: 0,
    };
    /** A request to `p`; if it is dead or dies meanwhile, the same request again through A. */
    async function send<T>(p: ApiProcess, query: string, vars: Record<string, unknown>, auth: Auth) {
      counts.requests++;
      const first = p.dead ? ({ ok: false, network: true, via: p.name } as const) : await call<T>(p, query, vars, auth);
      if (first.ok || !first.network) return first;
      counts.network++;
      counts.requests++;
      const again = await call<T>(A, query, vars, auth);
      return Object.assign(again, { retried: true });
    }
    const expectOk = <T>(label: string, o: Outcome<T>, allowed: string[] = []): o is Outcome<T> & { ok: true } => {
      if (o.ok) return true;
      if (o.network) unexpected.push(`${label} via ${o.via}: network error after retry`);
      else if (!o.reason || !allowed.includes(o.reason))
        unexpected.push(`${label} via ${o.via}: ${o.code} ${o.reason ?? ''} ${o.message}`);
      return false;
    };

    // ---- what the clients were told ----
    const creditedBy = new Map<string, number>(); // `${resident}:${what}` → answers saying "credited now"
    const issued = new Map<string, Voucher & { key: string; resident: number }>();
    const keysAnswered = new Map<string, string>(); // `${resident}:${key}` → voucher id answered
    const closed = new Map<string, 'CANCELLED' | 'FULFILLED'>();
    /** Vouchers whose cancel or fulfil went to B as it died: its outcome is not known to the client. */
    const uncertain = new Set<string>();

    const credit = (what: string, o: Outcome<Record<string, Posting>>) => {
      if (!expectOk(what, o, ['SHIFT_RECORDED'])) {
        if (!o.ok && !o.network && o.reason === 'SHIFT_RECORDED') counts.shiftRecorded++;
        return;
      }
      const p = Object.values(o.data)[0];
      if (p.alreadyRecorded) counts.alreadyRecorded++;
      else {
        counts.credited++;
        creditedBy.set(what, (creditedBy.get(what) ?? 0) + 1);
      }
    };
    /** The same credit recorded through both processes at once, by both staff members. */
    const awardJobs = (r: number, days: string[]) => [
      ...days.map((day) => async () => {
        const vars = { r: w.residents[r].id, m: meetingOf.get(day) };
        const answers = await Promise.all([
          send<Record<string, Posting>>(A, ATTEND, vars, staffs[0]),
          send<Record<string, Posting>>(B, ATTEND, vars, staffs[1]),
          send<Record<string, Posting>>(B, ATTEND, vars, staffs[0]),
          send<Record<string, Posting>>(A, ATTEND, vars, staffs[1]),
        ]);
        for (const a of answers) credit(`${r}:meeting:${day}`, a);
      }),
      async () => {
        const vars = { r: w.residents[r].id, day: today };
        const answers = await Promise.all(
          [A, B].map((p, i) => send<Record<string, Posting>>(p, HOURS, vars, staffs[i])),
        );
        for (const a of answers) credit(`${r}:hours:${today}`, a);
      },
      async () => {
        const vars = { r: w.residents[r].id, key: randomUUID() };
        const answers = await Promise.all(
          [A, B].map((p) => send<Record<string, Posting>>(p, MANUAL, vars, w.secretary)),
        );
        for (const a of answers) credit(`${r}:manual:${vars.key}`, a);
      },
    ];
    /** A redemption through one process, or (a double tap reaching both) the same key through both at once. */
    const redeemJob = (r: number, reward: number, both: boolean) => async () => {
      const key = randomUUID();
      const vars = { reward: rewards[reward].id, key };
      const via = both ? [A, B] : [Math.random() < 0.5 ? A : B];
      const answers = await Promise.all(
        via.map((p) => send<{ redeemReward: Voucher }>(p, REDEEM, vars, w.residents[r].auth)),
      );
      for (const a of answers) {
        if (!expectOk(`redeem r${r}`, a, ['NOT_ENOUGH_POINTS', 'SOLD_OUT'])) {
          if (!a.ok && !a.network && a.reason === 'NOT_ENOUGH_POINTS') counts.notEnough++;
          if (!a.ok && !a.network && a.reason === 'SOLD_OUT') counts.soldOut++;
          continue;
        }
        const v = a.data.redeemReward;
        const seenKey = keysAnswered.get(`${r}:${key}`);
        if (seenKey && seenKey !== v.id) unexpected.push(`redeem r${r}: one key, two vouchers ${seenKey} ${v.id}`);
        if (seenKey) counts.redeemReplayed++;
        else counts.redeemed++;
        keysAnswered.set(`${r}:${key}`, v.id);
        issued.set(v.id, { ...v, key, resident: r });
      }
    };
    const redeemJobs = (both: number) =>
      w.residents.flatMap((_, r) =>
        Array.from({ length: 3 }, (_, i) => redeemJob(r, (r + i) % 2, Math.random() < both)),
      );

    // ---- phase 1: awards and redemptions, all at once through both processes ----
    const phase1 = shuffle([
      ...w.residents.flatMap((_, r) => awardJobs(r, meetingDays.slice(0, 3))),
      ...redeemJobs(0.25),
    ]);
    await pool(phase1, CONCURRENCY);

    // ---- phase 2: cancels racing fulfils, more redemptions and a meeting; B is killed a third of the way in ----
    const raceJobs = [...issued.values()].map((v, i) => async () => {
      if (i % 3 === 2) return; // some stay issued
      const [p, q] = Math.random() < 0.5 ? [A, B] : [B, A];
      const answers = await Promise.all([
        send<{ cancelVoucher: { status: string } }>(p, CANCEL, { id: v.id }, staffs[i % 2]),
        i % 3 === 0
          ? send<{ fulfilVoucher: { status: string } }>(q, FULFIL, { c: v.code }, staffs[(i + 1) % 2])
          : Promise.resolve(null),
      ]);
      const [c, f] = answers;
      if ('retried' in c || (f && 'retried' in f)) uncertain.add(v.id);
      if (expectOk(`cancel ${v.code}`, c, ['VOUCHER_STATE'])) {
        counts.cancelled++;
        closed.set(v.id, 'CANCELLED');
      } else if (!c.ok && !c.network) counts.voucherState++;
      if (f && expectOk(`fulfil ${v.code}`, f, ['VOUCHER_STATE'])) {
        counts.fulfilled++;
        if (closed.has(v.id)) unexpected.push(`voucher ${v.code} both cancelled and fulfilled`);
        closed.set(v.id, 'FULFILLED');
      } else if (f && !f.ok && !f.network) counts.voucherState++;
    });
    const phase2 = shuffle([
      ...raceJobs,
      ...redeemJobs(0.25),
      ...w.residents.flatMap((_, r) => awardJobs(r, meetingDays.slice(3)).slice(0, 1)),
    ]);
    const killAt = Math.floor(phase2.length / 3);
    await pool(phase2, CONCURRENCY, (i) => {
      if (i === killAt) B.child.kill('SIGKILL');
    });
    expect(B.dead || (await new Promise((r) => B.child.once('exit', () => r(true))))).toBe(true);

    // ---- what the database holds ----
    const c = w.communityId;
    const accounts = await t.sql<{ resident_id: string; balance: string; sum: string; last: string | null }>(
      `SELECT a.resident_id, a.balance::text, coalesce(sum(e.amount), 0)::text AS sum,
              (SELECT l.balance_after::text FROM ledger_entry l WHERE l.account_id = a.id ORDER BY l.seq DESC LIMIT 1) AS last
         FROM ledger_account a LEFT JOIN ledger_entry e ON e.account_id = a.id WHERE a.community_id = ? GROUP BY a.id`,
      [c],
    );
    const vouchers = await t.sql<{
      id: string;
      status: string;
      reward_id: string;
      debit_ok: boolean;
      refunds: number;
      refund_ok: boolean | null;
    }>(
      `SELECT v.id, v.status, v.reward_id,
              (d.amount = -v.cost AND d.reason = 'REWARD_REDEEMED' AND a.resident_id = v.resident_id) AS debit_ok,
              (SELECT count(*)::int FROM ledger_entry f WHERE f.reverses_id = v.debit_entry_id) AS refunds,
              (SELECT f.reverses_id = v.debit_entry_id AND f.amount = v.cost FROM ledger_entry f WHERE f.id = v.refund_entry_id) AS refund_ok
         FROM voucher v LEFT JOIN ledger_entry d ON d.id = v.debit_entry_id LEFT JOIN ledger_account a ON a.id = d.account_id
        WHERE v.community_id = ?`,
      [c],
    );
    const [{ debits }] = await t.sql<{ debits: number }>(
      `SELECT count(*)::int AS debits FROM ledger_entry WHERE community_id = ? AND reason = 'REWARD_REDEEMED'`,
      [c],
    );
    const stock = await t.sql<{ id: string; stock: number }>('SELECT id, stock FROM reward WHERE community_id = ?', [
      c,
    ]);
    const credits = await t.sql<{ resident_id: string; what: string; n: number }>(
      `SELECT a.resident_id, e.source_kind || ':' || e.source_id AS what, count(*)::int AS n
         FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id
        WHERE e.community_id = ? AND e.reason IN ('MEETING_ATTENDED', 'VOLUNTEER_HOUR')
        GROUP BY 1, 2`,
      [c],
    );
    const manual = await t.sql<{ key: string; n: number }>(
      `SELECT idempotency_key AS key, count(*)::int AS n FROM ledger_entry
        WHERE community_id = ? AND reason = 'MANUAL_AWARD' GROUP BY 1`,
      [c],
    );
    const verify = await call<{ verifyLedger: { ok: boolean; problems: string[]; mismatches: unknown[] } }>(
      A,
      VERIFY,
      {},
      admin,
    );

    const byStatus = (s: string) => vouchers.filter((v) => v.status === s).length;
    console.log(
      [
        `two processes, ${RESIDENTS} residents: ${counts.requests} requests (${counts.network} hit the killed process and were retried on A)`,
        `credits: ${counts.credited} credited, ${counts.alreadyRecorded} answered "already recorded", ${counts.shiftRecorded} "shift recorded"`,
        `redemptions: ${counts.redeemed} vouchers (${counts.redeemReplayed} same-key replays), ${counts.notEnough} not enough points, ${counts.soldOut} sold out`,
        `vouchers in the database: ${vouchers.length} (${byStatus('ISSUED')} issued, ${byStatus('FULFILLED')} fulfilled, ${byStatus('CANCELLED')} cancelled, ${byStatus('EXPIRED')} expired); ${debits} debits`,
        `cancel/fulfil: ${counts.cancelled} cancelled, ${counts.fulfilled} fulfilled, ${counts.voucherState} refused (already closed)`,
        `verifyLedger: ${JSON.stringify(verify.ok ? verify.data.verifyLedger : verify)}`,
        `unexpected answers: ${unexpected.length ? unexpected.slice(0, 20).join('\n  ') : 'none'}`,
      ].join('\n'),
    );

    // Every answer was one the API may give (no internal errors, no lost request after the retry).
    expect(unexpected).toEqual([]);
    // Σ entries = balance ≥ 0 for every account, and the last entry left that balance.
    expect(accounts).toHaveLength(RESIDENTS);
    for (const a of accounts) {
      expect(Number(a.balance)).toBeGreaterThanOrEqual(0);
      expect(a.sum).toBe(a.balance);
      expect(a.last).toBe(a.balance);
    }
    // No voucher without its debit, no debit without its voucher.
    expect(vouchers.filter((v) => !v.debit_ok)).toEqual([]);
    expect(debits).toBe(vouchers.length);
    // Every cancelled (or expired) voucher has exactly one refund reversing its debit; the others none.
    for (const v of vouchers) {
      const refunded = v.status === 'CANCELLED' || v.status === 'EXPIRED';
      expect({ id: v.id, refunds: v.refunds, ok: v.refund_ok }).toEqual({
        id: v.id,
        refunds: refunded ? 1 : 0,
        ok: refunded ? true : null,
      });
    }
    // Stock = initial − vouchers that hold an item (issued or fulfilled).
    for (const r of rewards) {
      const holding = vouchers.filter(
        (v) => v.reward_id === r.id && (v.status === 'ISSUED' || v.status === 'FULFILLED'),
      );
      expect(stock.find((s) => s.id === r.id)!.stock).toBe(r.stock - holding.length);
    }
    // The scarce reward sold out (the load was meant to reach its last item), never below zero.
    expect(stock.find((s) => s.id === rewards[0].id)!.stock).toBeGreaterThanOrEqual(0);
    // Each attendance and shift credited once: 4 meeting days and one shift per resident.
    expect(credits.filter((x) => x.n !== 1)).toEqual([]);
    expect(credits).toHaveLength(RESIDENTS * 5);
    for (const [what, n] of creditedBy) expect(n, `answers saying ${what} was credited`).toBe(1);
    // Each manual award (one key sent through both) credited once; plus pointsWorld's own.
    expect(manual.filter((x) => x.n !== 1)).toEqual([]);
    expect(manual).toHaveLength(RESIDENTS * 2);
    // Every voucher a client was given exists, as its last answer said.
    const statusOf = new Map(vouchers.map((v) => [v.id, v.status]));
    for (const v of issued.values()) {
      if (uncertain.has(v.id)) expect(['CANCELLED', 'FULFILLED']).toContain(statusOf.get(v.id));
      else expect(statusOf.get(v.id), v.code).toBe(closed.get(v.id) ?? 'ISSUED');
    }
    // The product's own check agrees.
    expect(verify.ok && verify.data.verifyLedger.ok).toBe(true);
  }, 240_000);
});

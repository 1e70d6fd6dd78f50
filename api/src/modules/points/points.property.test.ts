import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, expectError, type Auth, type GqlResult } from '../../../test/harness.js';
import {
  CREATE_REWARD,
  REDEEM,
  attend,
  ledgerInvariants,
  must,
  pointsWorld,
  type Redeemed,
} from '../../../test/points.js';
import { localDate } from '../../platform/time.js';
import { RewardsService } from './rewards.service.js';

/**
 * Random sequences of award / redeem / cancel / fulfil / expire / correct against a simple model
 * of balances, stock and vouchers; after every step the database must agree with the model and
 * with itself (Σ entries = balance, every voucher with its debit, every refund reversing it).
 */

const DAY = 24 * 3600_000;
const RULE = { MEETING_ATTENDED: 10, VOLUNTEER_HOUR: 5 };
const REWARDS = [
  { name: '洗衣液', cost: 30, stock: 3 },
  { name: '文具套装', cost: 50, stock: 2 },
];
const RESIDENTS = 2;
const START_BALANCE = 60;

const POSTING = 'balance alreadyRecorded entry { id amount reason reversesId }';
type Posting = {
  balance: number;
  alreadyRecorded: boolean;
  entry: { id: string; amount: number; reversesId: string | null };
};
const HOURS = `mutation($r: ID!, $day: String!, $activity: String!, $hours: Float!) {
  recordVolunteerHours(input: { residentId: $r, day: $day, activity: $activity, hours: $hours, verifiedBy: "楼长" }) { ${POSTING} } }`;
const REVERSE = `mutation($e: ID!) { reversePointsEntry(input: { entryId: $e, note: "记错了" }) { ${POSTING} } }`;
const ADJUST_FULL = `mutation($r: ID!, $p: Int!, $key: String!) {
  adjustPoints(input: { residentId: $r, points: $p, note: "测试", idempotencyKey: $key }) { ${POSTING} } }`;
const CANCEL = 'mutation($id: ID!) { cancelVoucher(input: { voucherId: $id, note: "不要了" }) { id status } }';
const FULFIL = 'mutation($c: String!) { fulfilVoucher(input: { code: $c }) { id status } }';

type Status = 'ISSUED' | 'FULFILLED' | 'CANCELLED' | 'EXPIRED';
interface ModelVoucher {
  id: string;
  code: string;
  resident: number;
  reward: number;
  cost: number;
  status: Status;
  expiresAt: number;
}
interface ModelEntry {
  id: string;
  resident: number;
  amount: number;
  /** A voucher's debit or refund: moves only with the voucher. */
  ofVoucher: boolean;
  isReversal: boolean;
  reversedBy: string | null;
}
interface Model {
  balances: number[];
  stock: number[];
  vouchers: ModelVoucher[];
  /** `${resident}:${key}` → index in vouchers (successful redemptions only). */
  voucherByKey: Map<string, number>;
  /** Every redemption key tried, with who tried it first. */
  redeemKeys: string[];
  entries: ModelEntry[];
  attended: Set<string>;
  shifts: Set<string>;
  /** Manual adjustments that went through: key → resident and points. */
  manual: Map<string, { resident: number; points: number }>;
  manualKeys: string[];
}
interface Real {
  t: TestApp;
  communityId: string;
  secretary: Auth;
  residents: Array<{ id: string; auth: Auth }>;
  rewards: string[];
}

const mod = (i: number, n: number) => ((i % n) + n) % n;

/** How often each outcome came up over the whole run (printed at the end: a property that never redeems proves little). */
const seen = new Map<string, number>();
const saw = (outcome: string) => seen.set(outcome, (seen.get(outcome) ?? 0) + 1);

function conflict(res: GqlResult<unknown>, reason: string, ext: Record<string, unknown> = {}) {
  saw(reason);
  expectError(res, 'CONFLICT', { reason, ...ext });
}

/** Everything the database says, compared with the model. */
async function compare(m: Model, r: Real) {
  const { t, communityId } = r;
  const accounts = await t.sql<{ resident_id: string; balance: string }>(
    'SELECT resident_id, balance::text FROM ledger_account WHERE community_id = ?',
    [communityId],
  );
  const balanceOf = new Map(accounts.map((a) => [a.resident_id, Number(a.balance)]));
  expect(
    r.residents.map((x) => balanceOf.get(x.id) ?? 0),
    'balances',
  ).toEqual(m.balances);

  const rewards = await t.sql<{ id: string; stock: number }>('SELECT id, stock FROM reward WHERE community_id = ?', [
    communityId,
  ]);
  const stockOf = new Map(rewards.map((x) => [x.id, x.stock]));
  expect(
    r.rewards.map((id) => stockOf.get(id)),
    'stock',
  ).toEqual(m.stock);

  const vouchers = await t.sql<{ id: string; status: Status; cost: number; refund_ok: boolean | null }>(
    `SELECT v.id, v.status, v.cost,
            CASE WHEN v.refund_entry_id IS NULL THEN NULL
                 ELSE (f.reverses_id = v.debit_entry_id AND f.amount = v.cost) END AS refund_ok
       FROM voucher v LEFT JOIN ledger_entry f ON f.id = v.refund_entry_id WHERE v.community_id = ?`,
    [communityId],
  );
  const statusOf = new Map(vouchers.map((v) => [v.id, v]));
  expect(vouchers.length, 'vouchers').toBe(m.vouchers.length);
  for (const v of m.vouchers) {
    const found = statusOf.get(v.id)!;
    expect(found.status, `voucher ${v.code}`).toBe(v.status);
    const refunded = v.status === 'CANCELLED' || v.status === 'EXPIRED';
    expect(found.refund_ok, `voucher ${v.code} refund`).toBe(refunded ? true : null);
  }

  const [{ n }] = await t.sql<{ n: string }>('SELECT count(*)::text AS n FROM ledger_entry WHERE community_id = ?', [
    communityId,
  ]);
  expect(Number(n), 'entries').toBe(m.entries.length);
  const inv = await ledgerInvariants(t, communityId);
  for (const a of inv.accounts) expect(a.balance, 'Σ entries = balance').toBe(a.sum);
  expect(inv.orphanVouchers, 'vouchers without their debit').toBe(0);
}

type Cmd = fc.AsyncCommand<Model, Real>;

/** The entry of a voucher (its debit or refund), read from the voucher. */
async function voucherEntry(r: Real, voucherId: string, column: 'debit_entry_id' | 'refund_entry_id') {
  const [v] = await r.t.sql<{ id: string }>(`SELECT ${column} AS id FROM voucher WHERE id = ?`, [voucherId]);
  return v.id;
}

function recordPosting(m: Model, resident: number, p: Posting) {
  m.balances[resident] += p.entry.amount;
  m.entries.push({
    id: p.entry.id,
    resident,
    amount: p.entry.amount,
    ofVoucher: false,
    isReversal: !!p.entry.reversesId,
    reversedBy: null,
  });
  expect(p.balance).toBe(m.balances[resident]);
}

class Adjust implements Cmd {
  constructor(
    readonly resident: number,
    readonly points: number,
    /** -1: a fresh key; else an earlier key (same or other points). */
    readonly keyPick: number,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const resident = mod(this.resident, RESIDENTS);
    const key =
      this.keyPick < 0 || !m.manualKeys.length ? randomUUID() : m.manualKeys[mod(this.keyPick, m.manualKeys.length)];
    m.manualKeys.push(key);
    const res = await r.t.gql<{ adjustPoints: Posting }>(
      ADJUST_FULL,
      { r: r.residents[resident].id, p: this.points, key },
      r.secretary,
    );
    // The ledger key is per resident (`manual:<resident>:<key>`).
    const before = m.manual.get(`${resident}:${key}`);
    if (before) {
      if (before.points === this.points) {
        saw('adjust replayed');
        expect(res.data?.adjustPoints.alreadyRecorded).toBe(true);
        expect(res.data!.adjustPoints.balance).toBe(m.balances[resident]);
      } else {
        conflict(res, 'IDEMPOTENCY_KEY_REUSED');
      }
    } else if (this.points < 0 && m.balances[resident] < -this.points) {
      conflict(res, 'NOT_ENOUGH_POINTS', { balance: m.balances[resident], needed: -this.points });
    } else {
      expect(res.errors).toBeUndefined();
      saw(this.points > 0 ? 'award' : 'deduction');
      expect(res.data!.adjustPoints.alreadyRecorded).toBe(false);
      recordPosting(m, resident, res.data!.adjustPoints);
      m.manual.set(`${resident}:${key}`, { resident, points: this.points });
    }
    await compare(m, r);
  }
  toString = () => `adjust(r${this.resident}, ${this.points}, key ${this.keyPick})`;
}

class Attend implements Cmd {
  constructor(
    readonly resident: number,
    readonly daysAgo: number,
    readonly title: string,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const resident = mod(this.resident, RESIDENTS);
    const day = localDate(new Date(r.t.app.clock.now().getTime() - this.daysAgo * DAY));
    // The meeting module's check-in (staff, at the meeting of that day) credits the attendance.
    const a = await attend(r.t, r.secretary, r.residents[resident].id, day, this.title);
    const p: Posting = { balance: a.balance, alreadyRecorded: a.alreadyRecorded, entry: a.entry! };
    if (m.attended.has(`${resident}:${day}`)) {
      saw('attendance again');
      expect(p.alreadyRecorded).toBe(true);
      expect(a.entry).toBeNull();
      expect(p.balance).toBe(m.balances[resident]);
    } else {
      expect(p.alreadyRecorded).toBe(false);
      saw('attendance');
      expect(p.entry.amount).toBe(RULE.MEETING_ATTENDED);
      recordPosting(m, resident, p);
      m.attended.add(`${resident}:${day}`);
    }
    await compare(m, r);
  }
  toString = () => `attend(r${this.resident}, -${this.daysAgo}d, ${this.title})`;
}

class Hours implements Cmd {
  constructor(
    readonly resident: number,
    readonly daysAgo: number,
    readonly activity: string,
    readonly hours: number,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const resident = mod(this.resident, RESIDENTS);
    const day = localDate(new Date(r.t.app.clock.now().getTime() - this.daysAgo * DAY));
    const res = await r.t.gql<{ recordVolunteerHours: Posting }>(
      HOURS,
      { r: r.residents[resident].id, day, activity: this.activity, hours: this.hours },
      r.secretary,
    );
    const shift = `${resident}:${day}:${this.activity}`;
    if (m.shifts.has(shift)) {
      conflict(res, 'SHIFT_RECORDED');
    } else {
      expect(res.errors).toBeUndefined();
      const p = res.data!.recordVolunteerHours;
      saw('hours');
      expect(p.entry.amount).toBe(Math.floor(RULE.VOLUNTEER_HOUR * this.hours + 0.5));
      recordPosting(m, resident, p);
      m.shifts.add(shift);
    }
    await compare(m, r);
  }
  toString = () => `hours(r${this.resident}, -${this.daysAgo}d, ${this.activity}, ${this.hours}h)`;
}

class Redeem implements Cmd {
  constructor(
    readonly resident: number,
    readonly reward: number,
    /** -1: a fresh key; else an earlier key (anyone's, this reward's or another's). */
    readonly keyPick: number,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const resident = mod(this.resident, RESIDENTS);
    const reward = mod(this.reward, REWARDS.length);
    const key =
      this.keyPick < 0 || !m.redeemKeys.length ? randomUUID() : m.redeemKeys[mod(this.keyPick, m.redeemKeys.length)];
    m.redeemKeys.push(key);
    const res = await r.t.gql<Redeemed>(REDEEM, { reward: r.rewards[reward], key }, r.residents[resident].auth);
    const prior = m.voucherByKey.get(`${resident}:${key}`);
    if (prior !== undefined) {
      const v = m.vouchers[prior];
      if (v.reward === reward) {
        expect(res.errors).toBeUndefined();
        saw('redeem replayed');
        expect(res.data!.redeemReward).toMatchObject({ id: v.id, code: v.code, status: v.status, cost: v.cost });
      } else {
        conflict(res, 'IDEMPOTENCY_KEY_REUSED');
      }
    } else if (m.stock[reward] === 0) {
      conflict(res, 'SOLD_OUT');
    } else if (m.balances[resident] < REWARDS[reward].cost) {
      conflict(res, 'NOT_ENOUGH_POINTS', { balance: m.balances[resident], needed: REWARDS[reward].cost });
    } else {
      expect(res.errors).toBeUndefined();
      saw('redeem');
      const made = res.data!.redeemReward;
      expect(made).toMatchObject({ status: 'ISSUED', cost: REWARDS[reward].cost, rewardName: REWARDS[reward].name });
      m.balances[resident] -= made.cost;
      m.stock[reward] -= 1;
      m.voucherByKey.set(`${resident}:${key}`, m.vouchers.length);
      m.vouchers.push({
        id: made.id,
        code: made.code,
        resident,
        reward,
        cost: made.cost,
        status: 'ISSUED',
        expiresAt: new Date(made.expiresAt).getTime(),
      });
      const debit = await voucherEntry(r, made.id, 'debit_entry_id');
      m.entries.push({ id: debit, resident, amount: -made.cost, ofVoucher: true, isReversal: false, reversedBy: null });
    }
    await compare(m, r);
  }
  toString = () => `redeem(r${this.resident}, reward ${this.reward}, key ${this.keyPick})`;
}

/** Cancel or fulfil a voucher (staff). */
class CloseVoucher implements Cmd {
  constructor(
    readonly pick: number,
    readonly action: 'cancel' | 'fulfil',
  ) {}
  check = (m: Readonly<Model>) => m.vouchers.length > 0;
  async run(m: Model, r: Real) {
    const v = m.vouchers[mod(this.pick, m.vouchers.length)];
    const res =
      this.action === 'cancel'
        ? await r.t.gql<{ cancelVoucher: { status: string } }>(CANCEL, { id: v.id }, r.secretary)
        : await r.t.gql<{ fulfilVoucher: { status: string } }>(FULFIL, { c: v.code }, r.secretary);
    if (v.status !== 'ISSUED') {
      conflict(res, 'VOUCHER_STATE', { voucherStatus: v.status });
    } else if (this.action === 'fulfil') {
      saw('fulfil');
      expect(res.errors).toBeUndefined();
      v.status = 'FULFILLED';
    } else {
      saw('cancel');
      expect(res.errors).toBeUndefined();
      v.status = 'CANCELLED';
      refund(m, v, await voucherEntry(r, v.id, 'refund_entry_id'));
    }
    await compare(m, r);
  }
  toString = () => `${this.action}(voucher ${this.pick})`;
}

function refund(m: Model, v: ModelVoucher, entryId: string) {
  m.balances[v.resident] += v.cost;
  m.stock[v.reward] += 1;
  m.entries.push({
    id: entryId,
    resident: v.resident,
    amount: v.cost,
    ofVoucher: true,
    isReversal: true,
    reversedBy: null,
  });
}

/** Time passes; the expiry job runs (as the job queue would), then the clock comes back. */
class Expire implements Cmd {
  constructor(
    readonly days: number,
    readonly twice: boolean,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    r.t.app.clock.travel(this.days * DAY);
    let expired: number[];
    try {
      const now = r.t.app.clock.now().getTime();
      const ctx = r.t.systemContext(r.communityId);
      expired = [await ctx.run((c) => RewardsService.expireDue(c))];
      if (this.twice) expired.push(await ctx.run((c) => RewardsService.expireDue(c)));
      const due = m.vouchers.filter((v) => v.status === 'ISSUED' && v.expiresAt <= now);
      expect(expired).toEqual(this.twice ? [due.length, 0] : [due.length]);
      saw(due.length ? 'expiry refunding' : 'expiry, none due');
      for (const v of due) {
        saw('voucher expired');
        v.status = 'EXPIRED';
        refund(m, v, await voucherEntry(r, v.id, 'refund_entry_id'));
      }
    } finally {
      r.t.app.clock.travel(-this.days * DAY);
    }
    await compare(m, r);
  }
  toString = () => `expire(+${this.days}d${this.twice ? ', twice' : ''})`;
}

/** A correction: reversePointsEntry of any entry seen (a voucher's too, which is refused). */
class Correct implements Cmd {
  constructor(readonly pick: number) {}
  check = (m: Readonly<Model>) => m.entries.length > 0;
  async run(m: Model, r: Real) {
    const e = m.entries[mod(this.pick, m.entries.length)];
    const res = await r.t.gql<{ reversePointsEntry: Posting }>(REVERSE, { e: e.id }, r.secretary);
    if (e.ofVoucher) {
      conflict(res, 'ENTRY_OF_VOUCHER');
    } else if (e.isReversal) {
      conflict(res, 'ALREADY_REVERSED');
    } else if (e.reversedBy) {
      // A retry of the same correction: the same entry, nothing moves.
      saw('correction replayed');
      expect(res.errors).toBeUndefined();
      expect(res.data!.reversePointsEntry).toMatchObject({
        alreadyRecorded: true,
        balance: m.balances[e.resident],
        entry: { id: e.reversedBy },
      });
    } else if (e.amount > 0 && m.balances[e.resident] < e.amount) {
      conflict(res, 'NOT_ENOUGH_POINTS', { balance: m.balances[e.resident], needed: e.amount });
    } else {
      expect(res.errors).toBeUndefined();
      saw('correction');
      const p = res.data!.reversePointsEntry;
      expect(p.entry).toMatchObject({ amount: -e.amount, reversesId: e.id });
      recordPosting(m, e.resident, p);
      e.reversedBy = p.entry.id;
    }
    await compare(m, r);
  }
  toString = () => `correct(entry ${this.pick})`;
}

const resident = fc.nat(RESIDENTS - 1);
const commands = [
  fc
    .tuple(resident, fc.integer({ min: 1, max: 80 }), fc.oneof(fc.constant(-1), fc.nat()))
    .map(([r, p, k]) => new Adjust(r, p, k)),
  fc
    .tuple(resident, fc.integer({ min: 1, max: 80 }), fc.oneof(fc.constant(-1), fc.nat()))
    .map(([r, p, k]) => new Adjust(r, -p, k)),
  fc
    .tuple(resident, fc.nat(2), fc.constantFrom('议事会', '议事会补记'))
    .map(([r, d, title]) => new Attend(r, d, title)),
  fc
    .tuple(resident, fc.nat(2), fc.constantFrom('楼道清洁', '助老陪伴'), fc.integer({ min: 1, max: 24 }))
    .map(([r, d, a, h]) => new Hours(r, d, a, h / 2)),
  fc
    .tuple(
      resident,
      fc.nat(REWARDS.length - 1),
      fc.oneof({ weight: 3, arbitrary: fc.constant(-1) }, { weight: 1, arbitrary: fc.nat() }),
    )
    .map(([r, w, k]) => new Redeem(r, w, k)),
  fc.tuple(resident, fc.nat(REWARDS.length - 1)).map(([r, w]) => new Redeem(r, w, -1)),
  fc
    .tuple(fc.nat(), fc.constantFrom('cancel', 'fulfil') as fc.Arbitrary<'cancel' | 'fulfil'>)
    .map(([p, a]) => new CloseVoucher(p, a)),
  fc.tuple(fc.integer({ min: 1, max: 45 }), fc.boolean()).map(([d, twice]) => new Expire(d, twice)),
  fc.nat().map((p) => new Correct(p)),
];

describe('points against a model (fast-check)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(async () => {
    console.log(`outcomes seen: ${[...seen].map(([k, n]) => `${k} ${n}`).join(', ')}`);
    await t.stop();
  });

  it('keeps balances, stock, vouchers and Σ entries as the model says after every step', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 30, size: 'max' }), async (cmds) => {
        const w = await pointsWorld(t, {
          residents: RESIDENTS,
          balance: START_BALANCE,
          cost: REWARDS[0].cost,
          stock: REWARDS[0].stock,
        });
        const second = await must<{ createReward: { id: string } }>(
          t.gql(CREATE_REWARD, { name: REWARDS[1].name, cost: REWARDS[1].cost, stock: REWARDS[1].stock }, w.secretary),
        );
        const first = await t.sql<{ id: string; resident_id: string; amount: string }>(
          `SELECT e.id, a.resident_id, e.amount::text FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id
            WHERE e.community_id = ?`,
          [w.communityId],
        );
        const real: Real = {
          t,
          communityId: w.communityId,
          secretary: w.secretary,
          residents: w.residents,
          rewards: [w.rewardId, second.createReward.id],
        };
        const model: Model = {
          balances: w.residents.map(() => START_BALANCE),
          stock: REWARDS.map((x) => x.stock),
          vouchers: [],
          voucherByKey: new Map(),
          redeemKeys: [],
          entries: first.map((e) => ({
            id: e.id,
            resident: w.residents.findIndex((x) => x.id === e.resident_id),
            amount: Number(e.amount),
            ofVoucher: false,
            isReversal: false,
            reversedBy: null,
          })),
          attended: new Set(),
          shifts: new Set(),
          manual: new Map(),
          manualKeys: [],
        };
        await compare(model, real);
        await fc.asyncModelRun(() => ({ model, real }), cmds);
      }),
      { numRuns: 25 },
    );
  }, 300_000);
});

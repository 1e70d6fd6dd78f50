// Points benchmark (issue 11): redeemReward on ONE hot balance — the demo resident holding many
// points, a reward of large stock — with 16 and 50 concurrent clients over GraphQL HTTP, against a
// baseline in the same run: a bare guarded debit through `pg` (targets/pg-guarded-debit.mjs: BEGIN;
// UPDATE … WHERE balance >= n; INSERT entry; COMMIT) on its own table pair in the same database,
// at the same concurrency. Rounds interleaved (api, pg, api, pg, …) after one uncounted warm-up.
// Prints req/s, p50 and p99 of both and the api/pg ratios (goal: throughput ≥ 0.5×, p99 ≤ 2×),
// then checks that nothing was lost: Σ entries = balance, one debit per voucher, stock = initial −
// vouchers, and as many vouchers (baseline: entries) as answers that said so.
//   npm run build -w api && npm run bench:points
// Knobs: BENCH_ROUNDS (3), BENCH_REQUESTS per round and concurrency (600), BENCH_CONCURRENCY ("16,50").
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  fmtInt,
  fmtMs,
  fmtRatio,
  freePort,
  intFromEnv,
  median,
  startApiWithPool,
  startNode,
  table,
  waitForHttp,
  runBench,
} from './lib.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, '..');
const settings = {
  rounds: intFromEnv('BENCH_ROUNDS', 3),
  requests: intFromEnv('BENCH_REQUESTS', 600),
  concurrency: (process.env.BENCH_CONCURRENCY ?? '16,50').split(',').map(Number),
};
const JSON_POST = { 'content-type': 'application/json' };
const COST = 1;
const STOCK = 100_000;
const REDEEM =
  'mutation($r: ID!, $k: String!) { redeemReward(input: { rewardId: $r, idempotencyKey: $k }) { id code status } }';

async function gql(url, query, variables, headers = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { ...JSON_POST, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const json = await res.json();
  if (json.errors?.length)
    throw new Error(
      `${query.slice(0, 40)}: ${json.errors.map((e) => `${e.extensions?.code} ${e.extensions?.reason ?? ''}: ${e.message}`).join('; ')}`,
    );
  return json.data;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Sends `n` requests (`job(i)`) with `concurrency` workers; returns req/s, p50, p99 (ms) and, from
 * pg_stat_activity sampled every 50 ms, how many backends were on average waiting for a lock (the
 * queue on the hot row) and running (active, not waiting).
 */
async function drive(n, concurrency, job, db) {
  const latencies = [];
  let next = 0;
  let done = false;
  const samples = [];
  const sampling = (async () => {
    while (!done) {
      const { rows } = await db.query(
        `SELECT count(*) FILTER (WHERE wait_event_type = 'Lock')::int AS waiting,
                count(*) FILTER (WHERE state = 'active' AND wait_event_type IS DISTINCT FROM 'Lock')::int - 1 AS running
           FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'`,
      );
      samples.push(rows[0]);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        const t0 = performance.now();
        await job(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  done = true;
  await sampling;
  latencies.sort((a, b) => a - b);
  const mean = (k) => samples.reduce((sum, x) => sum + x[k], 0) / Math.max(1, samples.length);
  return {
    rps: n / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    waiting: mean('waiting'),
    running: mean('running'),
  };
}

runBench(async ({ cleanup }) => {
  const { graphqlUrl, devices, databaseUrl, db } = await startApiWithPool(cleanup, repoRoot);

  // The hot balance: the demo resident, signed in at the kiosk, with points for every request.
  const kioskAuth = { authorization: `Bearer ${devices.kioskToken}` };
  const { signInWithPin } = await gql(
    graphqlUrl,
    'mutation { signInWithPin(input: { phone: "13800000001", pin: "123456" }) { token } }',
    {},
    kioskAuth,
  );
  const residentAuth = { ...kioskAuth, 'x-resident-token': signInWithPin.token };
  const { signInStaff } = await gql(
    graphqlUrl,
    'mutation { signInStaff(input: { community: "xingfuli", username: "secretary", password: "linli-secretary" }) { token } }',
    {},
  );
  const staffAuth = { authorization: `Bearer ${signInStaff.token}` };
  const {
    rows: [hot],
  } = await db.query("SELECT id, community_id FROM resident WHERE phone = '13800000001'");
  const total = settings.requests * (settings.rounds + 1) * settings.concurrency.length;
  for (let given = 0; given < total + 100; given += 10_000) {
    await gql(
      graphqlUrl,
      'mutation($r: ID!, $k: String!) { adjustPoints(input: { residentId: $r, points: 10000, note: "压测", idempotencyKey: $k }) { balance } }',
      { r: hot.id, k: randomUUID() },
      staffAuth,
    );
  }
  const { createReward } = await gql(
    graphqlUrl,
    'mutation($s: Int!, $c: Int!) { createReward(input: { kind: GOODS, name: "压测纪念品", cost: $c, stock: $s }) { id } }',
    { s: STOCK, c: COST },
    staffAuth,
  );
  const rewardId = createReward.id;

  // The baseline's table pair, beside the API's in the same database.
  await db.query(`DROP TABLE IF EXISTS bench_entry, bench_account;
      CREATE TABLE bench_account (id int PRIMARY KEY, balance bigint NOT NULL CHECK (balance >= 0));
      CREATE TABLE bench_entry (id bigserial PRIMARY KEY, account_id int NOT NULL REFERENCES bench_account (id),
        amount bigint NOT NULL, balance_after bigint NOT NULL CHECK (balance_after >= 0), at timestamptz NOT NULL DEFAULT now());
      CREATE INDEX ON bench_entry (account_id, id);`);
  await db.query('INSERT INTO bench_account (id, balance) VALUES (1, $1)', [total + 100]);
  cleanup.add('drop the baseline tables', () => db.query('DROP TABLE IF EXISTS bench_entry, bench_account'));
  const {
    rows: [before],
  } = await db.query(
    `SELECT a.balance::int AS balance, (SELECT count(*)::int FROM voucher WHERE resident_id = $1) AS vouchers
         FROM ledger_account a WHERE a.resident_id = $1 AND a.kind = 'POINTS'`,
    [hot.id],
  );

  const pgPort = await freePort();
  const pgDebit = startNode('pg guarded-debit', path.join(benchDir, 'targets', 'pg-guarded-debit.mjs'), {
    cwd: path.join(repoRoot, 'api'),
    env: {
      PORT: String(pgPort),
      DATABASE_URL: databaseUrl,
      BENCH_BASELINE_NOTIFY: process.env.BENCH_BASELINE_NOTIFY ?? '',
    },
    nodeArgs: (process.env.BENCH_BASELINE_NODE_ARGS ?? '').split(' ').filter(Boolean),
  });
  cleanup.add('stop pg guarded-debit', () => pgDebit.stop());
  const pgUrl = `http://127.0.0.1:${pgPort}/`;
  await waitForHttp({ url: pgUrl }, { proc: pgDebit });

  let apiOk = 0;
  let pgOk = 0;
  const failures = [];
  const apiJob = async () => {
    try {
      await gql(graphqlUrl, REDEEM, { r: rewardId, k: randomUUID() }, residentAuth);
      apiOk++;
    } catch (err) {
      failures.push(`api: ${err.message}`);
    }
  };
  const pgJob = async () => {
    const res = await fetch(pgUrl, { method: 'POST', headers: JSON_POST, body: JSON.stringify({ amount: COST }) });
    const text = await res.text();
    if (res.status === 200) pgOk++;
    else failures.push(`pg: HTTP ${res.status} ${text.slice(0, 200)}`);
  };

  console.log(
    `Linli points bench · redeemReward on one hot balance (${before.balance} points, cost ${COST}, stock ${STOCK}) · ${settings.requests} requests a round · concurrency ${settings.concurrency.join(', ')}`,
  );
  const results = [];
  for (const concurrency of settings.concurrency) {
    const runs = { api: [], pg: [] };
    for (let round = 0; round <= settings.rounds; round++) {
      const a = await drive(settings.requests, concurrency, apiJob, db);
      const b = await drive(settings.requests, concurrency, pgJob, db);
      console.log(
        `${concurrency} clients, ${round ? `round ${round}/${settings.rounds}` : 'warm-up'}: api ${fmtInt(a.rps)}/s p50 ${fmtMs(+a.p50.toFixed(1))} p99 ${fmtMs(+a.p99.toFixed(1))} ms · pg ${fmtInt(b.rps)}/s p50 ${fmtMs(+b.p50.toFixed(1))} p99 ${fmtMs(+b.p99.toFixed(1))} ms`,
      );
      if (failures.length) throw new Error(`failed requests (${failures.length}):\n${failures.slice(0, 5).join('\n')}`);
      if (round === 0) continue;
      runs.api.push(a);
      runs.pg.push(b);
    }
    results.push({ concurrency, ...runs });
  }

  // ---- nothing lost, nothing broken ----
  const {
    rows: [api1],
  } = await db.query(
    `SELECT a.balance::int AS balance, (SELECT coalesce(sum(amount), 0)::int FROM ledger_entry e WHERE e.account_id = a.id) AS sum,
              (SELECT count(*)::int FROM voucher v WHERE v.resident_id = a.resident_id) AS vouchers,
              (SELECT count(*)::int FROM voucher v JOIN ledger_entry d ON d.id = v.debit_entry_id
                 WHERE v.resident_id = a.resident_id AND d.amount = -v.cost AND d.account_id = a.id) AS debited,
              (SELECT count(*)::int FROM ledger_entry e WHERE e.account_id = a.id AND e.reason = 'REWARD_REDEEMED') AS debits,
              (SELECT stock FROM reward WHERE id = $2) AS stock
         FROM ledger_account a WHERE a.resident_id = $1 AND a.kind = 'POINTS'`,
    [hot.id, rewardId],
  );
  const {
    rows: [pg1],
  } = await db.query(
    `SELECT a.balance::int AS balance, (SELECT count(*)::int FROM bench_entry) AS entries,
              (SELECT coalesce(sum(amount), 0)::int FROM bench_entry) AS sum FROM bench_account a WHERE id = 1`,
  );
  const newVouchers = api1.vouchers - before.vouchers;
  const checks = [
    ['api Σ entries = balance', api1.sum === api1.balance],
    ['api vouchers = answers', newVouchers === apiOk],
    ['api every voucher has its debit', api1.debited === api1.vouchers && api1.debits === api1.vouchers],
    ['api stock = initial − vouchers', api1.stock === STOCK - newVouchers],
    ['api balance = before − cost × vouchers', api1.balance === before.balance - COST * newVouchers],
    ['pg entries = answers', pg1.entries === pgOk],
    ['pg Σ entries = balance − initial', pg1.balance === total + 100 + pg1.sum],
  ];

  const med = (xs, k) => median(xs.map((x) => x[k]));
  const ratio = (r, k) => median(r.api.map((a, i) => a[k] / r.pg[i][k]));
  console.log(`\nredeemReward on one hot balance (median of ${settings.rounds} rounds; latencies in ms)\n`);
  console.log(
    table(
      ['clients', 'api req/s', 'api p50 / p99', 'pg req/s', 'pg p50 / p99', 'throughput api/pg', 'p99 api/pg'],
      results.map((r) => [
        String(r.concurrency),
        fmtInt(med(r.api, 'rps')),
        `${med(r.api, 'p50').toFixed(1)} / ${med(r.api, 'p99').toFixed(1)}`,
        fmtInt(med(r.pg, 'rps')),
        `${med(r.pg, 'p50').toFixed(1)} / ${med(r.pg, 'p99').toFixed(1)}`,
        fmtRatio(ratio(r, 'rps')),
        fmtRatio(ratio(r, 'p99')),
      ]),
    ),
  );
  console.log('\ngoal: throughput ≥ 0.5× the guarded debit through pg, p99 within 2×\n');
  console.log(
    table(
      ['clients', 'api: waiting for a lock / running', 'pg: waiting for a lock / running'],
      results.map((r) => [
        String(r.concurrency),
        `${med(r.api, 'waiting').toFixed(1)} / ${med(r.api, 'running').toFixed(1)}`,
        `${med(r.pg, 'waiting').toFixed(1)} / ${med(r.pg, 'running').toFixed(1)}`,
      ]),
    ),
  );
  console.log('(backends of the database, mean of samples every 50 ms during the rounds)\n');
  console.log(
    `after: api ${apiOk} vouchers answered, ${newVouchers} made, balance ${api1.balance}, stock ${api1.stock}; pg ${pgOk} debits answered, ${pg1.entries} entries, balance ${pg1.balance}`,
  );
  for (const [label, ok] of checks) console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}`);
  if (checks.some(([, ok]) => !ok)) throw new Error('an invariant failed after the load');
});

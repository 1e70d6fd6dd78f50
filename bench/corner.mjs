// Service-corner benchmarks (issue 3), each against a baseline measured in the same run:
//  1. takeTicket from 50 concurrent kiosks vs the same transaction through `pg` (targets/pg-take-ticket.mjs)
//  2. fan-out of one queue event to 200 and 1,000 subscribed displays vs a bare graphql-ws server
//     (targets/bare-graphql-ws.mjs): delivery latency p50/p99 and lost events, in BENCH_ROUNDS pairs of
//     rounds after a warm-up pair (lib.mjs fanoutRounds, as bench/meeting.mjs); a lost event fails the run.
//  3. sustained load: 50 clients take and cancel tickets for BENCH_SUSTAIN_SECONDS with 200 displays
//     subscribed, as the display subscribes (coalesced: the newest version per line) vs a selection
//     without the line's key (every event queued): how far the displays fall behind during the load and
//     how long they take to catch up after it.
//   npm run build -w api && npm run bench:corner
// Knobs: BENCH_ROUNDS (5), BENCH_TICKETS per round (1000), BENCH_CONNECTIONS (50), BENCH_EVENTS (20),
// BENCH_PARTS (take,fanout,sustained: run one of them with BENCH_PARTS=fanout), BENCH_SUSTAIN_SECONDS (15),
// BENCH_DISPLAYS (200).
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import {
  fmtInt,
  fmtMs,
  fmtRatio,
  freePort,
  intFromEnv,
  median,
  fanoutBench,
  sleep,
  startApiWithPool,
  startNode,
  table,
  waitForHttp,
  runBench,
} from './lib.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, '..');
const settings = {
  rounds: intFromEnv('BENCH_ROUNDS', 5),
  tickets: intFromEnv('BENCH_TICKETS', 1000),
  connections: intFromEnv('BENCH_CONNECTIONS', 50),
  events: intFromEnv('BENCH_EVENTS', 20),
  parts: (process.env.BENCH_PARTS ?? 'take,fanout,sustained').split(','),
  sustainSeconds: intFromEnv('BENCH_SUSTAIN_SECONDS', 15),
  displays: intFromEnv('BENCH_DISPLAYS', 200),
};
// e.g. BENCH_BASELINE_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" (and BENCH_API_NODE_ARGS for the API).
const baselineNodeArgs = (process.env.BENCH_BASELINE_NODE_ARGS ?? '').split(' ').filter(Boolean);
const JSON_POST = { 'content-type': 'application/json' };
const QUEUE_SUBSCRIPTION = 'subscription { queueChanged { version } }';
const TAKE = 'mutation($s: ID!, $k: String!) { takeTicket(input: { offeringId: $s, idempotencyKey: $k }) { code } }';

async function gql(url, query, variables, headers = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { ...JSON_POST, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const json = await res.json();
  if (json.errors?.length)
    throw new Error(
      `${query.slice(0, 40)}: ${json.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ')}`,
    );
  return json.data;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Sends `jobs` (async functions) with `concurrency` workers; returns per-request latencies (ms) and req/s. */
async function drive(jobs, concurrency) {
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        const t0 = performance.now();
        await job();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { rps: jobs.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

runBench(async ({ cleanup }) => {
  const { graphqlUrl, devices, databaseUrl, db } = await startApiWithPool(cleanup, repoRoot);

  // Open the corner now: the demo opens it on Wednesdays and Saturdays only.
  const {
    rows: [opening],
  } = await db.query(
    `INSERT INTO opening (id, community_id, starts_at, ends_at, cancelled)
       SELECT gen_random_uuid(), id, now() - interval '1 hour', now() + interval '6 hours', false FROM community
       RETURNING id, community_id`,
  );
  const { rows: offerings } = await db.query('SELECT id FROM offering WHERE community_id = $1 ORDER BY letter', [
    opening.community_id,
  ]);

  // Every demo resident signs in at the kiosk (all demo PINs are 123456).
  const { rows: residents } = await db.query('SELECT id, phone FROM resident WHERE community_id = $1 ORDER BY phone', [
    opening.community_id,
  ]);
  const kioskAuth = { authorization: `Bearer ${devices.kioskToken}` };
  const residentTokens = new Map();
  for (let i = 0; i < residents.length; i += 4) {
    await Promise.all(
      residents.slice(i, i + 4).map(async (r) => {
        const { signInWithPin } = await gql(
          graphqlUrl,
          'mutation($p: String!) { signInWithPin(input: { phone: $p, pin: "123456" }) { token } }',
          { p: r.phone },
          kioskAuth,
        );
        residentTokens.set(r.id, signInWithPin.token);
      }),
    );
  }
  // (resident, offering) pairs: one open ticket per resident per line, so each request uses a fresh pair.
  const pairs = residents.flatMap((r) => offerings.map((s) => ({ residentId: r.id, offeringId: s.id })));
  const perRound = Math.min(settings.tickets, pairs.length);
  const reset = () => db.query('DELETE FROM ticket; UPDATE queue_line SET last_number = 0');

  const pgPort = await freePort();
  const pgTake = startNode('pg take-ticket', path.join(benchDir, 'targets', 'pg-take-ticket.mjs'), {
    cwd: path.join(repoRoot, 'api'),
    env: { PORT: String(pgPort), DATABASE_URL: databaseUrl },
    nodeArgs: baselineNodeArgs,
  });
  cleanup.add('stop pg take-ticket', () => pgTake.stop());
  const pgUrl = `http://127.0.0.1:${pgPort}/`;
  await waitForHttp(
    { url: pgUrl, method: 'POST', headers: JSON_POST, body: JSON.stringify({}) },
    { proc: pgTake },
  ).catch(() => undefined);

  const apiJobs = () =>
    pairs.slice(0, perRound).map((p) => async () => {
      await gql(
        graphqlUrl,
        TAKE,
        { s: p.offeringId, k: randomUUID() },
        { ...kioskAuth, 'x-resident-token': residentTokens.get(p.residentId) },
      );
    });
  const pgJobs = () =>
    pairs.slice(0, perRound).map((p) => async () => {
      const res = await fetch(pgUrl, {
        method: 'POST',
        headers: JSON_POST,
        body: JSON.stringify({
          communityId: opening.community_id,
          openingId: opening.id,
          offeringId: p.offeringId,
          residentId: p.residentId,
          key: randomUUID(),
        }),
      });
      if (res.status !== 200) throw new Error(`pg take-ticket: HTTP ${res.status} ${await res.text()}`);
      await res.text();
    });

  console.log(
    `Linli corner bench · ${residents.length} residents × ${offerings.length} offerings · ${perRound} tickets a round, ${settings.connections} concurrent clients`,
  );
  const take = { api: [], pg: [] };
  // Round 0 warms both up (JIT, connection pools, the database's caches) and is not counted.
  for (let round = 0; settings.parts.includes('take') && round <= settings.rounds; round++) {
    await reset();
    const api = await drive(apiJobs(), settings.connections);
    const {
      rows: [check],
    } = await db.query(
      'SELECT count(*)::int AS n, count(DISTINCT (line_id, number))::int AS d, max(number) AS m FROM ticket',
    );
    if (check.n !== perRound || check.d !== perRound)
      throw new Error(`api round ${round}: ${check.n} tickets, ${check.d} distinct numbers`);
    await reset();
    const pg = await drive(pgJobs(), settings.connections);
    console.log(
      `${round ? `round ${round}/${settings.rounds}` : 'warm-up'}: api ${fmtInt(api.rps)}/s p99 ${fmtMs(api.p99)} ms · pg ${fmtInt(pg.rps)}/s p99 ${fmtMs(pg.p99)} ms`,
    );
    if (round === 0) continue;
    take.api.push(api);
    take.pg.push(pg);
  }
  if (take.api.length) {
    const med = (xs, k) => median(xs.map((x) => x[k]));
    const ratio = (k) => median(take.api.map((a, i) => a[k] / take.pg[i][k]));
    console.log('\ntakeTicket (median of rounds; latencies in ms)\n');
    console.log(
      table(
        ['target', 'req/s', 'p50 ms', 'p99 ms'],
        [
          [
            'api takeTicket',
            fmtInt(med(take.api, 'rps')),
            fmtMs(+med(take.api, 'p50').toFixed(1)),
            fmtMs(+med(take.api, 'p99').toFixed(1)),
          ],
          [
            'pg transaction',
            fmtInt(med(take.pg, 'rps')),
            fmtMs(+med(take.pg, 'p50').toFixed(1)),
            fmtMs(+med(take.pg, 'p99').toFixed(1)),
          ],
        ],
      ),
    );
    console.log(
      `\napi / pg: throughput ${fmtRatio(ratio('rps'))}, p99 ${fmtRatio(ratio('p99'))} (goal: p99 within 2×)`,
    );
  }

  if (settings.parts.includes('fanout')) await fanoutPart();
  async function fanoutPart() {
    // ---- fan-out ----
    const barePort = await freePort();
    const bare = startNode('bare graphql-ws', path.join(benchDir, 'targets', 'bare-graphql-ws.mjs'), {
      cwd: path.join(repoRoot, 'api'),
      env: { PORT: String(barePort) },
      nodeArgs: baselineNodeArgs,
    });
    cleanup.add('stop bare graphql-ws', () => bare.stop());
    await waitForHttp({ url: `http://127.0.0.1:${barePort}/publish`, method: 'POST' }, { proc: bare });

    let pairIndex = 0;
    await reset();
    const apiTrigger = async () => {
      const p = pairs[pairIndex++ % pairs.length];
      if (pairIndex % pairs.length === 0) await reset();
      await gql(
        graphqlUrl,
        TAKE,
        { s: p.offeringId, k: randomUUID() },
        { ...kioskAuth, 'x-resident-token': residentTokens.get(p.residentId) },
      );
    };
    const bareTrigger = async () => {
      await fetch(`http://127.0.0.1:${barePort}/publish`, { method: 'POST' }).then((r) => r.text());
    };
    await fanoutBench({
      counts: [200, 1000],
      rounds: settings.rounds,
      events: settings.events,
      what: 'events',
      note: 'The API path includes the takeTicket transaction and the NOTIFY round trip; the goal is ≤ 1.5× the bare server.',
      api: { url: graphqlUrl, token: devices.serviceScreenToken, query: QUEUE_SUBSCRIPTION, trigger: apiTrigger },
      bare: { port: barePort, query: QUEUE_SUBSCRIPTION, trigger: bareTrigger },
      cleanup,
    });
  }

  if (settings.parts.includes('sustained')) await sustainedPart();
  async function sustainedPart() {
    const CANCEL = 'mutation($t: ID!) { cancelMyTicket(input: { ticketId: $t }) { id } }';
    const lineVersions = async () => {
      const { rows } = await db.query('SELECT offering_id, version FROM queue_line WHERE opening_id = $1', [
        opening.id,
      ]);
      return new Map(rows.map((r) => [r.offering_id, r.version]));
    };
    /** How many versions `seen` is behind `now`, over all lines. */
    const behind = (seen, now) => {
      let n = 0;
      for (const [line, v] of now) n += Math.max(0, v - (seen.get(line) ?? 0));
      return n;
    };

    async function run(label, selection) {
      await reset();
      const displays = [];
      const clients = [];
      let cutOff = 0;
      for (let i = 0; i < settings.displays; i++) {
        const seen = new Map();
        displays.push(seen);
        const client = createClient({
          url: graphqlUrl.replace('http', 'ws'),
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${devices.serviceScreenToken}` },
          retryAttempts: 0,
          lazy: false,
        });
        clients.push(client);
        client.subscribe(
          { query: `subscription { queueChanged { ${selection} } }` },
          {
            next: ({ data }) => {
              const c = data.queueChanged;
              if (c.version > (seen.get(c.offeringId) ?? 0)) seen.set(c.offeringId, c.version);
            },
            error: () => cutOff++,
            complete: () => undefined,
          },
        );
      }
      cleanup.add(`close ${label} displays`, () => Promise.all(clients.map((c) => c.dispose())));
      // Every display live before the load (a take each round until all have seen one).
      const warm = pairs[0];
      for (let i = 0; i < 100 && displays.some((d) => d.size === 0); i++) {
        const { takeTicket } = await gql(
          graphqlUrl,
          'mutation($s: ID!, $k: String!) { takeTicket(input: { offeringId: $s, idempotencyKey: $k }) { id } }',
          { s: warm.offeringId, k: randomUUID() },
          { ...kioskAuth, 'x-resident-token': residentTokens.get(warm.residentId) },
        );
        await gql(
          graphqlUrl,
          CANCEL,
          { t: takeTicket.id },
          { ...kioskAuth, 'x-resident-token': residentTokens.get(warm.residentId) },
        );
        await sleep(300);
      }

      // The load: each client takes and cancels tickets on pairs of its own (one open ticket per resident and line).
      const until = performance.now() + settings.sustainSeconds * 1000;
      let requests = 0;
      const workers = Array.from({ length: settings.connections }, async (_, w) => {
        const mine = pairs.filter((_, i) => i % settings.connections === w);
        for (let i = 0; performance.now() < until; i++) {
          const p = mine[i % mine.length];
          const auth = { ...kioskAuth, 'x-resident-token': residentTokens.get(p.residentId) };
          const { takeTicket } = await gql(
            graphqlUrl,
            'mutation($s: ID!, $k: String!) { takeTicket(input: { offeringId: $s, idempotencyKey: $k }) { id } }',
            { s: p.offeringId, k: randomUUID() },
            auth,
          );
          await gql(graphqlUrl, CANCEL, { t: takeTicket.id }, auth);
          requests += 2;
        }
      });
      let maxBehind = 0;
      const sampling = (async () => {
        while (performance.now() < until) {
          await sleep(1000);
          const now = await lineVersions();
          for (const seen of displays) maxBehind = Math.max(maxBehind, behind(seen, now));
        }
      })();
      await Promise.all([...workers, sampling]);
      const stopped = performance.now();
      const final = await lineVersions();
      const catchUp = [];
      const deadline = stopped + 120_000;
      const pending = new Set(displays);
      while (pending.size && performance.now() < deadline) {
        for (const seen of pending)
          if (behind(seen, final) === 0) {
            catchUp.push(performance.now() - stopped);
            pending.delete(seen);
          }
        await sleep(20);
      }
      await Promise.all(clients.map((c) => c.dispose()));
      catchUp.sort((a, b) => a - b);
      return {
        rps: requests / settings.sustainSeconds,
        maxBehind,
        p50: catchUp.length ? percentile(catchUp, 50) : NaN,
        p99: catchUp.length ? percentile(catchUp, 99) : NaN,
        stale: pending.size,
        cutOff,
      };
    }

    const coalesced = await run('coalesced', 'offeringId openingId version');
    const everyEvent = await run('every event', 'offeringId version');
    const row = (name, r) => [
      name,
      fmtInt(r.rps),
      fmtInt(r.maxBehind),
      `${fmtMs(+r.p50.toFixed(0))} / ${fmtMs(+r.p99.toFixed(0))}`,
      `${r.stale}`,
      `${r.cutOff}`,
    ];
    console.log(
      `\nsustained load: ${settings.connections} clients taking and cancelling tickets for ${settings.sustainSeconds} s, ${settings.displays} displays\n`,
    );
    console.log(
      table(
        ['displays subscribe', 'req/s', 'max versions behind', 'catch-up p50 / p99 ms', 'still stale', 'cut off'],
        [row('as the display does (coalesced)', coalesced), row('every event (no line key)', everyEvent)],
      ),
    );
    console.log(
      `\ncoalesced / every event: versions behind ${fmtRatio(coalesced.maxBehind / Math.max(1, everyEvent.maxBehind))}, catch-up p99 ${fmtRatio(coalesced.p99 / Math.max(1, everyEvent.p99))} (goal: lag bounded, catch-up within a second or two)`,
    );
  }
});

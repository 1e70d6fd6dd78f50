// The API against two baselines, measured in the same run (see bench/README.md).
//   npm run build -w api && npm run bench
// Knobs (positive integers): BENCH_ROUNDS (5), BENCH_DURATION seconds per run (4),
// BENCH_WARMUP seconds per target (2), BENCH_CONNECTIONS (50).
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  startApi,
  freePort,
  graphqlData,
  intFromEnv,
  measureInterleaved,
  preflight,
  ratioTable,
  startNode,
  targetTable,
  waitForHttp,
  runBench,
} from './lib.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, '..');

const settings = {
  rounds: intFromEnv('BENCH_ROUNDS', 5),
  duration: intFromEnv('BENCH_DURATION', 4),
  warmup: intFromEnv('BENCH_WARMUP', 2),
  connections: intFromEnv('BENCH_CONNECTIONS', 50),
};

const PING = JSON.stringify({ query: '{ ping }' });
const NOTICES = JSON.stringify({
  query: '{ notices(first: 20) { id title body category publishedAt buildings { number name } } }',
});
const JSON_POST = { 'content-type': 'application/json' };

runBench(async ({ cleanup, started }) => {
  const api = await startApi(cleanup, repoRoot);
  const [plainPort, barePort, apolloPort, pgNoticesPort] = await Promise.all(
    Array.from({ length: 4 }, () => freePort()),
  );
  const plain = startNode('plain http', path.join(benchDir, 'targets', 'plain-http.mjs'), {
    env: { PORT: String(plainPort) },
  });
  cleanup.add('stop plain http', () => plain.stop());
  const bare = startNode('bare graphql-js', path.join(benchDir, 'targets', 'bare-graphql.mjs'), {
    env: { PORT: String(barePort) },
  });
  cleanup.add('stop bare graphql-js', () => bare.stop());
  const apollo = startNode('apollo defaults', path.join(benchDir, 'targets', 'apollo-defaults.mjs'), {
    cwd: path.join(repoRoot, 'api'), // resolves @apollo/server and express from the api's dependencies
    env: { PORT: String(apolloPort) },
  });
  cleanup.add('stop apollo defaults', () => apollo.stop());

  const apiUrl = api.url;
  const plainUrl = `http://127.0.0.1:${plainPort}/`;
  const bareUrl = `http://127.0.0.1:${barePort}/graphql`;
  const apolloUrl = `http://127.0.0.1:${apolloPort}/graphql`;
  const pgNoticesUrl = `http://127.0.0.1:${pgNoticesPort}/`;
  await Promise.all([
    api.ready,
    waitForHttp({ url: plainUrl }, { proc: plain }),
    waitForHttp({ url: bareUrl, method: 'POST', headers: JSON_POST, body: PING }, { proc: bare }),
    waitForHttp({ url: apolloUrl, method: 'POST', headers: JSON_POST, body: PING }, { proc: apollo }),
  ]);
  const apiReady = Date.now();
  const devices = await api.devices();
  const kioskAuth = { authorization: `Bearer ${devices.kioskToken}` };
  // The same SQL through `pg`, on the API's own embedded database.
  const pgNotices = startNode('pg notices', path.join(benchDir, 'targets', 'pg-notices.mjs'), {
    cwd: path.join(repoRoot, 'api'),
    env: {
      PORT: String(pgNoticesPort),
      DATABASE_URL: await api.databaseUrl(),
    },
  });
  cleanup.add('stop pg notices', () => pgNotices.stop());
  await waitForHttp({ url: pgNoticesUrl, headers: kioskAuth }, { proc: pgNotices });
  let noticeCount = 0;
  const expectNotices = (text) => {
    const { notices } = graphqlData(text);
    if (!Array.isArray(notices) || notices.length === 0) throw new Error('no notices');
    noticeCount = notices.length;
  };

  const expectPong = (text) => {
    if (graphqlData(text).ping !== 'pong') throw new Error('ping did not answer "pong"');
  };
  const targets = [
    { name: 'api ping', url: `${apiUrl}/graphql`, method: 'POST', headers: JSON_POST, body: PING, check: expectPong },
    {
      name: 'api notices',
      url: `${apiUrl}/graphql`,
      method: 'POST',
      headers: { ...JSON_POST, ...kioskAuth },
      body: NOTICES,
      check: expectNotices,
    },
    { name: 'pg notices', url: pgNoticesUrl, method: 'GET', headers: kioskAuth, check: expectNotices },
    { name: 'apollo defaults', url: apolloUrl, method: 'POST', headers: JSON_POST, body: PING, check: expectPong },
    { name: 'bare graphql-js', url: bareUrl, method: 'POST', headers: JSON_POST, body: PING, check: expectPong },
    { name: 'plain http', url: plainUrl, method: 'GET', check: expectPong },
  ];
  const sizes = [];
  for (const t of targets) sizes.push(`${t.name} ${await preflight(t)} B`);

  console.log(
    `Linli bench · node ${process.version} · ${os.cpus().length} cpus · load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `api ready in ${((apiReady - started) / 1000).toFixed(1)} s · responses: ${sizes.join(', ')} ` +
      `(${noticeCount} notices)`,
  );
  console.log(
    `${settings.rounds} rounds × ${targets.length} targets × ${settings.duration} s, ` +
      `${settings.connections} connections, interleaved\n`,
  );

  const samples = await measureInterleaved(targets, settings);

  // Fail rather than report figures if a target died mid-run (autocannon would have failed
  // too, but say which process it was).
  for (const p of [api.proc, plain, bare, apollo, pgNotices]) {
    if (p.hasExited()) throw new Error(`${p.name} ${p.describeExit()} during the run:\n${p.output()}`);
  }

  console.log(`\nPer target (median of ${settings.rounds} rounds)\n`);
  console.log(targetTable(samples));
  console.log(`\nRatios (median of the ${settings.rounds} per-round ratios, range in brackets)\n`);
  console.log(
    ratioTable(samples, [
      ['api ping / plain http', 'api ping', 'plain http'],
      ['api ping / bare graphql-js', 'api ping', 'bare graphql-js'],
      ['api ping / apollo defaults', 'api ping', 'apollo defaults'],
      ['api notices / bare graphql-js', 'api notices', 'bare graphql-js'],
      ['api notices / pg notices', 'api notices', 'pg notices'],
    ]),
  );
  console.log('\nthroughput: higher is better (1.00× = as fast as the baseline); p99: lower is better.');
});

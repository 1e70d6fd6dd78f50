// Helpers shared by the benchmarks: start targets, drive them with autocannon, take medians,
// print ratios. The machines are noisy (2 cores), so a benchmark reports every figure as a
// ratio against baselines measured in the same run, rounds interleaved across targets.
import { spawn } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer } from 'node:net';
import autocannon from 'autocannon';
import pg from 'pg';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Benchmarks drive loopback targets only. */
export function assertLoopback(url) {
  const { hostname } = new URL(url);
  if (!LOOPBACK_HOSTS.has(hostname)) throw new Error(`refusing to benchmark a non-loopback target: ${url}`);
  return url;
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A positive integer from the environment (BENCH_ROUNDS and the like), else the fallback. */
export function intFromEnv(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return n;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Cleanup steps run last-in first-out, once, also on SIGINT/SIGTERM. Each step is awaited and a
 * failing step does not stop the others.
 */
export function createCleanup() {
  const steps = [];
  let running = null;
  const run = () => {
    running ??= (async () => {
      const failures = [];
      for (const { label, fn } of steps.reverse()) {
        try {
          await fn();
        } catch (err) {
          failures.push(`${label}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
      if (failures.length) throw new Error(`cleanup failed: ${failures.join('; ')}`);
    })();
    return running;
  };
  const onSignal = (signal) => {
    console.error(`\n${signal}: cleaning up…`);
    run().then(
      () => process.exit(130),
      (err) => {
        console.error(err.message);
        process.exit(130);
      },
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    add: (label, fn) => steps.push({ label, fn }),
    run,
  };
}

/**
 * The frame of every benchmark script: runs `body({ cleanup, started })` with a fresh cleanup
 * list (its steps also run on Ctrl-C), runs the cleanup whether the body failed or not (a failing
 * step is reported beside the body's own failure), prints how long it all took, and exits: 0, or
 * 1 with the reason.
 */
export function runBench(body) {
  const started = Date.now();
  const cleanup = createCleanup();
  const run = async () => {
    try {
      await body({ cleanup, started });
    } catch (err) {
      // Clean up first, then report the original failure (and a cleanup failure with it).
      await cleanup.run().catch((cleanupErr) => console.error(cleanupErr.message));
      throw err;
    }
    await cleanup.run();
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  };
  run().then(
    () => process.exit(0),
    (err) => {
      console.error(`\nbench failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}

/**
 * Starts `node <script>` as a child process with its output kept (the tail goes into error
 * messages). `stop()` sends SIGTERM, waits for the exit, and escalates to SIGKILL after
 * `killAfterMs`. `nodeArgs` go before the script (e.g. ['--cpu-prof'] to profile a target).
 */
export function startNode(name, script, { env = {}, cwd, nodeArgs = [], killAfterMs = 20_000 } = {}) {
  const child = spawn(process.execPath, [...nodeArgs, script], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a Ctrl-C in the terminal reaches only this script, which then stops
    // the child once, in order (a second signal would kill the API before its database).
    detached: true,
  });
  let tail = '';
  const keep = (chunk) => {
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', (err) => {
      keep(`spawn error: ${err.message}\n`);
      resolve({ code: null, signal: null });
    });
  });
  let exitStatus = null;
  void exited.then((s) => (exitStatus = s));
  return {
    name,
    child,
    exited,
    output: () => tail.trim(),
    hasExited: () => exitStatus !== null,
    describeExit: () =>
      exitStatus ? `exited with ${exitStatus.signal ?? `code ${exitStatus.code}`}` : 'is still running',
    async stop() {
      if (exitStatus) return exitStatus;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      const status = await exited;
      clearTimeout(timer);
      return status;
    },
  };
}

/** One HTTP request with fetch; resolves with { status, text }. */
export async function request({ url, method = 'GET', headers = {}, body }, timeoutMs = 5000) {
  const res = await fetch(assertLoopback(url), { method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
  return { status: res.status, text: await res.text() };
}

/**
 * Polls until `probe` (a request spec) answers 200. Fails early, with the process's output, if
 * `proc` exits first.
 */
export async function waitForHttp(probe, { proc, timeoutMs = 60_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (proc?.hasExited()) {
      throw new Error(`${proc.name} ${proc.describeExit()} before it was ready. Its output:\n${proc.output()}`);
    }
    try {
      const { status } = await request(probe, 2000);
      if (status === 200) return;
      last = `HTTP ${status}`;
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
    }
    await sleep(200);
  }
  const output = proc ? ` Its output:\n${proc.output()}` : '';
  throw new Error(`${proc?.name ?? probe.url} not ready after ${timeoutMs / 1000} s (${last}).${output}`);
}

/**
 * A target is { name, url, method?, headers?, body?, check? }: one fixed request, replayed.
 * `preflight` sends it once and runs `check(text)` (throw to fail) so that a benchmark never
 * measures an error page at full speed. Returns the response size in bytes.
 */
export async function preflight(target) {
  const { status, text } = await request(target);
  if (status !== 200) throw new Error(`${target.name}: preflight answered HTTP ${status}: ${text.slice(0, 500)}`);
  try {
    target.check?.(text);
  } catch (err) {
    throw new Error(`${target.name}: preflight response rejected (${err.message}): ${text.slice(0, 500)}`, {
      cause: err,
    });
  }
  return Buffer.byteLength(text);
}

/** Asserts a GraphQL response has no errors and returns its data. */
export function graphqlData(text) {
  const json = JSON.parse(text);
  if (json.errors?.length) throw new Error(`GraphQL errors: ${json.errors.map((e) => e.message).join('; ')}`);
  if (!json.data) throw new Error('no data');
  return json.data;
}

/**
 * One autocannon run against a target. Any socket error, timeout or non-2xx answer fails the
 * run: a benchmark of failures is no benchmark.
 * Returns { rps, p50, p99 } (latencies in ms, as autocannon records them: whole milliseconds).
 */
export async function load(target, { connections = 50, duration = 4 } = {}) {
  const result = await autocannon({
    url: assertLoopback(target.url),
    method: target.method ?? 'GET',
    headers: target.headers,
    body: target.body,
    connections,
    duration,
  });
  const bad = [];
  if (result.errors) bad.push(`${result.errors} socket errors`);
  if (result.timeouts) bad.push(`${result.timeouts} timeouts`);
  if (result.non2xx) bad.push(`${result.non2xx} non-2xx answers ${JSON.stringify(result.statusCodeStats)}`);
  if (!result.requests.total) bad.push('no completed requests');
  if (bad.length) throw new Error(`${target.name}: ${bad.join(', ')}`);
  return {
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

/**
 * Runs `rounds` rounds over all targets, interleaved (A,B,C,D, A,B,C,D, …) so that drift in the
 * machine's speed hits every target alike, after one unrecorded warm-up run per target.
 * Returns { [target.name]: Sample[] } with samples in round order (round i of every target
 * ran back to back, which is what `pairedRatios` relies on).
 */
export async function measureInterleaved(
  targets,
  { rounds = 5, duration = 4, warmup = 2, connections = 50, log = console.log } = {},
) {
  if (warmup > 0) {
    log(`warm-up: ${warmup} s per target`);
    for (const t of targets) await load(t, { connections, duration: warmup });
  }
  const samples = Object.fromEntries(targets.map((t) => [t.name, []]));
  for (let round = 1; round <= rounds; round++) {
    const line = [];
    for (const t of targets) {
      const s = await load(t, { connections, duration });
      samples[t.name].push(s);
      line.push(`${t.name} ${fmtInt(s.rps)}/s`);
    }
    log(`round ${round}/${rounds}: ${line.join(' · ')}`);
  }
  return samples;
}

export function median(xs) {
  if (!xs.length) throw new Error('median of nothing');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median req/s, p50 and p99 over the rounds, and the req/s range. */
export function summarize(samples) {
  const rps = samples.map((s) => s.rps);
  return {
    rps: median(rps),
    rpsMin: Math.min(...rps),
    rpsMax: Math.max(...rps),
    p50: median(samples.map((s) => s.p50)),
    p99: median(samples.map((s) => s.p99)),
  };
}

/**
 * Ratios of `a` to `b` taken round by round (each round's runs were adjacent in time), then
 * the median and range over the rounds. Throughput: a.rps / b.rps. Latency: a.p99 / b.p99.
 */
export function pairedRatios(a, b) {
  if (a.length !== b.length) throw new Error('pairedRatios: sample counts differ');
  const stat = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
  return {
    rps: stat(a.map((s, i) => s.rps / b[i].rps)),
    // autocannon records whole milliseconds; a sub-millisecond baseline p99 counts as 1 ms.
    p99: stat(a.map((s, i) => s.p99 / Math.max(b[i].p99, 1))),
  };
}

export const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
export const fmtMs = (n) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
/** Three significant digits, so that 0.00329× and 68.0× both stay readable. */
const fmtNum = (n) => (n >= 100 ? n.toFixed(0) : n.toPrecision(3));
export const fmtRatio = (n) => `${fmtNum(n)}×`;
const fmtRange = (s) => `${fmtRatio(s.median)} (${fmtNum(s.min)}–${fmtNum(s.max)})`;

/** A plain-text table; the first column is left-aligned, the others right-aligned. */
export function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('   ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('   '), ...rows.map(line)].join('\n');
}

/** The per-target table: median req/s (with the range over the rounds), p50 and p99. */
export function targetTable(samplesByName) {
  const rows = Object.entries(samplesByName).map(([name, samples]) => {
    const s = summarize(samples);
    return [name, fmtInt(s.rps), `${fmtInt(s.rpsMin)}–${fmtInt(s.rpsMax)}`, fmtMs(s.p50), fmtMs(s.p99)];
  });
  return table(['target', 'req/s', 'req/s range', 'p50 ms', 'p99 ms'], rows);
}

/** The ratio table for [label, numeratorName, denominatorName] comparisons. */
export function ratioTable(samplesByName, comparisons) {
  const rows = comparisons.map(([label, a, b]) => {
    const r = pairedRatios(samplesByName[a], samplesByName[b]);
    return [label, fmtRange(r.rps), fmtRange(r.p99)];
  });
  return table(['ratio', 'throughput (range)', 'p99 latency (range)'], rows);
}

/** After a hard kill of the API its PostgreSQL keeps running: stop it by its postmaster.pid. */
export async function stopOrphanPostgres(pgdata) {
  const pidFile = path.join(pgdata, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await fs.readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 'SIGINT'); // PostgreSQL's fast shutdown
  } catch {
    return; // already gone
  }
  for (let i = 0; i < 100 && existsSync(pidFile); i++) await sleep(100);
}

/**
 * The real API (`api/dist/main.js`, production mode) on a fresh embedded PostgreSQL in a
 * temporary folder, seeded with the demo community. Registers its own cleanup.
 * Returns { url, proc, ready (a promise), devices(), databaseUrl() }.
 */
export async function startApi(cleanup, repoRoot) {
  const apiMain = path.join(repoRoot, 'api', 'dist', 'main.js');
  if (!existsSync(apiMain)) throw new Error('api/dist/main.js not found: run npm run build -w api');
  // The embedded PostgreSQL runs as the `postgres` user when we are root: it must be able to
  // enter the data folder (mkdtemp makes it 0700).
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'linli-bench-'));
  await fs.chmod(dataDir, 0o711);
  cleanup.add('remove the data folder', () => fs.rm(dataDir, { recursive: true, force: true }));
  const [apiPort, pgPort] = await Promise.all([freePort(), freePort()]);
  const proc = startNode('api', apiMain, {
    cwd: repoRoot,
    // e.g. BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the API under load.
    nodeArgs: (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean),
    env: {
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      DATABASE_URL: '',
      PUBLIC_URL: '',
      SEED_DEMO: 'true',
      SERVE_APPS: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      // Signing in every demo resident takes minutes on a loaded machine: no one idles out meanwhile.
      RESIDENT_IDLE_SECONDS: '3600',
    },
  });
  cleanup.add('stop the api', async () => {
    const status = await proc.stop();
    if (status.signal === 'SIGKILL') console.error('the api did not stop on SIGTERM; killed it');
    await stopOrphanPostgres(path.join(dataDir, 'pg'));
  });
  const url = `http://127.0.0.1:${apiPort}`;
  return {
    url,
    proc,
    ready: waitForHttp({ url: `${url}/readyz` }, { proc, timeoutMs: 90_000 }),
    async devices() {
      const devices = JSON.parse(await fs.readFile(path.join(dataDir, 'demo-devices.json'), 'utf8'));
      if (typeof devices.kioskToken !== 'string') throw new Error('demo-devices.json has no kioskToken');
      return devices;
    },
    async databaseUrl() {
      const secret = (await fs.readFile(path.join(dataDir, 'pg-secret'), 'utf8')).trim();
      return `postgres://postgres:${encodeURIComponent(secret)}@127.0.0.1:${pgPort}/linli`;
    },
  };
}

/**
 * `startApi`, ready, and what the benches that check the database take from it: the GraphQL URL,
 * the demo devices, the database's URL (as its owner) and a `pg` pool on it (closed at cleanup).
 */
export async function startApiWithPool(cleanup, repoRoot, { max = 4 } = {}) {
  const api = await startApi(cleanup, repoRoot);
  await api.ready;
  const devices = await api.devices();
  const databaseUrl = await api.databaseUrl();
  const db = new pg.Pool({ connectionString: databaseUrl, max });
  cleanup.add('close the bench pool', () => db.end());
  return { api, graphqlUrl: `${api.url}/graphql`, devices, databaseUrl, db };
}

function percentileOf(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Fan-out: `subscribers` graphql-ws clients run `query`; after warm-up events (until every one is
 * live: the protocol has no "subscribed" signal), `events` times `trigger()` causes one event and
 * the delivery time to each subscriber is measured from the request that causes it. Returns
 * p50/p99 (ms) and how many deliveries were lost (none within 5 s).
 */
export async function fanout({ label, wsUrl, connectionParams, query, trigger, subscribers, events, cleanup }) {
  const clients = [];
  const received = Array.from({ length: events }, () => []);
  let current = -1;
  let t0 = 0;
  let ready = 0;
  for (let i = 0; i < subscribers; i++) {
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams,
      retryAttempts: 0,
      lazy: false,
    });
    clients.push(client);
    client.subscribe(
      { query },
      {
        next: () => {
          if (current >= 0) received[current].push(performance.now() - t0);
          else ready++;
        },
        error: (e) => console.error(`${label} subscriber error`, e),
        complete: () => undefined,
      },
    );
  }
  cleanup.add(`close ${label} subscribers`, () => Promise.all(clients.map((c) => c.dispose())));
  for (let i = 0; i < 100 && ready < subscribers; i++) {
    ready = 0;
    await trigger();
    await sleep(300);
  }
  if (ready < subscribers)
    throw new Error(`${label}: only ${ready}/${subscribers} subscribers received the warm-up event`);
  await sleep(500);
  for (let e = 0; e < events; e++) {
    current = e;
    t0 = performance.now();
    await trigger();
    const deadline = performance.now() + 5000;
    while (received[e].length < subscribers && performance.now() < deadline) await sleep(5);
    await sleep(50);
  }
  current = -2;
  const all = received.flat().sort((a, b) => a - b);
  const lost = events * subscribers - all.length;
  await Promise.all(clients.map((c) => c.dispose()));
  return { p50: percentileOf(all, 50), p99: percentileOf(all, 99), lost };
}

/**
 * Fan-out measured in rounds, as every fan-out bench reports it: a warm-up pair, then `rounds`
 * pairs of `fanout` runs with `n` fresh subscribers — the API (`api`), then the baseline
 * (`baseline`), back to back, so drift hits both — each round logged. `api` and `baseline` are
 * { wsUrl, connectionParams, query, trigger }. Returns the medians of each side's p50 and p99, the
 * ratios taken per pair as { median, min, max }, lost deliveries per side (warm-up included), and
 * `row`: the line of the table `FANOUT_HEADERS` heads.
 */
export async function fanoutRounds({ n, rounds, events, api, baseline, cleanup, log = console.log }) {
  const pairs = [];
  const lost = { api: 0, baseline: 0 };
  for (let round = 0; round <= rounds; round++) {
    const name = round ? `round ${round}/${rounds}` : 'warm-up';
    const run = (side, spec) => fanout({ label: `${side} ×${n} ${name}`, ...spec, subscribers: n, events, cleanup });
    const a = await run('api', api);
    const b = await run('baseline', baseline);
    lost.api += a.lost;
    lost.baseline += b.lost;
    log(
      `${n} subscribers, ${name}: api p50/p99 ${a.p50.toFixed(1)}/${a.p99.toFixed(1)} ms, baseline ${b.p50.toFixed(1)}/${b.p99.toFixed(1)} ms (${fmtRatio(a.p50 / b.p50)} / ${fmtRatio(a.p99 / b.p99)}), lost ${a.lost}/${b.lost}`,
    );
    if (round) pairs.push({ a, b });
  }
  const med = (side, k) => median(pairs.map((p) => p[side][k]));
  const ratio = (k) => {
    const rs = pairs.map((p) => p.a[k] / p.b[k]);
    return { median: median(rs), min: Math.min(...rs), max: Math.max(...rs) };
  };
  const result = {
    api: { p50: med('a', 'p50'), p99: med('a', 'p99') },
    baseline: { p50: med('b', 'p50'), p99: med('b', 'p99') },
    ratio: { p50: ratio('p50'), p99: ratio('p99') },
    lost,
  };
  const pair = (x) => `${x.p50.toFixed(1)} / ${x.p99.toFixed(1)}`;
  const range = (r) => `${fmtRatio(r.median)} (${r.min.toFixed(2)}–${r.max.toFixed(2)})`;
  result.row = [
    `${n} subscribers`,
    pair(result.api),
    pair(result.baseline),
    range(result.ratio.p50),
    range(result.ratio.p99),
    `${lost.api} / ${lost.baseline}`,
  ];
  return result;
}

export const FANOUT_HEADERS = ['', 'api p50 / p99', 'bare p50 / p99', 'p50 ratio', 'p99 ratio', 'lost api / bare'];

/**
 * A fan-out bench's whole part: `fanoutRounds` for each count in `counts` — the API at `api.url`
 * (its GraphQL URL; subscribers sign in with the device token `api.token`) against the bare
 * graphql-ws target on `bare.port` — then the table, `note`, and a failure if anything was lost.
 */
export async function fanoutBench({ counts, rounds, events, what, note, api, bare, cleanup, log = console.log }) {
  const rows = [];
  let lost = 0;
  for (const n of counts) {
    const r = await fanoutRounds({
      n,
      rounds,
      events,
      api: {
        wsUrl: api.url.replace('http', 'ws'),
        connectionParams: { authorization: `Bearer ${api.token}` },
        query: api.query,
        trigger: api.trigger,
      },
      baseline: { wsUrl: `ws://127.0.0.1:${bare.port}/graphql`, connectionParams: {}, ...bare },
      cleanup,
      log,
    });
    rows.push(r.row);
    lost += r.lost.api + r.lost.baseline;
  }
  log(
    `\nfan-out of ${events} ${what} a round (delivery ms, from the request that causes it; medians of ${rounds} rounds, ratios per round: median (range))\n`,
  );
  log(table(FANOUT_HEADERS, rows));
  log(`\n${note}`);
  if (lost) throw new Error(`${lost} deliveries lost (none may be)`);
}

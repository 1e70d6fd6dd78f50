// Roster import benchmark (issue 10): a 5,000-row roster through the API's import (dry run, commit,
// re-import of the same file), timed and with its SQL statements counted from the ORM's query log,
// beside a baseline in the same run: the same rows inserted through `pg` as multi-row INSERTs in
// one transaction (what the data alone costs the database).
//   npm run build -w api && npm run bench:roster
// Knobs: BENCH_ROWS (5000), BENCH_ROUNDS (3).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { fmtInt, fmtMs, fmtRatio, freePort, intFromEnv, median, stopOrphanPostgres, table, runBench } from './lib.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, '..');
const settings = { rows: intFromEnv('BENCH_ROWS', 5000), rounds: intFromEnv('BENCH_ROUNDS', 3) };

const HEAD = '姓名,手机号,楼栋,单元,房号,出生日期,第二手机号,独居,行动不便,备注';
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = '秀英桂兰玉兰建国志强丽华淑珍德明凤英海燕';

/** `n` residents with phones from `base`, spread over the community's buildings. */
function rosterRows(n, base, buildings) {
  return Array.from({ length: n }, (_, i) => ({
    name: SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length] + GIVEN[(i * 3 + 1) % GIVEN.length],
    phone: String(base + i),
    building: buildings[i % buildings.length],
    unit: 1,
    room: String(101 + (i % 30)),
    birthDate: `19${30 + (i % 60)}-0${(i % 9) + 1}-1${i % 9}`,
    livesAlone: i % 4 === 0,
    limitedMobility: i % 7 === 0,
  }));
}

const csvOf = (rows) =>
  Buffer.from(
    [
      HEAD,
      ...rows.map(
        (r) =>
          `${r.name},${r.phone},${r.building},${r.unit},${r.room},${r.birthDate},,${r.livesAlone ? '是' : '否'},${r.limitedMobility ? '是' : '否'},`,
      ),
    ].join('\n'),
  );

runBench(async ({ cleanup }) => {
  const { startApp } = await import(pathToFileURL(path.join(repoRoot, 'api', 'dist', 'server.js')).href).catch(() => {
    throw new Error('api/dist/server.js not found: run npm run build -w api');
  });
  const { nameKeys } = await import(
    pathToFileURL(path.join(repoRoot, 'api', 'dist', 'modules', 'resident', 'pinyin.js')).href
  );
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'linli-bench-roster-'));
  await fs.chmod(dataDir, 0o711);
  cleanup.add('remove the data folder', () => fs.rm(dataDir, { recursive: true, force: true }));
  const pgPort = await freePort();

  // The ORM's query log, counted while a measured request runs.
  let counting = false;
  let statements = 0;
  const app = await startApp({
    config: {
      port: 0,
      host: '127.0.0.1',
      dataDir,
      embeddedPgPort: pgPort,
      databaseUrl: undefined,
      seedDemo: true,
      serveApps: false,
      env: 'production',
      logLevel: 'warn',
    },
    onQuery: (sql) => {
      if (counting && sql.startsWith('[query]')) statements++;
    },
  });
  cleanup.add('stop the api', async () => {
    await app.stop();
    await stopOrphanPostgres(path.join(dataDir, 'pg'));
  });
  const secret = (await fs.readFile(path.join(dataDir, 'pg-secret'), 'utf8')).trim();
  const db = new pg.Pool({
    connectionString: `postgres://postgres:${encodeURIComponent(secret)}@127.0.0.1:${pgPort}/linli`,
    max: 2,
  });
  cleanup.add('close the bench pool', () => db.end());

  const signIn = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation { signInStaff(input: { username: "admin", password: "linli-admin" }) { token } }',
    }),
  }).then((r) => r.json());
  const token = signIn.data?.signInStaff?.token;
  if (!token) throw new Error(`admin sign-in failed: ${JSON.stringify(signIn.errors)}`);
  const {
    rows: [community],
  } = await db.query('SELECT community_id AS id FROM staff_user WHERE username = $1', ['admin']);
  const { rows: buildingRows } = await db.query('SELECT id, number FROM building WHERE community_id = $1', [
    community.id,
  ]);
  const buildings = buildingRows.map((b) => b.number);
  const buildingId = new Map(buildingRows.map((b) => [b.number, b.id]));

  async function timed(label, work) {
    statements = 0;
    counting = true;
    const t0 = performance.now();
    const result = await work();
    const ms = performance.now() - t0;
    counting = false;
    return { label, ms, statements, result };
  }
  const post = (route, body) =>
    fetch(`${app.url}/api/roster/${route}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body,
    }).then(async (r) => {
      const json = await r.json();
      if (r.status !== 200) throw new Error(`${route}: ${r.status} ${JSON.stringify(json).slice(0, 300)}`);
      return json;
    });

  /** The same rows through pg: multi-row INSERTs (1,000 rows a statement) in one transaction. */
  async function baseline(rows) {
    const client = await db.connect();
    try {
      await client.query('BEGIN');
      for (let at = 0; at < rows.length; at += 1000) {
        const chunk = rows.slice(at, at + 1000);
        const values = [];
        const params = [];
        for (const r of chunk) {
          const keys = nameKeys(r.name);
          const p = params.length;
          values.push(
            `(gen_random_uuid(), $${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}, $${p + 7}, $${p + 8}, $${p + 9}, $${p + 10}, $${p + 11}, now(), 1, 0)`,
          );
          params.push(
            community.id,
            buildingId.get(r.building),
            r.unit,
            r.room,
            r.name,
            keys.initials,
            keys.pinyin,
            r.phone,
            r.birthDate,
            r.livesAlone,
            r.limitedMobility,
          );
        }
        await client.query(
          `INSERT INTO resident (id, community_id, building_id, unit, room, name, name_initials, name_pinyin, phone,
               birth_date, lives_alone, limited_mobility, created_at, version, pin_failures) VALUES ${values.join(',')}`,
          params,
        );
      }
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  }

  const samples = { dryRun: [], commit: [], reimport: [], baseline: [], statements: [], reStatements: [] };
  for (let round = 0; round < settings.rounds; round++) {
    const base = 15000000000 + round * 2 * settings.rows;
    const rows = rosterRows(settings.rows, base, buildings);
    const file = csvOf(rows);
    const dry = await timed('dry run', () => post('dry-run', file));
    if (dry.result.errors || dry.result.created !== settings.rows) {
      throw new Error(`dry run: ${JSON.stringify({ ...dry.result, problems: dry.result.problems.slice(0, 3) })}`);
    }
    const commit = await timed('commit', () => post('commit', file));
    if (!commit.result.committed || commit.result.report.created !== settings.rows) {
      throw new Error(`commit: ${JSON.stringify(commit.result.report).slice(0, 300)}`);
    }
    const again = await timed('re-import', () => post('commit', file));
    if (again.result.report.unchanged !== settings.rows) throw new Error('re-import changed rows');
    const t0 = performance.now();
    await baseline(rosterRows(settings.rows, base + settings.rows, buildings));
    const baseMs = performance.now() - t0;
    samples.dryRun.push(dry.ms);
    samples.commit.push(commit.ms);
    samples.reimport.push(again.ms);
    samples.baseline.push(baseMs);
    samples.statements.push(commit.statements);
    samples.reStatements.push(again.statements);
    console.log(
      `round ${round + 1}: dry run ${fmtMs(dry.ms)} ms, commit ${fmtMs(commit.ms)} ms (${commit.statements} statements), ` +
        `re-import ${fmtMs(again.ms)} ms, pg baseline ${fmtMs(baseMs)} ms`,
    );
  }

  const m = (xs) => median(xs);
  const n = settings.rows;
  console.log(`\nRoster import, ${fmtInt(n)} rows (CSV, ${settings.rounds} rounds, medians):\n`);
  console.log(
    table(
      ['what', 'time', 'SQL statements', 'statements per row', 'vs pg baseline'],
      [
        [
          'dry run (parse + check, writes nothing)',
          `${fmtMs(m(samples.dryRun))} ms`,
          '',
          '',
          fmtRatio(m(samples.dryRun) / m(samples.baseline)),
        ],
        [
          'commit (re-check + write, one transaction)',
          `${fmtMs(m(samples.commit))} ms`,
          fmtInt(m(samples.statements)),
          (m(samples.statements) / n).toFixed(4),
          fmtRatio(m(samples.commit) / m(samples.baseline)),
        ],
        [
          're-import of the same file (0 changes)',
          `${fmtMs(m(samples.reimport))} ms`,
          fmtInt(m(samples.reStatements)),
          (m(samples.reStatements) / n).toFixed(4),
          fmtRatio(m(samples.reimport) / m(samples.baseline)),
        ],
        [
          'baseline: multi-row INSERT through pg',
          `${fmtMs(m(samples.baseline))} ms`,
          fmtInt(Math.ceil(n / 1000) + 2),
          ((Math.ceil(n / 1000) + 2) / n).toFixed(4),
          '1×',
        ],
      ],
    ),
  );
});

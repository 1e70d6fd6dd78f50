import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Query, Resolver } from 'type-graphql';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { JOB_TIME_ZONE, JobFailed } from './jobs.js';
import type { Context } from './context.js';
import type { LinliModule, ModuleJob } from './module.js';
import { startPlatform, type App } from './server.js';

// The platform's job queue on a real PostgreSQL: a database cloned from the migrated template per
// test, and platforms of a test-only module (the platform knows no feature module).

@Resolver()
class PingResolver {
  @Query(() => String)
  ping(): string {
    return 'pong';
  }
}

/** A module of nothing but `jobs`, answering every caller as nobody. */
function testModule(jobs: ModuleJob[]): LinliModule {
  return {
    name: 'test',
    resolvers: [PingResolver],
    reasons: { TEST_REASON: 'a reason, so that the schema has one' },
    principal: async () => ({ communityId: null }),
    jobs,
  };
}

const TEMPLATE_DB = 'linli_template';

async function newDatabase(): Promise<string> {
  const admin = inject('pgAdminUrl');
  const name = `t_jobs_${randomBytes(6).toString('hex')}`;
  await sqlOn(admin, `CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

/** SQL as the database's owner (the embedded server's superuser). */
async function sqlOn<T extends Record<string, unknown>>(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const started: App[] = [];
afterAll(async () => {
  for (const app of started) await app.stop();
});

async function start(databaseUrl: string, jobs: ModuleJob[], opts: { jobs?: boolean } = {}): Promise<App> {
  const app = await startPlatform(
    { modules: [testModule(jobs)] },
    {
      config: {
        port: 0,
        host: '127.0.0.1',
        seedDemo: false,
        serveApps: false,
        env: 'test',
        logLevel: 'silent',
        databaseUrl,
        jobs: opts.jobs ?? true,
      },
    },
  );
  started.push(app);
  return app;
}

async function stop(app: App): Promise<void> {
  started.splice(started.indexOf(app), 1);
  await app.stop();
}

/** Waits until `check` holds (the test's timeout bounds it; no duration is asserted). */
async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 50));
}

/** A plain table (no unique constraint) each run of `test.record` adds its job id to. */
async function withRunsTable(url: string): Promise<void> {
  await sqlOn(url, 'CREATE TABLE job_test_run (job_id uuid NOT NULL, instance text NOT NULL)');
  await sqlOn(url, 'GRANT SELECT, INSERT ON job_test_run TO linli_app');
}

function record(instance: string, name = 'test.record', schedule?: string): ModuleJob {
  return {
    name,
    schedule,
    run: async (job) => {
      await job.services.orm.em
        .fork()
        .getConnection()
        .execute('INSERT INTO job_test_run (job_id, instance) VALUES (?, ?)', [job.id, instance]);
    },
  };
}

const runsOf = (url: string) => sqlOn<{ job_id: string; instance: string }>(url, 'SELECT * FROM job_test_run');

describe('the job queue', () => {
  it('runs each job exactly once with two instances working one queue', async () => {
    const url = await newDatabase();
    await withRunsTable(url);
    const a = await start(url, [record('a')]);
    const b = await start(url, [record('b')]);
    const N = 200;
    // Half sent through each instance (each wakes its own loop), so both take jobs meanwhile.
    const ids = await Promise.all(Array.from({ length: N }, (_, i) => (i % 2 ? a : b).jobs.send('test.record', { i })));
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    await until(async () => {
      const [{ n }] = await sqlOn<{ n: number }>(
        url,
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'test.record' AND state = 'completed'`,
      );
      return n === N;
    });
    const runs = await runsOf(url);
    expect(runs).toHaveLength(N);
    expect(new Set(runs.map((r) => r.job_id))).toEqual(new Set(ids));
  });

  it('runs a job sent while no instance worked, and one that fell due meanwhile, when an instance starts', async () => {
    const url = await newDatabase();
    await withRunsTable(url);
    // An instance with JOBS=off sends, but runs nothing.
    const sender = await start(url, [record('sender')], { jobs: false });
    const now = await sender.jobs.send('test.record');
    const later = await sender.jobs.send('test.record', {}, { startAfter: new Date(Date.now() + 3_600_000) });
    const states = await sqlOn<{ id: string; state: string }>(
      url,
      `SELECT id, state::text FROM pgboss.job WHERE name = 'test.record'`,
    );
    expect(states.map((s) => s.state)).toEqual(['created', 'created']);
    await stop(sender);
    // While nothing runs, the later job falls due.
    await sqlOn(url, `UPDATE pgboss.job SET start_after = now() - interval '1 minute' WHERE id = $1`, [later]);

    await start(url, [record('worker')]);
    await until(async () => (await runsOf(url)).length === 2);
    const runs = await runsOf(url);
    expect(runs.map((r) => r.job_id).sort()).toEqual([now, later].sort());
    expect(runs.every((r) => r.instance === 'worker')).toBe(true);
  });

  it('registers a schedule in Asia/Shanghai time on start, and sends a tick missed while nothing ran', async () => {
    const url = await newDatabase();
    await withRunsTable(url);
    // Midnight of 29 February: pg-boss's timekeeper will not send it while this test runs.
    const leapDay = '0 0 29 2 *';
    const first = await start(url, [record('first', 'test.leap-day', leapDay), record('first')]);
    const schedules = await sqlOn(url, 'SELECT name, cron, timezone FROM pgboss.schedule');
    expect(schedules).toEqual([{ name: 'test.leap-day', cron: leapDay, timezone: JOB_TIME_ZONE }]);
    expect(JOB_TIME_ZONE).toBe('Asia/Shanghai');
    // The first start only notes the newest tick: nothing ran before, so nothing was missed.
    const [tick] = await sqlOn<{ tick: Date }>(url, `SELECT tick FROM job_schedule_tick WHERE name = 'test.leap-day'`);
    expect(tick.tick.toISOString()).toMatch(/-02-28T16:00:00\.000Z$/); // 29 Feb 00:00 in Shanghai
    expect(await sqlOn(url, `SELECT 1 FROM pgboss.job WHERE name = 'test.leap-day'`)).toEqual([]);
    await stop(first);

    // As if the platform had been down since 2000: the newest tick passed with no instance up.
    await sqlOn(url, `UPDATE job_schedule_tick SET tick = '2000-01-01' WHERE name = 'test.leap-day'`);
    await start(url, [record('second', 'test.leap-day', leapDay), record('second')]);
    await until(async () => (await runsOf(url)).length === 1);
    expect((await runsOf(url))[0].instance).toBe('second');
    const [after] = await sqlOn<{ tick: Date }>(url, `SELECT tick FROM job_schedule_tick WHERE name = 'test.leap-day'`);
    expect(after.tick).toEqual(tick.tick);

    // A schedule no module declares any more is removed at the next start.
    const third = await start(url, [record('third')]);
    expect(await sqlOn(url, 'SELECT name FROM pgboss.schedule')).toEqual([]);
    await stop(third);
  });

  it('run() resolves once the job has completed, and rejects with a clean error when it fails', async () => {
    const url = await newDatabase();
    await withRunsTable(url);
    const jobs: ModuleJob[] = [
      record('a'),
      {
        name: 'test.fail',
        run: async () => {
          throw new Error('no voucher to expire');
        },
      },
      {
        name: 'test.bad-sql',
        run: async (job) => {
          await job.services.orm.em
            .fork()
            .getConnection()
            .execute(`SELECT * FROM job_no_such_table WHERE secret = 'hunter2'`);
        },
      },
    ];
    const app = await start(url, jobs);

    await app.jobs.run('test.record', { hello: 'world' });
    const runs = await runsOf(url);
    expect(runs).toHaveLength(1); // completed before run() resolved
    const [done] = await sqlOn<{ state: string; data: unknown }>(
      url,
      'SELECT state::text, data FROM pgboss.job WHERE id = $1',
      [runs[0].job_id],
    );
    expect(done).toEqual({ state: 'completed', data: { hello: 'world' } });

    const failed = await app.jobs.run('test.fail').catch((err: unknown) => err);
    expect(failed).toBeInstanceOf(JobFailed);
    expect((failed as JobFailed).message).toBe('Job test.fail failed: no voucher to expire');

    const bad = await app.jobs.run('test.bad-sql').catch((err: unknown) => err);
    expect(bad).toBeInstanceOf(JobFailed);
    expect((bad as Error).message).toContain('42P01'); // undefined_table
    expect((bad as Error).message).not.toMatch(/select|hunter2/i);
    // What pg-boss keeps of the failure: the same safe message, no statement, no stack.
    const outputs = await sqlOn<{ output: Record<string, unknown> }>(
      url,
      `SELECT output FROM pgboss.job WHERE name = 'test.bad-sql'`,
    );
    expect(outputs).toHaveLength(1);
    expect(Object.keys(outputs[0].output)).toEqual(['message']);
    expect(JSON.stringify(outputs[0].output)).not.toMatch(/select|hunter2/i);

    // A job sent (not run) is retried after a failure, with backoff.
    const [queue] = await sqlOn(
      url,
      `SELECT policy, retry_limit, retry_delay, retry_backoff FROM pgboss.queue WHERE name = 'test.fail'`,
    );
    expect(queue).toEqual({ policy: 'short', retry_limit: 4, retry_delay: 30, retry_backoff: true });

    await expect(app.jobs.run('test.nobody-declares-it')).rejects.toThrow(/No module declares/);
  });

  it('run() also resolves when another instance ran the job', async () => {
    const url = await newDatabase();
    await withRunsTable(url);
    const sender = await start(url, [record('sender')], { jobs: false });
    await start(url, [record('worker')]);
    await sender.jobs.run('test.record');
    expect((await runsOf(url)).map((r) => r.instance)).toEqual(['worker']);
  });

  it('singleton keys: a second send while one with the key waits is refused', async () => {
    const url = await newDatabase();
    await withRunsTable(url);
    const app = await start(url, [record('a')], { jobs: false });
    const later = new Date(Date.now() + 3_600_000);
    const first = await app.jobs.send('test.record', {}, { startAfter: later, singletonKey: 'round-1' });
    expect(first).toEqual(expect.any(String));
    expect(await app.jobs.send('test.record', {}, { startAfter: later, singletonKey: 'round-1' })).toBeNull();
    expect(await app.jobs.send('test.record', {}, { startAfter: later, singletonKey: 'round-2' })).toEqual(
      expect.any(String),
    );
    // Without a key nothing is merged.
    expect(await app.jobs.send('test.record', {}, { startAfter: later })).toEqual(expect.any(String));
    expect(await app.jobs.send('test.record', {}, { startAfter: later })).toEqual(expect.any(String));
  });

  it('forEachCommunity visits every community once, each in its own scope', async () => {
    const url = await newDatabase();
    const communities: string[] = [];
    for (let i = 0; i < 3; i++) {
      const [{ id }] = await sqlOn<{ id: string }>(
        url,
        `INSERT INTO community (id, name, code, created_at) VALUES (gen_random_uuid(), $1, $2, now()) RETURNING id`,
        [`社区${i}`, `jobs-${i}`],
      );
      communities.push(id);
      for (let n = 1; n <= 2; n++)
        await sqlOn(
          url,
          `INSERT INTO building (id, community_id, number, name) VALUES (gen_random_uuid(), $1, $2, $3)`,
          [id, n, `${n}号楼`],
        );
    }
    const visits: Array<{ ctx: Context; seen: Array<{ community_id: string }> }> = [];
    let failIn: string | null = null;
    const app = await start(url, [
      {
        name: 'test.walk',
        run: (job) =>
          job.forEachCommunity(async (ctx) => {
            // Raw SQL of a tenant table: row-level security shows this community's rows only.
            const seen = await ctx.em
              .getConnection()
              .execute<Array<{ community_id: string }>>('SELECT community_id FROM building');
            visits.push({ ctx, seen });
            if (ctx.principal.communityId === failIn) throw new Error('this community failed');
          }),
      },
    ]);

    await app.jobs.run('test.walk');
    expect(visits.map((v) => v.ctx.principal.communityId).sort()).toEqual([...communities].sort());
    const requestIds = new Set(visits.map((v) => v.ctx.requestId));
    expect(requestIds.size).toBe(1);
    for (const { ctx, seen } of visits) {
      expect(ctx.principal).toEqual({ communityId: ctx.principal.communityId });
      expect(seen).toHaveLength(2);
      expect(seen.every((r) => r.community_id === ctx.principal.communityId)).toBe(true);
    }
    // Outside a community's scope the job sees no tenant row.
    const outside = await app.orm.em.fork().getConnection().execute('SELECT * FROM building');
    expect(outside).toEqual([]);

    // One community failing does not stop the others; the run fails (and would be retried).
    visits.length = 0;
    failIn = communities[1];
    await expect(app.jobs.run('test.walk')).rejects.toThrow('1 of 3 communities failed (first: this community failed)');
    expect(visits).toHaveLength(3);
  });
});

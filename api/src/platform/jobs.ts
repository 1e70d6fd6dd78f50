import { randomUUID } from 'node:crypto';
import cronParser from 'cron-parser';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { scopedEm, type Context, type Services } from './context.js';
import { StartupLock, startupError, withStartupLock } from './database.js';
import { JOB_SCHEDULE_TICK_TABLE } from './job-schedule-tick.js';
import { safeErrorMessage, type Logger } from './logger.js';
import type { JobRun, LinliModule, ModuleJob } from './module.js';
import { notifySql } from './pubsub.js';
import { lookUp, withCommunity } from './row-security.js';

/**
 * The platform's job queue: scheduled work (a voucher's expiry, a round's cut-off) and work sent
 * to run later, on pg-boss 10 over the same PostgreSQL. With several API instances each job runs
 * once (pg-boss takes a job with `FOR UPDATE SKIP LOCKED`), and a job due while no instance ran
 * runs when one comes back (jobs wait in the table; missed schedule ticks: `catchUp` below).
 *
 * Who does what:
 * - The migration `jobs` makes pg-boss's schema (its construction SQL, owned by the migrating
 *   role; linli_app reads and writes rows only). At run time pg-boss checks the schema's version
 *   and never migrates (`migrate: false`).
 * - At start-up, as the owner and under a start-up lock, `prepareJobQueues` makes a queue per
 *   module job (a queue is a partition of `pgboss.job`: DDL, which linli_app may not do), keeps
 *   their options current, registers the schedules in pg-boss's `schedule` table (time zone
 *   Asia/Shanghai) and removes schedules no module declares any more.
 * - Each instance (`Jobs`, as linli_app, on a small pool of its own) sends jobs and, unless
 *   `JOBS=off`, runs them: one loop per queue that takes a job, runs it, and marks it completed
 *   or failed (awaited, logged; pg-boss's own `work()` does not await its completion calls, so
 *   an outage there would be an unhandled rejection). An idle loop asks again every
 *   `POLL_MS`; a job that can start now is announced in its insert's transaction (`JOB_SENT`,
 *   through the platform's LISTEN/NOTIFY pubsub), which wakes the loops of every instance at
 *   once, so `run()` is prompt wherever the job runs.
 *   pg-boss's timekeeper turns schedule ticks into jobs and its maintenance expires, retries and
 *   archives them.
 *
 * Failures: a run that throws is logged (the logger leaves SQL out) and failed with its safe
 * message (pg-boss keeps it in the job's `output`, never a statement or a stack); pg-boss retries
 * it `retryLimit` times with exponential backoff from `retryDelay`. `run()` sends with no retry:
 * its caller gets the failure.
 *
 * Singleton keys: the queues use pg-boss's `short` policy, at most one job *waiting* per key. A
 * job sent without a key gets its own (its id), so nothing is merged; `send(…, { singletonKey })`
 * is refused (null) while a job with that key still waits; schedule ticks and catch-ups share one
 * key, so a backlog of ticks collapses into one run.
 */

/** pg-boss's schema (made by the migration `jobs`). */
const SCHEMA = 'pgboss';
/** The time zone of every module's schedule. */
export const JOB_TIME_ZONE = 'Asia/Shanghai';
/** pg-boss's queue for schedule ticks on their way to their own queue (its timekeeper's). */
const SEND_IT = '__pgboss__send-it';
/** The singleton key of a schedule's runs (ticks and catch-ups alike). */
const SCHEDULED_KEY = 'schedule';

/** Every module queue's options: retried 4 times, from 30 s doubling (with jitter); 15 min to run. */
const QUEUE_OPTIONS = {
  policy: 'short',
  retryLimit: 4,
  retryDelay: 30,
  retryBackoff: true,
  expireInSeconds: 15 * 60,
} as const satisfies Omit<PgBoss.Queue, 'name'>;

/** An idle queue loop asks for work this often (a send, `JOB_SENT`, wakes it at once). */
const POLL_MS = 10_000;
/** `run()` asks the table this often for a job another instance took. */
const RUN_POLL_MS = 250;
/** Missed schedule ticks are looked for at start and this often. */
const CATCH_UP_EVERY_MS = 5 * 60_000;
/**
 * A tick counts as missed only once it is this old: pg-boss's timekeeper sends a tick up to 60 s
 * after it (checking every 30 s), and its send-it worker hands it on within seconds.
 */
const CATCH_UP_GRACE_MS = 2 * 60_000;
/** How long `stop()` waits for running jobs (main.ts gives the whole shutdown 15 s). */
const STOP_WAIT_MS = 8_000;
/** Connections of the job queue's own pool. */
const POOL_MAX = 4;

declare module './row-security.js' {
  interface CrossCommunityLookups {
    linli_job_communities: true;
  }
}

/** Sending jobs, as modules do it (`ctx.jobs`). */
export interface JobQueue {
  /**
   * Sends a module's job to run once, on whichever instance takes it: now, or from `startAfter`
   * (wall-clock time). With `singletonKey`, null (nothing sent) while a job of that name and key
   * still waits. Resolves with the job's id.
   */
  send(
    name: string,
    data?: Record<string, unknown>,
    opts?: { startAfter?: Date; singletonKey?: string },
  ): Promise<string | null>;
}

/** What the App exposes: sending, and running a job to its end (tests, tools). */
export interface AppJobs extends JobQueue {
  /**
   * Sends the job through the queue (no retries) and resolves when a worker has completed it, or
   * rejects with `JobFailed` when it failed.
   */
  run(name: string, data?: Record<string, unknown>): Promise<void>;
}

/** A job that failed; `message` carries the job's error as safe to show (no SQL, no stack). */
export class JobFailed extends Error {
  constructor(
    readonly job: string,
    readonly jobId: string,
    reason: string,
  ) {
    super(`Job ${job} failed: ${reason}`);
    this.name = 'JobFailed';
  }
}

/** The jobs of these modules, checked: `<module>.<what>` names, unique, schedules that parse. */
export function jobsOf(modules: readonly LinliModule[]): ModuleJob[] {
  const seen = new Set<string>();
  const jobs: ModuleJob[] = [];
  for (const m of modules) {
    for (const job of m.jobs ?? []) {
      if (!job.name.startsWith(`${m.name}.`) || job.name.length === m.name.length + 1 || /\s/.test(job.name))
        throw new Error(`The job "${job.name}" of module ${m.name} must be named ${m.name}.<what>`);
      if (seen.has(job.name)) throw new Error(`Two jobs are named ${job.name}`);
      if (job.schedule !== undefined) {
        try {
          cronParser.parseExpression(job.schedule, { tz: JOB_TIME_ZONE });
        } catch {
          throw new Error(`The job ${job.name} has a schedule that is no cron expression: "${job.schedule}"`);
        }
      }
      seen.add(job.name);
      jobs.push(job);
    }
  }
  return jobs;
}

/** pg-boss's statements over one `pg` client (a transaction's, or the start-up step's). */
function clientDb(client: pg.ClientBase): PgBoss.Db {
  return { executeSql: (text, values) => client.query(text, values) };
}

/**
 * As the database's owner, at start-up, one instance at a time: a queue per job (and pg-boss's
 * send-it queue), their options, the schedules in Asia/Shanghai time, stale schedules removed.
 */
export async function prepareJobQueues(url: string, jobs: readonly ModuleJob[], log: Logger): Promise<void> {
  try {
    await withStartupLock(url, StartupLock.jobs, log, async () => {
      const client = new pg.Client({ connectionString: url, application_name: 'linli start-up (job queues)' });
      client.on('error', (err) => log.warn({ err }, 'job queue start-up connection lost'));
      await client.connect();
      try {
        const boss = new PgBoss({ db: clientDb(client), schema: SCHEMA });
        await boss.createQueue(SEND_IT);
        for (const job of jobs) {
          await boss.createQueue(job.name, { name: job.name, ...QUEUE_OPTIONS });
          await boss.updateQueue(job.name, { name: job.name, ...QUEUE_OPTIONS });
        }
        const scheduled = new Set<string>();
        for (const job of jobs) {
          if (!job.schedule) continue;
          await boss.schedule(job.name, job.schedule, undefined, { tz: JOB_TIME_ZONE, singletonKey: SCHEDULED_KEY });
          scheduled.add(job.name);
        }
        for (const s of await boss.getSchedules()) if (!scheduled.has(s.name)) await boss.unschedule(s.name);
      } finally {
        await client.end().catch(() => undefined);
      }
    });
  } catch (err) {
    throw startupError('Preparing the job queues', err);
  }
}

/** A timer that can be cut short. */
function sleep(ms: number): { done: Promise<void>; wake: () => void } {
  let wake!: () => void;
  const done = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    wake = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  return { done, wake };
}

/** One queue's loop on this instance: take a job, run it, take the next; idle: wait to be woken or to poll. */
class QueueLoop {
  private stopping = false;
  private woken = false;
  private nap: { wake: () => void } | null = null;
  /** The job being run now, if any. */
  current: string | null = null;
  readonly done: Promise<void>;

  constructor(
    readonly name: string,
    /** Takes and runs one job; false when none was waiting. */
    private readonly takeOne: (loop: QueueLoop) => Promise<boolean>,
  ) {
    this.done = this.loop();
  }

  wake(): void {
    this.woken = true;
    this.nap?.wake();
  }

  stop(): void {
    this.stopping = true;
    this.nap?.wake();
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      this.woken = false;
      // pg-boss's fetch answers [] when the database fails; takeOne logs its failures.
      const took = await this.takeOne(this);
      if (took || this.woken || this.stopping) continue;
      const nap = sleep(POLL_MS);
      this.nap = nap;
      await nap.done;
      this.nap = null;
    }
  }
}

/** The job queue of one API instance (see the top of this file). */
export class Jobs implements AppJobs {
  private readonly byName: Map<string, ModuleJob>;
  private boss: PgBoss | null = null;
  private pool: pg.Pool | null = null;
  /** pg-boss's statements go out only while this is true (it asks after `stop`, as its own Db does). */
  private open = false;
  private services: Services | null = null;
  private readonly loops = new Map<string, QueueLoop>();
  /** `run()` calls waiting for a job this instance runs: job id → its failure (null: completed). */
  private readonly waiters = new Map<string, (failure: string | null) => void>();
  private stopListening: (() => Promise<unknown>) | null = null;
  private catchUpTimer: NodeJS.Timeout | null = null;
  private catchingUp: Promise<void> = Promise.resolve();

  constructor(
    /** linli_app's URL (the runtime's). */
    private readonly url: string,
    jobs: readonly ModuleJob[],
    private readonly log: Logger,
    /** Run workers, schedules and maintenance here (config `jobs`, env `JOBS`). */
    private readonly work: boolean,
  ) {
    this.byName = new Map(jobs.map((j) => [j.name, j]));
  }

  async start(services: Services): Promise<void> {
    this.services = services;
    const pool = new pg.Pool({ connectionString: this.url, max: POOL_MAX, application_name: 'linli jobs' });
    // An idle connection lost (a database restart): the pool makes a new one when asked.
    pool.on('error', (err) => this.log.warn({ err }, 'job queue connection lost'));
    this.pool = pool;
    this.open = true;
    const db: PgBoss.Db = {
      executeSql: async (text, values) =>
        // After stop, as pg-boss's own Db: nothing is sent (its timers may still fire once).
        this.open ? pool.query(text, values) : (undefined as unknown as { rows: [] }),
    };
    const boss = new PgBoss({
      db,
      schema: SCHEMA,
      migrate: false,
      schedule: this.work,
      supervise: this.work,
      // Its send-it worker hands schedule ticks on; every 10 s is plenty (the tick waits ≤ 60 s anyway).
      cronWorkerIntervalSeconds: 10,
    });
    boss.on('error', (err: unknown) => this.log.error({ err }, 'job queue error'));
    try {
      await boss.start(); // checks the schema's version; never migrates
    } catch (err) {
      throw startupError('Starting the job queue', err);
    }
    this.boss = boss;
    if (!this.work) return;
    // A job sent by any process (this one too) wakes the loop of its queue here.
    const sent = services.pubsub.subscribe('JOB_SENT');
    this.stopListening = async () => sent.return?.();
    void (async () => {
      for await (const { name } of sent) this.loops.get(name)?.wake();
    })().catch((err: unknown) => this.log.error({ err }, 'job queue: JOB_SENT listener failed'));
    for (const job of this.byName.values()) {
      const takeOne = (loop: QueueLoop) =>
        this.takeOne(job, loop).catch((err: unknown) => {
          this.log.error({ err, job: job.name }, 'job queue loop failed');
          return false;
        });
      this.loops.set(job.name, new QueueLoop(job.name, takeOne));
    }
    if ([...this.byName.values()].some((j) => j.schedule)) {
      // The first look is awaited: a tick missed while nothing ran is queued before start resolves.
      this.catchingUp = this.catchUp();
      await this.catchingUp;
      this.catchUpTimer = setInterval(() => {
        this.catchingUp = this.catchingUp.then(() => this.catchUp());
      }, CATCH_UP_EVERY_MS);
      this.catchUpTimer.unref();
    }
  }

  /** Stops taking jobs, lets running ones finish (a while), then stops pg-boss and closes the pool. */
  async stop(): Promise<void> {
    if (this.catchUpTimer) clearInterval(this.catchUpTimer);
    await this.stopListening?.();
    for (const loop of this.loops.values()) loop.stop();
    const waited = sleep(STOP_WAIT_MS);
    await Promise.race([Promise.all([...[...this.loops.values()].map((l) => l.done), this.catchingUp]), waited.done]);
    waited.wake();
    const boss = this.boss;
    for (const loop of this.loops.values()) {
      if (!loop.current || !boss) continue;
      // Still running: failed now, so that it is retried (here or elsewhere) without waiting for its expiry.
      this.log.warn({ job: loop.name, jobId: loop.current }, 'job still running at shutdown; failed to be retried');
      await boss.fail(loop.name, loop.current, { message: 'stopped while running' }).catch(() => undefined);
    }
    await boss?.stop({ graceful: true, close: false, wait: true, timeout: 1000 });
    this.open = false;
    await this.pool?.end().catch(() => undefined);
  }

  async send(
    name: string,
    data: Record<string, unknown> = {},
    opts: { startAfter?: Date; singletonKey?: string } = {},
  ): Promise<string | null> {
    const id = randomUUID();
    return this.insert(name, data, {
      id,
      singletonKey: opts.singletonKey === undefined ? id : `key:${opts.singletonKey}`,
      ...(opts.startAfter ? { startAfter: opts.startAfter } : {}),
    });
  }

  /**
   * Inserts a job and, when it can be taken now, announces it (`JOB_SENT`, in the insert's
   * transaction) so that the instances working its queue take it at once rather than at their
   * next poll; this one's loop is woken directly too.
   */
  private async insert(
    name: string,
    data: Record<string, unknown>,
    options: PgBoss.SendOptions & { id: string; startAfter?: Date },
  ): Promise<string | null> {
    const boss = this.ready(name);
    const now = !options.startAfter || options.startAfter.getTime() <= Date.now();
    const client = await this.pool!.connect();
    let sent: string | null;
    try {
      await client.query('BEGIN');
      sent = await boss.send(name, data, { ...options, db: clientDb(client) });
      if (sent && now) await client.query(`SELECT ${notifySql('JOB_SENT', { name: '$1::text' })}`, [name]);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
    if (sent && now) this.loops.get(name)?.wake();
    return sent;
  }

  async run(name: string, data: Record<string, unknown> = {}): Promise<void> {
    const boss = this.ready(name);
    const id = randomUUID();
    const local = new Promise<string | null>((resolve) => this.waiters.set(id, resolve));
    try {
      const sent = await this.insert(name, data, { id, singletonKey: id, retryLimit: 0 });
      if (!sent) throw new Error(`The job ${name} could not be sent`);
      for (;;) {
        // This instance's loop says at once; a job another instance took is looked up in the table.
        const nap = sleep(RUN_POLL_MS);
        const failure = await Promise.race([local, nap.done.then(() => undefined)]);
        nap.wake();
        if (failure === null) return;
        if (typeof failure === 'string') throw new JobFailed(name, id, failure);
        const job = await boss.getJobById(name, id, { includeArchive: true });
        if (job?.state === 'completed') return;
        if (job?.state === 'failed' || job?.state === 'cancelled') {
          const message = (job.output as { message?: unknown } | null)?.message;
          throw new JobFailed(name, id, typeof message === 'string' ? message : job.state);
        }
      }
    } finally {
      this.waiters.delete(id);
    }
  }

  private ready(name: string): PgBoss {
    if (!this.byName.has(name)) throw new Error(`No module declares the job ${name}`);
    if (!this.boss || !this.open) throw new Error('The job queue is not running');
    return this.boss;
  }

  /** Takes one job of this queue, if one waits, and runs it to completion or failure. */
  private async takeOne(job: ModuleJob, loop: QueueLoop): Promise<boolean> {
    const boss = this.boss;
    if (!boss) return false;
    const [next] = await boss.fetch<Record<string, unknown> | null>(job.name);
    if (!next) return false;
    loop.current = next.id;
    const started = Date.now();
    let failure: string | null = null;
    try {
      await job.run(this.jobRun(next.id, next.data ?? {}));
    } catch (err) {
      failure = safeErrorMessage(err);
      this.log.error({ err, job: job.name, jobId: next.id }, 'job failed');
    }
    loop.current = null;
    try {
      if (failure === null) await boss.complete(job.name, next.id);
      else await boss.fail(job.name, next.id, { message: failure });
    } catch (err) {
      // The job stays active until it expires; pg-boss's maintenance then retries it.
      this.log.error({ err, job: job.name, jobId: next.id }, 'could not record how a job ended');
    }
    if (failure === null) this.log.info({ job: job.name, jobId: next.id, ms: Date.now() - started }, 'job done');
    this.waiters.get(next.id)?.(failure);
    return true;
  }

  private jobRun(id: string, data: Record<string, unknown>): JobRun {
    const services = this.services!;
    const log = this.log;
    const inCommunity = <T>(communityId: string, fn: (ctx: Context) => Promise<T>): Promise<T> =>
      withCommunity(communityId, () =>
        fn({
          ...services,
          principal: { communityId },
          requestId: id,
          clientIp: '',
          em: scopedEm(services.orm, communityId),
        }),
      );
    return {
      id,
      data,
      services,
      inCommunity,
      async forEachCommunity(fn) {
        // Listing them crosses communities: a definer function (migration `jobs`) gives the ids only.
        const rows = await lookUp(scopedEm(services.orm, null), 'linli_job_communities', []);
        let failed = 0;
        let first = '';
        for (const { id: communityId } of rows as Array<{ id: string }>) {
          try {
            await inCommunity(communityId, fn);
          } catch (err) {
            failed++;
            first ||= safeErrorMessage(err);
            log.error({ err, jobId: id, communityId }, 'job failed in a community');
          }
        }
        if (failed) throw new Error(`${failed} of ${rows.length} communities failed (first: ${first})`);
      },
    };
  }

  /** Looks for schedule ticks missed while no instance ran (or the database was away), for every scheduled job. */
  private async catchUp(): Promise<void> {
    for (const job of this.byName.values()) {
      if (!job.schedule || !this.open) continue;
      try {
        await this.catchUpOne(job, job.schedule);
      } catch (err) {
        this.log.warn({ err, job: job.name }, 'could not look for a missed scheduled run');
      }
    }
  }

  /**
   * pg-boss's timekeeper sends a tick only within 60 s of it, so a tick that fell while no
   * instance ran would be lost. The newest tick old enough (`CATCH_UP_GRACE_MS`) is compared with
   * the one checked last (`job_schedule_tick`, advanced by exactly one instance: a row lock); when
   * it is newer and no job of that queue was made since it, one run is sent now — in the same
   * transaction as the advance, so a crash between them loses nothing. A job seen for the first
   * time only records its tick (no history: nothing was missed).
   */
  private async catchUpOne(job: ModuleJob, schedule: string): Promise<void> {
    const due = cronParser
      .parseExpression(schedule, { tz: JOB_TIME_ZONE, currentDate: new Date(Date.now() - CATCH_UP_GRACE_MS) })
      .prev()
      .toDate();
    const client = await this.pool!.connect();
    let missed = false;
    try {
      await client.query('BEGIN');
      const first = await client.query(
        `INSERT INTO ${JOB_SCHEDULE_TICK_TABLE} (name, tick) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`,
        [job.name, due],
      );
      if (!first.rowCount) {
        const advanced = await client.query(
          `UPDATE ${JOB_SCHEDULE_TICK_TABLE} SET tick = $2 WHERE name = $1 AND tick < $2`,
          [job.name, due],
        );
        if (advanced.rowCount) {
          const { rows } = await client.query<{ sent: boolean }>(
            `SELECT EXISTS (SELECT 1 FROM ${SCHEMA}.job WHERE name = $1 AND created_on >= $2)
                 OR EXISTS (SELECT 1 FROM ${SCHEMA}.archive WHERE name = $1 AND created_on >= $2)
                 OR EXISTS (SELECT 1 FROM ${SCHEMA}.job WHERE name = $3 AND data->>'name' = $1 AND created_on >= $2)
                 AS sent`,
            [job.name, due, SEND_IT],
          );
          missed = !rows[0].sent;
        }
      }
      if (missed) await this.boss!.send(job.name, {}, { singletonKey: SCHEDULED_KEY, db: clientDb(client) });
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
    if (missed) {
      this.log.info({ job: job.name, tick: due.toISOString() }, 'a scheduled run was missed; sent now');
      this.loops.get(job.name)?.wake();
    }
  }
}

import { MikroORM, type EntityClass, type Options } from '@mikro-orm/postgresql';
import type { LinliModule } from './module.js';
import { Migrator } from '@mikro-orm/migrations';
import pg from 'pg';
import { JobScheduleTick } from './job-schedule-tick.js';
import { RateLimitRow } from './rate-limit.js';
import { migrationsList } from '../migrations/index.js';
import { safeErrorMessage, type Logger } from './logger.js';

/** The platform's own tables (not a feature's). */
const platformEntities = [RateLimitRow, JobScheduleTick];

/** Every entity of these modules, and the platform's own. */
export function entitiesOf(modules: readonly LinliModule[]): EntityClass<object>[] {
  return [...modules.flatMap((m) => m.entities ?? []), ...platformEntities];
}

export interface OrmOptions {
  url: string;
  /** The entities of the modules served (see `entitiesOf`). */
  entities: EntityClass<object>[];
  log: Logger;
  poolMax?: number;
  /** Called with each SQL statement; tests count statements with it. */
  onQuery?: (sql: string) => void;
}

export function ormConfig({ url, entities, log, poolMax = 20, onQuery }: OrmOptions): Options {
  return {
    clientUrl: url,
    entities,
    extensions: [Migrator],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    pool: { min: 0, max: poolMax },
    // knex prints its own warnings (a pooled connection lost) to the console; send them here.
    driverOptions: {
      log: {
        warn: (message: unknown) => log.warn({ knex: String(message) }, 'knex'),
        error: (message: unknown) => log.error({ knex: String(message) }, 'knex'),
        deprecate: (message: unknown) => log.debug({ knex: String(message) }, 'knex'),
        debug: (message: unknown) => log.debug({ knex: String(message) }, 'knex'),
      },
    },
    // Never 'query-params': MikroORM would then log each statement with its values. (A failed
    // statement's error message still holds them, inlined by MikroORM before knex sees it: the
    // logger's error serializer leaves the statement out, and start-up errors are summed up.)
    debug: onQuery ? ['query'] : false,
    logger: (message: string) => {
      if (onQuery) onQuery(message);
      else log.debug({ orm: message }, 'orm');
    },
    colors: false,
    migrations: {
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
  };
}

/** Start-up steps that run in one process at a time, whatever the number of instances. */
export enum StartupLock {
  migrations = 1,
  demoSeed = 2,
  /** The job queue's queues and schedules (jobs.ts), made as the owner. */
  jobs = 3,
}

/** The first key of Linli's advisory locks ("Ll"), so they cannot collide with another app's. */
const LOCK_SPACE = 0x4c6c;

/**
 * Runs `fn` holding a PostgreSQL session advisory lock, taken on a connection of its own (not
 * one of the pool's, which `fn` uses, and which could be handed to anything), released after.
 * A second instance starting at the same time waits here, then finds the work done. Should this
 * process die, PostgreSQL ends the session and so releases the lock.
 */
export async function withStartupLock<T>(
  url: string,
  step: StartupLock,
  log: Logger,
  fn: () => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: `linli start-up (${StartupLock[step]})` });
  // A lost lock connection surfaces through `fn`'s own queries; no unhandled 'error' event.
  client.on('error', (err) => log.warn({ err, step: StartupLock[step] }, 'start-up lock connection lost'));
  await client.connect();
  try {
    const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [
      LOCK_SPACE,
      step,
    ]);
    if (!rows[0].ok) {
      log.info({ step: StartupLock[step] }, 'another instance is starting; waiting for it');
      await client.query('SELECT pg_advisory_lock($1, $2)', [LOCK_SPACE, step]);
    }
    return await fn();
  } finally {
    // Ending the session releases the lock too; unlocking first keeps it short if `end` lingers.
    await client.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_SPACE, step]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}

export async function openDatabase(opts: OrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(opts));
  try {
    // Two instances migrating an empty database at once both created the same tables.
    await withStartupLock(opts.url, StartupLock.migrations, opts.log, () => orm.migrator.up());
  } catch (err) {
    await orm.close();
    throw startupError('Migrating the database', err);
  }
  return orm;
}

/**
 * A start-up step's failure with a message safe to print (main.ts prints it as it is): the
 * database's own error is summed up without its statement or values, and kept as the `cause`.
 */
export function startupError(step: string, err: unknown): Error {
  return new Error(`${step} failed: ${safeErrorMessage(err)}`, { cause: err });
}

/** A statement broke a unique constraint or index (PostgreSQL's 23505). */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === '23505';
}

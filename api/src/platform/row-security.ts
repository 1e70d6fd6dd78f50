import { AsyncLocalStorage } from 'node:async_hooks';
import type { EventEmitter } from 'node:events';
import { MikroORM, type EntityManager, type Options } from '@mikro-orm/postgresql';
import type { NextFunction, Request, Response } from 'express';
import type pg from 'pg';
import { safeErrorMessage } from './logger.js';
import { runPrepared } from './prepared.js';

/**
 * PostgreSQL row-level security under the ORM's tenant filter: the database itself keeps
 * communities apart, so raw SQL that forgets its `community_id = ?` finds nothing rather than
 * another community's rows.
 *
 * The running API connects as `linli_app` (no superuser, no BYPASSRLS, owns nothing); every
 * tenant table's policy (migration `row_level_security`) lets a session see and write only the
 * rows of the community in its `linli.community_id` setting. This file carries the caller's
 * community to that setting: an AsyncLocalStorage holds it for the work a request, a WebSocket
 * operation or a subscription event does, and every connection the ORM's pool hands out is set
 * to it first (skipped when the connection already carries it, so a one-community deployment
 * pays one statement per pooled connection, not per query). As MikroORM 7's 'connection'
 * strategy for row-level security does, but without resetting on every acquire.
 *
 * Nothing in scope (start-up, background work, an anonymous caller) → an empty setting → tenant tables
 * return nothing. The look-ups that must cross communities before the caller is known are
 * SECURITY DEFINER functions of that migration.
 */

/** The role the running API uses. */
export const APP_ROLE = 'linli_app';
/** The session setting the policies read (through `linli_current_community()`). */
export const COMMUNITY_SETTING = 'linli.community_id';

interface Scope {
  communityId: string | null;
}

const scope = new AsyncLocalStorage<Scope>();

/**
 * Runs `fn` (and everything it starts, timers too) on behalf of `communityId`. It applies to
 * connections taken from the pool from then on: a transaction already begun keeps the
 * community its connection carried.
 */
export function withCommunity<T>(communityId: string | null, fn: () => T): T {
  return scope.run({ communityId }, fn);
}

/**
 * Express middleware: this request's scope, empty until `bindCommunity` fills it in once the
 * caller is known (the GraphQL context resolves the principal inside the request).
 */
export function communityScope(_req: Request, _res: Response, next: NextFunction): void {
  scope.run({ communityId: null }, next);
}

/** Binds the current request's scope (see `communityScope`) to the caller's community. */
export function bindCommunity(communityId: string | null): void {
  const current = scope.getStore();
  if (current) current.communityId = communityId;
}

/** The community in scope now, if any. */
export function currentCommunity(): string | null {
  return scope.getStore()?.communityId ?? null;
}

/**
 * The URL the runtime uses when only the owner's is given (DATABASE_URL without
 * DATABASE_APP_URL): the same login, switched to `linli_app` by the server as each connection
 * starts (`-c role=…`, i.e. SET ROLE, which also survives RESET ALL). The login must be a
 * member of linli_app: `GRANT linli_app TO <login>`.
 */
export function appRoleUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  const options = url.searchParams.get('options');
  url.searchParams.set('options', [options, `-c role=${APP_ROLE}`].filter(Boolean).join(' '));
  return url.toString();
}

/**
 * ORM options that keep the URL's `options` (`-c role=…` above): MikroORM reads only the login,
 * host, port and database from a URL, so the rest goes to `pg` by its driver options.
 */
function withUrlStartupOptions(options: Options): Options {
  const startup = options.clientUrl ? new URL(options.clientUrl).searchParams.get('options') : null;
  if (!startup) return options;
  const driverOptions = (options.driverOptions ?? {}) as { connection?: Record<string, unknown> };
  return {
    ...options,
    driverOptions: { ...driverOptions, connection: { ...driverOptions.connection, options: startup } },
  };
}

/**
 * For the embedded server (as its superuser): `linli_app` may log in with `password`. The role
 * is made here if the migration has not made it yet (a fresh server); the migration grants it
 * its rights.
 */
export async function ensureAppLogin(client: pg.Client, password: string): Promise<void> {
  await client.query(`DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN CREATE ROLE ${APP_ROLE}; END IF;
  END $$`);
  await client.query(
    `ALTER ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD ${client.escapeLiteral(password)}`,
  );
}

/**
 * The runtime ORM, connected as linli_app and kept to the caller's community: refuses a login
 * that row-level security would not hold (a superuser, BYPASSRLS, an owner of tables), then
 * sets each pooled connection to the community in scope before use.
 */
export async function openAppDatabase(options: Options): Promise<MikroORM> {
  let orm: MikroORM | undefined;
  try {
    orm = await MikroORM.init(withUrlStartupOptions(options));
    await assertRowSecurityApplies(orm);
  } catch (err) {
    await orm?.close();
    throw appConnectionError(err);
  }
  scopeConnections(orm);
  return orm;
}

/** The login connected, but row-level security would not hold it. */
class AppRoleRefused extends Error {}

/** A start-up failure to print as it is (see main.ts): what to do when the role is not granted. */
function appConnectionError(err: unknown): Error {
  if (err instanceof AppRoleRefused) return err;
  const hint =
    (err as { code?: string }).code === '42501'
      ? `the DATABASE_URL login may not act as ${APP_ROLE}. Grant it once: GRANT ${APP_ROLE} TO <that login>; ` +
        `or give ${APP_ROLE} a password and set DATABASE_APP_URL`
      : safeErrorMessage(err);
  return new Error(`Connecting as ${APP_ROLE} failed: ${hint}`, { cause: err });
}

async function assertRowSecurityApplies(orm: MikroORM): Promise<void> {
  const [me] = await orm.em
    .getConnection()
    .execute<Array<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean; owns: boolean }>>(
      `SELECT r.rolname, r.rolsuper, r.rolbypassrls,
              EXISTS (SELECT 1 FROM pg_class c WHERE c.relowner = r.oid
                         AND c.relnamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)) AS owns
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
  if (!me || me.rolsuper || me.rolbypassrls || me.owns) {
    throw new AppRoleRefused(
      `The API's database role ${me?.rolname ?? '?'} ${me?.owns ? 'owns tables' : 'bypasses row-level security'}: ` +
        `connect as ${APP_ROLE} (DATABASE_APP_URL), which the migrations set up`,
    );
  }
}

/** A pooled `pg` client, whose protocol connection reports each ReadyForQuery with its transaction status. */
type PooledClient = pg.Client & { connection: EventEmitter };

interface KnexClient {
  acquireConnection(): Promise<PooledClient>;
  releaseConnection(connection: PooledClient): Promise<void>;
}

interface ConnectionScope {
  /** The value the connection carries; undefined: not known. */
  communityId: string | undefined;
  /** Outside any transaction block (the last ReadyForQuery said 'I'). */
  idle: boolean;
}

/**
 * Wraps the pool's `acquireConnection` (every query, transaction and `runPrepared` takes its
 * connection there) so that the connection carries the community in scope before it is used.
 * The setting is session-wide (`set_config(…, false)`) and made before any transaction begins,
 * so no rollback can undo it; should a connection come out of the pool inside a transaction
 * block, the value is set but not remembered, and set again next time.
 */
export function scopeConnections(orm: MikroORM): void {
  const client = orm.em.getConnection().getKnex().client as KnexClient;
  const acquire = client.acquireConnection.bind(client);
  unscopedAcquire.set(client, acquire);
  const counts = { switches: 0 };
  switchCounts.set(orm, counts);
  const known = new WeakMap<PooledClient, ConnectionScope>();
  client.acquireConnection = async () => {
    const wanted = currentCommunity() ?? '';
    const connection = await acquire();
    let state = known.get(connection);
    if (!state) {
      const fresh: ConnectionScope = { communityId: undefined, idle: true };
      connection.connection.on('readyForQuery', (msg: { status?: string }) => {
        fresh.idle = msg.status === 'I';
      });
      known.set(connection, (state = fresh));
    }
    if (state.communityId === wanted) return connection;
    state.communityId = undefined;
    counts.switches++;
    try {
      await connection.query({
        name: 'linli_set_community',
        text: `SELECT set_config('${COMMUNITY_SETTING}', $1, false)`,
        values: [wanted],
      });
    } catch (err) {
      await client.releaseConnection(connection);
      throw err;
    }
    if (state.idle) state.communityId = wanted;
    return connection;
  };
}

const unscopedAcquire = new WeakMap<KnexClient, () => Promise<PooledClient>>();
const switchCounts = new WeakMap<MikroORM, { switches: number }>();

/** How often a pooled connection had to be set to another community (for tests and diagnostics). */
export function communitySwitches(orm: MikroORM): number {
  return switchCounts.get(orm)?.switches ?? 0;
}

/**
 * The SECURITY DEFINER functions (created by a migration) that modules call before the caller's
 * community is known. Each module declares those it calls, beside the call:
 *
 *     declare module '../../platform/row-security.js' {
 *       interface CrossCommunityLookups { linli_ticket_by_follow_token: true }
 *     }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- augmented by modules
export interface CrossCommunityLookups {}
export type CrossCommunityLookup = keyof CrossCommunityLookups & string;

/**
 * Calls one of the look-ups that must cross communities before the caller's is known, as a
 * prepared statement, on a pooled connection left as it is. These functions run with their
 * owner's rights and never read the community setting, so setting the connection to "none"
 * first would change nothing but cost a switch there and back on every request (the caller's
 * own statements follow, as their community). Only these functions may be called this way: any
 * other statement on such a connection could see the community of whoever used it last.
 */
export async function lookUp(
  em: EntityManager,
  fn: CrossCommunityLookup,
  args: unknown[],
): Promise<Array<Record<string, unknown>>> {
  const client = em.getConnection().getKnex().client as KnexClient;
  const params = args.map((_, i) => `$${i + 1}`).join(', ');
  return runPrepared(em, fn, `SELECT * FROM ${fn}(${params})`, args, unscopedAcquire.get(client));
}

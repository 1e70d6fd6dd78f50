import type { EntityManager } from '@mikro-orm/postgresql';
import { runPrepared } from './prepared.js';
import { currentCommunity } from './row-security.js';

/**
 * A module's raw SQL: each module keeps its statements in one file beside it (`<module>.sql.ts`),
 * each declared once with the types of its parameters and of its rows:
 *
 *     export const TICKET_STATUS = sql<{ id: string }, { status: TicketStatus }>(
 *       'SELECT status FROM ticket WHERE id = :id AND community_id = :community');
 *
 * Parameters are named (`:id`; `::int` casts are left alone) and passed as one typed object, so a
 * statement and its callers cannot disagree on their order. `:community` is the tenant condition,
 * filled in here — in one place — with the caller's community (the one row-level security
 * checks too, see `row-security.ts`); a statement run with no community in scope is a bug, and
 * throws. Seed steps, which run before any caller, pass `community` themselves.
 */
export interface Sql<P extends object, R> {
  /** The statement's name, for prepared statements and error messages. */
  readonly name: string;
  /** Text with `?` placeholders, in the order of `names` (knex expands arrays in `IN (?)`). */
  readonly text: string;
  /** Text with `$n` placeholders, for a prepared statement (arrays: `= ANY(:ids)`). */
  readonly numbered: string;
  /** The parameter behind each `?`, in order. */
  readonly names: readonly string[];
  /** Phantom: the types the statement takes and returns. */
  readonly types?: { params: P; row: R };
}

/**
 * A `timestamptz` as raw SQL returns it: the ORM's connection leaves it as PostgreSQL's text
 * (a prepared statement may give a Date); read it with `new Date(…)`.
 */
export type Timestamp = string | Date;

/** Parameters every statement may use without its caller passing them. */
export interface ScopeParams {
  /** The caller's community (the tenant condition). */
  community?: string;
}

const PARAM = /(?<![:\w]):([A-Za-z_][A-Za-z0-9_]*)/g;

export function sql<P extends object = Record<string, never>, R = never>(name: string, text: string): Sql<P, R> {
  const names: string[] = [];
  const numbers = new Map<string, number>();
  const plain = text.replace(PARAM, (_, param: string) => {
    names.push(param);
    return '?';
  });
  const numbered = text.replace(PARAM, (_, param: string) => {
    if (!numbers.has(param)) numbers.set(param, numbers.size + 1);
    return `$${numbers.get(param)}`;
  });
  return { name, text: plain, numbered, names };
}

function values(statement: Sql<object, unknown>, params: object, order: readonly string[]): unknown[] {
  const given = params as Record<string, unknown>;
  return order.map((param) => {
    if (param in given) return given[param];
    if (param === 'community') {
      const community = currentCommunity();
      if (!community) throw new Error(`${statement.name}: no community in scope for :community`);
      return community;
    }
    throw new Error(`${statement.name}: parameter :${param} not given`);
  });
}

/** The rows of a statement, inside `em`'s transaction when it has one. */
export function rows<P extends object, R>(
  em: EntityManager,
  statement: Sql<P, R>,
  params: P & ScopeParams,
): Promise<R[]> {
  return em
    .getConnection()
    .execute<R[]>(statement.text, values(statement, params, statement.names), 'all', em.getTransactionContext());
}

/** The first row of a statement (undefined: none). */
export async function row<P extends object, R>(
  em: EntityManager,
  statement: Sql<P, R>,
  params: P & ScopeParams,
): Promise<R | undefined> {
  const [first] = await rows(em, statement, params);
  return first;
}

/** Runs a statement for its effect; resolves to the number of rows it changed. */
export async function run<P extends object>(
  em: EntityManager,
  statement: Sql<P, unknown>,
  params: P & ScopeParams,
): Promise<number> {
  const result = await em
    .getConnection()
    .execute<{ affectedRows: number }>(
      statement.text,
      values(statement, params, statement.names),
      'run',
      em.getTransactionContext(),
    );
  return result.affectedRows;
}

/**
 * A statement as a named prepared statement on its own connection, outside any transaction (for
 * the kiosk's hottest paths, see `prepared.ts`): parsed and planned once per connection.
 */
export async function prepared<P extends object, R>(
  em: EntityManager,
  statement: Sql<P, R>,
  params: P & ScopeParams,
): Promise<R[]> {
  const order = [...new Set(statement.names)];
  return (await runPrepared(em, statement.name, statement.numbered, values(statement, params, order))) as R[];
}

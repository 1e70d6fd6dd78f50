import { sql, type Timestamp } from '../../platform/sql.js';

/**
 * The ledger's raw SQL (`ledger_account`, `ledger_entry`). Balances are moved by the database
 * (trigger `ledger_entry_apply`) as an entry is inserted, never by an UPDATE here. Amounts are
 * bigint, which the driver returns as text. `:community` is the caller's community.
 */

export const BALANCE = sql<{ kind: string; resident: string }, { balance: string }>(
  'ledger_balance',
  'SELECT balance FROM ledger_account WHERE community_id = :community AND kind = :kind AND resident_id = :resident',
);

export interface EntryRow {
  id: string;
  seq: string;
  account_id: string;
  resident_id: string;
  kind: string;
  amount: string;
  balance_after: string;
  reason: string;
  source_kind: string | null;
  source_id: string | null;
  detail: Record<string, unknown> | null;
  recorded_by: string | null;
  reverses_id: string | null;
  reversed_by: string | null;
  idempotency_key: string;
  at: Timestamp;
}

const ENTRY_COLUMNS = `e.id, e.seq, e.account_id, a.resident_id, a.kind, e.amount, e.balance_after, e.reason,
  e.source_kind, e.source_id, e.detail, e.recorded_by, e.reverses_id,
  (SELECT r.id FROM ledger_entry r WHERE r.reverses_id = e.id) AS reversed_by, e.idempotency_key, e.at`;

export const ENTRY_BY_KEY = sql<{ key: string }, EntryRow>(
  'ledger_entry_by_key',
  `SELECT ${ENTRY_COLUMNS} FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id
    WHERE e.community_id = :community AND e.idempotency_key = :key`,
);

export const ENTRY = sql<{ id: string }, EntryRow>(
  'ledger_entry',
  `SELECT ${ENTRY_COLUMNS} FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id
    WHERE e.community_id = :community AND e.id = :id`,
);

/**
 * Posts one entry through the ledger's SQL function `ledger_post` (migration posting_functions),
 * which makes the account on first use; the database moves the balance (and refuses an overdraft
 * with `ledger_account_balance_not_negative`), and LEDGER_POSTED goes out with the commit. A
 * module that must post within one statement of its own calls `ledger_post` there.
 */
export const POST = sql<
  {
    kind: string;
    resident: string;
    amount: number;
    reason: string;
    sourceKind: string | null;
    sourceId: string | null;
    detail: string | null;
    recordedBy: string | null;
    reverses: string | null;
    key: string;
  },
  { id: string; seq: string; balance_after: string; at: Timestamp }
>(
  'ledger_post',
  `SELECT e.id, e.seq, e.balance_after, e.at
     FROM ledger_post(:community::uuid, :kind, :resident::uuid, :amount::bigint, :reason, :sourceKind, :sourceId,
                      :detail::jsonb, :recordedBy::uuid, :reverses::uuid, :key) e`,
);

/**
 * The day an entry happened (YYYY-MM-DD): its detail's `day` when the poster gave one (hours
 * worked last week, a meeting attended), else the day it was posted, in the communities' time.
 */
const DAY_OF = (e: string) =>
  `COALESCE(${e}.detail->>'day', to_char(${e}.at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD'))`;

/**
 * An account's entries, newest first, a page at a time (`before`: the seq of the last entry seen).
 * `byDay`: by the day each happened (a resident's own list, read by its dates; a backdated entry
 * sits where its day is), else in posting order (the statement, each line's balance after it).
 */
export const HISTORY = sql<
  {
    kind: string;
    resident: string;
    before: string | null;
    byDay: boolean;
    limit: number;
    /** A JSON array of reasons (knex would expand a JS array into a list). */
    reasons: string | null;
    from: Timestamp | null;
    until: Timestamp | null;
  },
  EntryRow
>(
  'ledger_history',
  `SELECT ${ENTRY_COLUMNS} FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id
    WHERE a.community_id = :community AND a.kind = :kind AND a.resident_id = :resident
      AND e.community_id = :community
      AND (:before::bigint IS NULL OR CASE WHEN :byDay::boolean
             THEN (${DAY_OF('e')}, e.seq) < (SELECT ${DAY_OF('c')}, c.seq FROM ledger_entry c
                                           WHERE c.seq = :before::bigint AND c.account_id = a.id)
             ELSE e.seq < :before::bigint END)
      AND (:reasons::jsonb IS NULL OR e.reason IN (SELECT jsonb_array_elements_text(:reasons::jsonb)))
      AND (:from::timestamptz IS NULL OR e.at >= :from::timestamptz)
      AND (:until::timestamptz IS NULL OR e.at < :until::timestamptz)
    ORDER BY CASE WHEN :byDay::boolean THEN ${DAY_OF('e')} END DESC, e.seq DESC LIMIT :limit`,
);

/**
 * Every account whose balance is not the sum of its entries, or not the balance its
 * last entry left; with the totals checked.
 */
export const VERIFY = sql<
  Record<string, never>,
  {
    accounts: string;
    entries: string;
    mismatches: Array<{ kind: string; resident: string; balance: string; sum: string; last: string | null }> | null;
  }
>(
  'ledger_verify',
  `WITH sums AS (
     SELECT a.id, a.kind, a.resident_id, a.balance, coalesce(sum(e.amount), 0) AS sum, count(e.id) AS n,
            (SELECT l.balance_after FROM ledger_entry l WHERE l.account_id = a.id ORDER BY l.seq DESC LIMIT 1) AS last
       FROM ledger_account a LEFT JOIN ledger_entry e ON e.account_id = a.id AND e.community_id = :community
      WHERE a.community_id = :community
      GROUP BY a.id)
   SELECT count(*) AS accounts, coalesce(sum(n), 0) AS entries,
          json_agg(json_build_object('kind', kind, 'resident', resident_id, 'balance', balance::text, 'sum', sum::text, 'last', last::text))
            FILTER (WHERE balance <> sum OR balance <> coalesce(last, 0)) AS mismatches
     FROM sums`,
);

import { notifySql } from '../../platform/pubsub.js';
import { sql, type Timestamp } from '../../platform/sql.js';

/**
 * The ledger's raw SQL (`ledger_account`, `ledger_entry`). Balances are moved by the database
 * (trigger `ledger_entry_apply`) as an entry is inserted, never by an UPDATE here. Amounts are
 * bigint, which the driver returns as text. `:community` is the caller's community.
 */

/** The account, made on first use (two first uses at once make one). */
export const ENSURE_ACCOUNT = sql<{ kind: string; resident: string }, { id: string }>(
  'ledger_ensure_account',
  `WITH made AS (
     INSERT INTO ledger_account (id, community_id, kind, resident_id, balance, created_at)
     VALUES (gen_random_uuid(), :community, :kind, :resident, 0, now())
     ON CONFLICT (community_id, kind, resident_id) DO NOTHING RETURNING id)
   SELECT id FROM made
   UNION ALL
   SELECT id FROM ledger_account WHERE community_id = :community AND kind = :kind AND resident_id = :resident
   LIMIT 1`,
);

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
 * Posts one entry; the database moves the balance (and refuses an overdraft with
 * `ledger_account_balance_not_negative`), and the event goes out with the commit.
 */
export const POST = sql<
  {
    account: string;
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
  `WITH e AS (
     INSERT INTO ledger_entry (id, community_id, account_id, amount, balance_after, reason, source_kind, source_id,
                               detail, recorded_by, reverses_id, idempotency_key, at)
     VALUES (gen_random_uuid(), :community, :account, :amount, 0, :reason, :sourceKind, :sourceId,
             :detail::jsonb, :recordedBy, :reverses, :key, now())
     RETURNING id, seq, balance_after, at)
   SELECT e.id, e.seq, e.balance_after, e.at,
          ${notifySql('LEDGER_POSTED', { kind: ':kind', residentId: ':resident', entryId: 'e.id', balance: 'e.balance_after' })} AS notified
     FROM e`,
);

/** An account's entries, newest first, a page at a time (`before`: the last seq seen). */
export const HISTORY = sql<
  {
    kind: string;
    resident: string;
    before: string | null;
    limit: number;
    /** The reason codes as a JSON array (null: every reason). */
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
      AND (:before::bigint IS NULL OR e.seq < :before::bigint)
      AND (:reasons::jsonb IS NULL OR e.reason IN (SELECT jsonb_array_elements_text(:reasons::jsonb)))
      AND (:from::timestamptz IS NULL OR e.at >= :from::timestamptz)
      AND (:until::timestamptz IS NULL OR e.at < :until::timestamptz)
    ORDER BY e.seq DESC LIMIT :limit`,
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

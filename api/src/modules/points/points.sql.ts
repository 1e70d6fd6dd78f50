import { notifySql } from '../../platform/pubsub.js';
import { sql, type Timestamp } from '../../platform/sql.js';
import type { EarningReason, RewardKind, VoucherStatus } from './points.entity.js';
import './points.events.js';

/**
 * The points module's raw SQL: rules, settings, volunteer shifts, rewards, vouchers, stars. It
 * reads the ledger's entries and accounts (never writes them: postings go through the ledger's
 * API) and residents' names and buildings. `:community` is the caller's community.
 */

// ---- settings and rules ----

export const SETTINGS = sql<Record<string, never>, { voucher_valid_days: number; stars_per_quarter: number }>(
  'points_settings',
  'SELECT voucher_valid_days, stars_per_quarter FROM points_setting WHERE community_id = :community',
);

export const SAVE_SETTINGS = sql<{ validDays: number; stars: number }, { voucher_valid_days: number }>(
  'points_save_settings',
  `INSERT INTO points_setting (community_id, voucher_valid_days, stars_per_quarter) VALUES (:community, :validDays, :stars)
   ON CONFLICT (community_id) DO UPDATE SET voucher_valid_days = EXCLUDED.voucher_valid_days,
     stars_per_quarter = EXCLUDED.stars_per_quarter
   RETURNING voucher_valid_days`,
);

export interface RuleRow {
  id: string;
  reason: EarningReason;
  points: number;
  effective_from: string;
  created_by: string | null;
  created_at: Timestamp;
}

export const RULES = sql<Record<string, never>, RuleRow>(
  'points_rules',
  `SELECT id, reason, points, effective_from::text, created_by, created_at FROM points_rule
    WHERE community_id = :community ORDER BY reason, effective_from DESC`,
);

/** The amount a reason earns on a day: the latest rule in force then. */
export const RULE_ON = sql<{ reason: EarningReason; day: string }, { points: number }>(
  'points_rule_on',
  `SELECT points FROM points_rule WHERE community_id = :community AND reason = :reason AND effective_from <= :day::date
    ORDER BY effective_from DESC LIMIT 1`,
);

/** A new rule; one already set for that day is replaced only while that day is still to come. */
export const ADD_RULE = sql<
  { reason: EarningReason; points: number; from: string; today: string; staff: string },
  RuleRow
>(
  'points_add_rule',
  `INSERT INTO points_rule (id, community_id, reason, points, effective_from, created_by, created_at)
   VALUES (gen_random_uuid(), :community, :reason, :points, :from::date, :staff, now())
   ON CONFLICT (community_id, reason, effective_from) DO UPDATE
     SET points = EXCLUDED.points, created_by = EXCLUDED.created_by, created_at = now()
     WHERE points_rule.effective_from > :today::date
   RETURNING id, reason, points, effective_from::text, created_by, created_at`,
);

// ---- volunteer shifts ----

export const INSERT_SHIFT = sql<
  { resident: string; day: string; activity: string; minutes: number; verifiedBy: string; staff: string },
  { id: string }
>(
  'points_insert_shift',
  `INSERT INTO volunteer_shift (id, community_id, resident_id, worked_on, activity, minutes, verified_by, recorded_by, created_at)
   VALUES (gen_random_uuid(), :community, :resident, :day::date, :activity, :minutes, :verifiedBy, :staff, now())
   ON CONFLICT (community_id, resident_id, worked_on, activity) DO NOTHING RETURNING id`,
);

export const SHIFT_AT = sql<{ resident: string; day: string; activity: string }, { id: string; minutes: number }>(
  'points_shift_at',
  `SELECT id, minutes FROM volunteer_shift
    WHERE community_id = :community AND resident_id = :resident AND worked_on = :day::date AND activity = :activity`,
);

// ---- residents (read) ----

/** Staff members' display names (who recorded a history line). */
export const STAFF_NAMES = sql<{ ids: string }, { id: string; display_name: string }>(
  'points_staff_names',
  `SELECT id, display_name FROM staff_user
    WHERE community_id = :community AND id::text IN (SELECT jsonb_array_elements_text(:ids::jsonb))`,
);

export const RESIDENT = sql<
  { id: string },
  { id: string; name: string; building: number; moved_away: boolean; erased: boolean }
>(
  'points_resident',
  `SELECT r.id, r.name, b.number AS building, r.moved_away_at IS NOT NULL AS moved_away, r.erased_at IS NOT NULL AS erased
     FROM resident r JOIN building b ON b.id = r.building_id
    WHERE r.id = :id AND r.community_id = :community`,
);

// ---- rewards ----

export interface RewardRow {
  id: string;
  kind: RewardKind;
  name: string;
  description: string;
  cost: number;
  stock: number;
  picture_id: string | null;
  active_from: string | null;
  active_until: string | null;
  archived: boolean;
  version: number;
}

const REWARD_COLUMNS = `id, kind, name, description, cost, stock, picture_id, active_from::text, active_until::text, archived, version`;

export const REWARDS = sql<{ archived: boolean }, RewardRow>(
  'points_rewards',
  `SELECT ${REWARD_COLUMNS} FROM reward WHERE community_id = :community AND (:archived OR NOT archived)
    ORDER BY archived, kind, cost, name`,
);

/** What a resident can redeem today (in its window, not archived), stock or not. */
export const CATALOGUE = sql<{ today: string }, RewardRow>(
  'points_catalogue',
  `SELECT ${REWARD_COLUMNS} FROM reward
    WHERE community_id = :community AND NOT archived
      AND (active_from IS NULL OR active_from <= :today::date) AND (active_until IS NULL OR active_until >= :today::date)
    ORDER BY cost, name`,
);

export const REWARD = sql<{ id: string }, RewardRow>(
  'points_reward',
  `SELECT ${REWARD_COLUMNS} FROM reward WHERE id = :id AND community_id = :community`,
);

export const INSERT_REWARD = sql<
  {
    kind: RewardKind;
    name: string;
    description: string;
    cost: number;
    stock: number;
    picture: string | null;
    from: string | null;
    until: string | null;
  },
  RewardRow
>(
  'points_insert_reward',
  `INSERT INTO reward (id, community_id, kind, name, description, cost, stock, picture_id, active_from, active_until, archived, version, created_at)
   VALUES (gen_random_uuid(), :community, :kind, :name, :description, :cost, :stock, :picture, :from::date, :until::date, false, 1, now())
   RETURNING ${REWARD_COLUMNS}`,
);

/** Edits what a reward is (not its stock: see ADJUST_STOCK), at the version read. */
export const UPDATE_REWARD = sql<
  {
    id: string;
    version: number;
    kind: RewardKind;
    name: string;
    description: string;
    cost: number;
    picture: string | null;
    from: string | null;
    until: string | null;
    archived: boolean;
  },
  RewardRow
>(
  'points_update_reward',
  `UPDATE reward SET kind = :kind, name = :name, description = :description, cost = :cost, picture_id = :picture,
          active_from = :from::date, active_until = :until::date, archived = :archived, version = version + 1
    WHERE id = :id AND community_id = :community AND version = :version
    RETURNING ${REWARD_COLUMNS}`,
);

/** Adds (or, negative, writes off) stock; never below zero. Concurrent redemptions are not lost. */
export const ADJUST_STOCK = sql<{ id: string; delta: number }, { stock: number }>(
  'points_adjust_stock',
  `UPDATE reward SET stock = stock + :delta
    WHERE id = :id AND community_id = :community AND stock + :delta >= 0 RETURNING stock`,
);

/**
 * A whole redemption in one statement, through the SQL function `points_redeem` (migration
 * posting_functions): the debit (`ledger_post`, the account locked first), one item of stock
 * (only while in stock, redeemable today and still at the cost and name read), the voucher and
 * both events. Run it outside a transaction block: the statement is then its own transaction and
 * holds the hot rows for the statement and its commit only. Raises SQLSTATE LP001 when the reward
 * could not be taken (see why with REWARD), 23514 `ledger_account_balance_not_negative` when the
 * balance does not cover it; either way nothing is left behind.
 */
export const REDEEM = sql<
  {
    id: string;
    code: string;
    resident: string;
    reward: string;
    today: string;
    name: string;
    cost: number;
    expiresAt: string;
    key: string;
  },
  { id: string; issued_at: Timestamp; expires_at: Timestamp }
>(
  'points_redeem',
  `SELECT v.id, v.issued_at, v.expires_at
     FROM points_redeem(:community::uuid, :id::uuid, :code, :resident::uuid, :reward::uuid, :today::date, :name,
                        :cost::int, :expiresAt::timestamptz, :key) v`,
);

/** SQLSTATE of `points_redeem` when the reward could not be taken as it was read. */
export const NOT_TAKEN = 'LP001';

export const PUT_BACK = sql<{ id: string }, { stock: number }>(
  'points_put_back',
  'UPDATE reward SET stock = stock + 1 WHERE id = :id AND community_id = :community RETURNING stock',
);

export const INSERT_PICTURE = sql<{ type: string; bytes: Buffer }, { id: string }>(
  'points_insert_picture',
  `INSERT INTO reward_picture (id, community_id, content_type, bytes, created_at)
   VALUES (gen_random_uuid(), :community, :type, :bytes, now()) RETURNING id`,
);

/** A picture of this community (a reward may only show its own community's). */
export const PICTURE_EXISTS = sql<{ id: string }, { id: string }>(
  'points_picture_exists',
  'SELECT id FROM reward_picture WHERE id = :id AND community_id = :community',
);

export const PICTURE = sql<{ id: string }, { content_type: string; bytes: Buffer }>(
  'points_picture',
  'SELECT content_type, bytes FROM reward_picture WHERE id = :id AND community_id = :community',
);

// ---- vouchers ----

export interface VoucherRow {
  id: string;
  code: string;
  resident_id: string;
  resident_name: string;
  building: number;
  reward_id: string;
  reward_name: string;
  cost: number;
  status: VoucherStatus;
  issued_at: Timestamp;
  expires_at: Timestamp;
  closed_at: Timestamp | null;
  closed_by: string | null;
  cancel_note: string | null;
  idempotency_key: string;
  debit_entry_id: string;
  refund_entry_id: string | null;
}

const VOUCHER_SELECT = `SELECT v.id, v.code, v.resident_id, r.name AS resident_name, b.number AS building, v.reward_id,
    v.reward_name, v.cost, v.status, v.issued_at, v.expires_at, v.closed_at, v.closed_by, v.cancel_note,
    v.idempotency_key, v.debit_entry_id, v.refund_entry_id
  FROM voucher v JOIN resident r ON r.id = v.resident_id JOIN building b ON b.id = r.building_id`;

export const VOUCHER = sql<{ id: string }, VoucherRow>(
  'points_voucher',
  `${VOUCHER_SELECT} WHERE v.id = :id AND v.community_id = :community`,
);

export const VOUCHER_BY_CODE = sql<{ code: string }, VoucherRow>(
  'points_voucher_by_code',
  `${VOUCHER_SELECT} WHERE v.code = :code AND v.community_id = :community`,
);

/**
 * What a redemption reads before it takes any lock, in one statement: the voucher this request
 * key already got (a retry: that is the answer), the reward as it is now (none: unknown), how
 * long vouchers are valid (null: the default) and the resident's building.
 */
export const REDEEM_READ = sql<
  { resident: string; key: string; reward: string },
  {
    earlier: VoucherRow | null;
    cost: number | null;
    name: string | null;
    stock: number | null;
    valid_days: number | null;
    building: number;
  }
>(
  'points_redeem_read',
  `SELECT (SELECT to_jsonb(v) FROM (${VOUCHER_SELECT}
             WHERE v.resident_id = :resident AND v.idempotency_key = :key AND v.community_id = :community) v) AS earlier,
          w.cost, w.name, w.stock,
          (SELECT voucher_valid_days FROM points_setting WHERE community_id = :community) AS valid_days,
          (SELECT b.number FROM resident r JOIN building b ON b.id = r.building_id
            WHERE r.id = :resident AND r.community_id = :community) AS building
     FROM (SELECT 1) one LEFT JOIN reward w ON w.id = :reward AND w.community_id = :community`,
);

/** Vouchers, newest first: by status, a resident, a code or name start; a page at a time. */
export const VOUCHERS = sql<
  { statuses: string | null; resident: string | null; before: Timestamp | null; limit: number },
  VoucherRow
>(
  'points_vouchers',
  `${VOUCHER_SELECT}
    WHERE v.community_id = :community
      AND (:statuses::jsonb IS NULL OR v.status IN (SELECT jsonb_array_elements_text(:statuses::jsonb)))
      AND (:resident::uuid IS NULL OR v.resident_id = :resident::uuid)
      AND (:before::timestamptz IS NULL OR v.issued_at < :before::timestamptz)
    ORDER BY v.issued_at DESC LIMIT :limit`,
);

/** Hands a voucher over: only an issued one not past its expiry. */
export const FULFIL = sql<{ code: string; staff: string; now: string }, { id: string }>(
  'points_fulfil',
  `WITH v AS (
     UPDATE voucher SET status = 'FULFILLED', closed_at = now(), closed_by = :staff
      WHERE code = :code AND community_id = :community AND status = 'ISSUED' AND expires_at > :now::timestamptz
      RETURNING id, resident_id, status)
   SELECT v.id, ${notifySql('VOUCHER_CHANGED', { voucherId: 'v.id', residentId: 'v.resident_id', status: 'v.status' })} AS notified
     FROM v`,
);

/** Holds an issued voucher while it is cancelled or expired (a fulfilment at the same time waits). */
export const LOCK_ISSUED = sql<
  { id: string },
  { id: string; code: string; reward_id: string; reward_name: string; debit_entry_id: string; expires_at: Timestamp }
>(
  'points_lock_issued',
  `SELECT id, code, reward_id, reward_name, debit_entry_id, expires_at FROM voucher
    WHERE id = :id AND community_id = :community AND status = 'ISSUED' FOR UPDATE`,
);

export const CLOSE_REFUNDED = sql<
  { id: string; status: 'CANCELLED' | 'EXPIRED'; refund: string; staff: string | null; note: string | null },
  { id: string }
>(
  'points_close_refunded',
  `WITH v AS (
     UPDATE voucher SET status = :status, closed_at = now(), closed_by = :staff, cancel_note = :note, refund_entry_id = :refund
      WHERE id = :id AND community_id = :community AND status = 'ISSUED'
      RETURNING id, resident_id, status)
   SELECT v.id, ${notifySql('VOUCHER_CHANGED', { voucherId: 'v.id', residentId: 'v.resident_id', status: 'v.status' })} AS notified
     FROM v`,
);

/** Issued vouchers past their expiry, oldest first. */
export const DUE = sql<{ now: string; limit: number }, { id: string }>(
  'points_due',
  `SELECT id FROM voucher WHERE community_id = :community AND status = 'ISSUED' AND expires_at <= :now::timestamptz
    ORDER BY expires_at LIMIT :limit`,
);

/** Vouchers whose debit is not theirs: not −cost, not on their resident's points, not REWARD_REDEEMED; refunds not reversing it. */
export const VOUCHER_CHECK = sql<Record<string, never>, { code: string; problem: string }>(
  'points_voucher_check',
  `SELECT v.code, CASE
       WHEN d.amount <> -v.cost OR d.reason <> 'REWARD_REDEEMED' OR a.resident_id <> v.resident_id OR a.kind <> 'POINTS'
         THEN 'debit'
       ELSE 'refund' END AS problem
     FROM voucher v
     JOIN ledger_entry d ON d.id = v.debit_entry_id
     JOIN ledger_account a ON a.id = d.account_id
     LEFT JOIN ledger_entry f ON f.id = v.refund_entry_id
    WHERE v.community_id = :community
      AND (d.amount <> -v.cost OR d.reason <> 'REWARD_REDEEMED' OR a.resident_id <> v.resident_id OR a.kind <> 'POINTS'
           OR (v.refund_entry_id IS NOT NULL AND f.reverses_id IS DISTINCT FROM v.debit_entry_id))`,
);

// ---- what the console's chart and the stars read from the ledger ----
// (Lists go as JSON arrays: knex would expand a JS array into a comma list.)

/** Points earned (awards less their corrections) and redeemed (debits less refunds) per month. */
export const MONTHLY = sql<{ from: string; earning: string }, { month: string; earned: string; redeemed: string }>(
  'points_monthly',
  `SELECT to_char(e.at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
          coalesce(sum(e.amount) FILTER (WHERE coalesce(o.reason, e.reason) IN (SELECT jsonb_array_elements_text(:earning::jsonb))), 0) AS earned,
          coalesce(-sum(e.amount) FILTER (WHERE coalesce(o.reason, e.reason) = 'REWARD_REDEEMED'), 0) AS redeemed
     FROM ledger_entry e
     JOIN ledger_account a ON a.id = e.account_id AND a.kind = 'POINTS'
     LEFT JOIN ledger_entry o ON o.id = e.reverses_id
    WHERE e.community_id = :community AND e.at >= :from::timestamptz
    GROUP BY 1 ORDER BY 1`,
);

/**
 * The quarter's ranking by points earned (awards less their corrections; redemptions and refunds
 * do not count), living residents only. Ties: more earning occasions first, then who reached
 * their total first (their last award earlier), then the resident's id.
 */
export const RANKING = sql<
  { from: string; until: string; earning: string; limit: number },
  {
    resident_id: string;
    name: string;
    building: number;
    earned: string;
    occasions: string;
    last_at: Timestamp;
    opted_out: boolean;
  }
>(
  'points_ranking',
  `SELECT a.resident_id, r.name, b.number AS building, sum(e.amount) AS earned,
          count(*) FILTER (WHERE e.amount > 0 AND e.reverses_id IS NULL) AS occasions,
          max(e.at) FILTER (WHERE e.amount > 0) AS last_at,
          EXISTS (SELECT 1 FROM star_opt_out s WHERE s.resident_id = a.resident_id AND s.community_id = :community) AS opted_out
     FROM ledger_entry e
     JOIN ledger_account a ON a.id = e.account_id AND a.kind = 'POINTS'
     LEFT JOIN ledger_entry o ON o.id = e.reverses_id
     JOIN resident r ON r.id = a.resident_id AND r.moved_away_at IS NULL AND r.erased_at IS NULL
     JOIN building b ON b.id = r.building_id
    WHERE e.community_id = :community AND e.at >= :from::timestamptz AND e.at < :until::timestamptz
      AND coalesce(o.reason, e.reason) IN (SELECT jsonb_array_elements_text(:earning::jsonb))
    GROUP BY a.resident_id, r.name, b.number
   HAVING sum(e.amount) > 0
    ORDER BY earned DESC, occasions DESC, last_at ASC, a.resident_id ASC
    LIMIT :limit`,
);

export const STARS = sql<
  { quarter: string },
  {
    rank: number;
    resident_id: string;
    name: string;
    building: number;
    points: number;
    opted_out: boolean;
    confirmed_at: Timestamp;
  }
>(
  'points_stars',
  `SELECT g.rank, g.resident_id, r.name, b.number AS building, g.points, g.confirmed_at,
          EXISTS (SELECT 1 FROM star_opt_out s WHERE s.resident_id = g.resident_id AND s.community_id = :community) AS opted_out
     FROM governance_star g JOIN resident r ON r.id = g.resident_id JOIN building b ON b.id = r.building_id
    WHERE g.community_id = :community AND g.quarter = :quarter ORDER BY g.rank`,
);

export const LATEST_STAR_QUARTER = sql<Record<string, never>, { quarter: string }>(
  'points_latest_star_quarter',
  'SELECT quarter FROM governance_star WHERE community_id = :community ORDER BY quarter DESC LIMIT 1',
);

export const INSERT_STARS = sql<{ quarter: string; stars: string; staff: string }, { n: string }>(
  'points_insert_stars',
  `WITH s AS (
     INSERT INTO governance_star (id, community_id, quarter, resident_id, rank, points, confirmed_by, confirmed_at)
     SELECT gen_random_uuid(), :community, :quarter, x.resident, x.rank, x.points, :staff, now()
       FROM jsonb_to_recordset(:stars::jsonb) AS x(resident uuid, rank int, points int)
     RETURNING 1)
   SELECT count(*) AS n FROM s`,
);

export const OPTED_OUT = sql<{ resident: string }, { at: Timestamp }>(
  'points_opted_out',
  'SELECT at FROM star_opt_out WHERE resident_id = :resident AND community_id = :community',
);

export const OPT_OUT = sql<{ resident: string }, { at: Timestamp }>(
  'points_opt_out',
  `INSERT INTO star_opt_out (resident_id, community_id, at) VALUES (:resident, :community, now())
   ON CONFLICT (resident_id) DO NOTHING RETURNING at`,
);

export const OPT_IN = sql<{ resident: string }, { at: Timestamp }>(
  'points_opt_in',
  'DELETE FROM star_opt_out WHERE resident_id = :resident AND community_id = :community RETURNING at',
);

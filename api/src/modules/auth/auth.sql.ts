import { sql, type Timestamp } from '../../platform/sql.js';

/**
 * The auth module's raw SQL: sign-in sessions (`session`) and the PIN tries it counts in the
 * resident's row (the resident module lets it keep them there). The look-ups before the caller's
 * community is known are definer functions, called with `lookUp`. `:community` is the caller's
 * community, filled in by `platform/sql.ts`.
 */

/**
 * Counts one try (a PIN or a set-up code) in the resident's row: a lock already served starts the
 * count again; the try that reaches `maxTries` locks the resident for `lockMinutes`.
 */
const COUNT_TRY = `pin_failures = CASE WHEN pin_locked_until IS NULL THEN pin_failures ELSE 0 END + 1,
     pin_locked_until = CASE WHEN CASE WHEN pin_locked_until IS NULL THEN pin_failures ELSE 0 END + 1 >= :maxTries
                             THEN now() + make_interval(mins => :lockMinutes) END`;

/** Ends a sign-in session (once). */
export const END_SESSION = sql<{ id: string }, { id: string }>(
  'end_session',
  'UPDATE session SET ended_at = now() WHERE id = :id AND community_id = :community AND ended_at IS NULL RETURNING id',
);

/**
 * Ends every open session of a staff account (but one, or none: `keep` ''), e.g. when it is
 * deactivated or its password changes.
 */
export const END_STAFF_SESSIONS = sql<{ staff: string; keep: string }, { id: string }>(
  'end_staff_sessions',
  `UPDATE session SET ended_at = now()
    WHERE community_id = :community AND staff_user_id = :staff AND ended_at IS NULL AND id::text <> :keep
   RETURNING id`,
);

/**
 * Counts a PIN try in the resident's row, before the PIN is checked, so parallel or aliased
 * tries each use one up. A row still carrying a lock here has served it: counting starts again.
 * Locked (or no PIN, or no such phone): no row.
 */
export const CLAIM_PIN_TRY = sql<
  { phone: string; maxTries: number; lockMinutes: number },
  { id: string; pin_hash: string; pin_failures: number }
>(
  'claim_pin_try',
  `UPDATE resident SET
     ${COUNT_TRY}
   WHERE community_id = :community AND phone = :phone AND moved_away_at IS NULL AND pin_hash IS NOT NULL
     AND (pin_locked_until IS NULL OR pin_locked_until <= now())
   RETURNING id, pin_hash, pin_failures`,
);

/** Why no PIN try could be counted: no PIN, or locked (for how long). No row: no such phone. */
export const PIN_STATE = sql<{ phone: string }, { has_pin: boolean; locked_for: number | null }>(
  'pin_state',
  `SELECT pin_hash IS NOT NULL AS has_pin, ceil(extract(epoch FROM pin_locked_until - now()))::int AS locked_for
     FROM resident WHERE community_id = :community AND phone = :phone AND moved_away_at IS NULL`,
);

/** The right PIN: the count starts again. */
export const PIN_ACCEPTED = sql<{ id: string }, never>(
  'pin_accepted',
  'UPDATE resident SET pin_failures = 0, pin_locked_until = NULL WHERE id = :id AND community_id = :community',
);

/** Ends every open session of a resident (moved away, erased, a new PIN or set-up code). */
export const END_RESIDENT_SESSIONS = sql<{ resident: string }, { id: string }>(
  'end_resident_sessions',
  `UPDATE session SET ended_at = now()
    WHERE community_id = :community AND resident_id = :resident AND ended_at IS NULL RETURNING id`,
);

/**
 * Counts a try of a set-up code in the resident's row, exactly as a PIN try (the two share the
 * resident's budget and lock). No row: no such phone, no code outstanding, or locked.
 */
export const CLAIM_SETUP_TRY = sql<
  { phone: string; maxTries: number; lockMinutes: number },
  {
    id: string;
    pin_setup_hash: string;
    expired: boolean;
    pin_failures: number;
    phone: string;
    birth_date: string | null;
  }
>(
  'claim_setup_try',
  `UPDATE resident SET
     ${COUNT_TRY}
   WHERE community_id = :community AND phone = :phone AND moved_away_at IS NULL AND pin_setup_hash IS NOT NULL
     AND (pin_locked_until IS NULL OR pin_locked_until <= now())
   RETURNING id, pin_setup_hash, pin_setup_expires_at <= now() AS expired, pin_failures, phone,
             to_char(birth_date, 'YYYY-MM-DD') AS birth_date`,
);

/** Why no set-up try could be counted: no code, or locked (for how long). No row: no such phone. */
export const SETUP_STATE = sql<{ phone: string }, { has_code: boolean; locked_for: number | null }>(
  'setup_state',
  `SELECT pin_setup_hash IS NOT NULL AS has_code, ceil(extract(epoch FROM pin_locked_until - now()))::int AS locked_for
     FROM resident WHERE community_id = :community AND phone = :phone AND moved_away_at IS NULL`,
);

/** The resident's own new PIN: the set-up code is used up, the count starts again. */
export const SET_PIN = sql<{ id: string; hash: string }, { id: string }>(
  'set_pin',
  `UPDATE resident SET pin_hash = :hash, pin_setup_hash = NULL, pin_setup_expires_at = NULL,
          pin_failures = 0, pin_locked_until = NULL
    WHERE id = :id AND community_id = :community AND moved_away_at IS NULL RETURNING id`,
);

/**
 * Staff issue a set-up code (a new one replaces the last), valid for `hours`. The resident is in
 * front of them: a PIN lock is lifted with it (was there one?), so the code works at once.
 */
export const ISSUE_SETUP_CODE = sql<
  { id: string; hash: string; hours: number },
  { expires_at: Timestamp; was_locked: boolean }
>(
  'issue_setup_code',
  `UPDATE resident r SET pin_setup_hash = :hash, pin_setup_expires_at = now() + make_interval(hours => :hours),
          pin_failures = 0, pin_locked_until = NULL
     FROM resident old
    WHERE old.id = r.id AND r.id = :id AND r.community_id = :community AND r.moved_away_at IS NULL
    RETURNING r.pin_setup_expires_at AS expires_at, coalesce(old.pin_locked_until > now(), false) AS was_locked`,
);

/** Staff lift a PIN lock (the resident stands in front of them): was there one? */
export const LIFT_PIN_LOCK = sql<{ id: string }, { was_locked: boolean }>(
  'lift_pin_lock',
  `UPDATE resident r SET pin_failures = 0, pin_locked_until = NULL
     FROM resident old WHERE old.id = r.id AND r.id = :id AND r.community_id = :community
   RETURNING old.pin_locked_until > now() AS was_locked`,
);

/** The signed-in resident's PIN hash, to check the current PIN before a change. */
export const RESIDENT_PIN = sql<{ id: string }, { phone: string; birth_date: string | null }>(
  'resident_pin',
  `SELECT phone, to_char(birth_date, 'YYYY-MM-DD') AS birth_date FROM resident
    WHERE id = :id AND community_id = :community AND moved_away_at IS NULL`,
);

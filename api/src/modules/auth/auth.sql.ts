import { sql } from '../../platform/sql.js';

/**
 * The auth module's raw SQL: sign-in sessions (`session`) and the PIN tries it counts in the
 * resident's row (the resident module lets it keep them there). The look-ups before the caller's
 * community is known are definer functions, called with `lookUp`. `:community` is the caller's
 * community, filled in by `platform/sql.ts`.
 */

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
     pin_failures = CASE WHEN pin_locked_until IS NULL THEN pin_failures ELSE 0 END + 1,
     pin_locked_until = CASE WHEN CASE WHEN pin_locked_until IS NULL THEN pin_failures ELSE 0 END + 1 >= :maxTries
                             THEN now() + make_interval(mins => :lockMinutes) END
   WHERE community_id = :community AND phone = :phone AND pin_hash IS NOT NULL
     AND (pin_locked_until IS NULL OR pin_locked_until <= now())
   RETURNING id, pin_hash, pin_failures`,
);

/** Why no PIN try could be counted: no PIN, or locked (for how long). No row: no such phone. */
export const PIN_STATE = sql<{ phone: string }, { has_pin: boolean; locked_for: number | null }>(
  'pin_state',
  `SELECT pin_hash IS NOT NULL AS has_pin, ceil(extract(epoch FROM pin_locked_until - now()))::int AS locked_for
     FROM resident WHERE community_id = :community AND phone = :phone`,
);

/** The right PIN: the count starts again. */
export const PIN_ACCEPTED = sql<{ id: string }, never>(
  'pin_accepted',
  'UPDATE resident SET pin_failures = 0, pin_locked_until = NULL WHERE id = :id AND community_id = :community',
);

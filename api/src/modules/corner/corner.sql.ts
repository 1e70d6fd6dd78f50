import { sql } from '../../platform/sql.js';

/**
 * The corner's raw SQL (offerings, openings, desks); the ORM does the rest. `:community` is the
 * caller's community, filled in by `platform/sql.ts`.
 */

/** A new offering (the unique (community, letter) refuses a letter in use). */
export const INSERT_OFFERING = sql<
  { letter: string; name: string; provider: string; typicalMinutes: number; bookingCapacity: number },
  { id: string }
>(
  'insert_offering',
  `INSERT INTO offering (id, community_id, letter, name, provider, typical_minutes, booking_capacity, active)
   VALUES (gen_random_uuid(), :community, :letter, :name, :provider, :typicalMinutes, :bookingCapacity, true)
   RETURNING id`,
);

/** Locks an offering while it changes (the letter check and the update see the same row). */
export const LOCK_OFFERING = sql<{ id: string }, { letter: string }>(
  'lock_offering',
  'SELECT letter FROM offering WHERE id = :id AND community_id = :community FOR UPDATE',
);

export const UPDATE_OFFERING = sql<
  { id: string; letter: string; name: string; provider: string; typicalMinutes: number; bookingCapacity: number },
  never
>(
  'update_offering',
  `UPDATE offering SET letter = :letter, name = :name, provider = :provider, typical_minutes = :typicalMinutes,
          booking_capacity = :bookingCapacity
    WHERE id = :id AND community_id = :community`,
);

/**
 * Adds openings unless one already starts at that time or overlaps it (closed days included: a
 * holiday stays closed). The unique (community, starts_at) makes a concurrent run of the same
 * pattern insert nothing twice.
 */
export const INSERT_OPENINGS = sql<{ slots: string }, { id: string }>(
  'insert_openings',
  `INSERT INTO opening (id, community_id, starts_at, ends_at, cancelled)
   SELECT gen_random_uuid(), :community, s.starts_at, s.ends_at, false
     FROM json_to_recordset(:slots::json) AS s(starts_at timestamptz, ends_at timestamptz)
    WHERE NOT EXISTS (
      SELECT 1 FROM opening o
       WHERE o.community_id = :community AND o.starts_at < s.ends_at AND o.ends_at > s.starts_at)
   ON CONFLICT (community_id, starts_at) DO NOTHING
   RETURNING id`,
);

/** Closes a future opening; its row stays locked until the closing commits. */
export const CLOSE_OPENING = sql<{ id: string }, { id: string }>(
  'close_opening',
  `UPDATE opening SET cancelled = true
    WHERE id = :id AND community_id = :community AND NOT cancelled AND starts_at > now() RETURNING id`,
);

/** Opens a closed opening again, unless it is over or another opening now overlaps it. */
export const REOPEN_OPENING = sql<{ id: string }, { id: string }>(
  'reopen_opening',
  `UPDATE opening o SET cancelled = false
    WHERE o.id = :id AND o.community_id = :community AND o.cancelled AND o.ends_at > now()
      AND NOT EXISTS (
        SELECT 1 FROM opening x
         WHERE x.community_id = o.community_id AND x.id <> o.id AND NOT x.cancelled
           AND x.starts_at < o.ends_at AND x.ends_at > o.starts_at)
    RETURNING o.id`,
);

/**
 * Share-locks an opening that is not closed, for the length of the caller's transaction: closing
 * it (which locks it first) waits for the caller, or the caller finds it closed.
 */
export const SHARE_OPEN_OPENING = sql<{ id: string }, { id: string }>(
  'share_open_opening',
  'SELECT id FROM opening WHERE id = :id AND community_id = :community AND NOT cancelled FOR SHARE',
);

/** Locks an active desk: two calls from one desk (two tabs) take turns. */
export const LOCK_DESK = sql<{ id: string }, { id: string; name: string }>(
  'lock_desk',
  'SELECT id, name FROM desk WHERE id = :id AND community_id = :community AND active FOR UPDATE',
);

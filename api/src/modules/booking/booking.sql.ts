import { sql, type Timestamp } from '../../platform/sql.js';
import type { BookingCancelReason, BookingStatus } from './booking.entity.js';

/**
 * The booking module's raw SQL (`booking`). It reads the queue's `queue_line` (which opening and
 * offering a line is) and the corner's `opening` (when it starts and ends); the places a booking
 * holds in a line are changed only through the queue's API. `:community` is the caller's
 * community, filled in by `platform/sql.ts`.
 */

export const BOOKING_BY_KEY = sql<{ resident: string; key: string }, { id: string }>(
  'booking_by_key',
  'SELECT id FROM booking WHERE resident_id = :resident AND idempotency_key = :key AND community_id = :community',
);

export const INSERT_BOOKING = sql<
  { line: string; resident: string; problem: string; homeVisit: boolean; key: string },
  { id: string }
>(
  'insert_booking',
  `INSERT INTO booking (id, community_id, line_id, resident_id, status, problem, home_visit, idempotency_key, created_at)
   VALUES (gen_random_uuid(), :community, :line, :resident, 'BOOKED', :problem, :homeVisit, :key, now()) RETURNING id`,
);

/** Cancels a resident's own booking that is still held; its line gets the place back. */
export const CANCEL_OWN = sql<{ id: string; resident: string }, { line_id: string }>(
  'cancel_own',
  `UPDATE booking SET status = 'CANCELLED', cancel_reason = 'RESIDENT'
    WHERE id = :id AND resident_id = :resident AND community_id = :community AND status = 'BOOKED'
    RETURNING line_id`,
);

/** Puts away the notice of a booking cancelled by the corner closing its day (once is enough). */
export const DISMISS = sql<{ id: string; resident: string }, { id: string }>(
  'dismiss',
  `UPDATE booking SET dismissed_at = coalesce(dismissed_at, now())
    WHERE id = :id AND resident_id = :resident AND community_id = :community
      AND status = 'CANCELLED' AND cancel_reason = 'CORNER_CLOSED'
    RETURNING id`,
);

export const BOOKING_STATUS = sql<{ id: string; resident: string }, { status: BookingStatus }>(
  'booking_status',
  'SELECT status FROM booking WHERE id = :id AND resident_id = :resident AND community_id = :community',
);

/** A resident's booking with its line and opening, for checking in. */
export const FOR_CHECK_IN = sql<
  { id: string; resident: string },
  {
    status: BookingStatus;
    ticket_id: string | null;
    opening_id: string;
    offering_id: string;
    starts_at: Timestamp;
    ends_at: Timestamp;
  }
>(
  'for_check_in',
  `SELECT b.status, b.ticket_id, l.opening_id, l.offering_id, o.starts_at, o.ends_at
     FROM booking b JOIN queue_line l ON l.id = b.line_id JOIN opening o ON o.id = l.opening_id
    WHERE b.id = :id AND b.resident_id = :resident AND b.community_id = :community`,
);

export const MARK_CHECKED_IN = sql<{ id: string; ticket: string }, never>(
  'mark_checked_in',
  `UPDATE booking SET status = 'CHECKED_IN', ticket_id = :ticket
    WHERE id = :id AND community_id = :community AND status = 'BOOKED'`,
);

export const TICKET_OF = sql<{ id: string }, { ticket_id: string | null }>(
  'ticket_of',
  'SELECT ticket_id FROM booking WHERE id = :id AND community_id = :community',
);

/**
 * Locks a resident's own booking to change it. The booking alone: a join would be re-checked
 * against the row a concurrent change left (another line) and lose it.
 */
export const LOCK_OWN = sql<{ id: string; resident: string }, { status: BookingStatus; line_id: string }>(
  'lock_own',
  `SELECT status, line_id FROM booking
    WHERE id = :id AND resident_id = :resident AND community_id = :community FOR UPDATE`,
);

/** Which opening and offering a line is. */
export const LINE = sql<{ line: string }, { opening_id: string; offering_id: string }>(
  'line',
  'SELECT opening_id, offering_id FROM queue_line WHERE id = :line AND community_id = :community',
);

export const CHANGE = sql<{ id: string; line: string; problem: string; homeVisit: boolean }, never>(
  'change',
  `UPDATE booking SET line_id = :line, problem = :problem, home_visit = :homeVisit
    WHERE id = :id AND community_id = :community`,
);

export interface BookingRow {
  id: string;
  status: BookingStatus;
  cancel_reason: BookingCancelReason | null;
  problem: string;
  home_visit: boolean;
  ticket_id: string | null;
  created_at: Timestamp;
  opening_id: string;
  offering_id: string;
}

const SELECT_BOOKING = `
  SELECT b.id, b.status, b.cancel_reason, b.problem, b.home_visit, b.ticket_id, b.created_at, l.opening_id, l.offering_id
    FROM booking b JOIN queue_line l ON l.id = b.line_id`;

export const BOOKING = sql<{ id: string }, BookingRow>(
  'booking',
  `${SELECT_BOOKING} WHERE b.id = :id AND b.community_id = :community`,
);

/**
 * A resident's bookings for openings not yet over, soonest first: held and checked-in ones, and
 * those the corner cancelled by closing a day until the resident puts the notice away.
 */
export const MINE = sql<{ resident: string }, BookingRow>(
  'mine',
  `${SELECT_BOOKING} JOIN opening o ON o.id = l.opening_id
    WHERE b.resident_id = :resident AND b.community_id = :community AND o.ends_at > now()
      AND (b.status <> 'CANCELLED' OR (b.cancel_reason = 'CORNER_CLOSED' AND b.dismissed_at IS NULL))
    ORDER BY o.starts_at, b.created_at`,
);

// ---- what the corner asks (its hooks) and the console's calendar ----

/** Bookings held in an opening's lines. */
export const HELD_IN_OPENING = sql<{ opening: string }, { n: number }>(
  'held_in_opening',
  `SELECT count(*)::int AS n FROM booking b JOIN queue_line l ON l.id = b.line_id
    WHERE l.opening_id = :opening AND b.community_id = :community AND b.status = 'BOOKED'`,
);

/** Cancels every booking held in an opening (the corner closed that day): each leaves BOOKED once. */
export const CANCEL_FOR_CLOSING = sql<{ opening: string }, { line: string; n: number }>(
  'cancel_for_closing',
  `WITH c AS (
     UPDATE booking b SET status = 'CANCELLED', cancel_reason = 'CORNER_CLOSED'
       FROM queue_line l
      WHERE l.id = b.line_id AND l.opening_id = :opening AND b.community_id = :community AND b.status = 'BOOKED'
      RETURNING b.line_id)
   SELECT line_id AS line, count(*)::int AS n FROM c GROUP BY line_id`,
);

/** Bookings held for an offering in openings not yet over. */
export const HELD_FOR_OFFERING = sql<{ offering: string }, { n: number }>(
  'held_for_offering',
  `SELECT count(*)::int AS n FROM booking b JOIN queue_line l ON l.id = b.line_id
     JOIN opening o ON o.id = l.opening_id
    WHERE l.offering_id = :offering AND b.community_id = :community AND b.status = 'BOOKED' AND o.ends_at > now()`,
);

/** Bookings held per opening, for these openings. */
export const HELD_PER_OPENING = sql<{ openings: string[] }, { opening_id: string; n: number }>(
  'held_per_opening',
  `SELECT l.opening_id, count(*)::int AS n FROM booking b JOIN queue_line l ON l.id = b.line_id
    WHERE l.opening_id IN (:openings) AND b.community_id = :community AND b.status = 'BOOKED'
    GROUP BY l.opening_id`,
);

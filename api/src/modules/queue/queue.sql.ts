import { notifySql } from '../../platform/pubsub.js';
import { sql, type Timestamp } from '../../platform/sql.js';
import type { TicketStatus } from './queue.entity.js';
import { QUEUE_CHANGED } from './queue.events.js';
import { ticketCodeSql } from './ticket-code.js';

/**
 * The queue's raw SQL: its lines (`queue_line`) and tickets (`ticket`). It reads the corner's
 * `offering` (a line's letter, name, typical minutes, capacity) and `opening` (the one open now),
 * which the corner lets other modules read. `:community` is the caller's community, filled in by
 * `platform/sql.ts`; row-level security holds every statement to it as well.
 */

/** A ticket still in its line (for `status IN …`). */
const OPEN = `('WAITING', 'CALLED', 'SERVING')`;

/**
 * The QUEUE_CHANGED event of a line row `l` (community_id, opening_id, offering_id, version), in
 * SQL: every statement that changes a line selects it, so the event commits with the change.
 */
const LINE_CHANGED = notifySql(QUEUE_CHANGED, {
  communityId: 'l.community_id',
  openingId: 'l.opening_id',
  offeringId: 'l.offering_id',
  version: 'l.version',
  moved: 'NULL',
});

/** The average length of a line's last ten visits, in seconds (null before the first). */
const recentVisitSeconds = (lineId: string) => `(SELECT avg(extract(epoch FROM d.finished_at - d.called_at)) FROM (
     SELECT finished_at, called_at FROM ticket WHERE line_id = ${lineId} AND status = 'DONE'
      ORDER BY finished_at DESC LIMIT 10) d)`;

/** An offering as `row_to_json` gives it (snake_case columns). */
export interface OfferingJson {
  id: string;
  letter: string;
  name: string;
  provider: string;
  typical_minutes: number;
  booking_capacity: number;
  active: boolean;
}

/** What a ticket's view is made from. */
export interface TicketRow {
  id: string;
  number: number;
  status: TicketStatus;
  desk_name: string | null;
  created_at: Timestamp;
  called_at: Timestamp | null;
}

// ---- openings that have ended ----

/**
 * Closes the community's open tickets whose opening has ended: they become EXPIRED (finished
 * now), each of their lines bumps its version and publishes its QUEUE_CHANGED, all in this one
 * statement. There being no job queue, the statements that read or take a resident's tickets run
 * it first ("at opening end, on the next read"), so an ended opening's ticket neither says
 * "you are next" nor blocks a new ticket for its offering. Open tickets are few (a partial index
 * covers them), so this costs little when there is nothing to close.
 */
export const EXPIRE_ENDED = sql<Record<string, never>, { tickets: number; lines: number }>(
  'expire_ended',
  `WITH ended AS (
     UPDATE ticket t SET status = 'EXPIRED', finished_at = now()
       FROM queue_line q JOIN opening o ON o.id = q.opening_id
      WHERE t.line_id = q.id AND t.community_id = :community AND q.community_id = :community
        AND t.status IN ${OPEN} AND o.ends_at <= now()
      RETURNING t.line_id),
   l AS (
     UPDATE queue_line l SET version = l.version + 1
      WHERE l.community_id = :community AND l.id IN (SELECT line_id FROM ended)
      RETURNING l.community_id, l.opening_id, l.offering_id, l.version),
   notified AS (SELECT ${LINE_CHANGED} FROM l)
   SELECT (SELECT count(*) FROM ended)::int AS tickets, (SELECT count(*) FROM notified)::int AS lines`,
);

// ---- taking a ticket (the kiosk's busiest write; see bench/corner.mjs) ----

export interface TakenRow extends Partial<TicketRow> {
  existing: string | null;
  starts_at: Timestamp | null;
  open: boolean | null;
  opening_id: string | null;
  offering: OfferingJson;
  ahead: number | null;
  avg_seconds: string | null;
}

/**
 * takeTicket's one statement: finds the offering, an earlier ticket with this idempotency key and
 * the opening open now; increments the line's number, inserts the ticket, publishes the line's
 * new version and returns the ticket's view — all or nothing, as one statement is one
 * transaction. The number UPDATE holds the line row until the statement commits, so numbers are
 * consecutive and unique; a failed insert (the key, or the one-open-ticket index) rolls the number
 * and the event back.
 *
 * The people ahead are counted from the line's fresh number: numbers 1…n−1 all exist, so they are
 * n−1 less those already called, served, done or gone. (Counting waiting tickets would read the
 * statement's snapshot, taken before the line's lock was ours, and miss tickets committed while
 * we waited for it.)
 *
 * No row: no such offering. `open`, no `existing` and no `id`: the line does not exist yet.
 */
export const TAKE_TICKET = sql<{ resident: string; key: string; offering: string }, TakenRow>(
  'take_ticket',
  `WITH pre AS (
     SELECT s.id AS offering_id, row_to_json(s) AS offering,
            (SELECT id FROM ticket WHERE resident_id = :resident::uuid AND idempotency_key = :key::text) AS existing,
            o.id AS opening_id, o.starts_at, o.starts_at <= now() AS open
       FROM offering s
       LEFT JOIN LATERAL (
         SELECT id, starts_at FROM opening
          WHERE community_id = s.community_id AND NOT cancelled AND ends_at > now()
          ORDER BY starts_at LIMIT 1) o ON true
      WHERE s.id = :offering::uuid AND s.community_id = :community::uuid AND s.active),
   l AS (
     UPDATE queue_line l SET last_number = l.last_number + 1, version = l.version + 1
       FROM pre
      WHERE pre.open AND pre.existing IS NULL AND l.opening_id = pre.opening_id AND l.offering_id = pre.offering_id
      RETURNING l.id, l.community_id, l.opening_id, l.offering_id, l.last_number, l.version),
   ins AS (
     INSERT INTO ticket (id, community_id, line_id, resident_id, number, status, idempotency_key, created_at)
     SELECT gen_random_uuid(), :community::uuid, l.id, :resident::uuid, l.last_number, 'WAITING', :key::text, now() FROM l
     RETURNING *),
   notified AS (SELECT ${LINE_CHANGED} FROM l, ins)
   SELECT pre.existing, pre.starts_at, pre.open, pre.opening_id, pre.offering,
          ins.id, ins.number, ins.status, ins.desk_name, ins.created_at, ins.called_at,
          (ins.number - 1 - (SELECT count(*) FROM ticket a
                              WHERE a.line_id = ins.line_id AND a.number < ins.number AND a.status <> 'WAITING'))::int AS ahead,
          ${recentVisitSeconds('ins.line_id')} AS avg_seconds,
          (SELECT count(*) FROM notified) AS notified
     FROM pre LEFT JOIN ins ON true`,
);

export const TICKET_BY_KEY = sql<{ resident: string; key: string }, { id: string }>(
  'ticket_by_key',
  'SELECT id FROM ticket WHERE resident_id = :resident AND idempotency_key = :key AND community_id = :community',
);

// ---- lines ----

/** The line of an offering in an opening, created on first use. */
export const ENSURE_LINE = sql<{ opening: string; offering: string }, never>(
  'ensure_line',
  `INSERT INTO queue_line (id, community_id, opening_id, offering_id, last_number, version)
     VALUES (gen_random_uuid(), :community, :opening, :offering, 0, 0)
   ON CONFLICT (opening_id, offering_id) DO NOTHING`,
);

export interface LineEventRow {
  community_id: string;
  opening_id: string;
  offering_id: string;
  version: number;
}

const BUMP = (event: string) =>
  `WITH l AS (UPDATE queue_line SET version = version + 1 WHERE id = :line AND community_id = :community
               RETURNING community_id, opening_id, offering_id, version)
   SELECT l.community_id, l.opening_id, l.offering_id, l.version${event} FROM l`;

/** Bumps a line's version after a change to one of its tickets, and publishes it. */
export const BUMP_LINE = sql<{ line: string }, LineEventRow>('bump_line', BUMP(`, ${LINE_CHANGED}`));

/** The same without its event: the caller publishes one that says more (where a ticket moved). */
export const BUMP_LINE_SILENT = sql<{ line: string }, LineEventRow>('bump_line_silent', BUMP(''));

/** A line's next number, and its event. */
export const NEXT_NUMBER = sql<
  { opening: string; offering: string },
  { id: string; last_number: number; version: number }
>(
  'next_number',
  `WITH l AS (UPDATE queue_line SET last_number = last_number + 1, version = version + 1
               WHERE opening_id = :opening AND offering_id = :offering AND community_id = :community
           RETURNING id, community_id, opening_id, offering_id, last_number, version)
   SELECT l.id, l.last_number, l.version, ${LINE_CHANGED} FROM l`,
);

export const INSERT_TICKET = sql<{ line: string; resident: string; number: number; key: string }, { id: string }>(
  'insert_ticket',
  `INSERT INTO ticket (id, community_id, line_id, resident_id, number, status, idempotency_key, created_at)
   VALUES (gen_random_uuid(), :community, :line, :resident, :number, 'WAITING', :key, now()) RETURNING id`,
);

// ---- calling and moving tickets ----

/** The code of the ticket a desk has called or is serving (in any line). */
export const DESK_OPEN_TICKET = sql<{ desk: string }, { id: string; code: string }>(
  'desk_open_ticket',
  `SELECT t.id, ${ticketCodeSql('s.letter', 't.number')} AS code
     FROM ticket t JOIN queue_line l ON l.id = t.line_id JOIN offering s ON s.id = l.offering_id
    WHERE t.desk_id = :desk AND t.community_id = :community AND t.status IN ('CALLED', 'SERVING')`,
);

const CALL = (next: string) => `WITH next AS (${next})
   UPDATE ticket t SET status = 'CALLED', called_at = now(), desk_name = :deskName, desk_id = :desk
     FROM next WHERE t.id = next.id RETURNING t.id, t.line_id`;

/**
 * Calls the lowest waiting number of a line. `FOR UPDATE SKIP LOCKED`: two desks calling at once
 * get two different tickets.
 */
export const CALL_NEXT = sql<
  { opening: string; offering: string; desk: string; deskName: string },
  { id: string; line_id: string }
>(
  'call_next',
  CALL(`SELECT t.id FROM ticket t JOIN queue_line l ON l.id = t.line_id
         WHERE l.opening_id = :opening AND l.offering_id = :offering AND l.community_id = :community
           AND t.status = 'WAITING'
         ORDER BY t.number LIMIT 1 FOR UPDATE OF t SKIP LOCKED`),
);

/**
 * Calls one number of a line if it is waiting. It waits for a desk calling it at the same moment
 * (no SKIP LOCKED): once that one commits, the row is re-read, is no longer WAITING, and this call
 * finds nothing.
 */
export const CALL_NUMBER = sql<
  { opening: string; offering: string; number: number; desk: string; deskName: string },
  { id: string; line_id: string }
>(
  'call_number',
  CALL(`SELECT t.id FROM ticket t JOIN queue_line l ON l.id = t.line_id
         WHERE l.opening_id = :opening AND l.offering_id = :offering AND l.community_id = :community
           AND t.status = 'WAITING' AND t.number = :number
         FOR UPDATE OF t`),
);

/** The status of a number of a line that is not waiting (none: never issued). */
export const NUMBER_STATUS = sql<{ opening: string; offering: string; number: number }, { status: TicketStatus }>(
  'number_status',
  `SELECT t.status FROM ticket t JOIN queue_line l ON l.id = t.line_id
    WHERE l.opening_id = :opening AND l.offering_id = :offering AND l.community_id = :community
      AND t.number = :number AND t.status <> 'WAITING'`,
);

/**
 * Moves a ticket from one of `from` to `to` (only the resident's own, with `resident`): called
 * sets the call time, serving keeps it, anything else finishes the ticket.
 */
export const TRANSITION = sql<
  { id: string; from: TicketStatus[]; to: TicketStatus; resident: string | null },
  { line_id: string }
>(
  'transition',
  `UPDATE ticket SET status = :to,
          called_at = CASE WHEN :to = 'CALLED' THEN now()
                           WHEN :to = 'SERVING' THEN coalesce(called_at, now()) ELSE called_at END,
          finished_at = CASE WHEN :to IN ('CALLED', 'SERVING') THEN finished_at ELSE now() END
    WHERE id = :id AND community_id = :community AND status IN (:from)
      AND (:resident::uuid IS NULL OR resident_id = :resident::uuid)
    RETURNING line_id`,
);

/** A ticket's status (only the resident's own, with `resident`). */
export const TICKET_STATUS = sql<{ id: string; resident: string | null }, { status: TicketStatus }>(
  'ticket_status',
  `SELECT status FROM ticket
    WHERE id = :id AND community_id = :community AND (:resident::uuid IS NULL OR resident_id = :resident::uuid)`,
);

/** Locks a ticket to move it, and reads the follow token the move hands on. */
export const LOCK_TICKET_TOKEN = sql<{ id: string }, { follow_token: string }>(
  'lock_ticket_token',
  'SELECT follow_token FROM ticket WHERE id = :id AND community_id = :community FOR UPDATE',
);

/** Cancels an open ticket being moved to another line, with a fresh follow token (unique). */
export const CANCEL_FOR_TRANSFER = sql<
  { id: string; toOffering: string },
  { resident_id: string; line_id: string; opening_id: string }
>(
  'cancel_for_transfer',
  `UPDATE ticket t SET status = 'CANCELLED', finished_at = now(),
          follow_token = replace(gen_random_uuid()::text, '-', '')
     FROM queue_line l
    WHERE t.id = :id AND t.community_id = :community AND l.id = t.line_id AND l.offering_id <> :toOffering
      AND t.status IN ${OPEN}
    RETURNING t.resident_id, l.id AS line_id, l.opening_id`,
);

/** The new ticket of a move takes over the old one's follow token and remembers where it came from. */
export const TAKE_OVER_TOKEN = sql<{ id: string; token: string; from: string }, never>(
  'take_over_token',
  `UPDATE ticket SET follow_token = :token, transferred_from_id = :from WHERE id = :id AND community_id = :community`,
);

/** For a work order: locks a ticket and reads what it hands on. */
export const LOCK_SERVED_TICKET = sql<
  { id: string },
  { status: TicketStatus; resident_id: string; line_id: string; offering_id: string; code: string }
>(
  'lock_served_ticket',
  `SELECT t.status, t.resident_id, t.line_id, l.offering_id, ${ticketCodeSql('s.letter', 't.number')} AS code
     FROM ticket t JOIN queue_line l ON l.id = t.line_id JOIN offering s ON s.id = l.offering_id
    WHERE t.id = :id AND t.community_id = :community FOR UPDATE OF t`,
);

export const FINISH_TICKET = sql<{ id: string }, never>(
  'finish_ticket',
  `UPDATE ticket SET status = 'DONE', finished_at = now() WHERE id = :id AND community_id = :community`,
);

// ---- views ----

export interface TicketViewRow extends TicketRow {
  offering: OfferingJson;
  ahead: number;
  avg_seconds: string | null;
}

const TICKET_VIEWS = (where: string) =>
  `SELECT t.id, t.number, t.status, t.desk_name, t.created_at, t.called_at, row_to_json(s) AS offering,
          (SELECT count(*) FROM ticket a WHERE a.line_id = t.line_id AND a.status = 'WAITING' AND a.number < t.number)::int AS ahead,
          ${recentVisitSeconds('t.line_id')} AS avg_seconds
     FROM ticket t JOIN queue_line l ON l.id = t.line_id JOIN offering s ON s.id = l.offering_id
    WHERE t.community_id = :community AND ${where}
    ORDER BY t.created_at`;

/** The community's tickets with these ids, oldest first. */
export const TICKETS_BY_ID = sql<{ ids: string[] }, TicketViewRow>('tickets_by_id', TICKET_VIEWS('t.id IN (:ids)'));

/** A resident's open tickets, oldest first. */
export const OPEN_TICKETS_OF = sql<{ resident: string }, TicketViewRow>(
  'open_tickets_of',
  TICKET_VIEWS(`t.resident_id = :resident AND t.status IN ${OPEN}`),
);

/** The lines' counts of an opening (the board). */
export const BOARD_LINES = sql<
  { opening: string; offerings: string[] },
  {
    offering_id: string;
    version: number;
    waiting: number;
    served: number;
    no_show: number;
    avg_wait: string | null;
    avg_visit: string | null;
  }
>(
  'board_lines',
  `SELECT l.offering_id, l.version,
          count(t.id) FILTER (WHERE t.status = 'WAITING')::int AS waiting,
          count(t.id) FILTER (WHERE t.status = 'DONE')::int AS served,
          count(t.id) FILTER (WHERE t.status = 'NO_SHOW')::int AS no_show,
          avg(extract(epoch FROM t.called_at - t.created_at)) FILTER (WHERE t.called_at IS NOT NULL) AS avg_wait,
          avg(extract(epoch FROM t.finished_at - t.called_at)) FILTER (WHERE t.status = 'DONE') AS avg_visit
     FROM queue_line l LEFT JOIN ticket t ON t.line_id = l.id
    WHERE l.opening_id = :opening AND l.offering_id IN (:offerings) AND l.community_id = :community
    GROUP BY l.id`,
);

/** The open tickets of an opening's lines: all called or served, and the next `next` waiting. */
export const BOARD_TICKETS = sql<
  { opening: string; offerings: string[]; next: number },
  TicketRow & { offering_id: string; rank: string }
>(
  'board_tickets',
  `SELECT * FROM (
     SELECT t.id, t.number, t.status, t.desk_name, t.created_at, t.called_at, l.offering_id,
            row_number() OVER (PARTITION BY t.line_id, t.status = 'WAITING' ORDER BY t.number) AS rank
       FROM ticket t JOIN queue_line l ON l.id = t.line_id
      WHERE l.opening_id = :opening AND l.offering_id IN (:offerings) AND l.community_id = :community
        AND t.status IN ${OPEN}) x
    WHERE x.status <> 'WAITING' OR x.rank <= :next
    ORDER BY x.called_at DESC NULLS LAST, x.number`,
);

/** Residents with an open ticket in an offering's line (any opening): the corner asks before changing it. */
export const OPEN_TICKETS_OF_OFFERING = sql<{ offering: string }, { n: number }>(
  'open_tickets_of_offering',
  `SELECT count(*)::int AS n FROM ticket t JOIN queue_line l ON l.id = t.line_id
    WHERE l.offering_id = :offering AND l.community_id = :community AND t.status IN ${OPEN}`,
);

// ---- places booked ahead (the booking module's API) ----

/**
 * Reserves a place in a line while it has one: the line's `booked` rises only below its capacity
 * (the opening's own, else the offering's) — one guarded, row-locked UPDATE, so concurrent
 * bookings never overfill it — and the line's event goes out with it.
 */
const RESERVE = (line: string) => `WITH l AS (
     UPDATE queue_line l SET booked = booked + 1, version = version + 1
       FROM offering s
      WHERE ${line} AND l.community_id = :community
        AND s.id = l.offering_id AND l.booked < coalesce(l.capacity, s.booking_capacity)
      RETURNING l.id, l.community_id, l.opening_id, l.offering_id, l.version)
   SELECT l.id, ${LINE_CHANGED} FROM l`;

export const RESERVE_PLACE = sql<{ opening: string; offering: string }, { id: string }>(
  'reserve_place',
  RESERVE('l.opening_id = :opening AND l.offering_id = :offering'),
);

/** The same, in a line known by its id. */
export const RESERVE_PLACE_IN = sql<{ line: string }, { id: string }>('reserve_place_in', RESERVE('l.id = :line'));

/** Gives places back to lines (`places`: JSON [{line, n}]), with each line's event. */
export const GIVE_BACK_PLACES = sql<{ places: string }, { n: number }>(
  'give_back_places',
  `WITH p AS (SELECT * FROM json_to_recordset(:places::json) AS p(line uuid, n int)),
   l AS (
     UPDATE queue_line l SET booked = l.booked - p.n, version = l.version + 1
       FROM p WHERE l.id = p.line AND l.community_id = :community
     RETURNING p.n, l.community_id, l.opening_id, l.offering_id, l.version),
   ev AS (SELECT ${LINE_CHANGED} FROM l)
   SELECT coalesce(sum(n), 0)::int AS n, (SELECT count(*) FROM ev) AS events FROM l`,
);

/** Locks lines (by id, in id order, so two movers cannot deadlock). */
export const LOCK_LINES = sql<{ ids: string[] }, { id: string }>(
  'lock_lines',
  'SELECT id FROM queue_line WHERE id IN (:ids) AND community_id = :community ORDER BY id FOR UPDATE',
);

export const LINE_ID = sql<{ opening: string; offering: string }, { id: string }>(
  'line_id',
  'SELECT id FROM queue_line WHERE opening_id = :opening AND offering_id = :offering AND community_id = :community',
);

export interface PlacesRow {
  opening_id: string;
  offering_id: string;
  booked: number;
  capacity: number | null;
}

/** The places booked in the lines of these openings (lines not made yet: none booked). */
export const PLACES = sql<{ openings: string[] }, PlacesRow>(
  'places',
  `SELECT opening_id, offering_id, booked, capacity FROM queue_line
    WHERE opening_id IN (:openings) AND community_id = :community`,
);

/**
 * Sets (or, with null, clears) a line's own capacity, never below the places already booked (the
 * line row's lock orders it with bookings), and publishes the change.
 */
export const SET_CAPACITY = sql<
  { opening: string; offering: string; capacity: number | null },
  { booked: number; capacity: number | null }
>(
  'set_capacity',
  `WITH l AS (
     UPDATE queue_line SET capacity = :capacity::int, version = version + 1
      WHERE opening_id = :opening AND offering_id = :offering AND community_id = :community
        AND (:capacity::int IS NULL OR booked <= :capacity::int)
      RETURNING booked, capacity, community_id, opening_id, offering_id, version)
   SELECT booked, capacity, ${LINE_CHANGED} FROM l`,
);

// ---- following a ticket on a phone (the follow module's API) ----

/** The code a ticket had before staff moved it to another line (its origin's), by the moved ticket. */
const ORIGIN_CODE = (ticket: string) => `(SELECT ${ticketCodeSql('fs.letter', 'f.number')}
     FROM ticket f JOIN queue_line fl ON fl.id = f.line_id JOIN offering fs ON fs.id = fl.offering_id
    WHERE f.id = ${ticket}.transferred_from_id)`;

/** What a phone following a ticket needs to know of it: its line, version, opening's end, origin. */
export const FOLLOWED = sql<
  { id: string; hoursAfter: number },
  {
    id: string;
    community_id: string;
    opening_id: string;
    offering_id: string;
    version: number;
    ends_at: Timestamp;
    live: boolean;
    transferred_from: string | null;
  }
>(
  'followed',
  `SELECT t.id, t.community_id, l.opening_id, l.offering_id, l.version, o.ends_at,
          o.ends_at > now() - make_interval(hours => :hoursAfter) AS live, ${ORIGIN_CODE('t')} AS transferred_from
     FROM ticket t JOIN queue_line l ON l.id = t.line_id JOIN opening o ON o.id = l.opening_id
    WHERE t.id = :id AND t.community_id = :community`,
);

/** The follow tokens of a resident's tickets (the QR code on their slip). */
export const FOLLOW_TOKENS = sql<{ ids: string[]; resident: string }, { id: string; follow_token: string }>(
  'follow_tokens',
  'SELECT id, follow_token FROM ticket WHERE id IN (:ids) AND resident_id = :resident AND community_id = :community',
);

/** Where moved tickets came from: the ticket each replaced, and its code. */
export const ORIGINS = sql<{ ids: string[] }, { id: string; from_id: string; from_code: string }>(
  'origins',
  `SELECT t.id, t.transferred_from_id AS from_id, ${ORIGIN_CODE('t')} AS from_code
     FROM ticket t WHERE t.id IN (:ids) AND t.community_id = :community AND t.transferred_from_id IS NOT NULL`,
);

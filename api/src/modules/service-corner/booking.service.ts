import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../platform/context.js';
import { isUniqueViolation } from '../../platform/database.js';
import { conflict, forbidden, notFound } from '../../platform/errors.js';
import { Resident } from '../resident/index.js';
import type { BookableSession, BookInput, BookingView, ChangeBookingInput } from './booking.types.js';
import { BookingCancelReason, BookingStatus, CornerService, CornerSession } from './service-corner.entity.js';
import { LINE_CHANGED, ServiceCornerService, ensureLine, issueTicket } from './service-corner.service.js';
import type { TicketView } from './service-corner.types.js';

type Row = Record<string, unknown>;

/** A booked place given back to its line (cancelled, or moved to another session), with the line's event. */
const GIVE_BACK_PLACE = `WITH l AS (UPDATE queue_line SET booked = booked - 1, version = version + 1 WHERE id = ?
                RETURNING community_id, session_id, service_id, version)
  SELECT ${LINE_CHANGED()} FROM l`;

/** How many upcoming sessions a resident can book into. */
const BOOKABLE_SESSIONS = 4;

export const BookingService = {
  /** The next sessions of the corner and the places left in a service's line in each. */
  async bookable(ctx: Context, serviceId: string): Promise<BookableSession[]> {
    const service = await ctx.em.findOne(CornerService, { id: serviceId, active: true });
    if (!service) throw notFound('Service');
    const sessions = await ctx.em.find(
      CornerSession,
      { cancelled: false, startsAt: { $gt: new Date() } },
      { orderBy: { startsAt: 'asc' }, limit: BOOKABLE_SESSIONS },
    );
    if (!sessions.length) return [];
    const rows = await ctx.em
      .getConnection()
      .execute<Row[]>(
        'SELECT session_id, booked, capacity FROM queue_line WHERE service_id = ? AND session_id IN (?)',
        [service.id, sessions.map((s) => s.id)],
      );
    const lines = new Map(rows.map((r) => [r.session_id as string, r]));
    return sessions.map((session) => {
      const line = lines.get(session.id);
      // A session's own capacity (set in the console) wins over the service's.
      const capacity = line?.capacity == null ? service.bookingCapacity : Number(line.capacity);
      return { session, placesLeft: Math.max(0, capacity - Number(line?.booked ?? 0)) };
    });
  },

  /**
   * Books a place in a future session's line. The line's `booked` counter only rises while below
   * its capacity (the session's own, else the service's; one guarded UPDATE, row-locked), so
   * concurrent bookings never overfill it; the idempotency key and a partial unique index make
   * retries and double taps safe. The session row is share-locked first: a session being closed
   * (a holiday) either waits for this booking, and cancels it with the others, or refuses it.
   */
  async book(ctx: Context, input: BookInput): Promise<BookingView> {
    const residentId = ctx.principal.resident!.id;
    const [service, session, resident] = await Promise.all([
      ctx.em.findOne(CornerService, { id: input.serviceId, active: true }),
      ctx.em.findOne(CornerSession, { id: input.sessionId, cancelled: false }),
      ctx.em.findOneOrFail(Resident, { id: residentId }),
    ]);
    if (!service) throw notFound('Service');
    if (!session) throw notFound('Session');
    if (input.homeVisit && !resident.limitedMobility) {
      throw forbidden('Home visits are for residents with limited mobility', 'HOME_VISIT_NOT_ELIGIBLE');
    }
    const existing = await bookingIdByKey(ctx.em, residentId, input.idempotencyKey);
    if (existing) return BookingService.view(ctx, existing);
    if (session.startsAt <= new Date()) {
      throw conflict('SESSION_STARTED', 'This session has started: take a ticket instead');
    }
    let bookingId: string;
    try {
      bookingId = await ctx.em.transactional(async (em) => {
        const conn = em.getConnection();
        const tx = em.getTransactionContext();
        const [open] = await conn.execute<Row[]>(
          'SELECT id FROM corner_session WHERE id = ? AND NOT cancelled FOR SHARE',
          [session.id],
          'all',
          tx,
        );
        if (!open) throw notFound('Session');
        await ensureLine(em, ctx.principal.communityId!, session.id, service.id);
        const [line] = await conn.execute<Row[]>(
          `WITH l AS (
             UPDATE queue_line l SET booked = booked + 1, version = version + 1
               FROM corner_service s
              WHERE l.session_id = ? AND l.service_id = ? AND s.id = l.service_id
                AND l.booked < coalesce(l.capacity, s.booking_capacity)
              RETURNING l.id, l.community_id, l.session_id, l.service_id, l.version)
           SELECT l.id, ${LINE_CHANGED()} FROM l`,
          [session.id, service.id],
          'all',
          tx,
        );
        if (!line) {
          throw conflict('FULLY_BOOKED', 'This session is fully booked');
        }
        const [booking] = await conn.execute<Row[]>(
          `INSERT INTO booking (id, community_id, line_id, resident_id, status, problem, home_visit, idempotency_key, created_at)
           VALUES (gen_random_uuid(), ?, ?, ?, 'BOOKED', ?, ?, ?, now()) RETURNING id`,
          [ctx.principal.communityId, line.id, residentId, input.problem.trim(), input.homeVisit, input.idempotencyKey],
          'all',
          tx,
        );
        return booking.id as string;
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const winner = await bookingIdByKey(ctx.em, residentId, input.idempotencyKey);
      if (winner) return BookingService.view(ctx, winner);
      throw conflict('ALREADY_BOOKED', 'You have already booked this service for this session');
    }
    return BookingService.view(ctx, bookingId);
  },

  /** Gives the place back (own booking, not yet checked in). */
  async cancel(ctx: Context, bookingId: string): Promise<BookingView> {
    const done = await ctx.em.transactional(async (em) => {
      const conn = em.getConnection();
      const tx = em.getTransactionContext();
      const [b] = await conn.execute<Row[]>(
        `UPDATE booking SET status = 'CANCELLED', cancel_reason = 'RESIDENT'
          WHERE id = ? AND resident_id = ? AND status = 'BOOKED' RETURNING line_id`,
        [bookingId, ctx.principal.resident!.id],
        'all',
        tx,
      );
      if (!b) return false;
      await conn.execute(GIVE_BACK_PLACE, [b.line_id], 'run', tx);
      return true;
    });
    if (!done) await stateError(ctx, bookingId);
    return BookingService.view(ctx, bookingId);
  },

  /**
   * Puts away the notice of a booking the corner cancelled by closing its day: the resident has
   * read it ("知道了"), and it leaves their list (it would anyway once that day is over). Only
   * that kind of booking; doing it twice changes nothing more.
   */
  async dismiss(ctx: Context, bookingId: string): Promise<BookingView> {
    const [row] = await ctx.em.getConnection().execute<Row[]>(
      `UPDATE booking SET dismissed_at = coalesce(dismissed_at, now())
        WHERE id = ? AND resident_id = ? AND status = 'CANCELLED' AND cancel_reason = 'CORNER_CLOSED'
        RETURNING id`,
      [bookingId, ctx.principal.resident!.id],
    );
    if (!row) await stateError(ctx, bookingId);
    return BookingService.view(ctx, bookingId);
  },

  /**
   * Changes the resident's own booking (not yet checked in): what needs doing, a home visit, and
   * the session. It sets the booking to what it is asked to be, so a retry or a double tap
   * changes nothing more. Moving to another session frees the old place and takes a new one in
   * one transaction, the new one under the same guarded `booked < capacity` rule as booking: a
   * full session leaves the booking where it was.
   */
  async change(ctx: Context, input: ChangeBookingInput): Promise<BookingView> {
    const residentId = ctx.principal.resident!.id;
    if (input.homeVisit) {
      const resident = await ctx.em.findOneOrFail(Resident, { id: residentId });
      if (!resident.limitedMobility) {
        throw forbidden('Home visits are for residents with limited mobility', 'HOME_VISIT_NOT_ELIGIBLE');
      }
    }
    const target = await ctx.em.findOne(CornerSession, { id: input.sessionId, cancelled: false });
    if (!target) throw notFound('Session');
    for (let attempt = 1; ; attempt++) {
      try {
        const outcome = await ctx.em.transactional((em) => changeInTransaction(em, ctx, input, target));
        if (outcome === 'not-booked') await stateError(ctx, input.bookingId);
        return BookingService.view(ctx, input.bookingId);
      } catch (err) {
        if (isUniqueViolation(err)) {
          throw conflict('ALREADY_BOOKED', 'You have already booked this service for that session');
        }
        // The same booking changed, cancelled or checked in at the same instant elsewhere: the
        // database picked one of the two; try again on what that one left.
        if (!isDeadlock(err) || attempt >= 3) throw err;
      }
    }
  },

  /** On the day, while the session is open: the booking becomes a ticket in its line. */
  async checkIn(ctx: Context, bookingId: string): Promise<TicketView> {
    const residentId = ctx.principal.resident!.id;
    const [row] = await ctx.em.getConnection().execute<Row[]>(
      `SELECT b.status, b.ticket_id, l.session_id, l.service_id, s.starts_at, s.ends_at
         FROM booking b JOIN queue_line l ON l.id = b.line_id JOIN corner_session s ON s.id = l.session_id
        WHERE b.id = ? AND b.resident_id = ?`,
      [bookingId, residentId],
    );
    if (!row) throw notFound('Booking');
    if (row.status === BookingStatus.CHECKED_IN && row.ticket_id)
      return ServiceCornerService.ticket(ctx, row.ticket_id as string);
    if (row.status !== BookingStatus.BOOKED) await stateError(ctx, bookingId);
    const now = new Date();
    if (new Date(row.starts_at as string) > now || new Date(row.ends_at as string) <= now) {
      throw conflict('NOT_CHECK_IN_TIME', 'Check in while the booked session is open', {
        opensAt: new Date(row.starts_at as string).toISOString(),
      });
    }
    let issued;
    try {
      // The ticket, the booking's new state and the line's event commit together.
      issued = await ctx.em.transactional(async (em) => {
        // The booking's own key: checking in twice (or from two kiosks) issues one ticket.
        const t = await issueTicket(
          em,
          ctx.principal.communityId!,
          row.session_id as string,
          row.service_id as string,
          residentId,
          `booking:${bookingId}`,
        );
        await em
          .getConnection()
          .execute(
            `UPDATE booking SET status = 'CHECKED_IN', ticket_id = ? WHERE id = ? AND status = 'BOOKED'`,
            [t.ticketId, bookingId],
            'run',
            em.getTransactionContext(),
          );
        return t;
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const [again] = await ctx.em
        .getConnection()
        .execute<Row[]>('SELECT ticket_id FROM booking WHERE id = ?', [bookingId]);
      if (again?.ticket_id) return ServiceCornerService.ticket(ctx, again.ticket_id as string);
      throw conflict('ALREADY_IN_LINE', 'You already have a ticket in this line');
    }
    return ServiceCornerService.ticket(ctx, issued.ticketId);
  },

  /**
   * The signed-in resident's bookings for sessions not yet over, soonest first. Bookings the
   * corner cancelled by closing a day stay in the list, so nobody loses one without being told,
   * until that day is over or the resident puts the notice away (`dismiss`).
   */
  async mine(ctx: Context): Promise<BookingView[]> {
    const rows = await ctx.em.getConnection().execute<Row[]>(
      `${SELECT_BOOKING} JOIN corner_session s ON s.id = l.session_id
        WHERE b.resident_id = ? AND s.ends_at > now()
          AND (b.status <> 'CANCELLED' OR (b.cancel_reason = 'CORNER_CLOSED' AND b.dismissed_at IS NULL))
        ORDER BY s.starts_at, b.created_at`,
      [ctx.principal.resident!.id],
    );
    return bookingViews(ctx, rows);
  },

  async view(ctx: Context, id: string): Promise<BookingView> {
    const [row] = await ctx.em
      .getConnection()
      .execute<Row[]>(`${SELECT_BOOKING} WHERE b.id = ? AND b.community_id = ?`, [id, ctx.principal.communityId]);
    if (!row) throw notFound('Booking');
    const [view] = await bookingViews(ctx, [row]);
    return view;
  },
};

const SELECT_BOOKING = `
  SELECT b.id, b.status, b.cancel_reason, b.problem, b.home_visit, b.ticket_id, b.created_at, l.session_id, l.service_id
    FROM booking b JOIN queue_line l ON l.id = b.line_id`;

/** Bookings' views, their services, sessions and tickets read once for all of them (no query per booking). */
async function bookingViews(ctx: Context, rows: Row[]): Promise<BookingView[]> {
  if (!rows.length) return [];
  const idsOf = (key: string) => [...new Set(rows.map((r) => r[key] as string | null).filter((id) => id !== null))];
  const [services, sessions, tickets] = await Promise.all([
    ctx.em.find(CornerService, { id: { $in: idsOf('service_id') } }),
    ctx.em.find(CornerSession, { id: { $in: idsOf('session_id') } }),
    ServiceCornerService.tickets(ctx, idsOf('ticket_id')),
  ]);
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((x) => [x.id, x]));
  const [serviceById, sessionById, ticketById] = [byId(services), byId(sessions), byId(tickets)];
  return rows.map((row) => ({
    id: row.id as string,
    status: row.status as BookingStatus,
    cancelReason: (row.cancel_reason as BookingCancelReason | null) ?? null,
    service: serviceById.get(row.service_id as string)!,
    session: sessionById.get(row.session_id as string)!,
    problem: row.problem as string,
    homeVisit: Boolean(row.home_visit),
    ticket: row.ticket_id ? (ticketById.get(row.ticket_id as string) ?? null) : null,
    createdAt: new Date(row.created_at as string),
  }));
}

async function bookingIdByKey(em: EntityManager, residentId: string, key: string): Promise<string | null> {
  const [row] = await em
    .getConnection()
    .execute<Row[]>('SELECT id FROM booking WHERE resident_id = ? AND idempotency_key = ?', [residentId, key]);
  return (row?.id as string | undefined) ?? null;
}

async function stateError(ctx: Context, bookingId: string): Promise<never> {
  const [row] = await ctx.em
    .getConnection()
    .execute<Row[]>('SELECT status FROM booking WHERE id = ? AND resident_id = ?', [
      bookingId,
      ctx.principal.resident!.id,
    ]);
  if (!row) throw notFound('Booking');
  throw conflict('BOOKING_STATE', `The booking is ${String(row.status).toLowerCase()}`);
}

/**
 * `change`'s transaction. The target session is locked (shared) first, then the booking row (as
 * `cancel` does), then both lines in one order (by id), so two residents swapping sessions
 * cannot deadlock each other.
 */
async function changeInTransaction(
  em: EntityManager,
  ctx: Context,
  input: ChangeBookingInput,
  target: CornerSession,
): Promise<'changed' | 'not-booked'> {
  const conn = em.getConnection();
  const tx = em.getTransactionContext();
  // The target session first, shared, as `book` takes it: closing that day (which locks the
  // session, then its bookings) waits for this move or cancels the moved booking with the rest.
  const [open] = await conn.execute<Row[]>(
    'SELECT id FROM corner_session WHERE id = ? AND NOT cancelled FOR SHARE',
    [target.id],
    'all',
    tx,
  );
  if (!open) throw notFound('Session');
  const [booking] = await conn.execute<Row[]>(
    'SELECT status, line_id FROM booking WHERE id = ? AND resident_id = ? FOR UPDATE',
    [input.bookingId, ctx.principal.resident!.id],
    'all',
    tx,
  );
  if (!booking) throw notFound('Booking');
  if (booking.status !== BookingStatus.BOOKED) return 'not-booked';
  const [from] = await conn.execute<Row[]>(
    'SELECT session_id, service_id FROM queue_line WHERE id = ?',
    [booking.line_id],
    'all',
    tx,
  );
  let lineId = booking.line_id as string;
  if (from.session_id !== target.id) {
    if (target.startsAt <= new Date()) {
      throw conflict('SESSION_STARTED', 'This session has started: take a ticket instead');
    }
    await ensureLine(em, ctx.principal.communityId!, target.id, from.service_id as string);
    const lines = await conn.execute<Row[]>(
      `SELECT id, session_id FROM queue_line
        WHERE id = ? OR (session_id = ? AND service_id = ?) ORDER BY id FOR UPDATE`,
      [lineId, target.id, from.service_id],
      'all',
      tx,
    );
    const to = lines.find((l) => l.session_id === target.id)!;
    const [taken] = await conn.execute<Row[]>(
      `WITH l AS (
         UPDATE queue_line l SET booked = booked + 1, version = version + 1
           FROM corner_service s
          WHERE l.id = ? AND s.id = l.service_id AND l.booked < coalesce(l.capacity, s.booking_capacity)
          RETURNING l.id, l.community_id, l.session_id, l.service_id, l.version)
       SELECT l.id, ${LINE_CHANGED()} FROM l`,
      [to.id],
      'all',
      tx,
    );
    if (!taken) throw conflict('FULLY_BOOKED', 'This session is fully booked');
    await conn.execute(GIVE_BACK_PLACE, [lineId], 'run', tx);
    lineId = to.id as string;
  }
  await conn.execute(
    'UPDATE booking SET line_id = ?, problem = ?, home_visit = ? WHERE id = ?',
    [lineId, input.problem.trim(), input.homeVisit, input.bookingId],
    'run',
    tx,
  );
  return 'changed';
}

/** PostgreSQL broke a deadlock by failing this transaction (it is safe to run again). */
function isDeadlock(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === '40P01';
}

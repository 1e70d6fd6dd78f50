import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../platform/context.js';
import { isUniqueViolation } from '../../platform/database.js';
import { conflict, forbidden, notFound } from '../../platform/errors.js';
import { row, rows, run } from '../../platform/sql.js';
import { Corner, type Opening } from '../corner/index.js';
import { Queue, type TicketView } from '../queue/index.js';
import { Resident } from '../resident/index.js';
import { BookingStatus } from './booking.entity.js';
import {
  BOOKING,
  BOOKING_BY_KEY,
  BOOKING_STATUS,
  CANCEL_OWN,
  CHANGE,
  DISMISS,
  FOR_CHECK_IN,
  INSERT_BOOKING,
  LINE,
  LOCK_OWN,
  MARK_CHECKED_IN,
  MINE,
  TICKET_OF,
  type BookingRow,
} from './booking.sql.js';
import type { BookableOpening, BookInput, BookingView, ChangeBookingInput } from './booking.types.js';

/** How many upcoming openings a resident can book into. */
const BOOKABLE_OPENINGS = 4;

export const BookingService = {
  /** The next openings of the corner and the places left in an offering's line in each. */
  async bookable(ctx: Context, offeringId: string): Promise<BookableOpening[]> {
    const offering = await Corner.offering(ctx, offeringId, { active: true });
    if (!offering) throw notFound('Offering');
    const openings = await Corner.upcomingOpenings(ctx, BOOKABLE_OPENINGS);
    const places = await Queue.places.of(
      ctx.em,
      openings.map((o) => o.id),
    );
    const lines = new Map(places.filter((p) => p.offering_id === offering.id).map((p) => [p.opening_id, p]));
    return openings.map((opening) => {
      const line = lines.get(opening.id);
      // An opening's own capacity (set in the console) wins over the offering's.
      const capacity = line?.capacity ?? offering.bookingCapacity;
      return { opening, placesLeft: Math.max(0, capacity - (line?.booked ?? 0)) };
    });
  },

  /**
   * Books a place in a future opening's line. The line's places rise only while below its
   * capacity (the queue's guarded, row-locked UPDATE), so concurrent bookings never overfill it;
   * the idempotency key and a partial unique index make retries and double taps safe. The opening
   * is share-locked first: an opening being closed (a holiday) either waits for this booking,
   * and cancels it with the others, or refuses it.
   */
  async book(ctx: Context, input: BookInput): Promise<BookingView> {
    const residentId = ctx.principal.resident!.id;
    const [offering, opening] = await Promise.all([
      Corner.offering(ctx, input.offeringId, { active: true }),
      Corner.opening(ctx, input.openingId, { open: true }),
    ]);
    if (!offering) throw notFound('Offering');
    if (!opening) throw notFound('Opening');
    if (input.homeVisit) await mayAskHomeVisit(ctx);
    const existing = await row(ctx.em, BOOKING_BY_KEY, { resident: residentId, key: input.idempotencyKey });
    if (existing) return BookingService.view(ctx, existing.id);
    if (opening.startsAt <= new Date()) {
      throw conflict('OPENING_STARTED', 'This opening has started: take a ticket instead');
    }
    let bookingId: string;
    try {
      bookingId = await ctx.em.transactional(async (em) => {
        if (!(await Corner.holdOpenOpening(em, opening.id))) throw notFound('Opening');
        const line = await Queue.places.reserve(em, opening.id, offering.id);
        if (!line) throw conflict('FULLY_BOOKED', 'This opening is fully booked');
        const booking = await row(em, INSERT_BOOKING, {
          line,
          resident: residentId,
          problem: input.problem.trim(),
          homeVisit: input.homeVisit,
          key: input.idempotencyKey,
        });
        return booking!.id;
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const winner = await row(ctx.em, BOOKING_BY_KEY, { resident: residentId, key: input.idempotencyKey });
      if (winner) return BookingService.view(ctx, winner.id);
      throw conflict('ALREADY_BOOKED', 'You have already booked this offering for this opening');
    }
    return BookingService.view(ctx, bookingId);
  },

  /** Gives the place back (own booking, not yet checked in). */
  async cancel(ctx: Context, bookingId: string): Promise<BookingView> {
    const resident = ctx.principal.resident!.id;
    const done = await ctx.em.transactional(async (em) => {
      const cancelled = await row(em, CANCEL_OWN, { id: bookingId, resident });
      if (cancelled) await Queue.places.giveBack(em, [{ line: cancelled.line_id, n: 1 }]);
      return !!cancelled;
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
    if (!(await row(ctx.em, DISMISS, { id: bookingId, resident: ctx.principal.resident!.id }))) {
      await stateError(ctx, bookingId);
    }
    return BookingService.view(ctx, bookingId);
  },

  /**
   * Changes the resident's own booking (not yet checked in): what needs doing, a home visit, and
   * the opening. It sets the booking to what it is asked to be, so a retry or a double tap
   * changes nothing more. Moving to another opening frees the old place and takes a new one in
   * one transaction, the new one under the same guarded rule as booking: a full opening leaves
   * the booking where it was.
   */
  async change(ctx: Context, input: ChangeBookingInput): Promise<BookingView> {
    if (input.homeVisit) await mayAskHomeVisit(ctx);
    const target = await Corner.opening(ctx, input.openingId, { open: true });
    if (!target) throw notFound('Opening');
    for (let attempt = 1; ; attempt++) {
      try {
        const outcome = await ctx.em.transactional((em) => changeInTransaction(em, ctx, input, target));
        if (outcome === 'not-booked') await stateError(ctx, input.bookingId);
        return BookingService.view(ctx, input.bookingId);
      } catch (err) {
        if (isUniqueViolation(err)) {
          throw conflict('ALREADY_BOOKED', 'You have already booked this offering for that opening');
        }
        // The same booking changed, cancelled or checked in at the same instant elsewhere: the
        // database picked one of the two; try again on what that one left.
        if (!isDeadlock(err) || attempt >= 3) throw err;
      }
    }
  },

  /** On the day, while the opening is open: the booking becomes a ticket in its line. */
  async checkIn(ctx: Context, bookingId: string): Promise<TicketView> {
    const residentId = ctx.principal.resident!.id;
    const booking = await row(ctx.em, FOR_CHECK_IN, { id: bookingId, resident: residentId });
    if (!booking) throw notFound('Booking');
    if (booking.status === BookingStatus.CHECKED_IN && booking.ticket_id) return Queue.ticket(ctx, booking.ticket_id);
    if (booking.status !== BookingStatus.BOOKED) await stateError(ctx, bookingId);
    const now = new Date();
    if (new Date(booking.starts_at) > now || new Date(booking.ends_at) <= now) {
      throw conflict('NOT_CHECK_IN_TIME', 'Check in while the booked opening is open', {
        opensAt: new Date(booking.starts_at).toISOString(),
      });
    }
    let ticketId: string;
    try {
      // The ticket, the booking's new state and the line's event commit together.
      ticketId = await ctx.em.transactional(async (em) => {
        // The booking's own key: checking in twice (or from two kiosks) issues one ticket.
        const issued = await Queue.issueTicket(
          em,
          booking.opening_id,
          booking.offering_id,
          residentId,
          `booking:${bookingId}`,
        );
        await run(em, MARK_CHECKED_IN, { id: bookingId, ticket: issued });
        return issued;
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const again = await row(ctx.em, TICKET_OF, { id: bookingId });
      if (again?.ticket_id) return Queue.ticket(ctx, again.ticket_id);
      throw conflict('ALREADY_IN_LINE', 'You already have a ticket in this line');
    }
    return Queue.ticket(ctx, ticketId);
  },

  /**
   * The signed-in resident's bookings for openings not yet over, soonest first. Bookings the
   * corner cancelled by closing a day stay in the list, so nobody loses one without being told,
   * until that day is over or the resident puts the notice away (`dismiss`).
   */
  async mine(ctx: Context): Promise<BookingView[]> {
    return bookingViews(ctx, await rows(ctx.em, MINE, { resident: ctx.principal.resident!.id }));
  },

  async view(ctx: Context, id: string): Promise<BookingView> {
    const found = await row(ctx.em, BOOKING, { id });
    if (!found) throw notFound('Booking');
    const [view] = await bookingViews(ctx, [found]);
    return view;
  },
};

/** Home visits are for residents flagged as limited mobility. */
async function mayAskHomeVisit(ctx: Context): Promise<void> {
  const resident = await ctx.em.findOneOrFail(Resident, { id: ctx.principal.resident!.id });
  if (!resident.limitedMobility) {
    throw forbidden('Home visits are for residents with limited mobility', 'HOME_VISIT_NOT_ELIGIBLE');
  }
}

/** Bookings' views, their offerings, openings and tickets read once for all of them (no query per booking). */
async function bookingViews(ctx: Context, found: BookingRow[]): Promise<BookingView[]> {
  if (!found.length) return [];
  const idsOf = (pick: (r: BookingRow) => string | null) => [
    ...new Set(found.map(pick).filter((id): id is string => id !== null)),
  ];
  const [offerings, openings, tickets] = await Promise.all([
    Corner.offerings(
      ctx,
      idsOf((r) => r.offering_id),
    ),
    Corner.openings(
      ctx,
      idsOf((r) => r.opening_id),
    ),
    Queue.tickets(
      ctx,
      idsOf((r) => r.ticket_id),
    ),
  ]);
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((x) => [x.id, x]));
  const [offeringById, openingById, ticketById] = [byId(offerings), byId(openings), byId(tickets)];
  return found.map((r) => ({
    id: r.id,
    status: r.status,
    cancelReason: r.cancel_reason ?? null,
    offering: offeringById.get(r.offering_id)!,
    opening: openingById.get(r.opening_id)!,
    problem: r.problem,
    homeVisit: r.home_visit,
    ticket: r.ticket_id ? (ticketById.get(r.ticket_id) ?? null) : null,
    createdAt: new Date(r.created_at),
  }));
}

async function stateError(ctx: Context, bookingId: string): Promise<never> {
  const found = await row(ctx.em, BOOKING_STATUS, { id: bookingId, resident: ctx.principal.resident!.id });
  if (!found) throw notFound('Booking');
  throw conflict('BOOKING_STATE', `The booking is ${found.status.toLowerCase()}`);
}

/**
 * `change`'s transaction. The target opening is locked (shared) first, then the booking row (as
 * `cancel` does), then both lines in one order (by id), so two residents swapping openings
 * cannot deadlock each other.
 */
async function changeInTransaction(
  em: EntityManager,
  ctx: Context,
  input: ChangeBookingInput,
  target: Opening,
): Promise<'changed' | 'not-booked'> {
  // The target opening first, shared, as `book` takes it: closing that day (which locks the
  // opening, then its bookings) waits for this move or cancels the moved booking with the rest.
  if (!(await Corner.holdOpenOpening(em, target.id))) throw notFound('Opening');
  const booking = await row(em, LOCK_OWN, { id: input.bookingId, resident: ctx.principal.resident!.id });
  if (!booking) throw notFound('Booking');
  if (booking.status !== BookingStatus.BOOKED) return 'not-booked';
  let line = booking.line_id;
  const from = (await row(em, LINE, { line }))!;
  if (from.opening_id !== target.id) {
    if (target.startsAt <= new Date()) {
      throw conflict('OPENING_STARTED', 'This opening has started: take a ticket instead');
    }
    const to = await Queue.places.line(em, target.id, from.offering_id);
    await Queue.places.lock(em, [line, to]);
    if (!(await Queue.places.reserveIn(em, to))) {
      throw conflict('FULLY_BOOKED', 'This opening is fully booked');
    }
    await Queue.places.giveBack(em, [{ line, n: 1 }]);
    line = to;
  }
  await run(em, CHANGE, { id: input.bookingId, line, problem: input.problem.trim(), homeVisit: input.homeVisit });
  return 'changed';
}

/** PostgreSQL broke a deadlock by failing this transaction (it is safe to run again). */
function isDeadlock(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === '40P01';
}

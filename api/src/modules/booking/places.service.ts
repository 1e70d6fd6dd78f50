import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../platform/context.js';
import { conflict, notFound } from '../../platform/errors.js';
import { row, rows } from '../../platform/sql.js';
import { Corner, type CalendarOpening } from '../corner/index.js';
import { Queue } from '../queue/index.js';
import { CANCEL_FOR_CLOSING, HELD_FOR_OFFERING, HELD_IN_OPENING, HELD_PER_OPENING } from './booking.sql.js';
import type { LineCapacityInput, OpeningLine } from './booking.types.js';

/** The console's view of places to book: per opening and offering, and the corner's hooks. */
export const PlacesService = {
  /** Every active offering's places in one opening. */
  async openingLines(ctx: Context, openingId: string): Promise<OpeningLine[]> {
    Corner.requireStaff(ctx);
    const opening = await Corner.opening(ctx, openingId);
    if (!opening) throw notFound('Opening');
    const [offerings, places] = await Promise.all([Corner.activeOfferings(ctx), Queue.places.of(ctx.em, [opening.id])]);
    const byOffering = new Map(places.map((p) => [p.offering_id, p]));
    return offerings.map((offering) => {
      const line = byOffering.get(offering.id);
      const override = line?.capacity ?? null;
      return {
        offering,
        booked: line?.booked ?? 0,
        capacity: override ?? offering.bookingCapacity,
        capacityOverride: override,
      };
    });
  },

  /**
   * Sets (or, with null, clears) one opening's places for an offering. The line row's lock
   * orders it with bookings: the override never drops below the places already booked.
   */
  async setLineCapacity(ctx: Context, input: LineCapacityInput): Promise<OpeningLine> {
    Corner.requireSecretary(ctx);
    const [opening, offering] = await Promise.all([
      Corner.opening(ctx, input.openingId),
      Corner.offering(ctx, input.offeringId),
    ]);
    if (!opening) throw notFound('Opening');
    if (!offering) throw notFound('Offering');
    const line = await ctx.em.transactional(async (em) => {
      const set = await Queue.places.setCapacity(em, opening.id, offering.id, input.capacity);
      if (set) return set;
      const [current] = (await Queue.places.of(em, [opening.id])).filter((p) => p.offering_id === offering.id);
      throw conflict('CAPACITY_BELOW_BOOKED', 'More places are booked already', { count: current?.booked ?? 0 });
    });
    return {
      offering,
      booked: line.booked,
      capacity: line.capacity ?? offering.bookingCapacity,
      capacityOverride: line.capacity,
    };
  },

  /** Bookings held in a calendar entry's opening (the calendar's openings are counted at once). */
  async heldIn(ctx: Context, entry: CalendarOpening): Promise<number> {
    let counts = calendarCounts.get(entry.batch);
    if (!counts) {
      counts = rows(ctx.em, HELD_PER_OPENING, { openings: entry.batch }).then(
        (found) => new Map(found.map((r) => [r.opening_id, r.n])),
      );
      calendarCounts.set(entry.batch, counts);
    }
    return (await counts).get(entry.opening.id) ?? 0;
  },
};

/** One count per calendar answer, shared by its entries (keyed by the answer's list of ids). */
const calendarCounts = new WeakMap<string[], Promise<Map<string, number>>>();

/**
 * The corner closes an opening (a holiday): its bookings are cancelled — each leaves BOOKED once,
 * row-locked — and their lines get exactly their places back, in the closing's transaction.
 * More bookings than the person closing was shown: BOOKINGS_CHANGED, and nothing closes.
 */
export async function cancelForClosing(em: EntityManager, openingId: string, confirmed: number): Promise<number> {
  const held = await row(em, HELD_IN_OPENING, { opening: openingId });
  if ((held?.n ?? 0) > confirmed) {
    throw conflict('BOOKINGS_CHANGED', 'The opening has more bookings than you confirmed', { count: held!.n });
  }
  const freed = await rows(em, CANCEL_FOR_CLOSING, { opening: openingId });
  return Queue.places.giveBack(
    em,
    freed.map((f) => ({ line: f.line, n: f.n })),
  );
}

/** Bookings held for an offering in openings not yet over (the corner asks before retiring it). */
export async function heldForOffering(em: EntityManager, offeringId: string): Promise<number> {
  return (await row(em, HELD_FOR_OFFERING, { offering: offeringId }))?.n ?? 0;
}

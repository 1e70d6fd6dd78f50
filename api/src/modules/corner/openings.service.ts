import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../platform/context.js';
import { badInput, conflict, notFound } from '../../platform/errors.js';
import { row, rows } from '../../platform/sql.js';
import { minutesOfDay, monthRange, patternSlots, shanghaiDate, shanghaiInstant, type Slot } from './calendar.js';
import { Opening } from './corner.entity.js';
import { holidaysKnownThrough, holidaysOf } from './holidays.js';
import { openingClosing } from './corner.ports.js';
import { requireSecretary, requireStaff } from './corner.service.js';
import { CLOSE_OPENING, INSERT_OPENINGS, REOPEN_OPENING } from './corner.sql.js';
import type {
  CalendarOpening,
  CloseOpeningInput,
  ClosedOpening,
  GeneratedOpenings,
  OneOffOpeningInput,
  OpeningPatternInput,
  PatternCheck,
} from './corner.types.js';

function checkTimes(startTime: string, endTime: string): void {
  if (minutesOfDay(endTime) <= minutesOfDay(startTime)) {
    throw badInput('The opening must end after it starts', { endTime: ['afterStart'] });
  }
}

/**
 * Adds the openings to the calendar, each unless one already starts at that time or overlaps
 * it. Returns how many were new. The console's "generate" and the demo seed both come through
 * here (the seed names its community: it runs before any caller).
 */
export async function insertOpenings(em: EntityManager, slots: Slot[], community?: string): Promise<number> {
  if (!slots.length) return 0;
  const slotsJson = JSON.stringify(
    slots.map((s) => ({ starts_at: s.startsAt.toISOString(), ends_at: s.endsAt.toISOString() })),
  );
  const created = await rows(em, INSERT_OPENINGS, { slots: slotsJson, ...(community ? { community } : {}) });
  return created.length;
}

/** The slots that are no statutory holiday, or a holiday confirmed to open (YYYY-MM-DD). */
export function workingSlots(slots: Slot[], openOnHolidays: string[] = []): Slot[] {
  const holidays = holidaysOf(slots);
  const confirmed = new Set(openOnHolidays);
  return slots.filter((s) => {
    const date = shanghaiDate(s.startsAt);
    return !holidays.has(date) || confirmed.has(date);
  });
}

/** The corner's calendar of openings (the console's 开放日). */
export const OpeningsService = {
  /** The openings starting in a month (YYYY-MM, Shanghai), closed ones included. */
  async calendar(ctx: Context, month: string): Promise<CalendarOpening[]> {
    requireStaff(ctx);
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw badInput('month is YYYY-MM', { month: ['format'] });
    const { from, to } = monthRange(month);
    const openings = await ctx.em.find(
      Opening,
      { startsAt: { $gte: from, $lt: to } },
      { orderBy: { startsAt: 'asc' } },
    );
    const batch = openings.map((o) => o.id);
    return openings.map((opening) => ({ opening, batch }));
  },

  /** The statutory holidays a pattern falls on, for the secretary to confirm before generating it. */
  check(ctx: Context, pattern: OpeningPatternInput): PatternCheck {
    requireSecretary(ctx);
    checkTimes(pattern.startTime, pattern.endTime);
    const slots = patternSlots(pattern);
    const knownThrough = holidaysKnownThrough();
    return {
      holidays: [...holidaysOf(slots).values()],
      knownThrough,
      unchecked: slots.filter((s) => shanghaiDate(s.startsAt) > knownThrough).length,
    };
  },

  /**
   * Adds a weekly pattern's openings for the next weeks; openings already there are left alone,
   * and so are statutory holidays unless the secretary confirmed them (`openOnHolidays`).
   */
  async generate(ctx: Context, pattern: OpeningPatternInput): Promise<GeneratedOpenings> {
    requireSecretary(ctx);
    checkTimes(pattern.startTime, pattern.endTime);
    const all = patternSlots(pattern);
    const slots = workingSlots(all, pattern.openOnHolidays);
    const created = await insertOpenings(ctx.em, slots);
    return { created, skipped: slots.length - created, holidaysSkipped: all.length - slots.length };
  },

  /** One extra opening (a special day). */
  async add(ctx: Context, input: OneOffOpeningInput): Promise<Opening> {
    requireSecretary(ctx);
    checkTimes(input.startTime, input.endTime);
    const slot = {
      startsAt: shanghaiInstant(input.date, input.startTime),
      endsAt: shanghaiInstant(input.date, input.endTime),
    };
    if (slot.endsAt <= new Date()) throw badInput('That time is over', { date: ['inPast'] });
    const created = await insertOpenings(ctx.em, [slot]);
    if (!created) {
      throw conflict('OPENING_EXISTS', 'The corner is already open at that time');
    }
    return ctx.em.findOneOrFail(Opening, { startsAt: slot.startsAt });
  },

  /**
   * Closes a future opening (a holiday). The modules holding residents in it (bookings) give
   * their places back in the same transaction, each told as "cancelled: corner closed". The
   * opening's row is locked first, so a booking made meanwhile either lands before (and is
   * counted and cancelled) or is refused after. More bookings than the person confirmed: nothing
   * happens (BOOKINGS_CHANGED).
   */
  async close(ctx: Context, input: CloseOpeningInput): Promise<ClosedOpening> {
    requireSecretary(ctx);
    const cancelled = await ctx.em.transactional(async (em) => {
      if (!(await row(em, CLOSE_OPENING, { id: input.openingId }))) return null;
      return openingClosing(em, input.openingId, input.confirmBookings);
    });
    const opening = await ctx.em.findOne(Opening, { id: input.openingId }, { refresh: true });
    if (!opening) throw notFound('Opening');
    if (cancelled === null) {
      // Closed already: nothing more to do. Started: too late, the residents are there.
      if (opening.cancelled) return { opening, cancelledBookings: 0 };
      throw conflict('OPENING_STARTED', 'The opening has started');
    }
    return { opening, cancelledBookings: cancelled };
  },

  /**
   * Opens a closed opening again. The bookings cancelled by closing stay cancelled (their
   * residents were told); the places are free to book again.
   */
  async reopen(ctx: Context, openingId: string): Promise<Opening> {
    requireSecretary(ctx);
    const reopened = await row(ctx.em, REOPEN_OPENING, { id: openingId });
    const opening = await ctx.em.findOne(Opening, { id: openingId }, { refresh: true });
    if (!opening) throw notFound('Opening');
    if (reopened || !opening.cancelled) return opening;
    if (opening.endsAt <= new Date()) {
      throw conflict('OPENING_OVER', 'The opening is over');
    }
    throw conflict('OPENING_EXISTS', 'Another opening is at that time');
  },
};

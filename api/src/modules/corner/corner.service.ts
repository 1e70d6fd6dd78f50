import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, hasRole } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { isUniqueViolation } from '../../platform/database.js';
import { badInput, conflict, forbidden, notFound } from '../../platform/errors.js';
import { row, rows, run } from '../../platform/sql.js';
import { Community } from '../community/index.js';
import { Desk, Offering, Opening } from './corner.entity.js';
import { offeringHolders } from './corner.ports.js';
import { INSERT_OFFERING, LOCK_DESK, LOCK_OFFERING, SHARE_OPEN_OPENING, UPDATE_OFFERING } from './corner.sql.js';
import type {
  CornerStatus,
  DeskInput,
  DeskView,
  OfferingInput,
  UpdateDeskInput,
  UpdateOfferingInput,
} from './corner.types.js';

/** Setting the corner up is for the council's secretary and admins; every staff member may read it. */
export function requireSecretary(ctx: Context): string {
  if (!hasRole(ctx.principal, Role.SECRETARY)) {
    throw forbidden('Only the secretary or an admin can set up the service corner');
  }
  return ctx.principal.communityId!;
}

export function requireStaff(ctx: Context): string {
  if (!hasRole(ctx.principal, Role.STAFF)) throw forbidden();
  return ctx.principal.communityId!;
}

/** A letter already used by another of the community's offerings (the unique constraint said so). */
function letterTaken(err: unknown, letter: string): never {
  if (isUniqueViolation(err)) {
    throw conflict('LETTER_TAKEN', `Letter ${letter} is already another offering's line`);
  }
  throw err;
}

function deskNameTaken(err: unknown, name: string): never {
  if (isUniqueViolation(err)) {
    throw conflict('DESK_NAME_TAKEN', `There is already a desk called ${name}`);
  }
  throw err;
}

/** An offering's fields as the form gives them: the letter in capitals, names trimmed. */
function offeringFields(input: OfferingInput) {
  return {
    letter: input.letter.toUpperCase(),
    name: input.name.trim(),
    provider: input.provider.trim(),
    typicalMinutes: input.typicalMinutes,
    bookingCapacity: input.bookingCapacity,
  };
}

function toDeskView(desk: Desk): DeskView {
  return {
    id: desk.id,
    name: desk.name,
    active: desk.active,
    offeringIds: desk.offerings
      .getItems()
      .sort((a, b) => a.letter.localeCompare(b.letter))
      .map((o) => o.id),
  };
}

export const CornerService = {
  // ---- what residents and other modules read ----

  /** The active offerings, by letter (what the kiosk shows). */
  activeOfferings(ctx: Context): Promise<Offering[]> {
    return ctx.em.find(Offering, { active: true }, { orderBy: { letter: 'asc' } });
  },

  /** One of the community's offerings (only an active one, with `active`); undefined: none. */
  async offering(ctx: Context, id: string, { active = false } = {}): Promise<Offering | null> {
    return ctx.em.findOne(Offering, active ? { id, active: true } : { id });
  },

  /** The community's offerings with these ids (those that exist). */
  offerings(ctx: Context, ids: string[]): Promise<Offering[]> {
    return ids.length ? ctx.em.find(Offering, { id: { $in: ids } }) : Promise.resolve([]);
  },

  /** The opening open now, else the next one that is not cancelled. */
  async status(ctx: Context, at = new Date()): Promise<CornerStatus> {
    const opening = await ctx.em.findOne(
      Opening,
      { cancelled: false, endsAt: { $gt: at } },
      { orderBy: { startsAt: 'asc' } },
    );
    return { open: !!opening && opening.startsAt <= at, opening };
  },

  /** One of the community's openings (not a closed one, with `open`). */
  opening(ctx: Context, id: string, { open = false } = {}): Promise<Opening | null> {
    return ctx.em.findOne(Opening, open ? { id, cancelled: false } : { id });
  },

  /** The community's openings with these ids (those that exist). */
  openings(ctx: Context, ids: string[]): Promise<Opening[]> {
    return ids.length ? ctx.em.find(Opening, { id: { $in: ids } }) : Promise.resolve([]);
  },

  /** The next `limit` openings that have not started and are not closed. */
  upcomingOpenings(ctx: Context, limit: number): Promise<Opening[]> {
    return ctx.em.find(
      Opening,
      { cancelled: false, startsAt: { $gt: new Date() } },
      { orderBy: { startsAt: 'asc' }, limit },
    );
  },

  /**
   * Share-locks an opening that is not closed until the caller's transaction ends (closing it
   * waits, or the caller is told it is closed): false when it is closed or not the community's.
   */
  async holdOpenOpening(em: EntityManager, openingId: string): Promise<boolean> {
    return !!(await row(em, SHARE_OPEN_OPENING, { id: openingId }));
  },

  /** Locks an active desk for the caller's transaction (two tabs of one desk take turns). */
  lockDesk(em: EntityManager, deskId: string): Promise<{ id: string; name: string } | undefined> {
    return row(em, LOCK_DESK, { id: deskId });
  },

  // ---- set-up (console) ----

  /** Every offering, active ones first, by letter. */
  allOfferings(ctx: Context): Promise<Offering[]> {
    requireStaff(ctx);
    return ctx.em.find(Offering, {}, { orderBy: { active: 'desc', letter: 'asc' } });
  },

  async createOffering(ctx: Context, input: OfferingInput): Promise<Offering> {
    requireSecretary(ctx);
    const letter = input.letter.toUpperCase();
    const [created] = await rows(ctx.em, INSERT_OFFERING, offeringFields(input)).catch((err: unknown) =>
      letterTaken(err, letter),
    );
    return ctx.em.findOneOrFail(Offering, { id: created.id });
  },

  /**
   * Edits an offering. Its letter is every ticket's prefix, so it changes only while nobody holds
   * a ticket of its line (a code on a slip and on the screen must not change under the resident).
   * A lower capacity keeps the bookings already made; only new ones see it.
   */
  async updateOffering(ctx: Context, input: UpdateOfferingInput): Promise<Offering> {
    requireSecretary(ctx);
    const letter = input.letter.toUpperCase();
    await ctx.em.transactional(async (em) => {
      const current = await row(em, LOCK_OFFERING, { id: input.id });
      if (!current) throw notFound('Offering');
      if (current.letter !== letter && (await offeringHolders(em, input.id, true)) > 0) {
        throw conflict('OFFERING_IN_USE', 'The letter cannot change while the line has open tickets');
      }
      await run(em, UPDATE_OFFERING, { id: input.id, ...offeringFields(input) }).catch((err: unknown) =>
        letterTaken(err, letter),
      );
    });
    return ctx.em.findOneOrFail(Offering, { id: input.id }, { refresh: true });
  },

  /**
   * Takes an offering off the kiosk (or back). Offerings are never deleted: their tickets and
   * bookings keep pointing at them. Not while residents are in its line or hold bookings for it:
   * those would disappear from the desks and the kiosk.
   */
  async setOfferingActive(ctx: Context, id: string, active: boolean): Promise<Offering> {
    requireSecretary(ctx);
    const offering = await ctx.em.findOne(Offering, { id });
    if (!offering) throw notFound('Offering');
    if (!active) {
      const holding = await offeringHolders(ctx.em, id);
      if (holding > 0) {
        throw conflict('OFFERING_IN_USE', 'Residents are in this line or have booked it', { count: holding });
      }
    }
    offering.active = active;
    await ctx.em.flush();
    return offering;
  },

  // ---- desks ----

  async desks(ctx: Context, includeInactive: boolean): Promise<DeskView[]> {
    requireStaff(ctx);
    const desks = await ctx.em.find(Desk, includeInactive ? {} : { active: true }, {
      populate: ['offerings'],
      orderBy: { active: 'desc', name: 'asc' },
    });
    return desks.map(toDeskView);
  },

  async createDesk(ctx: Context, input: DeskInput): Promise<DeskView> {
    const communityId = requireSecretary(ctx);
    const name = input.name.trim();
    if (!name) throw badInput('A desk needs a name', { name: ['isNotEmpty'] });
    const offerings = await offeringsById(ctx, input.offeringIds);
    const desk = ctx.em.create(Desk, {
      community: ctx.em.getReference(Community, communityId),
      name,
      active: true,
    } as Desk);
    desk.offerings.set(offerings);
    await ctx.em.flush().catch((err: unknown) => deskNameTaken(err, name));
    return toDeskView(desk);
  },

  /**
   * Renames, re-assigns or (de)activates a desk. Tickets keep the name they were called to
   * (what the screen announced); a deactivated desk can still finish its open ticket.
   */
  async updateDesk(ctx: Context, input: UpdateDeskInput): Promise<DeskView> {
    requireSecretary(ctx);
    const name = input.name.trim();
    if (!name) throw badInput('A desk needs a name', { name: ['isNotEmpty'] });
    const desk = await ctx.em.findOne(Desk, { id: input.id }, { populate: ['offerings'] });
    if (!desk) throw notFound('Desk');
    const offerings = await offeringsById(ctx, input.offeringIds);
    desk.name = name;
    desk.active = input.active;
    desk.offerings.set(offerings);
    await ctx.em.flush().catch((err: unknown) => deskNameTaken(err, name));
    return toDeskView(desk);
  },
};

/** The community's offerings with these ids; an id that is not one of them is not found. */
async function offeringsById(ctx: Context, ids: string[]): Promise<Offering[]> {
  if (!ids.length) return [];
  const offerings = await ctx.em.find(Offering, { id: { $in: ids } });
  if (offerings.length !== new Set(ids).size) throw notFound('Offering');
  return offerings;
}

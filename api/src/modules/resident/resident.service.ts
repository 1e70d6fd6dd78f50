import { LockMode, OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../platform/context.js';
import { isUniqueViolation } from '../../platform/database.js';
import { badInput, conflict, notFound } from '../../platform/errors.js';
import { publishIn } from '../../platform/pubsub.js';
import { row } from '../../platform/sql.js';
import { localDate } from '../../platform/time.js';
import { newCode } from '../../platform/tokens.js';
import { Audit, AuditAction } from '../audit/index.js';
import { Building } from '../community/index.js';
import { Resident } from './resident.entity.js';
import { residentLeaves } from './resident.ports.js';
import { ResidentReason } from './resident.reasons.js';
import type { ResidentEdit, ResidentInput, ResidentPage, ResidentRecord, ResidentsArgs } from './resident.types.js';
import { RESIDENT_SEARCH } from './resident.sql.js';
import { checkResident, type ResidentFields } from './rules.js';
import { searchParams } from './search.js';

/** What an erased resident's name becomes: the record stays, under its id, for history. */
export const ERASED_NAME = '已删除';

/** The community's buildings by number, with how many units each has. */
export async function buildingsByNumber(em: EntityManager): Promise<Map<number, Building>> {
  const all = await em.find(Building, {}, { orderBy: { number: 'asc' } });
  return new Map(all.map((b) => [b.number, b]));
}

/** Units of a building (单元). */
export const unitsOf = (b: Building): number => b.unitCount;

/** Checks a form's fields against the rules and the community's buildings; refuses field by field. */
async function clean(em: EntityManager, input: ResidentInput): Promise<{ fields: ResidentFields; building: Building }> {
  const buildings = await buildingsByNumber(em);
  const checked = checkResident(input, localDate(), (n) => {
    const b = buildings.get(n);
    return b ? unitsOf(b) : undefined;
  });
  if ('problems' in checked) {
    throw badInput('Some fields are not valid', checked.problems as Record<string, string[]>);
  }
  return { fields: checked.fields, building: buildings.get(checked.fields.building)! };
}

function assign(r: Resident, fields: ResidentFields, building: Building): string[] {
  const changed: string[] = [];
  const set = <K extends keyof Resident>(key: K, value: Resident[K]) => {
    if (r[key] !== value) {
      r[key] = value;
      changed.push(key as string);
    }
  };
  if (r.building?.id !== building.id) {
    r.building = building;
    changed.push('building');
  }
  set('unit', fields.unit);
  set('room', fields.room);
  set('name', fields.name);
  set('phone', fields.phone);
  set('phone2', fields.phone2);
  set('birthDate', fields.birthDate);
  set('livesAlone', fields.livesAlone);
  set('limitedMobility', fields.limitedMobility);
  set('notes', fields.notes);
  return changed;
}

/** Runs `work` in a transaction, as the caller; a unique phone or a stale version becomes its reason. */
async function write<T>(ctx: Context, work: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await ctx.em.transactional(work);
  } catch (err) {
    if (isUniqueViolation(err) && String((err as { constraint?: string }).constraint).includes('phone')) {
      throw conflict(ResidentReason.PHONE_TAKEN, 'Another resident of this community has this phone number', {
        fields: { phone: [ResidentReason.PHONE_TAKEN] },
      });
    }
    if (err instanceof OptimisticLockError) throw changedError();
    throw err;
  }
}

const changedError = () =>
  conflict(ResidentReason.RESIDENT_CHANGED, 'Someone else changed this resident: reload to see their change');

/** The resident, locked for this transaction, at the version the caller saw. */
async function current(em: EntityManager, id: string, version?: number): Promise<Resident> {
  const r = await em.findOne(Resident, { id }, { populate: ['building'], lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!r) throw notFound('Resident');
  if (version !== undefined && r.version !== version) throw changedError();
  return r;
}

function live(r: Resident): Resident {
  if (r.movedAwayAt || r.erasedAt) throw conflict(ResidentReason.RESIDENT_GONE, 'The resident has moved away');
  return r;
}

export const ResidentService = {
  /**
   * The residents page: one search box (see `search.ts`) and filters, in household order
   * (building number, unit, room, name), a page and the total. Two statements whatever the page's
   * size: the search (ids and total, resident.sql.ts), then those residents with their buildings.
   */
  async list(ctx: Context, args: ResidentsArgs): Promise<ResidentPage> {
    const params = searchParams(args, localDate());
    if (!params) return { items: [], total: 0 };
    const { total, ids } = (await row(ctx.em, RESIDENT_SEARCH, params))!;
    if (!ids.length) return { items: [], total };
    const found = await ctx.em.find(Resident, { id: { $in: ids } }, { populate: ['building'] });
    const byId = new Map(found.map((r) => [r.id, r]));
    return { items: ids.map((id) => byId.get(id)).filter((r): r is Resident => !!r), total };
  },

  /** Everyone living in a household (户: building, unit, room), by name. */
  async household(ctx: Context, buildingId: string, unit: number, room: string): Promise<Resident[]> {
    const page = await ResidentService.list(ctx, { buildingId, unit, room, movedAway: false, offset: 0, limit: 100 });
    return page.items;
  },

  /** One resident's whole record; the read is written to the audit log. */
  async record(ctx: Context, id: string): Promise<ResidentRecord> {
    return ctx.em.transactional(async (em) => {
      const r = await em.findOne(Resident, { id }, { populate: ['building'] });
      if (!r) throw notFound('Resident');
      await Audit.record(ctx, em, { action: AuditAction.RESIDENT_VIEWED, residentId: r.id });
      return recordOf(r);
    });
  },

  async create(ctx: Context, input: ResidentInput): Promise<Resident> {
    return write(ctx, async (em) => {
      const { fields, building } = await clean(em, input);
      const r = em.create(Resident, { community: ctx.principal.communityId!, cardCode: null } as unknown as Resident);
      assign(r, fields, building);
      await em.flush();
      await Audit.record(ctx, em, { action: AuditAction.RESIDENT_CREATED, residentId: r.id });
      await publishIn(em, 'RESIDENT_CHANGED', { communityId: ctx.principal.communityId!, residentId: r.id });
      return r;
    });
  },

  /** Edits (and moves: building, unit, room) a resident, from the version the editor saw. */
  async update(ctx: Context, id: string, input: ResidentEdit): Promise<Resident> {
    return write(ctx, async (em) => {
      const r = live(await current(em, id, input.version));
      const { fields, building } = await clean(em, input);
      const changed = assign(r, fields, building);
      if (!changed.length) return r;
      await em.flush();
      await Audit.record(ctx, em, { action: AuditAction.RESIDENT_EDITED, residentId: r.id, detail: { changed } });
      await publishIn(em, 'RESIDENT_CHANGED', { communityId: ctx.principal.communityId!, residentId: r.id });
      return r;
    });
  },

  /** Moved away: kept for history, off the lists, signed out everywhere, no card, no PIN set-up. */
  async moveAway(ctx: Context, id: string, version: number): Promise<Resident> {
    return write(ctx, async (em) => {
      const r = live(await current(em, id, version));
      r.movedAwayAt = new Date();
      r.cardCode = null;
      r.pinSetupHash = null;
      r.pinSetupExpiresAt = null;
      await em.flush();
      await residentLeaves(em, r.id);
      await Audit.record(ctx, em, { action: AuditAction.RESIDENT_MOVED_AWAY, residentId: r.id });
      await publishIn(em, 'RESIDENT_CHANGED', { communityId: ctx.principal.communityId!, residentId: r.id });
      return r;
    });
  },

  /**
   * Erased on the resident's request (PIPL): every personal field is gone for good; what other
   * modules recorded (tickets, bookings, later points) stays under the anonymous id.
   */
  async erase(ctx: Context, id: string, version: number): Promise<Resident> {
    return write(ctx, async (em) => {
      const r = await current(em, id, version);
      if (r.erasedAt) return r;
      Object.assign(r, {
        name: ERASED_NAME,
        phone: null,
        phone2: null,
        birthDate: null,
        notes: null,
        livesAlone: false,
        limitedMobility: false,
        pinHash: null,
        pinFailures: 0,
        pinLockedUntil: null,
        pinSetupHash: null,
        pinSetupExpiresAt: null,
        cardCode: null,
        movedAwayAt: r.movedAwayAt ?? new Date(),
        erasedAt: new Date(),
      });
      await em.flush();
      await residentLeaves(em, r.id);
      await Audit.record(ctx, em, { action: AuditAction.RESIDENT_ERASED, residentId: r.id });
      await publishIn(em, 'RESIDENT_CHANGED', { communityId: ctx.principal.communityId!, residentId: r.id });
      return r;
    });
  },

  /** Issues a card, or replaces the one the resident has: the old code stops working at once. */
  async issueCard(ctx: Context, id: string): Promise<ResidentRecord> {
    return write(ctx, async (em) => {
      const r = live(await current(em, id));
      const replaced = r.cardCode !== null;
      r.cardCode = newCode(12);
      await em.flush();
      await Audit.record(ctx, em, { action: AuditAction.CARD_ISSUED, residentId: r.id, detail: { replaced } });
      return recordOf(r);
    });
  },

  async revokeCard(ctx: Context, id: string): Promise<ResidentRecord> {
    return write(ctx, async (em) => {
      const r = await current(em, id);
      if (r.cardCode !== null) {
        r.cardCode = null;
        await em.flush();
        await Audit.record(ctx, em, { action: AuditAction.CARD_REVOKED, residentId: r.id });
      }
      return recordOf(r);
    });
  },
};

export function recordOf(r: Resident): ResidentRecord {
  return {
    resident: r,
    phone: r.phone,
    phone2: r.phone2,
    birthDate: r.birthDate,
    notes: r.notes,
    cardCode: r.cardCode,
    hasPin: r.pinHash !== null,
    pinLockedUntil: r.pinLockedUntil && r.pinLockedUntil > new Date() ? r.pinLockedUntil : null,
    pinSetupExpiresAt: r.pinSetupExpiresAt && r.pinSetupExpiresAt > new Date() ? r.pinSetupExpiresAt : null,
  };
}

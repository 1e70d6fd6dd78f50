import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, hasRole } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { badInput, conflict, forbidden, notFound } from '../../platform/errors.js';
import { Community } from '../community/index.js';
import {
  minutesOfDay,
  monthRange,
  patternSlots,
  shanghaiInstant,
  type SessionPattern,
  type Slot,
} from './corner-calendar.js';
import type {
  CalendarSession,
  CloseSessionInput,
  ClosedSession,
  CornerServiceInput,
  CounterInput,
  CounterView,
  GeneratedSessions,
  LineCapacityInput,
  OneOffSessionInput,
  SessionLine,
  UpdateCornerServiceInput,
  UpdateCounterInput,
} from './corner-setup.types.js';
import { CornerCounter, CornerService, CornerSession } from './service-corner.entity.js';
import { isUniqueViolation } from '../../platform/database.js';
import { LINE_CHANGED, OPEN_STATUSES, ServiceCornerService, ensureLine } from './service-corner.service.js';
import type { TicketView } from './service-corner.types.js';

type Row = Record<string, unknown>;

/** Setting the corner up is for the council's secretary and admins; every staff member may read it. */
function requireSecretary(ctx: Context): string {
  if (!hasRole(ctx.principal, Role.SECRETARY)) {
    throw forbidden('Only the secretary or an admin can set up the service corner');
  }
  return ctx.principal.communityId!;
}

function requireStaff(ctx: Context): string {
  if (!hasRole(ctx.principal, Role.STAFF)) throw forbidden();
  return ctx.principal.communityId!;
}

/** A letter already used by another of the community's services (the unique constraint said so). */
function letterTaken(err: unknown, letter: string): never {
  if (isUniqueViolation(err)) {
    throw conflict('LETTER_TAKEN', `Letter ${letter} is already another service's line`);
  }
  throw err;
}

function counterNameTaken(err: unknown, name: string): never {
  if (isUniqueViolation(err)) {
    throw conflict('COUNTER_NAME_TAKEN', `There is already a counter called ${name}`);
  }
  throw err;
}

function checkTimes(startTime: string, endTime: string): void {
  if (minutesOfDay(endTime) <= minutesOfDay(startTime)) {
    throw badInput('The session must end after it starts', { endTime: ['afterStart'] });
  }
}

/**
 * Adds the openings to the calendar, each unless one already starts at that time or overlaps
 * it (closed days included: a holiday stays closed). The unique (community, starts_at) makes a
 * concurrent run of the same pattern insert nothing twice. Returns how many were new.
 * The console's "generate" and the demo seed both come through here.
 */
export async function insertSessions(em: EntityManager, communityId: string, slots: Slot[]): Promise<number> {
  if (!slots.length) return 0;
  const rows = await em.getConnection().execute<Row[]>(
    `INSERT INTO corner_session (id, community_id, starts_at, ends_at, cancelled)
     SELECT gen_random_uuid(), ?, s.starts_at, s.ends_at, false
       FROM json_to_recordset(?::json) AS s(starts_at timestamptz, ends_at timestamptz)
      WHERE NOT EXISTS (
        SELECT 1 FROM corner_session o
         WHERE o.community_id = ? AND o.starts_at < s.ends_at AND o.ends_at > s.starts_at)
     ON CONFLICT (community_id, starts_at) DO NOTHING
     RETURNING id`,
    [
      communityId,
      JSON.stringify(slots.map((s) => ({ starts_at: s.startsAt.toISOString(), ends_at: s.endsAt.toISOString() }))),
      communityId,
    ],
    'all',
    em.getTransactionContext(),
  );
  return rows.length;
}

/** Generates a weekly pattern's sessions for a community (the demo seed's entry point). */
export function generateSessions(
  em: EntityManager,
  communityId: string,
  pattern: SessionPattern,
  from = new Date(),
): Promise<number> {
  return insertSessions(em, communityId, patternSlots(pattern, from));
}

function toCounterView(c: CornerCounter): CounterView {
  return {
    id: c.id,
    name: c.name,
    active: c.active,
    serviceIds: c.services
      .getItems()
      .sort((a, b) => a.letter.localeCompare(b.letter))
      .map((s) => s.id),
  };
}

export const CornerSetupService = {
  // ---- services ----

  /** Every service, active ones first, by letter. */
  services(ctx: Context): Promise<CornerService[]> {
    requireStaff(ctx);
    return ctx.em.find(CornerService, {}, { orderBy: { active: 'desc', letter: 'asc' } });
  },

  async createService(ctx: Context, input: CornerServiceInput): Promise<CornerService> {
    const communityId = requireSecretary(ctx);
    const letter = input.letter.toUpperCase();
    const [row] = await ctx.em
      .getConnection()
      .execute<Row[]>(
        `INSERT INTO corner_service (id, community_id, letter, name, provider, typical_minutes, booking_capacity, active)
         VALUES (gen_random_uuid(), ?, ?, ?, ?, ?, ?, true) RETURNING id`,
        [communityId, letter, input.name.trim(), input.provider.trim(), input.typicalMinutes, input.bookingCapacity],
      )
      .catch((err: unknown) => letterTaken(err, letter));
    return ctx.em.findOneOrFail(CornerService, { id: row.id as string });
  },

  /**
   * Edits a service. Its letter is every ticket's prefix, so it changes only while the line has
   * no open ticket (a code on a slip and on the screen must not change under the resident).
   * A lower capacity keeps the bookings already made; only new ones see it.
   */
  async updateService(ctx: Context, input: UpdateCornerServiceInput): Promise<CornerService> {
    const communityId = requireSecretary(ctx);
    const letter = input.letter.toUpperCase();
    const [row] = await ctx.em
      .getConnection()
      .execute<Row[]>(
        `UPDATE corner_service s
            SET letter = ?, name = ?, provider = ?, typical_minutes = ?, booking_capacity = ?
          WHERE s.id = ? AND s.community_id = ?
            AND (s.letter = ? OR NOT EXISTS (
              SELECT 1 FROM ticket t JOIN queue_line l ON l.id = t.line_id
               WHERE l.service_id = s.id AND t.status IN ${OPEN_STATUSES}))
          RETURNING s.id`,
        [
          letter,
          input.name.trim(),
          input.provider.trim(),
          input.typicalMinutes,
          input.bookingCapacity,
          input.id,
          communityId,
          letter,
        ],
      )
      .catch((err: unknown) => letterTaken(err, letter));
    if (!row) {
      const exists = await ctx.em.count(CornerService, { id: input.id });
      if (!exists) throw notFound('Service');
      throw conflict('SERVICE_IN_USE', 'The letter cannot change while the line has open tickets');
    }
    return ctx.em.findOneOrFail(CornerService, { id: input.id }, { refresh: true });
  },

  /**
   * Takes a service off the kiosk (or back). Services are never deleted: their tickets and
   * bookings keep pointing at them. Not while residents are in its line or hold bookings for it:
   * those would disappear from the counters and the kiosk.
   */
  async setServiceActive(ctx: Context, id: string, active: boolean): Promise<CornerService> {
    requireSecretary(ctx);
    const service = await ctx.em.findOne(CornerService, { id });
    if (!service) throw notFound('Service');
    if (!active) {
      const [busy] = await ctx.em.getConnection().execute<Row[]>(
        `SELECT (SELECT count(*) FROM ticket t JOIN queue_line l ON l.id = t.line_id
                  WHERE l.service_id = ? AND t.status IN ${OPEN_STATUSES})::int
              + (SELECT count(*) FROM booking b JOIN queue_line l ON l.id = b.line_id
                   JOIN corner_session o ON o.id = l.session_id
                  WHERE l.service_id = ? AND b.status = 'BOOKED' AND o.ends_at > now())::int AS n`,
        [id, id],
      );
      if (Number(busy.n) > 0) {
        throw conflict('SERVICE_IN_USE', 'Residents are in this line or have booked it', { count: Number(busy.n) });
      }
    }
    service.active = active;
    await ctx.em.flush();
    return service;
  },

  // ---- sessions ----

  /** The sessions starting in a month (YYYY-MM, Shanghai), closed ones included, with their bookings. */
  async calendar(ctx: Context, month: string): Promise<CalendarSession[]> {
    requireStaff(ctx);
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw badInput('month is YYYY-MM', { month: ['format'] });
    const { from, to } = monthRange(month);
    const sessions = await ctx.em.find(
      CornerSession,
      { startsAt: { $gte: from, $lt: to } },
      { orderBy: { startsAt: 'asc' } },
    );
    if (!sessions.length) return [];
    const counts = await ctx.em.getConnection().execute<Row[]>(
      `SELECT l.session_id, count(*)::int AS n FROM booking b JOIN queue_line l ON l.id = b.line_id
        WHERE l.session_id IN (?) AND b.status = 'BOOKED' GROUP BY l.session_id`,
      [sessions.map((s) => s.id)],
    );
    const bySession = new Map(counts.map((c) => [c.session_id as string, Number(c.n)]));
    return sessions.map((session) => ({ session, bookings: bySession.get(session.id) ?? 0 }));
  },

  /** Every active service's places in one session. */
  async sessionLines(ctx: Context, sessionId: string): Promise<SessionLine[]> {
    requireStaff(ctx);
    const session = await ctx.em.findOne(CornerSession, { id: sessionId });
    if (!session) throw notFound('Session');
    const [services, lines] = await Promise.all([
      ctx.em.find(CornerService, { active: true }, { orderBy: { letter: 'asc' } }),
      ctx.em
        .getConnection()
        .execute<Row[]>('SELECT service_id, booked, capacity FROM queue_line WHERE session_id = ?', [session.id]),
    ]);
    const byService = new Map(lines.map((l) => [l.service_id as string, l]));
    return services.map((service) => {
      const line = byService.get(service.id);
      const override = line?.capacity == null ? null : Number(line.capacity);
      return {
        service,
        booked: line ? Number(line.booked) : 0,
        capacity: override ?? service.bookingCapacity,
        capacityOverride: override,
      };
    });
  },

  /** Adds a weekly pattern's openings for the next weeks; sessions already there are left alone. */
  async generateSessions(ctx: Context, pattern: SessionPattern): Promise<GeneratedSessions> {
    const communityId = requireSecretary(ctx);
    checkTimes(pattern.startTime, pattern.endTime);
    const slots = patternSlots(pattern);
    const created = await insertSessions(ctx.em, communityId, slots);
    return { created, skipped: slots.length - created };
  },

  /** One extra opening (a special day). */
  async addSession(ctx: Context, input: OneOffSessionInput): Promise<CornerSession> {
    const communityId = requireSecretary(ctx);
    checkTimes(input.startTime, input.endTime);
    const slot = {
      startsAt: shanghaiInstant(input.date, input.startTime),
      endsAt: shanghaiInstant(input.date, input.endTime),
    };
    if (slot.endsAt <= new Date()) throw badInput('That time is over', { date: ['inPast'] });
    const created = await insertSessions(ctx.em, communityId, [slot]);
    if (!created) {
      throw conflict('SESSION_EXISTS', 'The corner already has a session at that time');
    }
    return ctx.em.findOneOrFail(CornerSession, { startsAt: slot.startsAt });
  },

  /**
   * Closes a future session (a holiday). Its bookings are cancelled in the same transaction, their
   * places given back, and each shows to its resident as "cancelled: corner closed". The session
   * row is locked first, so a booking made meanwhile either lands before (and is counted and
   * cancelled) or is refused after. More bookings than the person confirmed: nothing happens.
   */
  async closeSession(ctx: Context, input: CloseSessionInput): Promise<ClosedSession> {
    const communityId = requireSecretary(ctx);
    const cancelled = await ctx.em.transactional(async (em) => {
      const conn = em.getConnection();
      const tx = em.getTransactionContext();
      const [closed] = await conn.execute<Row[]>(
        `UPDATE corner_session SET cancelled = true
          WHERE id = ? AND community_id = ? AND NOT cancelled AND starts_at > now() RETURNING id`,
        [input.sessionId, communityId],
        'all',
        tx,
      );
      if (!closed) return null;
      const [held] = await conn.execute<Row[]>(
        `SELECT count(*)::int AS n FROM booking b JOIN queue_line l ON l.id = b.line_id
          WHERE l.session_id = ? AND b.status = 'BOOKED'`,
        [input.sessionId],
        'all',
        tx,
      );
      if (Number(held.n) > input.confirmBookings) {
        throw conflict('BOOKINGS_CHANGED', 'The session has more bookings than you confirmed', {
          count: Number(held.n),
        });
      }
      // Each booking leaves BOOKED once (row-locked), and its line gives back exactly its places.
      const [freed] = await conn.execute<Row[]>(
        `WITH c AS (
           UPDATE booking b SET status = 'CANCELLED', cancel_reason = 'CORNER_CLOSED'
             FROM queue_line l
            WHERE l.id = b.line_id AND l.session_id = ? AND b.status = 'BOOKED'
            RETURNING b.line_id),
         n AS (SELECT line_id, count(*)::int AS n FROM c GROUP BY line_id),
         l AS (
           UPDATE queue_line l SET booked = l.booked - n.n, version = l.version + 1
             FROM n WHERE l.id = n.line_id
           RETURNING n.n, l.community_id, l.session_id, l.service_id, l.version),
         ev AS (SELECT ${LINE_CHANGED()} FROM l)
         SELECT coalesce(sum(n), 0)::int AS n, (SELECT count(*) FROM ev) AS events FROM l`,
        [input.sessionId],
        'all',
        tx,
      );
      return Number(freed.n);
    });
    const session = await ctx.em.findOne(CornerSession, { id: input.sessionId }, { refresh: true });
    if (!session) throw notFound('Session');
    if (cancelled === null) {
      // Closed already: nothing more to do. Started: too late, the residents are there.
      if (session.cancelled) return { session, cancelledBookings: 0 };
      throw conflict('SESSION_STARTED', 'The session has started');
    }
    return { session, cancelledBookings: cancelled };
  },

  /**
   * Opens a closed session again. The bookings cancelled by closing stay cancelled (their
   * residents were told); the places are free to book again.
   */
  async reopenSession(ctx: Context, sessionId: string): Promise<CornerSession> {
    const communityId = requireSecretary(ctx);
    const [row] = await ctx.em.getConnection().execute<Row[]>(
      `UPDATE corner_session o SET cancelled = false
        WHERE o.id = ? AND o.community_id = ? AND o.cancelled AND o.ends_at > now()
          AND NOT EXISTS (
            SELECT 1 FROM corner_session x
             WHERE x.community_id = o.community_id AND x.id <> o.id AND NOT x.cancelled
               AND x.starts_at < o.ends_at AND x.ends_at > o.starts_at)
        RETURNING o.id`,
      [sessionId, communityId],
    );
    const session = await ctx.em.findOne(CornerSession, { id: sessionId }, { refresh: true });
    if (!session) throw notFound('Session');
    if (row || !session.cancelled) return session;
    if (session.endsAt <= new Date()) {
      throw conflict('SESSION_OVER', 'The session is over');
    }
    throw conflict('SESSION_EXISTS', 'Another session is open at that time');
  },

  /**
   * Sets (or, with null, clears) one session's places for a service. The line row's lock orders
   * it with bookings: the override never drops below the places already booked.
   */
  async setLineCapacity(ctx: Context, input: LineCapacityInput): Promise<SessionLine> {
    const communityId = requireSecretary(ctx);
    const [session, service] = await Promise.all([
      ctx.em.findOne(CornerSession, { id: input.sessionId }),
      ctx.em.findOne(CornerService, { id: input.serviceId }),
    ]);
    if (!session) throw notFound('Session');
    if (!service) throw notFound('Service');
    const line = await ctx.em.transactional(async (em) => {
      await ensureLine(em, communityId, session.id, service.id);
      const conn = em.getConnection();
      const tx = em.getTransactionContext();
      const [updated] = await conn.execute<Row[]>(
        `WITH l AS (
           UPDATE queue_line SET capacity = ?::int, version = version + 1
            WHERE session_id = ? AND service_id = ? AND (?::int IS NULL OR booked <= ?::int)
            RETURNING booked, capacity, community_id, session_id, service_id, version)
         SELECT booked, capacity, ${LINE_CHANGED()} FROM l`,
        [input.capacity, session.id, service.id, input.capacity, input.capacity],
        'all',
        tx,
      );
      if (updated) return updated;
      const [current] = await conn.execute<Row[]>(
        'SELECT booked FROM queue_line WHERE session_id = ? AND service_id = ?',
        [session.id, service.id],
        'all',
        tx,
      );
      throw conflict('CAPACITY_BELOW_BOOKED', 'More places are booked already', { count: Number(current.booked) });
    });
    const override = line.capacity == null ? null : Number(line.capacity);
    return {
      service,
      booked: Number(line.booked),
      capacity: override ?? service.bookingCapacity,
      capacityOverride: override,
    };
  },

  // ---- counters ----

  async counters(ctx: Context, includeInactive: boolean): Promise<CounterView[]> {
    requireStaff(ctx);
    const counters = await ctx.em.find(CornerCounter, includeInactive ? {} : { active: true }, {
      populate: ['services'],
      orderBy: { active: 'desc', name: 'asc' },
    });
    return counters.map(toCounterView);
  },

  async createCounter(ctx: Context, input: CounterInput): Promise<CounterView> {
    const communityId = requireSecretary(ctx);
    const name = input.name.trim();
    if (!name) throw badInput('A counter needs a name', { name: ['isNotEmpty'] });
    const services = await servicesById(ctx, input.serviceIds);
    const counter = ctx.em.create(CornerCounter, {
      community: ctx.em.getReference(Community, communityId),
      name,
      active: true,
    } as CornerCounter);
    counter.services.set(services);
    await ctx.em.flush().catch((err: unknown) => counterNameTaken(err, name));
    return toCounterView(counter);
  },

  /**
   * Renames, re-assigns or (de)activates a counter. Tickets keep the name they were called to
   * (what the screen announced); a deactivated counter can still finish its open ticket.
   */
  async updateCounter(ctx: Context, input: UpdateCounterInput): Promise<CounterView> {
    requireSecretary(ctx);
    const name = input.name.trim();
    if (!name) throw badInput('A counter needs a name', { name: ['isNotEmpty'] });
    const counter = await ctx.em.findOne(CornerCounter, { id: input.id }, { populate: ['services'] });
    if (!counter) throw notFound('Counter');
    const services = await servicesById(ctx, input.serviceIds);
    counter.name = name;
    counter.active = input.active;
    counter.services.set(services);
    await ctx.em.flush().catch((err: unknown) => counterNameTaken(err, name));
    return toCounterView(counter);
  },

  /** The ticket called to or being served at a counter, in any line or session (null: free). */
  async counterTicket(ctx: Context, counterId: string): Promise<TicketView | null> {
    const communityId = requireStaff(ctx);
    const [row] = await ctx.em
      .getConnection()
      .execute<Row[]>(
        `SELECT id FROM ticket WHERE counter_id = ? AND community_id = ? AND status IN ('CALLED', 'SERVING')`,
        [counterId, communityId],
      );
    return row ? ServiceCornerService.ticket(ctx, row.id as string) : null;
  },
};

/** The community's services with these ids; an id that is not one of them is not found. */
async function servicesById(ctx: Context, ids: string[]): Promise<CornerService[]> {
  if (!ids.length) return [];
  const services = await ctx.em.find(CornerService, { id: { $in: ids } });
  if (services.length !== new Set(ids).size) throw notFound('Service');
  return services;
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../platform/context.js';
import { AppError, ErrorCode, notFound } from '../../platform/errors.js';
import { CornerService, CornerSession, TicketStatus } from './service-corner.entity.js';
import type { CallNextInput, CornerStatus, TakeTicketInput, TicketView } from './service-corner.types.js';

type Row = Record<string, unknown>;

const OPEN_STATUSES = `('WAITING', 'CALLED', 'SERVING')`;

export const ServiceCornerService = {
  services(ctx: Context): Promise<CornerService[]> {
    return ctx.em.find(CornerService, { active: true }, { orderBy: { letter: 'asc' } });
  },

  /** The session open now, else the next one that is not cancelled. */
  async status(ctx: Context, at = new Date()): Promise<CornerStatus> {
    const session = await ctx.em.findOne(
      CornerSession,
      { cancelled: false, endsAt: { $gt: at } },
      { orderBy: { startsAt: 'asc' } },
    );
    return { open: !!session && session.startsAt <= at, session };
  },

  /**
   * A ticket for the signed-in resident in the service's line of the open session. The line's
   * counter row is incremented and the ticket inserted in one transaction: numbers are
   * consecutive and unique, a failed insert gives its number back, and the idempotency key
   * makes a retry or a double tap return the first ticket.
   */
  async takeTicket(ctx: Context, input: TakeTicketInput): Promise<TicketView> {
    const residentId = ctx.principal.resident!.id;
    const service = await ctx.em.findOne(CornerService, { id: input.serviceId, active: true });
    if (!service) throw notFound('Service');
    const existing = await ticketIdByKey(ctx.em, residentId, input.idempotencyKey);
    if (existing) return ServiceCornerService.ticket(ctx, existing);
    const { open, session } = await ServiceCornerService.status(ctx);
    if (!open || !session) {
      throw new AppError(ErrorCode.CONFLICT, 'The service corner is closed now', {
        reason: 'CORNER_CLOSED',
        opensAt: session?.startsAt.toISOString(),
      });
    }
    let ticketId: string;
    try {
      ticketId = await ctx.em.transactional(async (em) => {
        const conn = em.getConnection();
        const tx = em.getTransactionContext();
        await conn.execute(
          `INSERT INTO queue_line (id, community_id, session_id, service_id, last_number, version)
           VALUES (gen_random_uuid(), ?, ?, ?, 0, 0) ON CONFLICT (session_id, service_id) DO NOTHING`,
          [ctx.principal.communityId, session.id, service.id],
          'run',
          tx,
        );
        const [line] = await conn.execute<Row[]>(
          `UPDATE queue_line SET last_number = last_number + 1, version = version + 1
            WHERE session_id = ? AND service_id = ? RETURNING id, last_number`,
          [session.id, service.id],
          'all',
          tx,
        );
        const [ticket] = await conn.execute<Row[]>(
          `INSERT INTO ticket (id, community_id, line_id, resident_id, number, status, idempotency_key, created_at)
           VALUES (gen_random_uuid(), ?, ?, ?, ?, 'WAITING', ?, now()) RETURNING id`,
          [ctx.principal.communityId, line.id, residentId, line.last_number, input.idempotencyKey],
          'all',
          tx,
        );
        return ticket.id as string;
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // A parallel request with the same key won: answer with its ticket.
      const winner = await ticketIdByKey(ctx.em, residentId, input.idempotencyKey);
      if (winner) return ServiceCornerService.ticket(ctx, winner);
      throw new AppError(ErrorCode.CONFLICT, 'You already have a ticket in this line', { reason: 'ALREADY_IN_LINE' });
    }
    ctx.pubsub.publish('QUEUE_CHANGED', {
      communityId: ctx.principal.communityId!,
      sessionId: session.id,
      serviceId: service.id,
    });
    return ServiceCornerService.ticket(ctx, ticketId);
  },

  /**
   * Calls the lowest waiting number of a line. `FOR UPDATE SKIP LOCKED`: two counters calling
   * at once get two different tickets.
   */
  async callNext(ctx: Context, input: CallNextInput): Promise<TicketView | null> {
    const { open, session } = await ServiceCornerService.status(ctx);
    if (!open || !session) throw new AppError(ErrorCode.CONFLICT, 'No session is open', { reason: 'CORNER_CLOSED' });
    const service = await ctx.em.findOne(CornerService, { id: input.serviceId });
    if (!service) throw notFound('Service');
    const id = await ctx.em.transactional(async (em) => {
      const conn = em.getConnection();
      const tx = em.getTransactionContext();
      const [called] = await conn.execute<Row[]>(
        `WITH next AS (
           SELECT t.id FROM ticket t JOIN queue_line l ON l.id = t.line_id
            WHERE l.session_id = ? AND l.service_id = ? AND t.status = 'WAITING'
            ORDER BY t.number LIMIT 1 FOR UPDATE OF t SKIP LOCKED)
         UPDATE ticket t SET status = 'CALLED', called_at = now(), counter = ?
           FROM next WHERE t.id = next.id RETURNING t.id, t.line_id`,
        [session.id, service.id, input.counter.trim()],
        'all',
        tx,
      );
      if (!called) return null;
      await conn.execute('UPDATE queue_line SET version = version + 1 WHERE id = ?', [called.line_id], 'run', tx);
      return called.id as string;
    });
    if (!id) return null;
    ctx.pubsub.publish('QUEUE_CHANGED', {
      communityId: ctx.principal.communityId!,
      sessionId: session.id,
      serviceId: service.id,
    });
    return ServiceCornerService.ticket(ctx, id);
  },

  /** The signed-in resident's open tickets in the current session. */
  async myTickets(ctx: Context): Promise<TicketView[]> {
    const rows = await ctx.em
      .getConnection()
      .execute<Row[]>(
        `SELECT id FROM ticket WHERE resident_id = ? AND status IN ${OPEN_STATUSES} ORDER BY created_at`,
        [ctx.principal.resident!.id],
      );
    return Promise.all(rows.map((r) => ServiceCornerService.ticket(ctx, r.id as string)));
  },

  /** A ticket with its place in line and the estimated wait. */
  async ticket(ctx: Context, id: string): Promise<TicketView> {
    const [row] = await ctx.em.getConnection().execute<Row[]>(
      `SELECT t.id, t.number, t.status, t.counter, t.created_at, t.called_at, l.service_id,
              (SELECT count(*) FROM ticket a WHERE a.line_id = t.line_id AND a.status = 'WAITING' AND a.number < t.number)::int AS ahead,
              (SELECT avg(extract(epoch FROM d.finished_at - d.called_at)) FROM (
                 SELECT finished_at, called_at FROM ticket WHERE line_id = t.line_id AND status = 'DONE'
                  ORDER BY finished_at DESC LIMIT 10) d) AS avg_seconds
         FROM ticket t JOIN queue_line l ON l.id = t.line_id
        WHERE t.id = ? AND t.community_id = ?`,
      [id, ctx.principal.communityId],
    );
    if (!row) throw notFound('Ticket');
    const service = await ctx.em.findOneOrFail(CornerService, { id: row.service_id as string });
    const status = row.status as TicketStatus;
    const ahead = status === TicketStatus.WAITING ? Number(row.ahead) : 0;
    const perVisit = row.avg_seconds ? Number(row.avg_seconds) / 60 : service.typicalMinutes;
    return {
      id: row.id as string,
      number: Number(row.number),
      code: `${service.letter}${String(row.number).padStart(3, '0')}`,
      status,
      service,
      ahead,
      estimatedWaitMinutes: Math.round(ahead * perVisit),
      counter: (row.counter as string | null) ?? null,
      createdAt: new Date(row.created_at as string),
      calledAt: row.called_at ? new Date(row.called_at as string) : null,
    };
  },
};

async function ticketIdByKey(em: EntityManager, residentId: string, key: string): Promise<string | null> {
  const [row] = await em
    .getConnection()
    .execute<Row[]>('SELECT id FROM ticket WHERE resident_id = ? AND idempotency_key = ?', [residentId, key]);
  return (row?.id as string | undefined) ?? null;
}

/** Raw statements surface PostgreSQL's own error (23505); entity flushes MikroORM's wrapper of it. */
function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === '23505';
}

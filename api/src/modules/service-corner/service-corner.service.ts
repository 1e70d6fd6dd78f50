import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../platform/context.js';
import { isUniqueViolation } from '../../platform/database.js';
import { conflict, notFound } from '../../platform/errors.js';
import { runPrepared } from '../../platform/prepared.js';
import { notifySql, publishIn } from '../../platform/pubsub.js';
import { QUEUE_CHANGED, type QueueEvent } from './service-corner.events.js';
import { CornerService, CornerSession, TicketStatus } from './service-corner.entity.js';
import type {
  CallNextInput,
  CornerStatus,
  QueueLineView,
  TakeTicketInput,
  TicketView,
} from './service-corner.types.js';
import { ticketCode, ticketCodeSql } from './ticket-code.js';

type Row = Record<string, unknown>;

/** A ticket still in its line (SQL, for `status IN …`). */
export const OPEN_STATUSES = `('WAITING', 'CALLED', 'SERVING')`;

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
    const communityId = ctx.principal.communityId!;
    let taken: Row | undefined;
    try {
      taken = await takeTicketStatement(ctx.em, communityId, residentId, input);
      // The first ticket of a line in a session: create the line, then take the number.
      if (taken?.open && !taken.existing && !taken.id) {
        await ensureLine(ctx.em, communityId, taken.session_id as string, input.serviceId);
        taken = await takeTicketStatement(ctx.em, communityId, residentId, input);
      }
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // A parallel request with the same key won: answer with its ticket.
      const winner = await ticketIdByKey(ctx.em, residentId, input.idempotencyKey);
      if (winner) return ServiceCornerService.ticket(ctx, winner);
      throw conflict('ALREADY_IN_LINE', 'You already have a ticket in this line');
    }
    if (!taken) throw notFound('Service');
    if (taken.existing) return ServiceCornerService.ticket(ctx, taken.existing as string);
    if (!taken.open) {
      throw conflict('CORNER_CLOSED', 'The service corner is closed now', {
        opensAt: taken.starts_at ? new Date(taken.starts_at as string).toISOString() : undefined,
      });
    }
    const service = serviceFromJson(taken.service as Record<string, unknown>);
    return toView(service, taken, Number(taken.ahead), waitMinutes(service, taken));
  },

  /**
   * Calls the lowest waiting number of a line to a counter. `FOR UPDATE SKIP LOCKED`: two
   * counters calling at once get two different tickets. A counter still with a called or served
   * ticket (in any line) may not call: its row lock orders two tabs of one counter, and a partial
   * unique index on the ticket's counter backs that up (COUNTER_BUSY either way).
   *
   * With `input.number`, calls that number of the line if it is waiting: of two counters calling
   * it at once, one gets it and the other TICKET_NOT_WAITING; a number not issued (or issued
   * after this call read the line) is TICKET_UNKNOWN.
   */
  async callNext(ctx: Context, input: CallNextInput): Promise<TicketView | null> {
    const { open, session } = await ServiceCornerService.status(ctx);
    if (!open || !session) throw conflict('CORNER_CLOSED', 'No session is open');
    const service = await ctx.em.findOne(CornerService, { id: input.serviceId });
    if (!service) throw notFound('Service');
    const id = await ctx.em.transactional(async (em) => {
      const conn = em.getConnection();
      const tx = em.getTransactionContext();
      const [counter] = await conn.execute<Row[]>(
        'SELECT id, name FROM corner_counter WHERE id = ? AND community_id = ? AND active FOR UPDATE',
        [input.counterId, ctx.principal.communityId],
        'all',
        tx,
      );
      if (!counter) throw notFound('Counter');
      // A statement after the lock: it sees what an earlier call from this counter committed.
      await counterMustBeFree(em, input.counterId, counter.name as string);
      const number = input.number ?? null;
      // A given number waits for a counter calling it at the same moment (no SKIP LOCKED): once
      // that one commits, the row is re-read, is no longer WAITING, and this call finds nothing.
      const next =
        number === null
          ? `SELECT t.id FROM ticket t JOIN queue_line l ON l.id = t.line_id
              WHERE l.session_id = ? AND l.service_id = ? AND t.status = 'WAITING'
              ORDER BY t.number LIMIT 1 FOR UPDATE OF t SKIP LOCKED`
          : `SELECT t.id FROM ticket t JOIN queue_line l ON l.id = t.line_id
              WHERE l.session_id = ? AND l.service_id = ? AND t.status = 'WAITING' AND t.number = ?
              FOR UPDATE OF t`;
      const [called] = await conn
        .execute<Row[]>(
          `WITH next AS (${next})
           UPDATE ticket t SET status = 'CALLED', called_at = now(), counter = ?, counter_id = ?
             FROM next WHERE t.id = next.id RETURNING t.id, t.line_id`,
          [session.id, service.id, ...(number === null ? [] : [number]), counter.name, counter.id],
          'all',
          tx,
        )
        .catch((err: unknown) => {
          if (!isUniqueViolation(err)) throw err;
          // ticket_one_open_per_counter: another call from this counter got there first.
          throw conflict('COUNTER_BUSY', `${String(counter.name)} is still with another ticket`);
        });
      if (!called && number !== null) await numberMustBeWaiting(em, session.id, service, number);
      if (!called) return null;
      await bumpLine(em, called.line_id as string);
      return called.id as string;
    });
    if (!id) return null;
    return ServiceCornerService.ticket(ctx, id);
  },

  /**
   * Moves a ticket from one of `from` to `to` (staff at a counter, or a resident cancelling
   * their own). A ticket in any other state is a CONFLICT: someone else moved it first.
   */
  async transition(
    ctx: Context,
    ticketId: string,
    from: TicketStatus[],
    to: TicketStatus,
    opts: { ownOnly?: boolean } = {},
  ): Promise<TicketView> {
    const set =
      to === TicketStatus.CALLED
        ? 'called_at = now()'
        : to === TicketStatus.SERVING
          ? 'called_at = coalesce(called_at, now())'
          : 'finished_at = now()';
    const own = opts.ownOnly ? 'AND resident_id = ?' : '';
    const ownParams = opts.ownOnly ? [ctx.principal.resident!.id] : [];
    const result = await ctx.em.transactional(async (em) => {
      const conn = em.getConnection();
      const tx = em.getTransactionContext();
      const [moved] = await conn.execute<Row[]>(
        `UPDATE ticket SET status = ?, ${set}
          WHERE id = ? AND community_id = ? AND status IN (?) ${own}
          RETURNING line_id`,
        [to, ticketId, ctx.principal.communityId, from, ...ownParams],
        'all',
        tx,
      );
      if (!moved) return null;
      return bumpLine(em, moved.line_id as string);
    });
    if (!result) {
      const [exists] = await ctx.em
        .getConnection()
        .execute<Row[]>(`SELECT status FROM ticket WHERE id = ? AND community_id = ? ${own}`, [
          ticketId,
          ctx.principal.communityId,
          ...ownParams,
        ]);
      if (!exists) throw notFound('Ticket');
      throw conflict('TICKET_STATE', `The ticket is ${String(exists.status).toLowerCase()} now`);
    }
    return ServiceCornerService.ticket(ctx, ticketId);
  },

  /**
   * Every active service's line in the open session (or one service's), with the tickets
   * being served and the next `next` waiting. A fixed number of statements, however long the
   * lines are.
   */
  async board(ctx: Context, serviceId: string | null, next: number): Promise<QueueLineView[]> {
    const { open, session } = await ServiceCornerService.status(ctx);
    const services = await ctx.em.find(CornerService, serviceId ? { id: serviceId, active: true } : { active: true }, {
      orderBy: { letter: 'asc' },
    });
    if (serviceId && !services.length) throw notFound('Service');
    const sessionId = open && session ? session.id : null;
    const empty = (service: CornerService): QueueLineView => ({
      service,
      sessionId,
      version: 0,
      nowServing: [],
      waiting: [],
      waitingCount: 0,
      servedCount: 0,
      noShowCount: 0,
      averageWaitMinutes: 0,
    });
    if (!sessionId || !services.length) return services.map(empty);
    const ids = services.map((x) => x.id);
    const conn = ctx.em.getConnection();
    const [lines, tickets] = await Promise.all([
      conn.execute<Row[]>(
        `SELECT l.service_id, l.version,
                count(t.id) FILTER (WHERE t.status = 'WAITING')::int AS waiting,
                count(t.id) FILTER (WHERE t.status = 'DONE')::int AS served,
                count(t.id) FILTER (WHERE t.status = 'NO_SHOW')::int AS no_show,
                avg(extract(epoch FROM t.called_at - t.created_at)) FILTER (WHERE t.called_at IS NOT NULL) AS avg_wait,
                avg(extract(epoch FROM t.finished_at - t.called_at)) FILTER (WHERE t.status = 'DONE') AS avg_visit
           FROM queue_line l LEFT JOIN ticket t ON t.line_id = l.id
          WHERE l.session_id = ? AND l.service_id IN (?)
          GROUP BY l.id`,
        [sessionId, ids],
      ),
      conn.execute<Row[]>(
        `SELECT * FROM (
           SELECT t.id, t.number, t.status, t.counter, t.created_at, t.called_at, l.service_id,
                  row_number() OVER (PARTITION BY t.line_id, t.status = 'WAITING' ORDER BY t.number) AS rank
             FROM ticket t JOIN queue_line l ON l.id = t.line_id
            WHERE l.session_id = ? AND l.service_id IN (?) AND t.status IN ${OPEN_STATUSES}) x
          WHERE x.status <> 'WAITING' OR x.rank <= ?
          ORDER BY x.called_at DESC NULLS LAST, x.number`,
        [sessionId, ids, next],
      ),
    ]);
    const byService = new Map(lines.map((l) => [l.service_id as string, l]));
    return services.map((service) => {
      const line = byService.get(service.id);
      if (!line) return empty(service);
      const perVisit = line.avg_visit ? Number(line.avg_visit) / 60 : service.typicalMinutes;
      const view = (t: Row): TicketView => {
        const ahead = t.status === TicketStatus.WAITING ? Number(t.rank) - 1 : 0;
        return toView(service, t, ahead, Math.round(ahead * perVisit));
      };
      const mine = tickets.filter((t) => t.service_id === service.id);
      return {
        service,
        sessionId,
        version: Number(line.version),
        nowServing: mine.filter((t) => t.status !== TicketStatus.WAITING).map(view),
        waiting: mine.filter((t) => t.status === TicketStatus.WAITING).map(view),
        waitingCount: Number(line.waiting),
        servedCount: Number(line.served),
        noShowCount: Number(line.no_show),
        averageWaitMinutes: line.avg_wait ? Math.round(Number(line.avg_wait) / 60) : 0,
      };
    });
  },

  /**
   * Moves a resident to another line (a counter found the other service is what they need):
   * the old ticket is cancelled and the new line's next number issued, in one transaction.
   * The new ticket takes over the old one's follow token (the QR code on the resident's paper
   * ticket and any phone following it now lead to the new number) and remembers where it came
   * from; the old ticket gets a fresh token first, as the token is unique.
   */
  async transfer(ctx: Context, ticketId: string, toServiceId: string): Promise<TicketView> {
    const communityId = ctx.principal.communityId!;
    const target = await ctx.em.findOne(CornerService, { id: toServiceId, active: true });
    if (!target) throw notFound('Service');
    const moved = await ctx.em.transactional(async (em) => {
      const conn = em.getConnection();
      const tx = em.getTransactionContext();
      // The row is locked first, so the token read here is the one the cancel below replaces.
      const [token] = await conn.execute<Row[]>(
        'SELECT follow_token FROM ticket WHERE id = ? AND community_id = ? FOR UPDATE',
        [ticketId, communityId],
        'all',
        tx,
      );
      if (!token) return null;
      const [old] = await conn.execute<Row[]>(
        `UPDATE ticket t SET status = 'CANCELLED', finished_at = now(),
                follow_token = replace(gen_random_uuid()::text, '-', '')
           FROM queue_line l
          WHERE t.id = ? AND t.community_id = ? AND l.id = t.line_id AND l.service_id <> ?
            AND t.status IN ${OPEN_STATUSES}
          RETURNING t.resident_id, l.id AS line_id, l.session_id, l.service_id`,
        [ticketId, communityId, target.id],
        'all',
        tx,
      );
      if (!old) return null;
      const oldLine = await bumpLine(em, old.line_id as string, { publish: false });
      const issued = await issueTicket(
        em,
        communityId,
        old.session_id as string,
        target.id,
        old.resident_id as string,
        `transfer:${ticketId}`,
      );
      // The old ticket holds its fresh token by now: the unique index lets the new one take the old.
      await conn.execute(
        'UPDATE ticket SET follow_token = ?, transferred_from_id = ? WHERE id = ?',
        [token.follow_token, ticketId, issued.ticketId],
        'run',
        tx,
      );
      // The old line's event says where the ticket went: a phone's subscription follows it there.
      await publishIn(em, QUEUE_CHANGED, {
        ...oldLine,
        moved: { ticketId, toTicketId: issued.ticketId, toServiceId: target.id },
      });
      return issued;
    });
    if (!moved) {
      const [row] = await ctx.em
        .getConnection()
        .execute<Row[]>('SELECT status FROM ticket WHERE id = ? AND community_id = ?', [ticketId, communityId]);
      if (!row) throw notFound('Ticket');
      throw conflict('TICKET_STATE', 'The ticket cannot move: it is finished, or already in that line');
    }
    return ServiceCornerService.ticket(ctx, moved.ticketId);
  },

  /** The signed-in resident's open tickets in the current session, in one statement. */
  myTickets(ctx: Context): Promise<TicketView[]> {
    return ticketViews(ctx, `t.resident_id = ? AND t.status IN ${OPEN_STATUSES}`, [ctx.principal.resident!.id]);
  },

  /** A ticket with its place in line and the estimated wait. */
  async ticket(ctx: Context, id: string): Promise<TicketView> {
    const [view] = await ServiceCornerService.tickets(ctx, [id]);
    if (!view) throw notFound('Ticket');
    return view;
  },

  /** The community's tickets with these ids (those that exist), oldest first, in one statement. */
  tickets(ctx: Context, ids: string[]): Promise<TicketView[]> {
    return ids.length ? ticketViews(ctx, 't.id IN (?)', [ids]) : Promise.resolve([]);
  },
};

/** The views of the community's tickets matching `where` (on `t`), oldest first. */
async function ticketViews(ctx: Context, where: string, params: unknown[]): Promise<TicketView[]> {
  const rows = await ctx.em.getConnection().execute<Row[]>(
    `SELECT t.id, t.number, t.status, t.counter, t.created_at, t.called_at, row_to_json(s) AS service,
            (SELECT count(*) FROM ticket a WHERE a.line_id = t.line_id AND a.status = 'WAITING' AND a.number < t.number)::int AS ahead,
            ${recentVisitSeconds('t.line_id')} AS avg_seconds
       FROM ticket t JOIN queue_line l ON l.id = t.line_id JOIN corner_service s ON s.id = l.service_id
      WHERE t.community_id = ? AND ${where}
      ORDER BY t.created_at`,
    [ctx.principal.communityId, ...params],
  );
  return rows.map((row) => {
    const service = serviceFromJson(row.service as Record<string, unknown>);
    const ahead = row.status === TicketStatus.WAITING ? Number(row.ahead) : 0;
    return toView(service, row, ahead, waitMinutes(service, { ...row, ahead }));
  });
}

/** COUNTER_BUSY, naming the ticket, when the counter has one called or being served. */
async function counterMustBeFree(em: EntityManager, counterId: string, name: string): Promise<void> {
  const [open] = await em.getConnection().execute<Row[]>(
    `SELECT ${ticketCodeSql('s.letter', 't.number')} AS code
       FROM ticket t JOIN queue_line l ON l.id = t.line_id JOIN corner_service s ON s.id = l.service_id
      WHERE t.counter_id = ? AND t.status IN ('CALLED', 'SERVING')`,
    [counterId],
    'all',
    em.getTransactionContext(),
  );
  if (open) {
    throw conflict('COUNTER_BUSY', `${name} is still with ${String(open.code)}: complete it or mark a no-show`, {
      ticketCode: open.code as string,
    });
  }
}

/** Why a number asked for was not called: TICKET_UNKNOWN, or TICKET_NOT_WAITING with its status. */
async function numberMustBeWaiting(
  em: EntityManager,
  sessionId: string,
  service: CornerService,
  number: number,
): Promise<never> {
  const code = ticketCode(service.letter, number);
  const [ticket] = await em.getConnection().execute<Row[]>(
    `SELECT t.status FROM ticket t JOIN queue_line l ON l.id = t.line_id
      WHERE l.session_id = ? AND l.service_id = ? AND t.number = ? AND t.status <> 'WAITING'`,
    [sessionId, service.id, number],
    'all',
    em.getTransactionContext(),
  );
  if (!ticket) {
    throw notFound(`No ${code} has been issued in this line`, 'TICKET_UNKNOWN', { ticketCode: code });
  }
  throw conflict('TICKET_NOT_WAITING', `${code} is not waiting: it is ${String(ticket.status).toLowerCase()}`, {
    ticketCode: code,
    ticketStatus: ticket.status as string,
  });
}

async function ticketIdByKey(em: EntityManager, residentId: string, key: string): Promise<string | null> {
  const [row] = await em
    .getConnection()
    .execute<Row[]>('SELECT id FROM ticket WHERE resident_id = ? AND idempotency_key = ?', [residentId, key]);
  return (row?.id as string | undefined) ?? null;
}

/** Raw statements surface PostgreSQL's own error (23505); entity flushes MikroORM's wrapper of it. */
function toView(service: CornerService, row: Row, ahead: number, estimatedWaitMinutes: number): TicketView {
  return {
    id: row.id as string,
    number: Number(row.number),
    code: ticketCode(service.letter, Number(row.number)),
    status: row.status as TicketStatus,
    service,
    ahead,
    estimatedWaitMinutes,
    counter: (row.counter as string | null) ?? null,
    createdAt: new Date(row.created_at as string),
    calledAt: row.called_at ? new Date(row.called_at as string) : null,
  };
}

export interface IssuedTicket {
  ticketId: string;
  version: number;
}

/** $1 resident, $2 idempotency key, $3 service, $4 community. */
const TAKE_TICKET_SQL = `WITH pre AS (
   SELECT s.id AS service_id, row_to_json(s) AS service,
          (SELECT id FROM ticket WHERE resident_id = $1::uuid AND idempotency_key = $2::text) AS existing,
          o.id AS session_id, o.starts_at, o.starts_at <= now() AS open
     FROM corner_service s
     LEFT JOIN LATERAL (
       SELECT id, starts_at FROM corner_session
        WHERE community_id = s.community_id AND NOT cancelled AND ends_at > now()
        ORDER BY starts_at LIMIT 1) o ON true
    WHERE s.id = $3::uuid AND s.community_id = $4::uuid AND s.active),
 line AS (
   UPDATE queue_line l SET last_number = l.last_number + 1, version = l.version + 1
     FROM pre
    WHERE pre.open AND pre.existing IS NULL AND l.session_id = pre.session_id AND l.service_id = pre.service_id
    RETURNING l.id, l.session_id, l.service_id, l.last_number, l.version),
 ins AS (
   INSERT INTO ticket (id, community_id, line_id, resident_id, number, status, idempotency_key, created_at)
   SELECT gen_random_uuid(), $4::uuid, line.id, $1::uuid, line.last_number, 'WAITING', $2::text, now() FROM line
   RETURNING *),
 notified AS (
   SELECT ${notifySql(QUEUE_CHANGED, {
     communityId: '$4::text',
     sessionId: 'line.session_id',
     serviceId: 'line.service_id',
     version: 'line.version',
     moved: 'NULL',
   })} FROM line, ins)
 SELECT pre.existing, pre.starts_at, pre.open, pre.session_id, pre.service,
        ins.id, ins.number, ins.status, ins.counter, ins.created_at, ins.called_at, ins.follow_token,
        (ins.number - 1 - (SELECT count(*) FROM ticket a
                            WHERE a.line_id = ins.line_id AND a.number < ins.number AND a.status <> 'WAITING'))::int AS ahead,
        ${recentVisitSeconds('ins.line_id')} AS avg_seconds,
        (SELECT count(*) FROM notified) AS notified
   FROM pre LEFT JOIN ins ON true`;

/**
 * takeTicket's one statement (the kiosk's busiest write; see bench/corner.mjs): finds the
 * service, an earlier ticket with this idempotency key and the session open now; increments
 * the line's counter, inserts the ticket, publishes the line's new version and returns the
 * ticket's view — all or nothing, as one statement is one transaction. The counter UPDATE
 * holds the line row until the statement commits, so numbers are consecutive and unique; a
 * failed insert (the key, or the one-open-ticket index) rolls the number and the event back.
 *
 * The people ahead are counted from the line's fresh counter: numbers 1…n−1 all exist, so
 * they are n−1 less those already called, served, done or gone. (Counting waiting tickets
 * would read the statement's snapshot, taken before the line's lock was ours, and miss
 * tickets committed while we waited for it.)
 *
 * No row: no such service. `open`, no `existing` and no `id`: the line does not exist yet.
 */
async function takeTicketStatement(
  em: EntityManager,
  communityId: string,
  residentId: string,
  input: TakeTicketInput,
): Promise<Row | undefined> {
  const [row] = await runPrepared(em, 'take_ticket', TAKE_TICKET_SQL, [
    residentId,
    input.idempotencyKey,
    input.serviceId,
    communityId,
  ]);
  return row;
}

/** The average length of a line's last ten visits, in seconds (null before the first). */
function recentVisitSeconds(lineId: string): string {
  return `(SELECT avg(extract(epoch FROM d.finished_at - d.called_at)) FROM (
             SELECT finished_at, called_at FROM ticket WHERE line_id = ${lineId} AND status = 'DONE'
              ORDER BY finished_at DESC LIMIT 10) d)`;
}

/** Minutes until a waiting ticket's turn: the people ahead times the line's recent visits. */
function waitMinutes(service: CornerService, row: Row): number {
  const perVisit = row.avg_seconds ? Number(row.avg_seconds) / 60 : service.typicalMinutes;
  return Math.round(Number(row.ahead) * perVisit);
}

/**
 * The QUEUE_CHANGED event of a line row `l` (community_id, session_id, service_id, version), in
 * SQL: every statement that changes a line selects it (`moved`: NULL but for transfers).
 */
export const LINE_CHANGED = (moved = 'NULL') =>
  notifySql(QUEUE_CHANGED, {
    communityId: 'l.community_id',
    sessionId: 'l.session_id',
    serviceId: 'l.service_id',
    version: 'l.version',
    moved,
  });

const BUMP_LINE = (select: string) => `WITH l AS (UPDATE queue_line SET version = version + 1 WHERE id = ?
                RETURNING community_id, session_id, service_id, version)
     SELECT l.community_id, l.session_id, l.service_id, l.version${select} FROM l`;
const BUMP_LINE_SQL = BUMP_LINE(`, ${LINE_CHANGED()}`);
const BUMP_LINE_SILENT_SQL = BUMP_LINE('');
/** A line's next number (and its event): $1 session, $2 service. */
const NEXT_NUMBER_SQL = `WITH l AS (UPDATE queue_line SET last_number = last_number + 1, version = version + 1
                   WHERE session_id = ? AND service_id = ?
               RETURNING id, community_id, session_id, service_id, last_number, version)
       SELECT l.id, l.last_number, l.version, ${LINE_CHANGED()} FROM l`;

/**
 * Bumps a line's version after a change to one of its tickets and publishes the change, in one
 * statement inside the caller's transaction: the event goes out when the change commits.
 * `publish: false` leaves the event to the caller (who knows more to say, e.g. where a ticket moved).
 */
export async function bumpLine(
  em: EntityManager,
  lineId: string,
  { publish = true }: { publish?: boolean } = {},
): Promise<QueueEvent> {
  const [line] = await em
    .getConnection()
    .execute<Row[]>(publish ? BUMP_LINE_SQL : BUMP_LINE_SILENT_SQL, [lineId], 'all', em.getTransactionContext());
  return {
    communityId: line.community_id as string,
    sessionId: line.session_id as string,
    serviceId: line.service_id as string,
    version: Number(line.version),
  };
}

/** The queue line of a service in a session, created on first use. Call inside a transaction. */
export async function ensureLine(
  em: EntityManager,
  communityId: string,
  sessionId: string,
  serviceId: string,
): Promise<void> {
  await em.getConnection().execute(
    `INSERT INTO queue_line (id, community_id, session_id, service_id, last_number, version)
       VALUES (gen_random_uuid(), ?, ?, ?, 0, 0) ON CONFLICT (session_id, service_id) DO NOTHING`,
    [communityId, sessionId, serviceId],
    'run',
    em.getTransactionContext(),
  );
}

/**
 * Issues the next number of a line, inside the caller's transaction (`em` is its
 * EntityManager). The counter UPDATE locks the line row until commit: numbers are consecutive
 * and unique, and a failed insert (unique key or one-open-ticket violation) rolls the number back.
 */
export async function issueTicket(
  em: EntityManager,
  communityId: string,
  sessionId: string,
  serviceId: string,
  residentId: string,
  idempotencyKey: string,
): Promise<IssuedTicket> {
  const conn = em.getConnection();
  const tx = em.getTransactionContext();
  // The increment publishes the line's new version; a failed insert below rolls both back.
  const next = () => conn.execute<Row[]>(NEXT_NUMBER_SQL, [sessionId, serviceId], 'all', tx);
  // The line exists after its first ticket: create it only when the increment finds nothing.
  let [line] = await next();
  if (!line) {
    await ensureLine(em, communityId, sessionId, serviceId);
    [line] = await next();
  }
  const [ticket] = await conn.execute<Row[]>(
    `INSERT INTO ticket (id, community_id, line_id, resident_id, number, status, idempotency_key, created_at)
     VALUES (gen_random_uuid(), ?, ?, ?, ?, 'WAITING', ?, now()) RETURNING id`,
    [communityId, line.id, residentId, line.last_number, idempotencyKey],
    'all',
    tx,
  );
  return { ticketId: ticket.id as string, version: Number(line.version) };
}

/** A service read as a row (`row_to_json`), for views that do not need a managed entity. */
function serviceFromJson(j: Record<string, unknown>): CornerService {
  return {
    id: j.id,
    letter: j.letter,
    name: j.name,
    provider: j.provider,
    typicalMinutes: j.typical_minutes,
    bookingCapacity: j.booking_capacity,
    active: j.active,
  } as CornerService;
}

/** What a finished ticket hands on to a work order. */
export interface ServedTicket {
  ticketId: string;
  residentId: string;
  serviceId: string;
}

/**
 * For a work order made from a ticket (the queue's API for the work-order module): locks the
 * ticket, checks that it was served (called, being served or done), completes it if it is still
 * open and publishes its line's change — all inside the caller's transaction.
 */
export async function finishServedTicket(
  em: EntityManager,
  communityId: string,
  ticketId: string,
): Promise<ServedTicket> {
  const conn = em.getConnection();
  const tx = em.getTransactionContext();
  const [ticket] = await conn.execute<Row[]>(
    `SELECT t.id, t.status, t.resident_id, t.line_id, l.service_id
       FROM ticket t JOIN queue_line l ON l.id = t.line_id
      WHERE t.id = ? AND t.community_id = ? FOR UPDATE OF t`,
    [ticketId, communityId],
    'all',
    tx,
  );
  if (!ticket) throw notFound('Ticket');
  const servable = [TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.DONE];
  if (!servable.includes(ticket.status as TicketStatus)) {
    throw conflict('TICKET_STATE', 'Only a ticket that was served can become a work order');
  }
  if (ticket.status !== TicketStatus.DONE) {
    await conn.execute(`UPDATE ticket SET status = 'DONE', finished_at = now() WHERE id = ?`, [ticketId], 'run', tx);
    await bumpLine(em, ticket.line_id as string);
  }
  return { ticketId, residentId: ticket.resident_id as string, serviceId: ticket.service_id as string };
}

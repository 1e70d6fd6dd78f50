import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../platform/context.js';
import { isUniqueViolation } from '../../platform/database.js';
import { conflict, notFound } from '../../platform/errors.js';
import { publishIn } from '../../platform/pubsub.js';
import { prepared, row, rows, run } from '../../platform/sql.js';
import { Corner, type Offering } from '../corner/index.js';
import { TicketStatus } from './queue.entity.js';
import { QUEUE_CHANGED, type QueueEvent } from './queue.events.js';
import {
  BOARD_LINES,
  BOARD_TICKETS,
  BUMP_LINE,
  BUMP_LINE_SILENT,
  CALL_NEXT,
  CALL_NUMBER,
  CANCEL_FOR_TRANSFER,
  DESK_OPEN_TICKET,
  ENSURE_LINE,
  FINISH_TICKET,
  INSERT_TICKET,
  LOCK_SERVED_TICKET,
  LOCK_TICKET_TOKEN,
  NEXT_NUMBER,
  NUMBER_STATUS,
  EXPIRE_ENDED,
  OPEN_TICKETS_OF,
  TAKE_OVER_TOKEN,
  TAKE_TICKET,
  TICKETS_BY_ID,
  TICKET_BY_KEY,
  TICKET_STATUS,
  TRANSITION,
  type OfferingJson,
  type TicketRow,
} from './queue.sql.js';
import type { CallNextInput, QueueLineView, TakeTicketInput, TicketView } from './queue.types.js';
import { ticketCode } from './ticket-code.js';

export const QueueService = {
  /**
   * Closes the open tickets of openings that have ended (EXPIRED), with their lines' events, in one
   * statement (see EXPIRE_ENDED); the number of tickets closed.
   */
  async expireEnded(em: EntityManager): Promise<number> {
    const [ended] = await rows(em, EXPIRE_ENDED, {});
    return ended?.tickets ?? 0;
  },

  /**
   * A ticket for the signed-in resident in the offering's line of the open opening, in one
   * statement (see TAKE_TICKET): numbers are consecutive and unique, a failed insert gives its
   * number back, and the idempotency key makes a retry or a double tap return the first ticket.
   */
  async takeTicket(ctx: Context, input: TakeTicketInput): Promise<TicketView> {
    const resident = ctx.principal.resident!.id;
    const params = { resident, key: input.idempotencyKey, offering: input.offeringId };
    let taken;
    try {
      // A ticket of an opening that has ended holds no place and blocks nothing any more.
      await QueueService.expireEnded(ctx.em);
      [taken] = await prepared(ctx.em, TAKE_TICKET, params);
      // The first ticket of a line in an opening: create the line, then take the number.
      if (taken?.open && !taken.existing && !taken.id) {
        await run(ctx.em, ENSURE_LINE, { opening: taken.opening_id!, offering: input.offeringId });
        [taken] = await prepared(ctx.em, TAKE_TICKET, params);
      }
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // A parallel request with the same key won: answer with its ticket.
      const winner = await row(ctx.em, TICKET_BY_KEY, { resident, key: input.idempotencyKey });
      if (winner) return QueueService.ticket(ctx, winner.id);
      throw conflict('ALREADY_IN_LINE', 'You already have a ticket in this line');
    }
    if (!taken) throw notFound('Offering');
    if (taken.existing) return QueueService.ticket(ctx, taken.existing);
    if (!taken.open) {
      throw conflict('CORNER_CLOSED', 'The service corner is closed now', {
        opensAt: taken.starts_at ? new Date(taken.starts_at).toISOString() : undefined,
      });
    }
    const offering = offeringFromJson(taken.offering);
    const ahead = Number(taken.ahead);
    return toView(offering, taken as TicketRow, ahead, waitMinutes(offering, ahead, taken.avg_seconds));
  },

  /**
   * Calls the lowest waiting number of a line to a desk (or, with `input.number`, that number if
   * it is waiting: of two desks calling it at once one gets it and the other TICKET_NOT_WAITING;
   * a number not issued is TICKET_UNKNOWN). A desk still with a called or served ticket (in any
   * line) may not call: its row lock orders two tabs of one desk, and a partial unique index on
   * the ticket's desk backs that up (DESK_BUSY either way).
   */
  async callNext(ctx: Context, input: CallNextInput): Promise<TicketView | null> {
    const { open, opening } = await Corner.status(ctx);
    if (!open || !opening) throw conflict('CORNER_CLOSED', 'The corner is not open');
    const offering = await Corner.offering(ctx, input.offeringId);
    if (!offering) throw notFound('Offering');
    const id = await ctx.em.transactional(async (em) => {
      const desk = await Corner.lockDesk(em, input.deskId);
      if (!desk) throw notFound('Desk');
      // A statement after the lock: it sees what an earlier call from this desk committed.
      await deskMustBeFree(em, desk.id, desk.name);
      const line = { opening: opening.id, offering: offering.id, desk: desk.id, deskName: desk.name };
      const number = input.number ?? null;
      const [called] = await (
        number === null ? rows(em, CALL_NEXT, line) : rows(em, CALL_NUMBER, { ...line, number })
      ).catch((err: unknown) => {
        if (!isUniqueViolation(err)) throw err;
        // ticket_one_open_per_desk: another call from this desk got there first.
        throw conflict('DESK_BUSY', `${desk.name} is still with another ticket`);
      });
      if (!called && number !== null) await numberMustBeWaiting(em, opening.id, offering, number);
      if (!called) return null;
      await bumpLine(em, called.line_id);
      return called.id;
    });
    return id ? QueueService.ticket(ctx, id) : null;
  },

  /**
   * Moves a ticket from one of `from` to `to` (staff at a desk, or a resident cancelling their
   * own). A ticket in any other state is a CONFLICT: someone else moved it first.
   */
  async transition(
    ctx: Context,
    ticketId: string,
    from: TicketStatus[],
    to: TicketStatus,
    opts: { ownOnly?: boolean } = {},
  ): Promise<TicketView> {
    const resident = opts.ownOnly ? ctx.principal.resident!.id : null;
    const moved = await ctx.em.transactional(async (em) => {
      const [ticket] = await rows(em, TRANSITION, { id: ticketId, from, to, resident });
      if (ticket) await bumpLine(em, ticket.line_id);
      return !!ticket;
    });
    if (!moved) {
      const current = await row(ctx.em, TICKET_STATUS, { id: ticketId, resident });
      if (!current) throw notFound('Ticket');
      throw conflict('TICKET_STATE', `The ticket is ${current.status.toLowerCase()} now`);
    }
    return QueueService.ticket(ctx, ticketId);
  },

  /**
   * Every active offering's line in the open opening (or one offering's), with the tickets being
   * served and the next `next` waiting. A fixed number of statements, however long the lines are.
   */
  async board(ctx: Context, offeringId: string | null, next: number): Promise<QueueLineView[]> {
    const [{ open, opening }, offerings] = await Promise.all([
      Corner.status(ctx),
      offeringId
        ? Corner.offering(ctx, offeringId, { active: true }).then((o) => (o ? [o] : []))
        : Corner.activeOfferings(ctx),
    ]);
    if (offeringId && !offerings.length) throw notFound('Offering');
    const openingId = open && opening ? opening.id : null;
    const empty = (offering: Offering): QueueLineView => ({
      offering,
      openingId,
      version: 0,
      nowServing: [],
      waiting: [],
      waitingCount: 0,
      servedCount: 0,
      noShowCount: 0,
      averageWaitMinutes: 0,
    });
    if (!openingId || !offerings.length) return offerings.map(empty);
    const ids = offerings.map((o) => o.id);
    const [lines, tickets] = await Promise.all([
      rows(ctx.em, BOARD_LINES, { opening: openingId, offerings: ids }),
      rows(ctx.em, BOARD_TICKETS, { opening: openingId, offerings: ids, next }),
    ]);
    const byOffering = new Map(lines.map((l) => [l.offering_id, l]));
    return offerings.map((offering) => {
      const line = byOffering.get(offering.id);
      if (!line) return empty(offering);
      const perVisit = line.avg_visit ? Number(line.avg_visit) / 60 : offering.typicalMinutes;
      const view = (t: TicketRow & { rank: string }): TicketView => {
        const ahead = t.status === TicketStatus.WAITING ? Number(t.rank) - 1 : 0;
        return toView(offering, t, ahead, Math.round(ahead * perVisit));
      };
      const mine = tickets.filter((t) => t.offering_id === offering.id);
      return {
        offering,
        openingId,
        version: line.version,
        nowServing: mine.filter((t) => t.status !== TicketStatus.WAITING).map(view),
        waiting: mine.filter((t) => t.status === TicketStatus.WAITING).map(view),
        waitingCount: line.waiting,
        servedCount: line.served,
        noShowCount: line.no_show,
        averageWaitMinutes: line.avg_wait ? Math.round(Number(line.avg_wait) / 60) : 0,
      };
    });
  },

  /**
   * Moves a resident to another line (a desk found the other offering is what they need): the
   * old ticket is cancelled and the new line's next number issued, in one transaction. The new
   * ticket takes over the old one's follow token (the QR code on the resident's paper ticket and
   * any phone following it now lead to the new number) and remembers where it came from; the old
   * ticket gets a fresh token first, as the token is unique.
   */
  async transfer(ctx: Context, ticketId: string, toOfferingId: string): Promise<TicketView> {
    const target = await Corner.offering(ctx, toOfferingId, { active: true });
    if (!target) throw notFound('Offering');
    const moved = await ctx.em.transactional(async (em) => {
      // The row is locked first, so the token read here is the one the cancel below replaces.
      const token = await row(em, LOCK_TICKET_TOKEN, { id: ticketId });
      if (!token) return null;
      const old = await row(em, CANCEL_FOR_TRANSFER, { id: ticketId, toOffering: target.id });
      if (!old) return null;
      const oldLine = await bumpLine(em, old.line_id, { publish: false });
      const issued = await issueTicket(em, old.opening_id, target.id, old.resident_id, `transfer:${ticketId}`);
      // The old ticket holds its fresh token by now: the unique index lets the new one take the old.
      await run(em, TAKE_OVER_TOKEN, { id: issued, token: token.follow_token, from: ticketId });
      // The old line's event says where the ticket went: a phone's subscription follows it there.
      await publishIn(em, QUEUE_CHANGED, {
        ...oldLine,
        moved: { ticketId, toTicketId: issued, toOfferingId: target.id },
      });
      return issued;
    });
    if (!moved) {
      if (!(await row(ctx.em, TICKET_STATUS, { id: ticketId, resident: null }))) throw notFound('Ticket');
      throw conflict('TICKET_STATE', 'The ticket cannot move: it is finished, or already in that line');
    }
    return QueueService.ticket(ctx, moved);
  },

  /** The signed-in resident's open tickets, in one statement. */
  async myTickets(ctx: Context): Promise<TicketView[]> {
    await QueueService.expireEnded(ctx.em);
    return (await rows(ctx.em, OPEN_TICKETS_OF, { resident: ctx.principal.resident!.id })).map(viewOf);
  },

  /** A ticket with its place in line and the estimated wait. */
  async ticket(ctx: Context, id: string): Promise<TicketView> {
    const [view] = await QueueService.tickets(ctx, [id]);
    if (!view) throw notFound('Ticket');
    return view;
  },

  /** The community's tickets with these ids (those that exist), oldest first, in one statement. */
  async tickets(ctx: Context, ids: string[]): Promise<TicketView[]> {
    return ids.length ? (await rows(ctx.em, TICKETS_BY_ID, { ids })).map(viewOf) : [];
  },

  /** The ticket called to or being served at a desk, in any line or opening (null: free). */
  async deskTicket(ctx: Context, deskId: string): Promise<TicketView | null> {
    Corner.requireStaff(ctx);
    const open = await row(ctx.em, DESK_OPEN_TICKET, { desk: deskId });
    return open ? QueueService.ticket(ctx, open.id) : null;
  },
};

function viewOf(r: TicketRow & { offering: OfferingJson; ahead: number; avg_seconds: string | null }): TicketView {
  const offering = offeringFromJson(r.offering);
  const ahead = r.status === TicketStatus.WAITING ? r.ahead : 0;
  return toView(offering, r, ahead, waitMinutes(offering, ahead, r.avg_seconds));
}

/** DESK_BUSY, naming the ticket, when the desk has one called or being served. */
async function deskMustBeFree(em: EntityManager, deskId: string, name: string): Promise<void> {
  const open = await row(em, DESK_OPEN_TICKET, { desk: deskId });
  if (open) {
    throw conflict('DESK_BUSY', `${name} is still with ${open.code}: complete it or mark a no-show`, {
      ticketCode: open.code,
    });
  }
}

/** Why a number asked for was not called: TICKET_UNKNOWN, or TICKET_NOT_WAITING with its status. */
async function numberMustBeWaiting(
  em: EntityManager,
  openingId: string,
  offering: Offering,
  number: number,
): Promise<never> {
  const code = ticketCode(offering.letter, number);
  const ticket = await row(em, NUMBER_STATUS, { opening: openingId, offering: offering.id, number });
  if (!ticket) {
    throw notFound(`No ${code} has been issued in this line`, 'TICKET_UNKNOWN', { ticketCode: code });
  }
  throw conflict('TICKET_NOT_WAITING', `${code} is not waiting: it is ${ticket.status.toLowerCase()}`, {
    ticketCode: code,
    ticketStatus: ticket.status,
  });
}

function toView(offering: Offering, r: TicketRow, ahead: number, estimatedWaitMinutes: number): TicketView {
  return {
    id: r.id,
    number: Number(r.number),
    code: ticketCode(offering.letter, Number(r.number)),
    status: r.status,
    offering,
    ahead,
    estimatedWaitMinutes,
    deskName: r.desk_name ?? null,
    createdAt: new Date(r.created_at),
    calledAt: r.called_at ? new Date(r.called_at) : null,
  };
}

/** Minutes until a waiting ticket's turn: the people ahead times the line's recent visits. */
function waitMinutes(offering: Offering, ahead: number, avgSeconds: string | null): number {
  const perVisit = avgSeconds ? Number(avgSeconds) / 60 : offering.typicalMinutes;
  return Math.round(ahead * perVisit);
}

/** An offering read as a row (`row_to_json`), for views that do not need a managed entity. */
function offeringFromJson(j: OfferingJson): Offering {
  return {
    id: j.id,
    letter: j.letter,
    name: j.name,
    provider: j.provider,
    typicalMinutes: j.typical_minutes,
    bookingCapacity: j.booking_capacity,
    active: j.active,
  } as Offering;
}

// ---- what other modules do with lines and tickets, inside their own transactions ----

/**
 * Bumps a line's version after a change to one of its tickets and publishes the change, in one
 * statement inside the caller's transaction: the event goes out when the change commits.
 * `publish: false` leaves the event to the caller (who knows more to say, e.g. where a ticket moved).
 */
async function bumpLine(
  em: EntityManager,
  lineId: string,
  { publish = true }: { publish?: boolean } = {},
): Promise<QueueEvent> {
  const line = await row(em, publish ? BUMP_LINE : BUMP_LINE_SILENT, { line: lineId });
  if (!line) throw new Error(`bumpLine: no line ${lineId}`);
  return {
    communityId: line.community_id,
    openingId: line.opening_id,
    offeringId: line.offering_id,
    version: line.version,
  };
}

/** The line of an offering in an opening, created on first use. Call inside a transaction. */
export async function ensureLine(em: EntityManager, openingId: string, offeringId: string): Promise<void> {
  await run(em, ENSURE_LINE, { opening: openingId, offering: offeringId });
}

/**
 * Issues the next number of a line (the new ticket's id), inside the caller's transaction (`em` is its
 * EntityManager). The number UPDATE locks the line row until commit: numbers are consecutive
 * and unique, and a failed insert (unique key or one-open-ticket violation) rolls the number back.
 */
export async function issueTicket(
  em: EntityManager,
  openingId: string,
  offeringId: string,
  residentId: string,
  idempotencyKey: string,
): Promise<string> {
  const at = { opening: openingId, offering: offeringId };
  // The increment publishes the line's new version; a failed insert below rolls both back.
  // The line exists after its first ticket: create it only when the increment finds nothing.
  let line = await row(em, NEXT_NUMBER, at);
  if (!line) {
    await ensureLine(em, openingId, offeringId);
    line = await row(em, NEXT_NUMBER, at);
  }
  const ticket = await row(em, INSERT_TICKET, {
    line: line!.id,
    resident: residentId,
    number: line!.last_number,
    key: idempotencyKey,
  });
  return ticket!.id;
}

/** What a finished ticket hands on to a work order. */
export interface ServedTicket {
  ticketId: string;
  residentId: string;
  offeringId: string;
  /** Its code as the resident had it, e.g. A012. */
  code: string;
}

/**
 * For a work order made from a ticket: locks the ticket, checks that it was served (called,
 * being served or done), completes it if it is still open and publishes its line's change — all
 * inside the caller's transaction.
 */
export async function finishServedTicket(em: EntityManager, ticketId: string): Promise<ServedTicket> {
  const ticket = await row(em, LOCK_SERVED_TICKET, { id: ticketId });
  if (!ticket) throw notFound('Ticket');
  const servable = [TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.DONE];
  if (!servable.includes(ticket.status)) {
    throw conflict('TICKET_STATE', 'Only a ticket that was served can become a work order');
  }
  if (ticket.status !== TicketStatus.DONE) {
    await run(em, FINISH_TICKET, { id: ticketId });
    await bumpLine(em, ticket.line_id);
  }
  return { ticketId, residentId: ticket.resident_id, offeringId: ticket.offering_id, code: ticket.code };
}

import { filter, pipe } from '@graphql-yoga/subscription';
import { scopedEm, type Context } from '../../platform/context.js';
import { AppError, ErrorCode } from '../../platform/errors.js';
import type { Topics } from '../../platform/pubsub.js';
import { consume, limiters } from '../../platform/rate-limit.js';
import type { FollowedTicket } from './follow.types.js';
import { ServiceCornerService } from './service-corner.service.js';

type Row = Record<string, unknown>;
export type QueueEvent = Topics['QUEUE_CHANGED'][0];

/** What the database makes (see Ticket.followToken): a UUID's 32 hex digits. */
const TOKEN = /^[0-9a-f]{32}$/;
/** A link keeps working this long after its session ends (a look back that evening), then it is dead. */
const LINK_HOURS_AFTER_SESSION = 12;
/** Extra points a wrong link costs its address (see limiters.followLookups). */
const WRONG_LINK_PENALTY = 20;

/** Which ticket a link names, and so its community and line. */
interface FollowScope {
  ticketId: string;
  communityId: string;
  sessionId: string;
  serviceId: string;
  sessionEndsAt: Date;
  version: number;
}

/**
 * Following a ticket on a phone: the caller has no session and no device, only the token from
 * the QR code. The anonymous request's EntityManager stays unscoped (the tenant filter refuses
 * it); the token is looked up by its unique index, and what is read after that is read as a
 * principal with no role at all, bound to the community the token names.
 */
export const FollowService = {
  async followed(ctx: Context, token: string): Promise<FollowedTicket> {
    const scope = await scopeOf(ctx, token);
    const ticket = await ServiceCornerService.ticket(followerContext(ctx, scope.communityId), scope.ticketId);
    return {
      code: ticket.code,
      serviceName: ticket.service.name,
      status: ticket.status,
      ahead: ticket.ahead,
      estimatedWaitMinutes: ticket.estimatedWaitMinutes,
      counter: ticket.counter,
      sessionEndsAt: scope.sessionEndsAt,
      version: scope.version,
    };
  },

  /**
   * The ticket's line's change events. The token is resolved once, here; each event is then a
   * comparison of ids (no query per event).
   */
  async changes(ctx: Context, token: string): Promise<AsyncIterable<QueueEvent>> {
    const scope = await scopeOf(ctx, token);
    return pipe(
      ctx.pubsub.subscribe('QUEUE_CHANGED'),
      filter(
        (e: QueueEvent) =>
          e.communityId === scope.communityId && e.sessionId === scope.sessionId && e.serviceId === scope.serviceId,
      ),
    );
  },

  /**
   * The token for the QR code, to the ticket's own resident only (null to anyone else). The
   * tickets of one response are read in one statement: graphql-js asks for a list's fields
   * together, and the batch waits for all of them.
   */
  async tokenFor(ctx: Context, ticketId: string): Promise<string | null> {
    const residentId = ctx.principal.resident?.id;
    if (!residentId) return null;
    let batch = batches.get(ctx);
    if (!batch) {
      const ids = new Set<string>();
      const tokens = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
        batches.delete(ctx);
        const rows = await ctx.em
          .getConnection()
          .execute<Row[]>(
            'SELECT id, follow_token FROM ticket WHERE id IN (?) AND resident_id = ? AND community_id = ?',
            [[...ids], residentId, ctx.principal.communityId],
          );
        return new Map(rows.map((r) => [r.id as string, r.follow_token as string]));
      });
      batch = { ids, tokens };
      batches.set(ctx, batch);
    }
    batch.ids.add(ticketId);
    return (await batch.tokens).get(ticketId) ?? null;
  },

  /** Where phones reach this server (PUBLIC_URL), when it is set; else the kiosk's own address. */
  publicUrl(ctx: Context): string | null {
    return ctx.config.publicUrl?.replace(/\/+$/, '') ?? null;
  },
};

const batches = new WeakMap<Context, { ids: Set<string>; tokens: Promise<Map<string, string>> }>();

async function scopeOf(ctx: Context, token: string): Promise<FollowScope> {
  const address = ctx.clientIp || 'unknown';
  await consume(limiters.followLookups, address);
  // Raw SQL by the unique token: the one read that crosses communities, and all it returns is
  // which community and line the ticket is in.
  const [row] = TOKEN.test(token)
    ? await ctx.em.getConnection().execute<Row[]>(
        `SELECT t.id, t.community_id, l.session_id, l.service_id, l.version, s.ends_at,
                s.ends_at > now() - make_interval(hours => ?) AS live
           FROM ticket t JOIN queue_line l ON l.id = t.line_id JOIN corner_session s ON s.id = l.session_id
          WHERE t.follow_token = ?`,
        [LINK_HOURS_AFTER_SESSION, token],
      )
    : [];
  if (!row) {
    await limiters.followLookups.penalty(address, WRONG_LINK_PENALTY);
    throw new AppError(ErrorCode.NOT_FOUND, 'This link does not lead to a ticket', { reason: 'FOLLOW_LINK_INVALID' });
  }
  if (!row.live) {
    throw new AppError(ErrorCode.NOT_FOUND, 'This ticket is from an earlier day', { reason: 'FOLLOW_LINK_EXPIRED' });
  }
  return {
    ticketId: row.id as string,
    communityId: row.community_id as string,
    sessionId: row.session_id as string,
    serviceId: row.service_id as string,
    sessionEndsAt: new Date(row.ends_at as string),
    version: Number(row.version),
  };
}

/** The follower: no staff, device or resident (so no role), bound to the ticket's community. */
function followerContext(ctx: Context, communityId: string): Context {
  return { ...ctx, principal: { communityId }, em: scopedEm(ctx.orm, communityId) };
}

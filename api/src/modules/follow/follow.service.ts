import { filter, pipe } from '@graphql-yoga/subscription';
import { scopedEm, type Context } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { consume } from '../../platform/rate-limit.js';
import { withCommunity } from '../../platform/row-security.js';
import type { FollowedTicket, TransferredFrom } from './follow.types.js';
import { Queue, type FollowedLine, type QueueEvent } from '../queue/index.js';

/**
 * Following a ticket from a phone (anonymous), per address, in each process's memory. A look-up
 * costs 1 point and a wrong link a penalty of 20 more: a community Wi-Fi full of phones
 * re-fetching on every change of their lines stays far below it; guessing links stops after a
 * dozen tries a minute. (PostgreSQL would add a write to every phone's re-fetch; with N
 * processes an address gets N budgets, which this number allows for.)
 */
export const followLookups = new RateLimiterMemory({ keyPrefix: 'follow', points: 240, duration: 60 });

/** What the database makes (see Ticket.followToken): a UUID's 32 hex digits. */
const TOKEN = /^[0-9a-f]{32}$/;
/** A link keeps working this long after its opening ends (a look back that evening), then it is dead. */
const LINK_HOURS_AFTER_OPENING = 12;
/** Extra points a wrong link costs its address (see followLookups). */
const WRONG_LINK_PENALTY = 20;

/**
 * Following a ticket on a phone: the caller has no session and no device, only the token from
 * the QR code. The anonymous request's EntityManager stays unscoped (the tenant filter refuses
 * it); the token is looked up by its unique index, and what is read after that is read as a
 * principal with no role at all, bound to the community the token names.
 */
export const FollowService = {
  async followed(ctx: Context, token: string): Promise<FollowedTicket> {
    const scope = await scopeOf(ctx, token);
    const ticket = await withCommunity(scope.communityId, () =>
      Queue.ticket(followerContext(ctx, scope.communityId), scope.ticketId),
    );
    return {
      code: ticket.code,
      offeringName: ticket.offering.name,
      status: ticket.status,
      ahead: ticket.ahead,
      estimatedWaitMinutes: ticket.estimatedWaitMinutes,
      deskName: ticket.deskName,
      transferredFrom: scope.transferredFrom,
      openingEndsAt: scope.openingEndsAt,
      version: scope.version,
    };
  },

  /**
   * The ticket's line's change events. The token is resolved once, here; each event is then a
   * comparison of ids (no query per event). When staff move the ticket to another line, the
   * token moves with it (see the queue's transfer) and the old line's event names the
   * new ticket and line: the subscription passes that event on (the phone loads again and finds
   * the new number) and follows the new line from then on, still without a query. A phone that
   * subscribes again (a reconnect) resolves the token afresh, to the new line.
   */
  async changes(ctx: Context, token: string): Promise<AsyncIterable<QueueEvent>> {
    const scope = await scopeOf(ctx, token);
    let { ticketId, offeringId } = scope;
    return pipe(
      ctx.pubsub.subscribe('QUEUE_CHANGED'),
      filter((e: QueueEvent) => {
        if (e.communityId !== scope.communityId || e.openingId !== scope.openingId || e.offeringId !== offeringId) {
          return false;
        }
        if (e.moved?.ticketId === ticketId) {
          ticketId = e.moved.toTicketId;
          offeringId = e.moved.toOfferingId;
        }
        return true;
      }),
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
    const token = await batched(tokenBatches, ctx, ticketId, (ids) => Queue.following.tokens(ctx.em, ids, residentId));
    return token ?? null;
  },

  /** The ticket a transferred ticket replaced (its id and code), batched per response as above. */
  async transferredFrom(ctx: Context, ticketId: string): Promise<TransferredFrom | null> {
    const origin = await batched(originBatches, ctx, ticketId, (ids) => Queue.following.origins(ctx.em, ids));
    return origin ?? null;
  },

  /** Where phones reach this server (PUBLIC_URL), when it is set; else the kiosk's own address. */
  publicUrl(ctx: Context): string | null {
    return ctx.config.publicUrl?.replace(/\/+$/, '') ?? null;
  },
};

interface Batch<T> {
  ids: Set<string>;
  values: Promise<Map<string, T>>;
}
const tokenBatches = new WeakMap<Context, Batch<string>>();
const originBatches = new WeakMap<Context, Batch<TransferredFrom>>();

/**
 * `load` once for every id asked for in this turn of the event loop (within one request), and
 * the value for `id` from it.
 */
async function batched<T>(
  batches: WeakMap<Context, Batch<T>>,
  ctx: Context,
  id: string,
  load: (ids: string[]) => Promise<Map<string, T>>,
): Promise<T | undefined> {
  let batch = batches.get(ctx);
  if (!batch) {
    const ids = new Set<string>();
    const values = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      batches.delete(ctx);
      return load([...ids]);
    });
    batch = { ids, values };
    batches.set(ctx, batch);
  }
  batch.ids.add(id);
  return (await batch.values).get(id);
}

async function scopeOf(ctx: Context, token: string): Promise<FollowedLine> {
  const address = ctx.clientIp || 'unknown';
  await consume(followLookups, address);
  // The one read that crosses communities (a definer function, see the migration
  // row_level_security): which ticket the token names, and its community. The rest is read as
  // that community.
  const named = TOKEN.test(token) ? await Queue.following.byToken(ctx.em, token) : null;
  const line = named
    ? await withCommunity(named.communityId, () => Queue.following.line(ctx.em, named.id, LINK_HOURS_AFTER_OPENING))
    : null;
  if (!line) {
    await followLookups.penalty(address, WRONG_LINK_PENALTY);
    throw notFound('This link does not lead to a ticket', 'FOLLOW_LINK_INVALID');
  }
  if (!line.live) {
    throw notFound('This ticket is from an earlier day', 'FOLLOW_LINK_EXPIRED');
  }
  return line;
}

/** The follower: no staff, device or resident (so no role), bound to the ticket's community. */
function followerContext(ctx: Context, communityId: string): Context {
  return { ...ctx, principal: { communityId }, em: scopedEm(ctx.orm, communityId) };
}

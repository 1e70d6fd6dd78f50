import type { EntityManager } from '@mikro-orm/postgresql';
import { lookUp } from '../../platform/row-security.js';
import { row, rows } from '../../platform/sql.js';
import { EXPIRE_ENDED, FOLLOWED, FOLLOW_TOKENS, ORIGINS } from './queue.sql.js';

// The look-up before the community is known (a definer function of the migration row_level_security).
declare module '../../platform/row-security.js' {
  interface CrossCommunityLookups {
    linli_ticket_by_follow_token: true;
  }
}

/** What a phone following a ticket may know of it (no resident data). */
export interface FollowedLine {
  ticketId: string;
  communityId: string;
  openingId: string;
  offeringId: string;
  version: number;
  openingEndsAt: Date;
  /** The opening ended less than `hoursAfter` ago (or has not). */
  live: boolean;
  /** The code the ticket had before staff moved it (e.g. "A012"). */
  transferredFrom: string | null;
}

/**
 * The queue's side of following a ticket on a phone: the ticket's follow token (a capability:
 * whoever holds it may see that ticket's number and place) and what a follower may read.
 */
export const Following = {
  /** Which ticket a follow token names, and its community: the one read across communities. */
  async byToken(em: EntityManager, token: string): Promise<{ id: string; communityId: string } | null> {
    const [named] = await lookUp(em, 'linli_ticket_by_follow_token', [token]);
    return named ? { id: named.id as string, communityId: named.community_id as string } : null;
  },

  /** A ticket's line as a follower sees it (read as the ticket's community). */
  async line(em: EntityManager, ticketId: string, hoursAfter: number): Promise<FollowedLine | null> {
    const found = await row(em, FOLLOWED, { id: ticketId, hoursAfter });
    if (!found) return null;
    // Its opening has ended: an open ticket there is EXPIRED before the phone reads it (the
    // same "on the next read" as the kiosk's; a no-op once done).
    if (new Date(found.ends_at) <= new Date()) await rows(em, EXPIRE_ENDED, {});
    return {
      ticketId: found.id,
      communityId: found.community_id,
      openingId: found.opening_id,
      offeringId: found.offering_id,
      version: found.version,
      openingEndsAt: new Date(found.ends_at),
      live: found.live,
      transferredFrom: found.transferred_from,
    };
  },

  /** The follow tokens of a resident's own tickets, by ticket id. */
  async tokens(em: EntityManager, ticketIds: string[], residentId: string): Promise<Map<string, string>> {
    const found = await rows(em, FOLLOW_TOKENS, { ids: ticketIds, resident: residentId });
    return new Map(found.map((r) => [r.id, r.follow_token]));
  },

  /** Where moved tickets came from: the ticket each replaced and its code, by ticket id. */
  async origins(em: EntityManager, ticketIds: string[]): Promise<Map<string, { ticketId: string; code: string }>> {
    const found = await rows(em, ORIGINS, { ids: ticketIds });
    return new Map(found.map((r) => [r.id, { ticketId: r.from_id, code: r.from_code }]));
  },
};

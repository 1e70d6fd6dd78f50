import type { LinliModule } from '../../platform/module.js';
import { followReasons } from './follow.reasons.js';
import { ANONYMOUS_SUBSCRIPTIONS, FollowResolver, TicketFollowResolver } from './follow.resolver.js';
import { followLookups } from './follow.service.js';

export { followLookups };

/**
 * Following a ticket on a phone, without signing in: the QR code's token is the key to one
 * ticket's number and place. Adds `followToken` and `transferredFrom` to the queue's tickets.
 */
export const followModule: LinliModule = {
  name: 'follow',
  resolvers: [FollowResolver, TicketFollowResolver],
  reasons: followReasons,
  anonymousSubscriptions: ANONYMOUS_SUBSCRIPTIONS,
  limiters: { followLookups: { store: 'memory', guards: 'anonymous look-ups of a followed ticket per address' } },
};

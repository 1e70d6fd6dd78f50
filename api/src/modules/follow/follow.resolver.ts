import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import type { Context } from '../../platform/context.js';
import { FollowService } from './follow.service.js';
import { FollowedTicket, FollowedTicketChange, TransferredFrom } from './follow.types.js';
import { TicketView, type QueueEvent } from '../queue/index.js';

/**
 * Following a ticket on a phone. The query and the subscription carry no `@Authorized`: the
 * token is the credential (a capability for one ticket's number and place, nothing else).
 */
@Resolver()
export class FollowResolver {
  @Query(() => FollowedTicket, {
    description: 'A ticket by the token in its QR code (no sign-in: the token is the key)',
  })
  followedTicket(@Arg('token') token: string, @Ctx() ctx: Context): Promise<FollowedTicket> {
    return FollowService.followed(ctx, token);
  }

  @Subscription(() => FollowedTicketChange, {
    description: 'Changes to the line of the ticket the token names (open to anonymous connections)',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { token: string }, Context>) =>
      FollowService.changes(context, args.token),
  })
  followedTicketChanged(@Root() event: QueueEvent, @Arg('token') _token: string): FollowedTicketChange {
    return { version: event.version };
  }

  @Authorized()
  @Query(() => String, {
    nullable: true,
    description: 'The address phones reach this server at (PUBLIC_URL), when set; else use your own origin',
  })
  publicUrl(@Ctx() ctx: Context): string | null {
    return FollowService.publicUrl(ctx);
  }
}

/** The only subscriptions a connection without credentials may start (see server.ts). */
export const ANONYMOUS_SUBSCRIPTIONS = ['followedTicketChanged' satisfies keyof FollowResolver] as const;

@Resolver(() => TicketView)
export class TicketFollowResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'For the QR code: the link token to follow this ticket on a phone. Its own resident only (else null)',
  })
  followToken(@Root() ticket: TicketView, @Ctx() ctx: Context): Promise<string | null> {
    return FollowService.tokenFor(ctx, ticket.id);
  }

  @FieldResolver(() => TransferredFrom, {
    nullable: true,
    description: 'Staff moved the resident here from another line: the ticket this one replaced',
  })
  transferredFrom(@Root() ticket: TicketView, @Ctx() ctx: Context): Promise<TransferredFrom | null> {
    return FollowService.transferredFrom(ctx, ticket.id);
  }
}

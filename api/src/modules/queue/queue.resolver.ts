import { Arg, Authorized, Ctx, Extensions, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { checkId } from '../../platform/errors.js';
import type { QueueEvent } from './queue.events.js';
import { SHARED, latestBy } from '../../platform/shared-subscriptions.js';
import { TicketStatus } from './queue.entity.js';
import { QueueService } from './queue.service.js';
import {
  CallNextInput,
  QueueChange,
  QueueLineView,
  TakeTicketInput,
  TicketActionInput,
  TransferTicketInput,
  TicketView,
} from './queue.types.js';

const { WAITING, CALLED, SERVING, DONE, NO_SHOW, CANCELLED } = TicketStatus;

@Resolver()
export class QueueResolver {
  @Authorized(Role.RESIDENT)
  @Query(() => [TicketView], { description: "The signed-in resident's open tickets" })
  myTickets(@Ctx() ctx: Context): Promise<TicketView[]> {
    return QueueService.myTickets(ctx);
  }

  @Authorized(Role.RESIDENT)
  @Mutation(() => TicketView, { description: 'A queue ticket for an offering in the opening now' })
  takeTicket(@Arg('input') input: TakeTicketInput, @Ctx() ctx: Context): Promise<TicketView> {
    return QueueService.takeTicket(ctx, input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => TicketView, {
    nullable: true,
    description: 'Calls the next waiting number of a line, or the number given (null: nobody waiting)',
  })
  callNext(@Arg('input') input: CallNextInput, @Ctx() ctx: Context): Promise<TicketView | null> {
    return QueueService.callNext(ctx, input);
  }

  @Authorized()
  @Query(() => [QueueLineView], { description: 'The lines of the opening now: now serving, next up, counts' })
  cornerBoard(
    @Arg('offeringId', () => ID, { nullable: true }) offeringId: string | null,
    @Arg('next', () => Int, { defaultValue: 5 }) next: number,
    @Ctx() ctx: Context,
  ): Promise<QueueLineView[]> {
    return QueueService.board(
      ctx,
      offeringId ? checkId(offeringId, 'Offering') : null,
      Math.min(Math.max(next, 0), 50),
    );
  }

  @Authorized(Role.STAFF)
  @Mutation(() => TicketView, { description: 'Calls a called ticket again (it keeps its place at the desk)' })
  recallTicket(@Arg('input') input: TicketActionInput, @Ctx() ctx: Context): Promise<TicketView> {
    return QueueService.transition(ctx, input.ticketId, [CALLED], CALLED);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => TicketView)
  startServing(@Arg('input') input: TicketActionInput, @Ctx() ctx: Context): Promise<TicketView> {
    return QueueService.transition(ctx, input.ticketId, [CALLED], SERVING);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => TicketView)
  completeTicket(@Arg('input') input: TicketActionInput, @Ctx() ctx: Context): Promise<TicketView> {
    return QueueService.transition(ctx, input.ticketId, [CALLED, SERVING], DONE);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => TicketView, { description: 'The resident did not come after being called' })
  markNoShow(@Arg('input') input: TicketActionInput, @Ctx() ctx: Context): Promise<TicketView> {
    return QueueService.transition(ctx, input.ticketId, [CALLED], NO_SHOW);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => TicketView, {
    description: "Moves a ticket to another offering's line (with that line's next number)",
  })
  transferTicket(@Arg('input') input: TransferTicketInput, @Ctx() ctx: Context): Promise<TicketView> {
    return QueueService.transfer(ctx, input.ticketId, input.toOfferingId);
  }

  @Authorized(Role.RESIDENT)
  @Mutation(() => TicketView, { description: 'Leaves the line (own waiting ticket)' })
  cancelMyTicket(@Arg('input') input: TicketActionInput, @Ctx() ctx: Context): Promise<TicketView> {
    return QueueService.transition(ctx, input.ticketId, [WAITING], CANCELLED, { ownOnly: true });
  }

  @Authorized()
  // Every display of a community gets the same events: one execution for all. A line's versions
  // supersede each other: a display that fell behind gets the newest of each line.
  @Extensions({ ...SHARED, ...latestBy('openingId', 'offeringId') })
  @Subscription(() => QueueChange, {
    topics: 'QUEUE_CHANGED',
    filter: ({
      payload,
      args,
      context,
    }: {
      payload: QueueEvent;
      args: { offeringId?: string | null };
      context: Context;
    }) =>
      payload.communityId === context.principal.communityId &&
      (!args.offeringId || payload.offeringId === args.offeringId),
  })
  queueChanged(
    @Root() event: QueueEvent,
    @Arg('offeringId', () => ID, { nullable: true }) _offeringId: string | null,
  ): QueueChange {
    return { openingId: event.openingId, offeringId: event.offeringId, version: event.version };
  }

  @Authorized(Role.STAFF)
  @Query(() => TicketView, {
    nullable: true,
    description: 'The ticket called to or being served at a desk, in any line (null: the desk is free)',
  })
  deskTicket(@Arg('deskId', () => ID) deskId: string, @Ctx() ctx: Context): Promise<TicketView | null> {
    return QueueService.deskTicket(ctx, checkId(deskId, 'Desk'));
  }
}

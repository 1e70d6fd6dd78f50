import { Arg, Authorized, Ctx, Extensions, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { checkId } from '../../platform/errors.js';
import type { QueueEvent } from './service-corner.events.js';
import { SHARED, latestBy } from '../../platform/shared-subscriptions.js';
import { CornerService, TicketStatus } from './service-corner.entity.js';
import { ServiceCornerService } from './service-corner.service.js';
import {
  CallNextInput,
  CornerStatus,
  QueueChange,
  QueueLineView,
  TakeTicketInput,
  TicketActionInput,
  TransferTicketInput,
  TicketView,
} from './service-corner.types.js';

const { WAITING, CALLED, SERVING, DONE, NO_SHOW, CANCELLED } = TicketStatus;

@Resolver()
export class ServiceCornerResolver {
  @Authorized()
  @Query(() => [CornerService], { description: 'The service corner’s services (便民服务角), by line letter' })
  cornerServices(@Ctx() ctx: Context): Promise<CornerService[]> {
    return ServiceCornerService.services(ctx);
  }

  @Authorized()
  @Query(() => CornerStatus, { description: 'Whether the corner is open, and its current or next session' })
  cornerStatus(@Ctx() ctx: Context): Promise<CornerStatus> {
    return ServiceCornerService.status(ctx);
  }

  @Authorized(Role.RESIDENT)
  @Query(() => [TicketView], { description: "The signed-in resident's open tickets" })
  myTickets(@Ctx() ctx: Context): Promise<TicketView[]> {
    return ServiceCornerService.myTickets(ctx);
  }

  @Authorized(Role.RESIDENT)
  @Mutation(() => TicketView, { description: 'A queue ticket for a service in the open session' })
  takeTicket(@Arg('input') input: TakeTicketInput, @Ctx() ctx: Context): Promise<TicketView> {
    return ServiceCornerService.takeTicket(ctx, input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => TicketView, {
    nullable: true,
    description: 'Calls the next waiting number of a line, or the number given (null: nobody waiting)',
  })
  callNext(@Arg('input') input: CallNextInput, @Ctx() ctx: Context): Promise<TicketView | null> {
    return ServiceCornerService.callNext(ctx, input);
  }

  @Authorized()
  @Query(() => [QueueLineView], { description: 'The lines of the open session: now serving, next up, counts' })
  cornerBoard(
    @Arg('serviceId', () => ID, { nullable: true }) serviceId: string | null,
    @Arg('next', () => Int, { defaultValue: 5 }) next: number,
    @Ctx() ctx: Context,
  ): Promise<QueueLineView[]> {
    return ServiceCornerService.board(
      ctx,
      serviceId ? checkId(serviceId, 'Service') : null,
      Math.min(Math.max(next, 0), 50),
    );
  }

  @Authorized(Role.STAFF)
  @Mutation(() => TicketView, { description: 'Calls a called ticket again (it keeps its place at the counter)' })
  recallTicket(@Arg('input') input: TicketActionInput, @Ctx() ctx: Context): Promise<TicketView> {
    return ServiceCornerService.transition(ctx, input.ticketId, [CALLED], CALLED);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => TicketView)
  startServing(@Arg('input') input: TicketActionInput, @Ctx() ctx: Context): Promise<TicketView> {
    return ServiceCornerService.transition(ctx, input.ticketId, [CALLED], SERVING);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => TicketView)
  completeTicket(@Arg('input') input: TicketActionInput, @Ctx() ctx: Context): Promise<TicketView> {
    return ServiceCornerService.transition(ctx, input.ticketId, [CALLED, SERVING], DONE);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => TicketView, { description: 'The resident did not come after being called' })
  markNoShow(@Arg('input') input: TicketActionInput, @Ctx() ctx: Context): Promise<TicketView> {
    return ServiceCornerService.transition(ctx, input.ticketId, [CALLED], NO_SHOW);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => TicketView, {
    description: "Moves a ticket to another service's line (with that line's next number)",
  })
  transferTicket(@Arg('input') input: TransferTicketInput, @Ctx() ctx: Context): Promise<TicketView> {
    return ServiceCornerService.transfer(ctx, input.ticketId, input.toServiceId);
  }

  @Authorized(Role.RESIDENT)
  @Mutation(() => TicketView, { description: 'Leaves the line (own waiting ticket)' })
  cancelMyTicket(@Arg('input') input: TicketActionInput, @Ctx() ctx: Context): Promise<TicketView> {
    return ServiceCornerService.transition(ctx, input.ticketId, [WAITING], CANCELLED, { ownOnly: true });
  }

  @Authorized()
  // Every display of a community gets the same events: one execution for all. A line's versions
  // supersede each other: a display that fell behind gets the newest of each line.
  @Extensions({ ...SHARED, ...latestBy('sessionId', 'serviceId') })
  @Subscription(() => QueueChange, {
    topics: 'QUEUE_CHANGED',
    filter: ({
      payload,
      args,
      context,
    }: {
      payload: QueueEvent;
      args: { serviceId?: string | null };
      context: Context;
    }) =>
      payload.communityId === context.principal.communityId &&
      (!args.serviceId || payload.serviceId === args.serviceId),
  })
  queueChanged(
    @Root() event: QueueEvent,
    @Arg('serviceId', () => ID, { nullable: true }) _serviceId: string | null,
  ): QueueChange {
    return { sessionId: event.sessionId, serviceId: event.serviceId, version: event.version };
  }
}

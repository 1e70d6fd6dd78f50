import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { CornerService } from './service-corner.entity.js';
import { ServiceCornerService } from './service-corner.service.js';
import { CallNextInput, CornerStatus, TakeTicketInput, TicketView } from './service-corner.types.js';

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
    description: 'Calls the next waiting number of a line (null: nobody waiting)',
  })
  callNext(@Arg('input') input: CallNextInput, @Ctx() ctx: Context): Promise<TicketView | null> {
    return ServiceCornerService.callNext(ctx, input);
  }
}

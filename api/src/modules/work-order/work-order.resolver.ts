import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { WorkOrderStatus } from './work-order.entity.js';
import { WorkOrderService } from './work-order.service.js';
import { CloseWorkOrderInput, CreateWorkOrderInput, WorkOrderNoteInput, WorkOrderView } from './work-order.types.js';

@Resolver()
export class WorkOrderResolver {
  @Authorized(Role.STAFF)
  @Query(() => [WorkOrderView], { description: 'Work orders, open ones by due date first' })
  workOrders(
    @Arg('status', () => WorkOrderStatus, { nullable: true }) status: WorkOrderStatus | null,
    @Ctx() ctx: Context,
  ): Promise<WorkOrderView[]> {
    return WorkOrderService.list(ctx, status);
  }

  @Authorized(Role.RESIDENT)
  @Query(() => [WorkOrderView], {
    description: "The signed-in resident's repairs (我的维修): open, and closed in the last 30 days",
  })
  myRepairs(@Ctx() ctx: Context): Promise<WorkOrderView[]> {
    return WorkOrderService.mine(ctx);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => WorkOrderView, {
    description: 'A repair not finished on the spot becomes a work order (the ticket is completed)',
  })
  createWorkOrder(@Arg('input') input: CreateWorkOrderInput, @Ctx() ctx: Context): Promise<WorkOrderView> {
    return WorkOrderService.create(ctx, input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => WorkOrderView, { description: 'A follow-up on a work order' })
  addWorkOrderNote(@Arg('input') input: WorkOrderNoteInput, @Ctx() ctx: Context): Promise<WorkOrderView> {
    return WorkOrderService.addNote(ctx, input.workOrderId, input.text);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => WorkOrderView)
  closeWorkOrder(@Arg('input') input: CloseWorkOrderInput, @Ctx() ctx: Context): Promise<WorkOrderView> {
    return WorkOrderService.close(ctx, input);
  }
}

import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { checkId } from '../../platform/errors.js';
import { CornerSetupService } from './corner-setup.service.js';
import {
  CalendarSession,
  CloseSessionInput,
  ClosedSession,
  CornerServiceInput,
  CounterInput,
  CounterView,
  GeneratedSessions,
  LineCapacityInput,
  OneOffSessionInput,
  SessionLine,
  SessionPatternInput,
  UpdateCornerServiceInput,
  UpdateCounterInput,
} from './corner-setup.types.js';
import { CornerService, CornerSession } from './service-corner.entity.js';
import { TicketView } from './service-corner.types.js';

/** The console's set-up of the 便民服务角: services, the calendar of sessions, counters. */
@Resolver()
export class CornerSetupResolver {
  @Authorized(Role.STAFF)
  @Query(() => [CornerService], { description: 'Every service of the corner, inactive ones too' })
  cornerSetupServices(@Ctx() ctx: Context): Promise<CornerService[]> {
    return CornerSetupService.services(ctx);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => CornerService)
  createCornerService(@Arg('input') input: CornerServiceInput, @Ctx() ctx: Context): Promise<CornerService> {
    return CornerSetupService.createService(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => CornerService)
  updateCornerService(@Arg('input') input: UpdateCornerServiceInput, @Ctx() ctx: Context): Promise<CornerService> {
    return CornerSetupService.updateService(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => CornerService, { description: 'Takes a service off the kiosk (or back); services are never deleted' })
  setCornerServiceActive(
    @Arg('id', () => ID) id: string,
    @Arg('active') active: boolean,
    @Ctx() ctx: Context,
  ): Promise<CornerService> {
    return CornerSetupService.setServiceActive(ctx, checkId(id, 'Service'), active);
  }

  @Authorized(Role.STAFF)
  @Query(() => [CalendarSession], { description: 'The sessions starting in a month (YYYY-MM, Asia/Shanghai)' })
  cornerCalendar(@Arg('month') month: string, @Ctx() ctx: Context): Promise<CalendarSession[]> {
    return CornerSetupService.calendar(ctx, month);
  }

  @Authorized(Role.STAFF)
  @Query(() => [SessionLine], { description: "Each active service's places in one session" })
  cornerSessionLines(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context): Promise<SessionLine[]> {
    return CornerSetupService.sessionLines(ctx, checkId(sessionId, 'Session'));
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => GeneratedSessions, {
    description: 'Adds a weekly pattern’s sessions for the next weeks; existing (and closed) days are left alone',
  })
  generateCornerSessions(@Arg('input') input: SessionPatternInput, @Ctx() ctx: Context): Promise<GeneratedSessions> {
    return CornerSetupService.generateSessions(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => CornerSession, { description: 'One extra opening' })
  addCornerSession(@Arg('input') input: OneOffSessionInput, @Ctx() ctx: Context): Promise<CornerSession> {
    return CornerSetupService.addSession(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => ClosedSession, {
    description: 'Closes a future session (a holiday): its bookings are cancelled and their residents told',
  })
  closeCornerSession(@Arg('input') input: CloseSessionInput, @Ctx() ctx: Context): Promise<ClosedSession> {
    return CornerSetupService.closeSession(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => CornerSession, { description: 'Opens a closed session again (cancelled bookings stay cancelled)' })
  reopenCornerSession(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: Context): Promise<CornerSession> {
    return CornerSetupService.reopenSession(ctx, checkId(sessionId, 'Session'));
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => SessionLine, { description: "One session's places for a service (null: the service's default)" })
  setCornerLineCapacity(@Arg('input') input: LineCapacityInput, @Ctx() ctx: Context): Promise<SessionLine> {
    return CornerSetupService.setLineCapacity(ctx, input);
  }

  @Authorized(Role.STAFF)
  @Query(() => [CounterView], { description: 'The corner’s counters (active ones unless asked)' })
  cornerCounters(
    @Arg('includeInactive', { defaultValue: false }) includeInactive: boolean,
    @Ctx() ctx: Context,
  ): Promise<CounterView[]> {
    return CornerSetupService.counters(ctx, includeInactive);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => CounterView)
  createCornerCounter(@Arg('input') input: CounterInput, @Ctx() ctx: Context): Promise<CounterView> {
    return CornerSetupService.createCounter(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => CounterView)
  updateCornerCounter(@Arg('input') input: UpdateCounterInput, @Ctx() ctx: Context): Promise<CounterView> {
    return CornerSetupService.updateCounter(ctx, input);
  }

  @Authorized(Role.STAFF)
  @Query(() => TicketView, {
    nullable: true,
    description: 'The ticket called to or being served at a counter, in any line (null: the counter is free)',
  })
  counterTicket(@Arg('counterId', () => ID) counterId: string, @Ctx() ctx: Context): Promise<TicketView | null> {
    return CornerSetupService.counterTicket(ctx, checkId(counterId, 'Counter'));
  }
}

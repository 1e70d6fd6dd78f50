import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { checkId } from '../../platform/errors.js';
import { Offering, Opening } from './corner.entity.js';
import { CornerService } from './corner.service.js';
import {
  CalendarOpening,
  CloseOpeningInput,
  ClosedOpening,
  CornerStatus,
  DeskInput,
  DeskView,
  GeneratedOpenings,
  OfferingInput,
  OneOffOpeningInput,
  OpeningPatternInput,
  PatternCheck,
  UpdateDeskInput,
  UpdateOfferingInput,
} from './corner.types.js';
import { OpeningsService } from './openings.service.js';

/** The 便民服务角 itself: its offerings, the calendar of openings, its desks. */
@Resolver()
export class CornerResolver {
  @Authorized()
  @Query(() => [Offering], { description: 'The service corner’s offerings (便民服务角), by line letter' })
  offerings(@Ctx() ctx: Context): Promise<Offering[]> {
    return CornerService.activeOfferings(ctx);
  }

  @Authorized()
  @Query(() => CornerStatus, { description: 'Whether the corner is open, and its current or next opening' })
  cornerStatus(@Ctx() ctx: Context): Promise<CornerStatus> {
    return CornerService.status(ctx);
  }

  @Authorized(Role.STAFF)
  @Query(() => [Offering], { description: 'Every offering of the corner, inactive ones too' })
  allOfferings(@Ctx() ctx: Context): Promise<Offering[]> {
    return CornerService.allOfferings(ctx);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => Offering)
  createOffering(@Arg('input') input: OfferingInput, @Ctx() ctx: Context): Promise<Offering> {
    return CornerService.createOffering(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => Offering)
  updateOffering(@Arg('input') input: UpdateOfferingInput, @Ctx() ctx: Context): Promise<Offering> {
    return CornerService.updateOffering(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => Offering, { description: 'Takes an offering off the kiosk (or back); offerings are never deleted' })
  setOfferingActive(
    @Arg('id', () => ID) id: string,
    @Arg('active') active: boolean,
    @Ctx() ctx: Context,
  ): Promise<Offering> {
    return CornerService.setOfferingActive(ctx, checkId(id, 'Offering'), active);
  }

  @Authorized(Role.STAFF)
  @Query(() => [CalendarOpening], { description: 'The openings starting in a month (YYYY-MM, Asia/Shanghai)' })
  cornerCalendar(@Arg('month') month: string, @Ctx() ctx: Context): Promise<CalendarOpening[]> {
    return OpeningsService.calendar(ctx, month);
  }

  @Authorized(Role.SECRETARY)
  @Query(() => PatternCheck, {
    description: 'The statutory holidays a weekly pattern falls on (to confirm before generating it)',
  })
  checkOpeningPattern(@Arg('input') input: OpeningPatternInput, @Ctx() ctx: Context): PatternCheck {
    return OpeningsService.check(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => GeneratedOpenings, {
    description: 'Adds a weekly pattern’s openings for the next weeks; existing (and closed) days are left alone',
  })
  generateOpenings(@Arg('input') input: OpeningPatternInput, @Ctx() ctx: Context): Promise<GeneratedOpenings> {
    return OpeningsService.generate(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => Opening, { description: 'One extra opening' })
  addOpening(@Arg('input') input: OneOffOpeningInput, @Ctx() ctx: Context): Promise<Opening> {
    return OpeningsService.add(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => ClosedOpening, {
    description: 'Closes a future opening (a holiday): its bookings are cancelled and their residents told',
  })
  closeOpening(@Arg('input') input: CloseOpeningInput, @Ctx() ctx: Context): Promise<ClosedOpening> {
    return OpeningsService.close(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => Opening, { description: 'Opens a closed opening again (cancelled bookings stay cancelled)' })
  reopenOpening(@Arg('openingId', () => ID) openingId: string, @Ctx() ctx: Context): Promise<Opening> {
    return OpeningsService.reopen(ctx, checkId(openingId, 'Opening'));
  }

  @Authorized(Role.STAFF)
  @Query(() => [DeskView], { description: 'The corner’s desks (active ones unless asked)' })
  desks(
    @Arg('includeInactive', { defaultValue: false }) includeInactive: boolean,
    @Ctx() ctx: Context,
  ): Promise<DeskView[]> {
    return CornerService.desks(ctx, includeInactive);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => DeskView)
  createDesk(@Arg('input') input: DeskInput, @Ctx() ctx: Context): Promise<DeskView> {
    return CornerService.createDesk(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => DeskView)
  updateDesk(@Arg('input') input: UpdateDeskInput, @Ctx() ctx: Context): Promise<DeskView> {
    return CornerService.updateDesk(ctx, input);
  }
}

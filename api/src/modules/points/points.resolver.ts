import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { checkId } from '../../platform/errors.js';
import { PointsService } from './points.service.js';
import { MonthlyService } from './monthly.service.js';
import {
  HistoryArgs,
  ManualPointsInput,
  MonthPoints,
  PointsAccountView,
  PointsPosting,
  PointsRuleInput,
  PointsRuleView,
  PointsSettingsInput,
  PointsSettingsView,
  ReverseEntryInput,
  VolunteerHoursInput,
} from './points.types.js';

@Resolver()
export class PointsResolver {
  @Authorized(Role.RESIDENT)
  @Query(() => PointsAccountView, { description: "The signed-in resident's balance and history" })
  myPoints(@Args() args: HistoryArgs, @Ctx() ctx: Context): Promise<PointsAccountView> {
    return PointsService.account(ctx, ctx.principal.resident!.id, args);
  }

  @Authorized(Role.STAFF)
  @Query(() => PointsAccountView, { description: "A resident's balance and history, filtered" })
  residentPoints(
    @Arg('residentId', () => ID) residentId: string,
    @Args() args: HistoryArgs,
    @Ctx() ctx: Context,
  ): Promise<PointsAccountView> {
    return PointsService.account(ctx, checkId(residentId, 'Resident'), args);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => PointsPosting, { description: 'Records verified volunteer hours and credits them' })
  recordVolunteerHours(@Arg('input') input: VolunteerHoursInput, @Ctx() ctx: Context): Promise<PointsPosting> {
    return PointsService.recordHours(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => PointsPosting, { description: 'Awards or takes off points by hand, with a reason' })
  adjustPoints(@Arg('input') input: ManualPointsInput, @Ctx() ctx: Context): Promise<PointsPosting> {
    return PointsService.manual(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => PointsPosting, { description: 'Corrects an entry by reversing it, with a reason' })
  reversePointsEntry(@Arg('input') input: ReverseEntryInput, @Ctx() ctx: Context): Promise<PointsPosting> {
    return PointsService.reverse(ctx, input);
  }

  @Authorized(Role.STAFF)
  @Query(() => [PointsRuleView], { description: 'Earning rules, newest first per reason' })
  pointsRules(@Ctx() ctx: Context): Promise<PointsRuleView[]> {
    return PointsService.rules(ctx);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => [PointsRuleView], { description: 'A new amount from a day on; entries made keep theirs' })
  addPointsRule(@Arg('input') input: PointsRuleInput, @Ctx() ctx: Context): Promise<PointsRuleView[]> {
    return PointsService.addRule(ctx, input);
  }

  @Authorized(Role.STAFF)
  @Query(() => PointsSettingsView)
  pointsSettings(@Ctx() ctx: Context): Promise<PointsSettingsView> {
    return PointsService.settings(ctx);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => PointsSettingsView)
  savePointsSettings(@Arg('input') input: PointsSettingsInput, @Ctx() ctx: Context): Promise<PointsSettingsView> {
    return PointsService.saveSettings(ctx, input);
  }

  @Authorized(Role.STAFF)
  @Query(() => [MonthPoints], { description: 'Points earned and redeemed per month, the last months' })
  pointsByMonth(
    @Arg('months', () => Int, { defaultValue: 12 }) months: number,
    @Ctx() ctx: Context,
  ): Promise<MonthPoints[]> {
    return MonthlyService.months(ctx, months);
  }
}

import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { StarsService } from './stars.service.js';
import { ConfirmStarsInput, QuarterArgs, StarPreferenceView, StarsView } from './points.types.js';

@Resolver()
export class StarsResolver {
  @Authorized()
  @Query(() => StarsView, {
    nullable: true,
    description: 'The latest confirmed governance stars (kiosk home, screens)',
  })
  governanceStars(@Ctx() ctx: Context): Promise<StarsView | null> {
    return StarsService.latest(ctx);
  }

  @Authorized(Role.STAFF)
  @Query(() => StarsView, { description: "A quarter's stars: confirmed, or the ranking so far" })
  starsOfQuarter(@Args() args: QuarterArgs, @Ctx() ctx: Context): Promise<StarsView> {
    return StarsService.quarter(ctx, args.quarter);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => StarsView, { description: 'Confirms the ranking shown as the quarter’s stars, and posts the notice' })
  confirmStars(@Arg('input') input: ConfirmStarsInput, @Ctx() ctx: Context): Promise<StarsView> {
    return StarsService.confirm(ctx, input);
  }

  @Authorized(Role.RESIDENT)
  @Query(() => StarPreferenceView)
  myStarPreference(@Ctx() ctx: Context): Promise<StarPreferenceView> {
    return StarsService.preference(ctx);
  }

  @Authorized(Role.RESIDENT)
  @Mutation(() => StarPreferenceView, { description: 'Shown by name among the stars, or not' })
  setStarPreference(@Arg('hideName') hideName: boolean, @Ctx() ctx: Context): Promise<StarPreferenceView> {
    return StarsService.setPreference(ctx, hideName);
  }
}

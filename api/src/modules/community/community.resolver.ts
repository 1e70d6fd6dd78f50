import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../platform/context.js';
import { Building } from './building.entity.js';
import { CommunityService } from './community.service.js';

@Resolver()
export class CommunityResolver {
  @Authorized()
  @Query(() => [Building], { description: "The caller's community's buildings, in number order" })
  buildings(@Ctx() ctx: Context): Promise<Building[]> {
    return CommunityService.buildings(ctx);
  }
}

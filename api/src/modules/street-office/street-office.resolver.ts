import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { OperatorUser } from './operator.entity.js';
import { StreetOfficeService } from './street-office.service.js';
import {
  CommunityCreated,
  CreateCommunityInput,
  OfficeCommunity,
  OperatorSignIn,
  OperatorSignInInput,
} from './street-office.types.js';

@Resolver()
export class StreetOfficeResolver {
  @Mutation(() => OperatorSignIn, { description: "The street office's operator signs in (no community)" })
  async signInOperator(@Arg('input') input: OperatorSignInInput, @Ctx() ctx: Context): Promise<OperatorSignIn> {
    const { token, user } = await StreetOfficeService.signIn(ctx, input.username, input.password);
    return { token, operator: user };
  }

  @Authorized(Role.OPERATOR)
  @Query(() => OperatorUser, { description: 'The signed-in operator' })
  async operatorMe(@Ctx() ctx: Context): Promise<OperatorUser> {
    const me = await StreetOfficeService.me(ctx);
    if (!me) throw new Error('signed-in operator not found');
    return me;
  }

  @Authorized(Role.OPERATOR)
  @Query(() => [OfficeCommunity], { description: "The street office's communities, oldest first (no residents' data)" })
  officeCommunities(@Ctx() ctx: Context): Promise<OfficeCommunity[]> {
    return StreetOfficeService.communities(ctx);
  }

  @Authorized(Role.OPERATOR)
  @Mutation(() => CommunityCreated, {
    description: 'A community, its buildings and its first admin (one-time password shown once), all or nothing',
  })
  createCommunity(@Arg('input') input: CreateCommunityInput, @Ctx() ctx: Context): Promise<CommunityCreated> {
    return StreetOfficeService.createCommunity(ctx, input);
  }
}

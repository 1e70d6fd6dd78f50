import { wrap } from '@mikro-orm/core';
import { Args, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { localDate } from '../../platform/time.js';
import { Building } from '../community/index.js';
import { Resident } from './resident.entity.js';
import { ResidentService } from './resident.service.js';
import { ResidentPage, ResidentsArgs } from './resident.types.js';

@Resolver(() => Resident)
export class ResidentResolver {
  @Authorized(Role.STAFF)
  @Query(() => ResidentPage)
  residents(@Args() args: ResidentsArgs, @Ctx() ctx: Context): Promise<ResidentPage> {
    return ResidentService.list(ctx, args);
  }

  @FieldResolver(() => Building)
  async building(@Root() r: Resident): Promise<Building> {
    const ref = wrap(r.building);
    if (ref.isInitialized()) return r.building;
    return (await ref.init())!;
  }

  @FieldResolver(() => Int)
  age(@Root() r: Resident): number {
    return r.ageOn(localDate());
  }

  @Authorized(Role.STAFF)
  @FieldResolver(() => String, { description: 'Staff only' })
  phone(@Root() r: Resident): string {
    return r.phone;
  }

  @FieldResolver(() => String, { description: 'Last four digits, for a kiosk greeting' })
  phoneTail(@Root() r: Resident): string {
    return r.phone.slice(-4);
  }
}

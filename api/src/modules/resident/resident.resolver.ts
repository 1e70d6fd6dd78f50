import { wrap } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { checkId } from '../../platform/errors.js';
import { localDate } from '../../platform/time.js';
import { Building } from '../community/index.js';
import { Resident } from './resident.entity.js';
import { ResidentService } from './resident.service.js';
import {
  HouseholdArgs,
  ResidentEdit,
  ResidentInput,
  ResidentPage,
  ResidentRecord,
  ResidentsArgs,
} from './resident.types.js';
import { maskPhone } from './rules.js';

@Resolver(() => Resident)
export class ResidentResolver {
  @Authorized(Role.STAFF)
  @Query(() => ResidentPage)
  residents(@Args() args: ResidentsArgs, @Ctx() ctx: Context): Promise<ResidentPage> {
    return ResidentService.list(ctx, args);
  }

  @Authorized(Role.STAFF)
  @Query(() => [Resident], { description: 'Everyone living in a household (户: building, unit, room), by name' })
  household(@Args() args: HouseholdArgs, @Ctx() ctx: Context): Promise<Resident[]> {
    return ResidentService.household(ctx, args.buildingId, args.unit, args.room);
  }

  @Authorized(Role.STAFF)
  @Query(() => ResidentRecord, { description: "One resident's whole record (the read is audited)" })
  residentRecord(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ResidentRecord> {
    return ResidentService.record(ctx, checkId(id, 'Resident'));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Resident)
  createResident(@Arg('input') input: ResidentInput, @Ctx() ctx: Context): Promise<Resident> {
    return ResidentService.create(ctx, input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Resident, { description: 'Edits or moves (building, unit, room) a resident' })
  updateResident(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: ResidentEdit,
    @Ctx() ctx: Context,
  ): Promise<Resident> {
    return ResidentService.update(ctx, checkId(id, 'Resident'), input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Resident, { description: 'Moved away: kept for history, off the lists, signed out' })
  markResidentMovedAway(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ): Promise<Resident> {
    return ResidentService.moveAway(ctx, checkId(id, 'Resident'), version);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Resident, { description: "On the resident's request (PIPL): personal fields erased for good" })
  eraseResident(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ): Promise<Resident> {
    return ResidentService.erase(ctx, checkId(id, 'Resident'), version);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => ResidentRecord, { description: 'Issues a card, or replaces it: the old one stops working at once' })
  issueResidentCard(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ResidentRecord> {
    return ResidentService.issueCard(ctx, checkId(id, 'Resident'));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => ResidentRecord)
  revokeResidentCard(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ResidentRecord> {
    return ResidentService.revokeCard(ctx, checkId(id, 'Resident'));
  }

  @FieldResolver(() => Building)
  async building(@Root() r: Resident): Promise<Building> {
    const ref = wrap(r.building);
    if (ref.isInitialized()) return r.building;
    return (await ref.init())!;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'None when the date of birth is unknown' })
  age(@Root() r: Resident): number | null {
    return r.ageOn(localDate());
  }

  @Authorized(Role.STAFF)
  @FieldResolver(() => String, { nullable: true, description: 'Staff only; masked: 138****0001' })
  phoneMasked(@Root() r: Resident): string | null {
    return maskPhone(r.phone);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Last four digits, for a kiosk greeting' })
  phoneTail(@Root() r: Resident): string | null {
    return r.phone?.slice(-4) ?? null;
  }

  @Authorized(Role.STAFF)
  @FieldResolver(() => Boolean, { description: 'Moved away (or erased): off the lists' })
  movedAway(@Root() r: Resident): boolean {
    return r.movedAwayAt !== null;
  }

  @Authorized(Role.STAFF)
  @FieldResolver(() => Boolean)
  erased(@Root() r: Resident): boolean {
    return r.erasedAt !== null;
  }
}

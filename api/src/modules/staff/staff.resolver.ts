import { Arg, Authorized, Ctx, Extensions, Mutation, Query, Resolver } from 'type-graphql';
import { ALLOWED_BEFORE_PASSWORD_CHANGE, Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { StaffUser } from './staff-user.entity.js';
import { StaffService } from './staff.service.js';
import {
  ChangeMyPasswordInput,
  CreateStaffInput,
  SetStaffRoleInput,
  StaffPasswordIssued,
  StaffVersionInput,
} from './staff.types.js';

@Resolver()
export class StaffResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [StaffUser], { description: "The community's staff accounts, active ones first" })
  staffUsers(@Ctx() ctx: Context): Promise<StaffUser[]> {
    return StaffService.list(ctx);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => StaffPasswordIssued, { description: 'A new account, with a one-time password shown once' })
  createStaff(@Arg('input') input: CreateStaffInput, @Ctx() ctx: Context): Promise<StaffPasswordIssued> {
    return StaffService.create(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => StaffUser, { description: "Another account's role (never one's own; never the last admin's)" })
  setStaffRole(@Arg('input') input: SetStaffRoleInput, @Ctx() ctx: Context): Promise<StaffUser> {
    return StaffService.setRole(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => StaffUser, { description: 'The account cannot sign in any more; its sessions end at once' })
  deactivateStaff(@Arg('input') input: StaffVersionInput, @Ctx() ctx: Context): Promise<StaffUser> {
    return StaffService.deactivate(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => StaffUser, { description: 'A deactivated account may sign in again' })
  reactivateStaff(@Arg('input') input: StaffVersionInput, @Ctx() ctx: Context): Promise<StaffUser> {
    return StaffService.reactivate(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => StaffPasswordIssued, {
    description: "A new one-time password (shown once); the account's sessions end and it must choose its own",
  })
  resetStaffPassword(@Arg('input') input: StaffVersionInput, @Ctx() ctx: Context): Promise<StaffPasswordIssued> {
    return StaffService.resetPassword(ctx, input);
  }

  @Authorized(Role.STAFF)
  @Extensions(ALLOWED_BEFORE_PASSWORD_CHANGE)
  @Mutation(() => Boolean, { description: "The signed-in staff member's own new password; their other sessions end" })
  changeMyPassword(@Arg('input') input: ChangeMyPasswordInput, @Ctx() ctx: Context): Promise<boolean> {
    return StaffService.changeMyPassword(ctx, input);
  }
}

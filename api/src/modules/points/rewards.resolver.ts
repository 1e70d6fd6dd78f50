import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { RewardsService } from './rewards.service.js';
import {
  CancelVoucherInput,
  CatalogueView,
  NewRewardInput,
  RedeemInput,
  RewardView,
  StockInput,
  UpdateRewardInput,
  VoucherCodeInput,
  VoucherView,
  VouchersArgs,
} from './points.types.js';

@Resolver()
export class RewardsResolver {
  @Authorized(Role.RESIDENT)
  @Query(() => CatalogueView, {
    description: 'What the signed-in resident can redeem today, and what each still needs',
  })
  rewardCatalogue(@Ctx() ctx: Context): Promise<CatalogueView> {
    return RewardsService.catalogue(ctx);
  }

  @Authorized(Role.RESIDENT)
  @Mutation(() => VoucherView, { description: 'Redeems a reward: stock, points and the voucher in one step' })
  redeemReward(@Arg('input') input: RedeemInput, @Ctx() ctx: Context): Promise<VoucherView> {
    return RewardsService.redeem(ctx, input);
  }

  @Authorized(Role.RESIDENT)
  @Query(() => [VoucherView], { description: "The signed-in resident's vouchers, newest first" })
  myVouchers(@Ctx() ctx: Context): Promise<VoucherView[]> {
    return RewardsService.myVouchers(ctx);
  }

  @Authorized(Role.STAFF)
  @Query(() => [RewardView])
  rewards(
    @Arg('includeArchived', { defaultValue: false }) includeArchived: boolean,
    @Ctx() ctx: Context,
  ): Promise<RewardView[]> {
    return RewardsService.list(ctx, includeArchived);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => RewardView)
  createReward(@Arg('input') input: NewRewardInput, @Ctx() ctx: Context): Promise<RewardView> {
    return RewardsService.create(ctx, input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => RewardView, { description: 'Edits a reward at the version read (not its stock)' })
  updateReward(@Arg('input') input: UpdateRewardInput, @Ctx() ctx: Context): Promise<RewardView> {
    return RewardsService.update(ctx, input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => RewardView, { description: 'Adds stock received, or writes some off' })
  adjustRewardStock(@Arg('input') input: StockInput, @Ctx() ctx: Context): Promise<RewardView> {
    return RewardsService.adjustStock(ctx, input);
  }

  @Authorized(Role.STAFF)
  @Query(() => [VoucherView])
  vouchers(@Args() args: VouchersArgs, @Ctx() ctx: Context): Promise<VoucherView[]> {
    return RewardsService.vouchers(ctx, args);
  }

  @Authorized(Role.STAFF)
  @Query(() => VoucherView, { description: 'A voucher by its code, as typed or scanned' })
  voucherByCode(@Arg('code') code: string, @Ctx() ctx: Context): Promise<VoucherView> {
    return RewardsService.byCode(ctx, code);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => VoucherView, { description: 'Hands a voucher over' })
  fulfilVoucher(@Arg('input') input: VoucherCodeInput, @Ctx() ctx: Context): Promise<VoucherView> {
    return RewardsService.fulfil(ctx, input.code);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => VoucherView, { description: 'Cancels an issued voucher: its points and stock come back' })
  cancelVoucher(@Arg('input') input: CancelVoucherInput, @Ctx() ctx: Context): Promise<VoucherView> {
    return RewardsService.cancel(ctx, input);
  }
}

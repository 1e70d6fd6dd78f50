import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Authorized } from 'type-graphql';
import { Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { AuthService } from './auth.service.js';
import {
  CardSignInInput,
  DevicePairing,
  PinSignInInput,
  ResidentSignIn,
  StaffSignIn,
  StaffSignInInput,
  Viewer,
} from './auth.types.js';
import { ViewerService } from './viewer.service.js';

@Resolver()
export class AuthResolver {
  @Query(() => Viewer)
  viewer(@Ctx() ctx: Context): Promise<Viewer> {
    return ViewerService.viewer(ctx);
  }

  @Mutation(() => StaffSignIn)
  async signInStaff(@Arg('input') input: StaffSignInInput, @Ctx() ctx: Context): Promise<StaffSignIn> {
    const { token, user } = await AuthService.signInStaff(ctx, input.community, input.username, input.password);
    return { token, staff: user };
  }

  @Authorized(Role.KIOSK)
  @Mutation(() => ResidentSignIn, { description: 'At a kiosk: phone number and 6-digit PIN' })
  async signInWithPin(@Arg('input') input: PinSignInInput, @Ctx() ctx: Context): Promise<ResidentSignIn> {
    const { token, user } = await AuthService.signInResidentWithPin(ctx, input.phone, input.pin);
    return { token, resident: user };
  }

  @Authorized(Role.KIOSK)
  @Mutation(() => ResidentSignIn, { description: 'At a kiosk: the code on the resident card' })
  async signInWithCard(@Arg('input') input: CardSignInInput, @Ctx() ctx: Context): Promise<ResidentSignIn> {
    const { token, user } = await AuthService.signInResidentWithCard(ctx, input.code);
    return { token, resident: user };
  }

  @Mutation(() => Boolean, { description: 'Ends the current staff or resident session' })
  signOut(@Ctx() ctx: Context): Promise<boolean> {
    return AuthService.signOut(ctx);
  }

  @Mutation(() => DevicePairing, {
    description: 'A new kiosk or screen trades the code the console shows for its token',
  })
  async pairDevice(@Arg('code') code: string, @Ctx() ctx: Context): Promise<DevicePairing> {
    const { token, user } = await AuthService.pairDevice(ctx, code);
    return { token, device: user };
  }
}

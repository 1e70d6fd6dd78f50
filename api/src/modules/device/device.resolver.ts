import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { Device } from './device.entity.js';
import { DeviceService } from './device.service.js';
import { DeviceRegistration, DeviceSignInBudget, RegisterDeviceInput } from './device.types.js';

@Authorized(Role.ADMIN)
@Resolver(() => Device)
export class DeviceResolver {
  @Query(() => [Device])
  devices(@Ctx() ctx: Context): Promise<Device[]> {
    return DeviceService.list(ctx);
  }

  @Mutation(() => DeviceRegistration)
  registerDevice(@Arg('input') input: RegisterDeviceInput, @Ctx() ctx: Context): Promise<DeviceRegistration> {
    return DeviceService.register(ctx, input);
  }

  @Mutation(() => String, { description: 'A new one-time pairing code (XXXX-XXXX, 30 minutes)' })
  renewPairingCode(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return DeviceService.renewPairingCode(ctx, id);
  }

  @Mutation(() => Device)
  revokeDevice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Device> {
    return DeviceService.revoke(ctx, id);
  }

  @Mutation(() => Device, {
    description: "Forgets a kiosk's failed resident sign-ins and lifts its block, if any",
  })
  resetDeviceSignIns(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Device> {
    return DeviceService.resetSignInBudget(ctx, id);
  }

  @FieldResolver(() => DeviceSignInBudget, {
    nullable: true,
    description: "A kiosk's failed resident sign-ins and block, for admins; null for a screen",
  })
  signInBudget(@Root() device: Device, @Ctx() ctx: Context): Promise<DeviceSignInBudget | null> {
    return DeviceService.signInBudget(ctx, device);
  }
}

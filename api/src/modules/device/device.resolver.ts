import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { Device } from './device.entity.js';
import { DeviceService } from './device.service.js';
import { DeviceRegistration, RegisterDeviceInput } from './device.types.js';

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
}

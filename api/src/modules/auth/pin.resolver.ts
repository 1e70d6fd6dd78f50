import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { checkId } from '../../platform/errors.js';
import { ResidentSignIn } from './auth.types.js';
import { PinService } from './pin.service.js';
import { ChangePinInput, PinSetupCode, SetPinInput, SetupCodeCheckInput } from './pin.types.js';

@Resolver()
export class PinResolver {
  @Authorized(Role.STAFF)
  @Mutation(() => PinSetupCode, {
    description: "A one-time code (24 h) for the resident to set their own PIN; ends the resident's sessions",
  })
  issuePinSetupCode(@Arg('residentId', () => ID) residentId: string, @Ctx() ctx: Context): Promise<PinSetupCode> {
    return PinService.issueSetupCode(ctx, checkId(residentId, 'Resident'));
  }

  @Authorized(Role.STAFF)
  @Mutation(() => Boolean, { description: 'Lifts a PIN lock (true: there was one); audited' })
  liftPinLock(@Arg('residentId', () => ID) residentId: string, @Ctx() ctx: Context): Promise<boolean> {
    return PinService.liftLock(ctx, checkId(residentId, 'Resident'));
  }

  @Authorized(Role.KIOSK)
  @Mutation(() => Boolean, { description: 'At a kiosk: is this the set-up code? (counts as a PIN try)' })
  checkPinSetupCode(@Arg('input') input: SetupCodeCheckInput, @Ctx() ctx: Context): Promise<boolean> {
    return PinService.checkSetupCode(ctx, input.phone, input.code);
  }

  @Authorized(Role.KIOSK)
  @Mutation(() => ResidentSignIn, { description: 'At a kiosk: sets the PIN with a set-up code, and signs in' })
  async setPinWithCode(@Arg('input') input: SetPinInput, @Ctx() ctx: Context): Promise<ResidentSignIn> {
    const { token, user } = await PinService.setPinWithCode(ctx, input.phone, input.code, input.pin);
    return { token, resident: user };
  }

  @Authorized(Role.RESIDENT)
  @Mutation(() => Boolean, { description: 'A signed-in resident changes their PIN' })
  changeMyPin(@Arg('input') input: ChangePinInput, @Ctx() ctx: Context): Promise<boolean> {
    return PinService.changeMyPin(ctx, input.currentPin, input.newPin);
  }
}

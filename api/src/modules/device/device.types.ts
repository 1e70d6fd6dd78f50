import { IsEnum, MaxLength } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { NotBlank } from '../../platform/input-guard.js';
import { Device, DeviceKind } from './device.entity.js';

@InputType()
export class RegisterDeviceInput {
  @Field(() => DeviceKind)
  @IsEnum(DeviceKind)
  kind!: DeviceKind;

  @Field()
  @NotBlank()
  @MaxLength(60)
  name!: string;

  @Field({ defaultValue: '' })
  @MaxLength(100)
  location: string = '';
}

@ObjectType({ description: 'Shown once, right after registering: the token and a pairing code' })
export class DeviceRegistration {
  @Field(() => Device)
  device!: Device;

  @Field({ description: 'Bearer token for the device; not retrievable later' })
  token!: string;

  @Field({ description: 'One-time code to type on the new device (valid 30 minutes)' })
  pairingCode!: string;
}

@ObjectType({
  description:
    "A kiosk's budget of failed resident sign-ins (unknown phones, wrong PINs, unknown cards), shared by every API process",
})
export class DeviceSignInBudget {
  @Field(() => Int, { description: 'Failed sign-ins counted in the current window' })
  failures!: number;

  @Field(() => Int, { description: 'How many failures a window allows before sign-in at the kiosk waits' })
  limit!: number;

  @Field(() => Int, { description: 'Length of the window, in minutes' })
  windowMinutes!: number;

  @Field(() => Date, { nullable: true, description: 'Past its budget: sign-in at this kiosk waits until then' })
  blockedUntil!: Date | null;
}

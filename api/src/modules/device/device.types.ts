import { IsEnum, IsNotEmpty, MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { Device, DeviceKind } from './device.entity.js';

@InputType()
export class RegisterDeviceInput {
  @Field(() => DeviceKind)
  @IsEnum(DeviceKind)
  kind!: DeviceKind;

  @Field()
  @IsNotEmpty()
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

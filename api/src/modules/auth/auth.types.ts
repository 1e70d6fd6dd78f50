import { Field, InputType, ObjectType } from 'type-graphql';
import { IsNotEmpty, Length, Matches, MaxLength } from 'class-validator';
import { Community } from '../community/index.js';
import { Device } from '../device/index.js';
import { Resident } from '../resident/index.js';
import { StaffUser } from '../staff/index.js';

@InputType()
export class StaffSignInInput {
  @Field({ description: "The community's code (`xingfuli`): usernames are unique within a community" })
  @IsNotEmpty()
  @MaxLength(64)
  community!: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(64)
  username!: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}

@InputType()
export class PinSignInInput {
  @Field({ description: 'Mainland mobile number, 11 digits' })
  @Matches(/^1\d{10}$/, { message: 'phoneFormat' })
  phone!: string;

  @Field({ description: '6 digits' })
  @Matches(/^\d{6}$/, { message: 'pinFormat' })
  pin!: string;
}

@InputType()
export class CardSignInInput {
  @Field({ description: 'The code on the resident card, scanned or typed' })
  @Length(6, 40)
  code!: string;
}

@ObjectType()
export class StaffSignIn {
  @Field()
  token!: string;

  @Field(() => StaffUser)
  staff!: StaffUser;
}

@ObjectType()
export class ResidentSignIn {
  @Field({ description: 'Send as the X-Resident-Token header (or residentToken connection param) from this kiosk' })
  token!: string;

  @Field(() => Resident)
  resident!: Resident;
}

@ObjectType()
export class DevicePairing {
  @Field({ description: 'The device keeps this and sends it as a bearer token' })
  token!: string;

  @Field(() => Device)
  device!: Device;
}

@ObjectType({ description: 'Who is calling' })
export class Viewer {
  @Field(() => Community, { nullable: true })
  community?: Community | null;

  @Field(() => StaffUser, { nullable: true })
  staff?: StaffUser | null;

  @Field(() => Device, { nullable: true })
  device?: Device | null;

  @Field(() => Resident, { nullable: true })
  resident?: Resident | null;

  @Field({
    description:
      'The staff session signed in with a one-time password: it must choose its own (changeMyPassword) before anything else',
  })
  mustChangePassword!: boolean;

  @Field({ description: "The street office's operator (above communities; no community)" })
  operator!: boolean;
}

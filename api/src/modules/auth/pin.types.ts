import { Matches } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A one-time code for a resident to set their own PIN with at a kiosk' })
export class PinSetupCode {
  @Field({ description: '8 digits; shown once: print it or read it aloud' })
  code!: string;

  @Field()
  expiresAt!: Date;
}

@InputType()
export class SetupCodeCheckInput {
  @Field({ description: 'Mainland mobile number, 11 digits' })
  @Matches(/^1\d{10}$/, { message: 'phoneFormat' })
  phone!: string;

  @Field({ description: 'The 8-digit set-up code staff gave' })
  @Matches(/^\d{8}$/, { message: 'setupCodeFormat' })
  code!: string;
}

@InputType()
export class SetPinInput extends SetupCodeCheckInput {
  @Field({ description: 'The new 6-digit PIN' })
  @Matches(/^\d{6}$/, { message: 'pinFormat' })
  pin!: string;
}

@InputType()
export class ChangePinInput {
  @Field()
  @Matches(/^\d{6}$/, { message: 'pinFormat' })
  currentPin!: string;

  @Field()
  @Matches(/^\d{6}$/, { message: 'pinFormat' })
  newPin!: string;
}

import { Length, Matches, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PASSWORD_MAX_LENGTH } from './password-policy.js';
import { StaffRole, StaffUser } from './staff-user.entity.js';

/** Sign-in names: lowercase letters, digits, `.`, `_`, `-`; 2 to 32, starting with a letter or digit. */
export const USERNAME = /^[a-z0-9][a-z0-9._-]{1,31}$/;

@InputType()
export class CreateStaffInput {
  @Field({ description: 'Lowercase letters, digits, . _ -; 2 to 32; unique in the community' })
  @Matches(USERNAME, { message: 'usernameFormat' })
  username!: string;

  @Field()
  @Length(1, 40)
  displayName!: string;

  @Field(() => StaffRole)
  role!: StaffRole;
}

/** Which account, as the admin last saw it (`version`): a change made meanwhile refuses the edit. */
@InputType()
export class StaffVersionInput {
  @Field(() => ID)
  staffId!: string;

  @Field(() => Int)
  @Min(1)
  version!: number;
}

@InputType()
export class SetStaffRoleInput extends StaffVersionInput {
  @Field(() => StaffRole)
  role!: StaffRole;
}

@InputType()
export class ChangeMyPasswordInput {
  @Field()
  @Length(1, PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @Field({ description: 'At least 10 characters, not common or easy to guess' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

@ObjectType({ description: 'An account and the one-time password it signs in with next (shown once)' })
export class StaffPasswordIssued {
  @Field(() => StaffUser)
  staff!: StaffUser;

  @Field({ description: 'Shown once; the account must choose its own password at its next sign-in' })
  oneTimePassword!: string;
}

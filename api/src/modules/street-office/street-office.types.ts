import { Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { COMMUNITY_CODE } from '../community/index.js';
import { OperatorUser } from './operator.entity.js';

@InputType()
export class OperatorSignInInput {
  @Field()
  @Length(1, 64)
  username!: string;

  @Field()
  @Length(1, 200)
  password!: string;
}

@ObjectType()
export class OperatorSignIn {
  @Field({ description: 'Send as a bearer token' })
  token!: string;

  @Field(() => OperatorUser)
  operator!: OperatorUser;
}

/** A community as the street office sees it: what it is and its size, nothing of its residents. */
@ObjectType()
export class OfficeCommunity {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  code!: string;

  @Field()
  address!: string;

  @Field(() => Int)
  buildingCount!: number;

  @Field(() => Int, { description: 'Units (单元) of all its buildings' })
  unitCount!: number;

  @Field(() => Int, { description: 'Active staff accounts' })
  staffCount!: number;

  @Field()
  createdAt!: Date;
}

@InputType()
export class CreateCommunityInput {
  @Field()
  @Length(1, 40)
  name!: string;

  @Field({ description: 'Lowercase letters, digits and hyphens, 2 to 32 (`xingfuli`); staff type it to sign in' })
  @Matches(COMMUNITY_CODE, { message: 'communityCodeFormat' })
  @Length(2, 32)
  code!: string;

  @Field()
  @Length(1, 100)
  address!: string;

  @Field(() => Int, { description: 'Buildings 1号楼 … N号楼' })
  @Min(1)
  @Max(200)
  buildingCount!: number;

  @Field(() => Int, { description: 'Units (单元) in each building' })
  @Min(1)
  @Max(20)
  unitsPerBuilding!: number;

  @Field({ description: "The first admin's username" })
  @Matches(/^[a-z0-9][a-z0-9._-]{1,31}$/, { message: 'usernameFormat' })
  adminUsername!: string;

  @Field()
  @Length(1, 40)
  adminDisplayName!: string;
}

@ObjectType()
export class CommunityCreated {
  @Field(() => OfficeCommunity)
  community!: OfficeCommunity;

  @Field()
  adminUsername!: string;

  @Field({ description: "The first admin's one-time password, shown once; changed at the first sign-in" })
  oneTimePassword!: string;
}

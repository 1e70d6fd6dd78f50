import { IsOptional, IsUUID, MaxLength, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { Resident } from './resident.entity.js';

@ArgsType()
export class ResidentsArgs {
  @Field(() => String, { nullable: true, description: 'Part of a name or phone number' })
  @IsOptional()
  @MaxLength(40)
  search?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  buildingId?: string;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  offset: number = 0;

  @Field(() => Int, { defaultValue: 25 })
  @Min(1)
  @Max(100)
  limit: number = 25;
}

@ObjectType()
export class ResidentPage {
  @Field(() => [Resident])
  items!: Resident[];

  @Field(() => Int)
  total!: number;
}

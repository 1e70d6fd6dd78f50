import { IsOptional, IsUUID, MaxLength, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Resident } from './resident.entity.js';

/** An age band of the residents page, counted from the birth date on the community's date. */
export enum AgeBand {
  SIXTY_PLUS = 'SIXTY_PLUS',
  EIGHTY_PLUS = 'EIGHTY_PLUS',
}
registerEnumType(AgeBand, {
  name: 'AgeBand',
  valuesConfig: { SIXTY_PLUS: { description: '60 and over' }, EIGHTY_PLUS: { description: '80 and over' } },
});

@ArgsType()
export class ResidentsArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'A name or part of it (张, 秀英), pinyin initials or pinyin (zxy, zhangx), a phone or its tail (0001), ' +
      'or a household (3-2-302, 3号楼2单元302, 3-302)',
  })
  @IsOptional()
  @MaxLength(40)
  search?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  buildingId?: string;

  @Field(() => Int, { nullable: true, description: 'Unit (单元)' })
  @IsOptional()
  @Min(1)
  @Max(99)
  unit?: number;

  @Field(() => String, { nullable: true, description: 'Room, exactly (302)' })
  @IsOptional()
  @MaxLength(40)
  room?: string;

  @Field(() => AgeBand, { nullable: true })
  @IsOptional()
  ageBand?: AgeBand;

  @Field(() => Boolean, { nullable: true, description: 'Only those living alone (true) or not (false)' })
  @IsOptional()
  livesAlone?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  limitedMobility?: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'false: residents living here; true: only those who moved away (or were erased)',
  })
  movedAway: boolean = false;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(1_000_000)
  offset: number = 0;

  @Field(() => Int, { defaultValue: 25 })
  @Min(1)
  @Max(100)
  limit: number = 25;
}

@ArgsType()
export class HouseholdArgs {
  @Field(() => ID)
  @IsUUID()
  buildingId!: string;

  @Field(() => Int)
  @Min(1)
  @Max(99)
  unit!: number;

  @Field()
  @MaxLength(40)
  room!: string;
}

@ObjectType()
export class ResidentPage {
  @Field(() => [Resident])
  items!: Resident[];

  @Field(() => Int)
  total!: number;
}

/**
 * A resident's fields as staff typed them. Checked by `rules.ts` (the import uses the same
 * rules): a refusal names each field's problems (`FieldProblem`) in `extensions.fields`.
 */
@InputType()
export class ResidentInput {
  @Field({ description: '1–40 characters' })
  @MaxLength(200)
  name!: string;

  @Field({ description: 'Mainland mobile, 11 digits starting with 1; the resident signs in with it' })
  @MaxLength(40)
  phone!: string;

  @Field(() => String, { nullable: true, description: 'A second number to reach the resident' })
  @IsOptional()
  @MaxLength(40)
  phone2?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, in the past' })
  @IsOptional()
  @MaxLength(20)
  birthDate?: string | null;

  @Field(() => Int, { description: 'The building number (1号楼 → 1)' })
  building!: number;

  @Field(() => Int, { defaultValue: 1, description: 'Unit (单元) within the building' })
  unit: number = 1;

  @Field({ description: 'Room, e.g. 302' })
  @MaxLength(40)
  room!: string;

  @Field({ defaultValue: false })
  livesAlone: boolean = false;

  @Field({ defaultValue: false })
  limitedMobility: boolean = false;

  @Field(() => String, { nullable: true, description: 'At most 500 characters; no ID numbers' })
  @IsOptional()
  @MaxLength(2000)
  notes?: string | null;
}

@InputType()
export class ResidentEdit extends ResidentInput {
  @Field(() => Int, { description: 'The version the edit started from (Resident.version)' })
  version!: number;
}

/** A resident's whole record: for one resident's page, and every read of it is audited. */
@ObjectType()
export class ResidentRecord {
  @Field(() => Resident)
  resident!: Resident;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  phone2!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  birthDate!: string | null;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => String, { nullable: true, description: 'The code on the resident card; none: no card' })
  cardCode!: string | null;

  @Field({ description: 'The resident has set a PIN' })
  hasPin!: boolean;

  @Field(() => Date, { nullable: true, description: 'Too many wrong PINs: locked until then' })
  pinLockedUntil!: Date | null;

  @Field(() => Date, { nullable: true, description: 'A set-up code is outstanding until then' })
  pinSetupExpiresAt!: Date | null;
}

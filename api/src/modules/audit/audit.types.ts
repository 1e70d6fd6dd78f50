import { IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { AuditAction } from './audit.entity.js';

/** A page's end: the time and id of its last line. */
export const CURSOR = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\|[0-9a-f-]{36}$/;

@ArgsType()
export class AuditLogArgs {
  @Field(() => AuditAction, { nullable: true })
  @IsOptional()
  action?: AuditAction;

  @Field(() => ID, { nullable: true, description: 'Only what was done to this resident' })
  @IsOptional()
  @IsUUID()
  residentId?: string;

  @Field(() => ID, { nullable: true, description: 'Only what this staff member did' })
  @IsOptional()
  @IsUUID()
  staffId?: string;

  @Field(() => String, { nullable: true, description: "The previous page's nextCursor" })
  @IsOptional()
  @Matches(CURSOR)
  after?: string;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(200)
  first: number = 50;
}

@ObjectType({ description: "One staff action on a resident's personal data" })
export class AuditLine {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field(() => AuditAction)
  action!: AuditAction;

  @Field(() => ID)
  staffId!: string;

  @Field(() => String, { nullable: true, description: "The staff member's name as it is now" })
  staffName!: string | null;

  @Field(() => ID, { nullable: true })
  residentId!: string | null;

  @Field(() => String, { nullable: true, description: "The resident's name as it is now" })
  residentName!: string | null;

  @Field(() => String, { nullable: true, description: 'The address the request came from' })
  address!: string | null;

  @Field(() => String, { nullable: true, description: 'What else was recorded, as JSON (never personal data)' })
  detail!: string | null;
}

@ObjectType()
export class AuditPage {
  @Field(() => [AuditLine], { description: 'Newest first' })
  lines!: AuditLine[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last' })
  nextCursor!: string | null;
}

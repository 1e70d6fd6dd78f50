import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { ArgsType, Extensions, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MULTILINE, NotBlank } from '../../platform/input-guard.js';
import { Building } from '../community/index.js';
import { NoticeCategory } from './notice.entity.js';

@InputType()
export class PublishNoticeInput {
  @Field(() => NoticeCategory)
  @IsEnum(NoticeCategory)
  category!: NoticeCategory;

  // The service trims both; the patterns check what is left.
  @Field()
  @NotBlank()
  @MinLength(2)
  @MaxLength(80)
  @Matches(/\S[\s\S]*\S/, { message: 'blank' })
  title!: string;

  @Field()
  @Extensions(MULTILINE)
  @NotBlank()
  @MinLength(1)
  @MaxLength(4000)
  @Matches(/\S/, { message: 'blank' })
  body!: string;

  @Field(() => [ID], { description: 'The buildings whose boards show it' })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  buildingIds!: string[];

  @Field(() => Date, { nullable: true })
  @IsOptional()
  expiresAt?: Date | null;
}

@ArgsType()
export class NoticesArgs {
  @Field(() => ID, { nullable: true, description: "Only this building's notices" })
  @IsOptional()
  @IsUUID()
  buildingId?: string;

  @Field({ defaultValue: false, description: 'Staff only: include expired notices' })
  includeExpired: boolean = false;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first: number = 20;
}

@ArgsType()
export class NoticePublishedArgs {
  @Field(() => ID, { nullable: true, description: "Only notices for this building's board" })
  @IsOptional()
  buildingId?: string;
}

/**
 * What clients read of a notice: a plain read model, loaded without entity hydration (the
 * boards are the kiosk's most frequent query; see bench/run.mjs "api notices").
 */
@ObjectType('Notice')
export class NoticeView {
  @Field(() => ID)
  id!: string;

  @Field(() => NoticeCategory)
  category!: NoticeCategory;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field()
  publishedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'After this the notice leaves the boards' })
  expiresAt!: Date | null;

  @Field(() => [Building], { description: 'The boards it is on, in building order' })
  buildings!: Array<Pick<Building, 'id' | 'number' | 'name'>>;
}

/** What a board does with a changed notice: show it as it is now, or drop it (`notice` null). */
@ObjectType()
export class NoticeChange {
  @Field(() => ID)
  id!: string;

  @Field(() => NoticeView, {
    nullable: true,
    description: 'The notice as corrected; null when it is deleted or no longer on the board asked for',
  })
  notice!: NoticeView | null;
}

import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsDateString,
  IsInt,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { NotBlank } from '../../platform/input-guard.js';
import { DEFAULT_END, DEFAULT_START, DEFAULT_WEEKDAYS } from './calendar.js';
import { Opening } from './corner.entity.js';

/** No days (one array, as type-graphql compares a default with the initializer by reference). */
const NO_DAYS: string[] = [];

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType()
export class OfferingInput {
  @Field({ description: 'The line letter A–Z, unique in the community (the ticket prefix)' })
  @Matches(/^[A-Za-z]$/)
  letter!: string;

  @Field()
  @NotBlank()
  @Length(1, 40)
  name!: string;

  @Field({ defaultValue: '', description: 'Who provides it, e.g. the visiting locksmith' })
  @MaxLength(60)
  provider: string = '';

  @Field(() => Int, { defaultValue: 10 })
  @IsInt()
  @Min(1)
  @Max(240)
  typicalMinutes: number = 10;

  @Field(() => Int, { defaultValue: 8, description: 'Bookings per opening, unless an opening says otherwise' })
  @IsInt()
  @Min(0)
  @Max(999)
  bookingCapacity: number = 8;
}

@InputType()
export class UpdateOfferingInput extends OfferingInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}

@InputType()
export class OpeningPatternInput {
  @Field(() => [Int], { defaultValue: DEFAULT_WEEKDAYS, description: 'ISO weekdays: 1 = Monday … 7 = Sunday' })
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  weekdays: number[] = DEFAULT_WEEKDAYS;

  @Field({ defaultValue: DEFAULT_START, description: 'HH:MM, Asia/Shanghai' })
  @Matches(TIME_OF_DAY)
  startTime: string = DEFAULT_START;

  @Field({ defaultValue: DEFAULT_END, description: 'HH:MM, Asia/Shanghai' })
  @Matches(TIME_OF_DAY)
  endTime: string = DEFAULT_END;

  @Field(() => Int, { description: 'How many weeks ahead, from today' })
  @IsInt()
  @Min(1)
  @Max(26)
  weeks!: number;

  @Field(() => [String], {
    defaultValue: NO_DAYS,
    description:
      'Statutory holidays (YYYY-MM-DD) the secretary confirmed to open anyway; the pattern skips every other holiday',
  })
  @ArrayMaxSize(200)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { each: true })
  openOnHolidays: string[] = NO_DAYS;
}

@InputType()
export class OneOffOpeningInput {
  @Field({ description: 'YYYY-MM-DD, Asia/Shanghai' })
  @IsDateString({ strict: true })
  @Length(10, 10)
  date!: string;

  @Field({ defaultValue: DEFAULT_START })
  @Matches(TIME_OF_DAY)
  startTime: string = DEFAULT_START;

  @Field({ defaultValue: DEFAULT_END })
  @Matches(TIME_OF_DAY)
  endTime: string = DEFAULT_END;
}

@InputType()
export class CloseOpeningInput {
  @Field(() => ID)
  @IsUUID()
  openingId!: string;

  @Field(() => Int, {
    description:
      'The bookings the person was shown and agreed to cancel; if the opening holds more by now, nothing is closed (BOOKINGS_CHANGED)',
  })
  @IsInt()
  @Min(0)
  confirmBookings!: number;
}

@InputType()
export class DeskInput {
  @Field({ description: 'What the screen calls residents to, e.g. "1号台"' })
  @NotBlank()
  @Length(1, 20)
  name!: string;

  @Field(() => [ID], { defaultValue: [], description: 'The lines it usually serves (optional)' })
  @ArrayMaxSize(26)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  offeringIds!: string[];
}

@InputType()
export class UpdateDeskInput extends DeskInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field({ defaultValue: true })
  active: boolean = true;
}

@ObjectType('Desk', { description: 'A desk (窗口) of the service corner, e.g. "1号台"' })
export class DeskView {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  active!: boolean;

  @Field(() => [ID], { description: 'The lines it usually serves, by letter' })
  offeringIds!: string[];
}

@ObjectType({ description: 'One opening in the console calendar, with what closing it would touch' })
export class CalendarOpening {
  @Field(() => Opening)
  opening!: Opening;

  /** Every opening of the same calendar answer: field resolvers of other modules batch over them. */
  batch!: string[];
}

@ObjectType()
export class GeneratedOpenings {
  @Field(() => Int, { description: 'New openings' })
  created!: number;

  @Field(() => Int, {
    description: 'Openings of the pattern already in the calendar (or overlapping one), left as they were',
  })
  skipped!: number;

  @Field(() => Int, { description: 'Statutory holidays of the pattern left closed (not confirmed to open)' })
  holidaysSkipped!: number;
}

@ObjectType({ description: 'A statutory holiday a pattern of openings falls on' })
export class PatternHoliday {
  @Field({ description: 'YYYY-MM-DD, Asia/Shanghai' })
  date!: string;

  @Field({ description: 'e.g. 国庆节' })
  name!: string;

  @Field({ description: 'e.g. National Day' })
  nameEn!: string;
}

@ObjectType({ description: 'What generating a pattern would meet: holidays to confirm, days that cannot be checked' })
export class PatternCheck {
  @Field(() => [PatternHoliday], { description: 'Openings of the pattern on statutory holidays, by date' })
  holidays!: PatternHoliday[];

  @Field({ description: 'The last day (YYYY-MM-DD) the holiday calendar knows; later days cannot be checked yet' })
  knownThrough!: string;

  @Field(() => Int, { description: 'Openings of the pattern after knownThrough' })
  unchecked!: number;
}

@ObjectType()
export class ClosedOpening {
  @Field(() => Opening)
  opening!: Opening;

  @Field(() => Int, { description: 'Bookings cancelled (their residents see "cancelled: corner closed")' })
  cancelledBookings!: number;
}

@ObjectType()
export class CornerStatus {
  @Field({ description: 'Open right now' })
  open!: boolean;

  @Field(() => Opening, { nullable: true, description: 'The opening now open, else the next one' })
  opening!: Opening | null;
}

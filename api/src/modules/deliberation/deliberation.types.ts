import {
  IsBoolean,
  IsDateString,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ArgsType, Extensions, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MULTILINE, NotBlank } from '../../platform/input-guard.js';
import {
  DayCounting,
  MatterCategory,
  MatterStatus,
  MatterUrgency,
  PartyKind,
  SuggestionSource,
} from './deliberation.entity.js';

const KEY = /^[\w-]+$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const QUARTER = /^\d{4}-Q[1-4]$/;
const ROUND = /^\d{4}-(0[1-9]|1[0-2])$/;

// ---------- intake ----------

@InputType({ description: 'A suggestion a resident makes at the kiosk' })
export class SubmitSuggestionInput {
  @Field(() => MatterCategory)
  @IsEnum(MatterCategory)
  category!: MatterCategory;

  @Field({ description: 'A short title, 2–40 characters' })
  @NotBlank()
  @Length(2, 40)
  title!: string;

  @Field({ description: 'What and where, up to 1,000 characters (may be empty)' })
  @Extensions(MULTILINE)
  @MaxLength(1000)
  details!: string;

  @Field({ description: 'Chosen by the client per form: a double tap or a retry makes one suggestion' })
  @Length(8, 64)
  @Matches(KEY)
  idempotencyKey!: string;
}

@InputType({
  description: 'A suggestion staff enter for a resident (given on paper, to a building leader or a grid worker)',
})
export class EnterSuggestionInput extends SubmitSuggestionInput {
  @Field(() => ID)
  @IsUUID()
  residentId!: string;

  @Field(() => SuggestionSource)
  @IsEnum(SuggestionSource)
  source!: SuggestionSource;
}

@ObjectType({ description: 'The latest step of a matter residents can see' })
export class MatterStepView {
  @Field({
    description:
      'SUBMITTED, CLASSIFIED, OWNER_CHANGED, DEADLINE_CHANGED, MERGED, PROGRESS, ON_AGENDA, DECIDED, VOTED, ACTION, DONE, ANSWERED',
  })
  kind!: string;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field()
  at!: Date;
}

@ObjectType({ description: "A resident's own suggestion and where its matter is" })
export class MySuggestionView {
  @Field(() => ID)
  id!: string;

  @Field({ description: "The matter's reference number, e.g. 2612-007" })
  ref!: string;

  @Field()
  title!: string;

  @Field()
  details!: string;

  @Field(() => MatterCategory)
  category!: MatterCategory;

  @Field(() => MatterStatus)
  status!: MatterStatus;

  @Field(() => MatterUrgency, { nullable: true })
  urgency!: MatterUrgency | null;

  @Field(() => String, { nullable: true, description: 'The last day of its window, YYYY-MM-DD' })
  dueDay!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => MatterStepView, { nullable: true })
  latest!: MatterStepView | null;

  @Field(() => String, { nullable: true })
  answer!: string | null;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;

  @Field({ description: 'Something changed since the resident last looked' })
  changed!: boolean;
}

@ObjectType({ description: 'A matter on the public board' })
export class BoardMatterView {
  @Field()
  ref!: string;

  @Field()
  title!: string;

  @Field(() => MatterCategory)
  category!: MatterCategory;

  @Field(() => MatterStatus)
  status!: MatterStatus;

  @Field(() => MatterUrgency, { nullable: true })
  urgency!: MatterUrgency | null;

  @Field(() => String, { nullable: true })
  dueDay!: string | null;

  @Field(() => Int, { description: 'How many residents suggested it' })
  suggesters!: number;

  @Field(() => MatterStepView, { nullable: true })
  latest!: MatterStepView | null;

  @Field(() => String, { nullable: true })
  answer!: string | null;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;
}

@ArgsType()
export class BoardArgs {
  @Field(() => MatterStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MatterStatus)
  status?: MatterStatus | null;

  @Field(() => Int, { defaultValue: 30 })
  @IsInt()
  @Min(1)
  @Max(100)
  first!: number;
}

// ---------- the console ----------

@ObjectType({ description: 'Who owns a matter: a staff member or an outside party' })
export class MatterOwnerView {
  @Field(() => ID, { nullable: true })
  staffId!: string | null;

  @Field(() => ID, { nullable: true })
  partyId!: string | null;

  @Field()
  name!: string;
}

@ObjectType({ description: 'A staff member who may own a matter' })
export class MatterStaffOptionView {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType({ description: 'A matter, as the console lists it' })
export class MatterView {
  @Field(() => ID)
  id!: string;

  @Field()
  ref!: string;

  @Field({ description: 'The intake round, YYYY-MM' })
  round!: string;

  @Field()
  title!: string;

  @Field(() => MatterCategory)
  category!: MatterCategory;

  @Field(() => MatterStatus)
  status!: MatterStatus;

  @Field(() => MatterUrgency, { nullable: true })
  urgency!: MatterUrgency | null;

  @Field(() => String, { nullable: true })
  targetQuarter!: string | null;

  @Field(() => MatterOwnerView, { nullable: true })
  owner!: MatterOwnerView | null;

  @Field(() => Date, { nullable: true })
  classifiedAt!: Date | null;

  @Field(() => String, { nullable: true })
  dueDay!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days (calendar or working, per the setting) until the due day; negative when overdue',
  })
  daysLeft!: number | null;

  @Field({ description: 'Past its window and not done' })
  overdue!: boolean;

  @Field()
  declined!: boolean;

  @Field(() => String, { nullable: true })
  answer!: string | null;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The matter it was merged into' })
  mergedIntoRef!: string | null;

  @Field(() => Int)
  suggesters!: number;

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'A suggestion in a matter’s file' })
export class SuggestionView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  residentId!: string;

  @Field()
  residentName!: string;

  @Field(() => Int)
  building!: number;

  @Field()
  title!: string;

  @Field()
  details!: string;

  @Field(() => MatterCategory)
  category!: MatterCategory;

  @Field(() => SuggestionSource)
  source!: SuggestionSource;

  @Field(() => String, { nullable: true })
  enteredByName!: string | null;

  @Field()
  createdAt!: Date;
}

@ObjectType({ description: 'One line of a matter’s file (never edited: a correction is a new line)' })
export class MatterEventView {
  @Field(() => ID)
  id!: string;

  @Field()
  kind!: string;

  @Field({ description: 'Residents see it' })
  public!: boolean;

  @Field(() => String, { nullable: true })
  text!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => MatterUrgency, { nullable: true })
  urgency!: MatterUrgency | null;

  @Field(() => String, { nullable: true })
  dueDay!: string | null;

  @Field(() => String, { nullable: true })
  previousDueDay!: string | null;

  @Field(() => String, { nullable: true, description: 'An owner, a merged matter’s ref, a meeting: named in words' })
  subject!: string | null;

  @Field(() => String, { nullable: true, description: 'A decision’s outcome: ADOPTED or NOT_ADOPTED' })
  outcome!: string | null;

  @Field(() => String, { nullable: true })
  byName!: string | null;

  @Field()
  at!: Date;
}

@ObjectType({ description: 'One matter, one file (一事一档案)' })
export class MatterFileView {
  @Field(() => MatterView)
  matter!: MatterView;

  @Field(() => [SuggestionView])
  suggestions!: SuggestionView[];

  @Field(() => [MatterEventView])
  events!: MatterEventView[];
}

@ArgsType()
export class MattersArgs {
  @Field(() => String, { nullable: true, description: 'YYYY-MM' })
  @IsOptional()
  @Matches(ROUND)
  round?: string | null;

  @Field(() => MatterStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MatterStatus)
  status?: MatterStatus | null;

  @Field(() => MatterCategory, { nullable: true })
  @IsOptional()
  @IsEnum(MatterCategory)
  category?: MatterCategory | null;

  @Field({ defaultValue: false, description: 'Only those past their window' })
  @IsBoolean()
  overdue!: boolean;

  @Field(() => Int, { defaultValue: 200 })
  @IsInt()
  @Min(1)
  @Max(500)
  first!: number;
}

@InputType({ description: 'Which matter, and the version it was read at (a base: not in the schema itself)' })
abstract class MatterEdit {
  @Field(() => ID)
  @IsUUID()
  matterId!: string;

  @Field(() => Int, { description: 'The version it was read at' })
  @IsInt()
  version!: number;
}

@InputType({ description: 'The secretary classifies a matter: urgency, category, owner; its clock starts' })
export class ClassifyMatterInput extends MatterEdit {
  @Field(() => MatterUrgency)
  @IsEnum(MatterUrgency)
  urgency!: MatterUrgency;

  @Field(() => MatterCategory)
  @IsEnum(MatterCategory)
  category!: MatterCategory;

  @Field({ nullable: true, description: 'A clearer title for the board (the suggestion’s otherwise)' })
  @IsOptional()
  @NotBlank()
  @Length(2, 40)
  title?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerStaffId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerPartyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Long-term: the quarter of the annual plan, 2027-Q2' })
  @IsOptional()
  @Matches(QUARTER)
  targetQuarter?: string | null;
}

@InputType({ description: 'Another owner for a matter' })
export class ReassignMatterInput extends MatterEdit {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerStaffId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerPartyId?: string | null;
}

@InputType({ description: 'A deadline moves only with a reason, kept in the file' })
export class MoveDeadlineInput extends MatterEdit {
  @Field({ description: 'The new last day, YYYY-MM-DD' })
  @Matches(DAY)
  @IsDateString({ strict: true })
  dueDay!: string;

  @Field()
  @NotBlank()
  @Length(2, 200)
  reason!: string;
}

@InputType({ description: 'Progress residents see, or a note for staff only' })
export class MatterNoteInput {
  @Field(() => ID)
  @IsUUID()
  matterId!: string;

  @Field()
  @Extensions(MULTILINE)
  @NotBlank()
  @Length(2, 1000)
  text!: string;

  @Field({ description: 'Residents see it (progress); otherwise a staff note' })
  @IsBoolean()
  public!: boolean;
}

@InputType({ description: 'Adopt a matter or not (outside a meeting: an urgent one cannot wait for the 15th)' })
export class DecideMatterInput extends MatterEdit {
  @Field()
  @IsBoolean()
  adopt!: boolean;

  @Field()
  @Extensions(MULTILINE)
  @NotBlank()
  @Length(2, 1000)
  text!: string;
}

@InputType({ description: 'An adopted matter carried out: its suggesters earn their points' })
export class CompleteMatterInput extends MatterEdit {
  @Field()
  @Extensions(MULTILINE)
  @NotBlank()
  @Length(2, 1000)
  text!: string;
}

@InputType({ description: 'The answer to the suggesters; the matter closes with it' })
export class AnswerMatterInput extends MatterEdit {
  @Field()
  @Extensions(MULTILINE)
  @NotBlank()
  @Length(2, 1000)
  answer!: string;
}

@InputType({ description: 'Fold a near-duplicate into another matter: its suggesters are kept and get the answer' })
export class MergeMattersInput {
  @Field(() => ID)
  @IsUUID()
  intoId!: string;

  @Field(() => ID)
  @IsUUID()
  fromId!: string;

  @Field(() => Int, { description: 'The version the merged matter was read at' })
  @IsInt()
  fromVersion!: number;
}

@ObjectType({ description: 'An outside party with its contact' })
export class PartyView {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => PartyKind)
  kind!: PartyKind;

  @Field(() => String, { nullable: true })
  contactName!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field()
  archived!: boolean;

  @Field(() => Int)
  version!: number;
}

@InputType({ description: 'A party added (no id) or changed (id and version)' })
export class PartyInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  version?: number | null;

  @Field()
  @NotBlank()
  @Length(2, 60)
  name!: string;

  @Field(() => PartyKind)
  @IsEnum(PartyKind)
  kind!: PartyKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 40)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[0-9+\-() ]{5,20}$/)
  phone?: string | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  archived!: boolean;
}

@ObjectType({ description: "The council's calendar and windows" })
export class DeliberationSettingsView {
  @Field(() => DayCounting)
  counting!: DayCounting;

  @Field(() => Int)
  urgentDays!: number;

  @Field(() => Int)
  keyDays!: number;

  @Field(() => Int, { description: 'The last day of a month’s intake' })
  cutoffDay!: number;

  @Field(() => Int, { description: 'The day of the month the council meets (the next working day when a holiday)' })
  meetingDay!: number;
}

@InputType()
export class DeliberationSettingsInput {
  @Field(() => DayCounting)
  @IsEnum(DayCounting)
  counting!: DayCounting;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(60)
  urgentDays!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(180)
  keyDays!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(28)
  cutoffDay!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(28)
  meetingDay!: number;
}

@ObjectType({ description: 'An intake round: its cut-off, its meeting day, and whether it is closed' })
export class RoundView {
  @Field({ description: 'YYYY-MM' })
  round!: string;

  @Field({ description: 'The last day of intake' })
  cutoffDay!: string;

  @Field({ description: 'The council meets that day' })
  meetingDay!: string;

  @Field({ description: 'The day by the rule (the 15th), before a holiday moved it' })
  plannedMeetingDay!: string;

  @Field(() => String, { nullable: true, description: 'Why the meeting moved (a holiday’s name, 周末)' })
  movedReason!: string | null;

  @Field({ description: 'Whether China’s holiday calendar is known for that year' })
  holidaysKnown!: boolean;

  @Field()
  closed!: boolean;

  @Field(() => Int)
  matters!: number;
}

@ObjectType({ description: 'How a round’s matters of one class were answered (the council’s own measure)' })
export class RoundStatView {
  @Field()
  round!: string;

  @Field(() => MatterCategory)
  category!: MatterCategory;

  @Field(() => Int)
  matters!: number;

  @Field(() => Int)
  classified!: number;

  @Field(() => Int)
  answered!: number;

  @Field(() => Int, { description: 'Answered on or before their due day' })
  answeredInWindow!: number;

  @Field(() => Int, { description: 'Not answered and past their due day' })
  overdue!: number;
}

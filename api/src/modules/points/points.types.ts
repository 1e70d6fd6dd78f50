import {
  ArrayMaxSize,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  NotEquals,
} from 'class-validator';
import { ArgsType, Extensions, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MULTILINE } from '../../platform/input-guard.js';
import { EarningReason, RewardKind, VoucherStatus } from './points.entity.js';

/** Why points moved, as the history says it. */
export enum PointsReasonCode {
  MEETING_ATTENDED = 'MEETING_ATTENDED',
  SUGGESTION_ADOPTED = 'SUGGESTION_ADOPTED',
  VOLUNTEER_HOUR = 'VOLUNTEER_HOUR',
  MANUAL_AWARD = 'MANUAL_AWARD',
  MANUAL_DEDUCTION = 'MANUAL_DEDUCTION',
  CORRECTION = 'CORRECTION',
  REWARD_REDEEMED = 'REWARD_REDEEMED',
  VOUCHER_CANCELLED = 'VOUCHER_CANCELLED',
  VOUCHER_EXPIRED = 'VOUCHER_EXPIRED',
}
registerEnumType(PointsReasonCode, { name: 'PointsReasonCode', description: 'Why participation points moved' });

const KEY = /^[\w-]+$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const QUARTER = /^\d{4}-Q[1-4]$/;

@ObjectType({ description: 'One line of a points history' })
export class PointsEntryView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Points in (positive) or out (negative)' })
  amount!: number;

  @Field(() => Int, { description: 'The balance after this entry' })
  balanceAfter!: number;

  @Field(() => PointsReasonCode)
  reason!: PointsReasonCode;

  @Field(() => String, {
    nullable: true,
    description: "What it was for in words: a meeting's title, a reward's name, an activity",
  })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'The day it was for (a meeting, volunteer work), YYYY-MM-DD' })
  day!: string | null;

  @Field(() => Float, { nullable: true, description: 'Volunteer hours' })
  hours!: number | null;

  @Field(() => String, { nullable: true, description: "A staff member's note (a manual award or correction)" })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'The voucher code (redemptions and their refunds)' })
  voucherCode!: string | null;

  @Field(() => ID, { nullable: true, description: 'The entry this one reverses' })
  reversesId!: string | null;

  @Field({ description: 'True when a later correction reversed it' })
  reversed!: boolean;

  @Field(() => String, { nullable: true, description: 'Who recorded it (staff); none: the resident or the system' })
  recordedBy!: string | null;

  @Field(() => String, { nullable: true, description: "The recording staff member's name (staff views only)" })
  recordedByName?: string | null;

  @Field()
  at!: Date;

  /** The ledger's sequence, for paging. */
  @Field({ description: 'Pass as `before` for the entries older than this one' })
  cursor!: string;
}

@ObjectType({ description: "A resident's participation points" })
export class PointsAccountView {
  @Field(() => ID)
  residentId!: string;

  @Field(() => Int)
  balance!: number;

  @Field(() => [PointsEntryView], { description: 'The newest entries first' })
  history!: PointsEntryView[];

  @Field({ description: 'More, older entries exist' })
  more!: boolean;

  @Field(() => String, { nullable: true, description: "The resident's name (staff views only)" })
  residentName?: string | null;

  @Field(() => Int, { nullable: true, description: "The resident's building number (staff views only)" })
  building?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Moved away or erased: no more postings (staff views only)' })
  gone?: boolean | null;
}

@ArgsType()
export class HistoryArgs {
  @Field(() => String, { nullable: true, description: 'The cursor of the last entry seen' })
  @IsOptional()
  @Matches(/^\d{1,19}$/)
  before?: string | null;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(200)
  first: number = 20;

  @Field(() => [PointsReasonCode], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  reasons?: PointsReasonCode[] | null;

  @Field(() => String, { nullable: true, description: 'From this day (YYYY-MM-DD, Asia/Shanghai)' })
  @IsOptional()
  @Matches(DAY)
  @IsDateString({ strict: true })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'To this day, included' })
  @IsOptional()
  @Matches(DAY)
  @IsDateString({ strict: true })
  until?: string | null;
}

@ObjectType()
export class PointsRuleView {
  @Field(() => ID)
  id!: string;

  @Field(() => EarningReason)
  reason!: EarningReason;

  @Field(() => Int, { description: 'Points (per hour for volunteer hours)' })
  points!: number;

  @Field({ description: 'YYYY-MM-DD: the first day it applies' })
  effectiveFrom!: string;

  @Field({ description: 'In force today' })
  current!: boolean;
}

@InputType()
export class PointsRuleInput {
  @Field(() => EarningReason)
  reason!: EarningReason;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10000)
  points!: number;

  @Field({ description: 'YYYY-MM-DD, today or later' })
  @Matches(DAY)
  @IsDateString({ strict: true })
  effectiveFrom!: string;
}

@ObjectType()
export class PointsSettingsView {
  @Field(() => Int, { description: 'Days a voucher stays valid (it expires at the end of the last)' })
  voucherValidDays!: number;

  @Field(() => Int)
  starsPerQuarter!: number;
}

@InputType()
export class PointsSettingsInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(366)
  voucherValidDays!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(50)
  starsPerQuarter!: number;
}

@InputType({ description: 'Points a staff member awards or takes off by hand, with a reason' })
export class ManualPointsInput {
  @Field(() => ID)
  @IsUUID()
  residentId!: string;

  @Field(() => Int, { description: 'Positive: an award; negative: a deduction' })
  @IsInt()
  @Min(-10000)
  @Max(10000)
  points!: number;

  @Field({ description: 'Why, in words (shown in the history)' })
  @Length(2, 100)
  note!: string;

  @Field({ description: 'Chosen by the client per form; a retry with it changes nothing more' })
  @Length(8, 64)
  @Matches(KEY)
  idempotencyKey!: string;
}

@InputType({ description: 'Volunteer hours a resident worked, verified' })
export class VolunteerHoursInput {
  @Field(() => ID)
  @IsUUID()
  residentId!: string;

  @Field({ description: 'YYYY-MM-DD, not in the future' })
  @Matches(DAY)
  @IsDateString({ strict: true })
  day!: string;

  @Field()
  @Length(2, 60)
  activity!: string;

  @Field(() => Float, { description: 'In half hours: 0.5 to 12' })
  @IsIn(Array.from({ length: 24 }, (_, i) => (i + 1) / 2))
  hours!: number;

  @Field({ description: 'Who vouches for the hours' })
  @Length(2, 40)
  verifiedBy!: string;
}

@InputType({ description: 'Reverses one entry with a reason (a correction)' })
export class ReverseEntryInput {
  @Field(() => ID)
  @IsUUID()
  entryId!: string;

  @Field()
  @Length(2, 100)
  note!: string;
}

@ObjectType('Reward')
export class RewardView {
  @Field(() => ID)
  id!: string;

  @Field(() => RewardKind)
  kind!: RewardKind;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => Int)
  cost!: number;

  @Field(() => Int)
  stock!: number;

  @Field(() => String, { nullable: true, description: 'GET /api/points/picture?id=… (with the same credentials)' })
  pictureId!: string | null;

  @Field(() => String, { nullable: true })
  activeFrom!: string | null;

  @Field(() => String, { nullable: true })
  activeUntil!: string | null;

  @Field()
  archived!: boolean;

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'A reward as a resident sees it: can they have it?' })
export class CatalogueItem {
  @Field(() => RewardView)
  reward!: RewardView;

  @Field({ description: 'The balance covers it and it is in stock' })
  affordable!: boolean;

  @Field(() => Int, { description: 'Points still needed (0 when the balance covers it)' })
  short!: number;
}

@ObjectType()
export class CatalogueView {
  @Field(() => Int)
  balance!: number;

  @Field(() => [CatalogueItem], { description: 'Affordable in stock first, then by cost' })
  items!: CatalogueItem[];
}

@InputType()
export class RewardInput {
  @Field(() => RewardKind)
  kind!: RewardKind;

  @Field()
  @Length(1, 30)
  name!: string;

  @Field({ defaultValue: '' })
  @Extensions(MULTILINE)
  @MaxLength(200)
  description: string = '';

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100000)
  cost!: number;

  @Field(() => ID, { nullable: true, description: 'From POST /api/points/picture' })
  @IsOptional()
  @IsUUID()
  pictureId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DAY)
  @IsDateString({ strict: true })
  activeFrom?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DAY)
  @IsDateString({ strict: true })
  activeUntil?: string | null;
}

@InputType()
export class NewRewardInput extends RewardInput {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100000)
  stock!: number;
}

@InputType()
export class UpdateRewardInput extends RewardInput {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version read: a stale edit is refused (REWARD_CHANGED)' })
  @IsInt()
  version!: number;

  @Field({ defaultValue: false })
  @IsBoolean()
  archived: boolean = false;
}

@InputType({ description: 'Stock received (positive) or written off (negative)' })
export class StockInput {
  @Field(() => ID)
  @IsUUID()
  rewardId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(-100000)
  @Max(100000)
  @NotEquals(0)
  delta!: number;
}

@InputType()
export class RedeemInput {
  @Field(() => ID)
  @IsUUID()
  rewardId!: string;

  @Field({ description: 'Chosen by the kiosk per confirmation; a retry with it returns the same voucher' })
  @Length(8, 64)
  @Matches(KEY)
  idempotencyKey!: string;
}

@ObjectType('Voucher')
export class VoucherView {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Short code staff type or scan (also in the QR code)' })
  code!: string;

  @Field(() => ID)
  residentId!: string;

  @Field({ description: "The resident's name (staff only; empty for the resident's own view)" })
  residentName!: string;

  @Field(() => Int)
  building!: number;

  @Field(() => ID)
  rewardId!: string;

  @Field()
  rewardName!: string;

  @Field(() => Int)
  cost!: number;

  @Field(() => VoucherStatus)
  status!: VoucherStatus;

  @Field()
  issuedAt!: Date;

  @Field()
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true })
  cancelNote!: string | null;
}

@ArgsType()
export class VouchersArgs {
  @Field(() => [VoucherStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  statuses?: VoucherStatus[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  residentId?: string | null;

  @Field(() => Date, { nullable: true, description: 'issuedAt of the last voucher seen' })
  @IsOptional()
  before?: Date | null;

  @Field(() => Int, { defaultValue: 30 })
  @IsInt()
  @Min(1)
  @Max(200)
  first: number = 30;
}

@InputType()
export class VoucherCodeInput {
  @Field({ description: 'As printed (spaces, dashes and case do not matter)' })
  @Length(4, 20)
  code!: string;
}

@InputType()
export class CancelVoucherInput {
  @Field(() => ID)
  @IsUUID()
  voucherId!: string;

  @Field()
  @Length(2, 100)
  note!: string;
}

@ObjectType()
export class MonthPoints {
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field(() => Int)
  earned!: number;

  @Field(() => Int)
  redeemed!: number;
}

@ObjectType()
export class StarView {
  @Field(() => Int)
  rank!: number;

  @Field(() => ID, { nullable: true, description: 'Staff only' })
  residentId!: string | null;

  @Field(() => String, { nullable: true, description: 'None when the resident asked not to be shown by name' })
  name!: string | null;

  @Field(() => Int)
  building!: number;

  @Field(() => Int, { description: 'Points earned in the quarter' })
  points!: number;

  @Field(() => Int, { description: 'Earning occasions in the quarter (the first tie-break)' })
  occasions!: number;
}

@ObjectType()
export class StarsView {
  @Field({ description: '2026-Q4' })
  quarter!: string;

  @Field({ description: 'The secretary confirmed them' })
  confirmed!: boolean;

  @Field({ description: 'The quarter is over (stars can be confirmed)' })
  over!: boolean;

  @Field(() => [StarView])
  stars!: StarView[];
}

@ArgsType()
export class QuarterArgs {
  @Field({ description: '2026-Q4' })
  @Matches(QUARTER)
  quarter!: string;
}

@InputType()
export class ConfirmStarsInput {
  @Field()
  @Matches(QUARTER)
  quarter!: string;

  @Field(() => [ID], { description: 'The ranking as shown (residents in order): a changed ranking is refused' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  residentIds!: string[];
}

@ObjectType()
export class StarPreferenceView {
  @Field({ description: 'The resident asked not to be shown by name among the stars' })
  hideName!: boolean;
}

@ObjectType({ description: 'What an award, deduction or correction did' })
export class PointsPosting {
  @Field(() => PointsEntryView)
  entry!: PointsEntryView;

  @Field(() => Int, { description: 'The balance now' })
  balance!: number;

  @Field({ description: 'It had been recorded before (by this request or another): nothing changed now' })
  alreadyRecorded!: boolean;
}

import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Extensions, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MULTILINE } from '../../platform/input-guard.js';
import {
  AgendaItemStatus,
  CheckInVia,
  CouncilRole,
  ItemOutcome,
  MeetingKind,
  MeetingStatus,
} from './meeting.entity.js';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

// ---- views ----

@ObjectType({ description: 'An agenda item with its timer, as the screen shows it' })
export class AgendaItemView {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field()
  title!: string;

  @Field(() => ID, { nullable: true, description: 'The deliberation matter it is about (null: a free item)' })
  matterId!: string | null;

  @Field(() => String, { nullable: true, description: "The matter's reference, as it was when put on the agenda" })
  matterRef!: string | null;

  @Field(() => Int)
  timeBoxMinutes!: number;

  @Field(() => AgendaItemStatus)
  status!: AgendaItemStatus;

  @Field(() => Int, { description: "Milliseconds the item's timer has run up to the answer's `now`" })
  usedMs!: number;

  @Field(() => Date, {
    nullable: true,
    description: 'When the timer was started (null: paused); the screen counts from it against `now`',
  })
  runningSince!: Date | null;

  @Field(() => ItemOutcome, { nullable: true })
  outcome!: ItemOutcome | null;

  @Field(() => String, { nullable: true })
  decision!: string | null;

  @Field(() => String, { nullable: true })
  discussion!: string | null;
}

@ObjectType({ description: 'A show of hands on an agenda item' })
export class MeetingVoteView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  itemId!: string;

  @Field()
  question!: string;

  @Field(() => Int)
  for!: number;

  @Field(() => Int)
  against!: number;

  @Field(() => Int)
  abstain!: number;

  @Field(() => Int, { description: 'Council members checked in when it was taken' })
  present!: number;

  @Field()
  quorumMet!: boolean;

  @Field({ description: 'Quorum met and more than half of the votes cast in favour' })
  carried!: boolean;

  @Field()
  at!: Date;
}

@ObjectType({ description: 'Something to do, decided on an item' })
export class MeetingActionView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  itemId!: string;

  @Field()
  what!: string;

  @Field()
  ownerName!: string;

  @Field(() => ID, { nullable: true })
  ownerStaffId!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  due!: string | null;
}

@ObjectType({ description: 'Who is invited: a resident or an outside party' })
export class MeetingInviteeView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  residentId!: string | null;

  @Field(() => String, { nullable: true, description: "The outside party's id (deliberation's)" })
  partyId!: string | null;

  @Field()
  name!: string;

  @Field(() => Int, { nullable: true })
  building!: number | null;

  @Field(() => CouncilRole, { nullable: true, description: 'Their seat on the council on the meeting day' })
  councilRole!: CouncilRole | null;

  @Field({ description: 'Checked in (a resident)' })
  present!: boolean;
}

@ObjectType({ description: 'Attendance against the quorum' })
export class MeetingQuorumView {
  @Field(() => Int, { description: 'Everyone checked in' })
  attendees!: number;

  @Field(() => Int, { description: 'Council members sitting on the meeting day' })
  councilSize!: number;

  @Field(() => Int, { description: 'Council members checked in' })
  present!: number;

  @Field(() => Int, { description: 'More than half of the council: floor(size / 2) + 1' })
  needed!: number;

  @Field()
  met!: boolean;
}

@ObjectType({ description: 'A meeting in a list' })
export class MeetingSummary {
  @Field(() => ID)
  id!: string;

  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true, description: "The council meeting's month, YYYY-MM" })
  round!: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  day!: string;

  @Field({ description: 'The day the calendar gave (the 15th), YYYY-MM-DD' })
  plannedDay!: string;

  @Field(() => String, { nullable: true })
  movedReason!: string | null;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field(() => MeetingStatus)
  status!: MeetingStatus;

  @Field(() => Int)
  version!: number;

  @Field(() => Int, { nullable: true })
  itemCount?: number;

  @Field(() => Int, { nullable: true })
  attendeeCount?: number;
}

@ObjectType({ description: 'The full live state of a meeting: what the meeting-room screen and the chair show' })
export class MeetingLive extends MeetingSummary {
  @Field(() => Date, { description: "The server's time of this answer: count timers from it, not the device's clock" })
  now!: Date;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The staff member chairing (who started it)' })
  chairName!: string | null;

  @Field(() => ID, { nullable: true })
  currentItemId!: string | null;

  @Field(() => [AgendaItemView])
  items!: AgendaItemView[];

  @Field(() => MeetingQuorumView)
  quorum!: MeetingQuorumView;

  @Field(() => [MeetingInviteeView], {
    description: 'Who is invited and who came (staff only: empty for screens, kiosks and residents)',
  })
  invitees!: MeetingInviteeView[];

  @Field(() => MeetingVoteView, { nullable: true })
  lastVote!: MeetingVoteView | null;

  @Field(() => [MeetingVoteView])
  votes!: MeetingVoteView[];

  @Field(() => [AgendaItemView], { description: 'Items with an outcome, in agenda order' })
  decisions!: AgendaItemView[];

  @Field(() => [MeetingActionView])
  actions!: MeetingActionView[];
}

@ObjectType({ description: 'A seat on the council' })
export class CouncilMemberView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  residentId!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  building!: number;

  @Field(() => CouncilRole)
  role!: CouncilRole;

  @Field()
  since!: string;

  @Field(() => String, { nullable: true })
  until!: string | null;
}

@ObjectType({ description: 'A matter deliberation offers for the agenda' })
export class AgendaCandidateView {
  @Field(() => ID)
  matterId!: string;

  @Field()
  ref!: string;

  @Field()
  title!: string;

  @Field()
  overdue!: boolean;

  @Field(() => Int, { nullable: true })
  timeBoxMinutes!: number | null;
}

@ObjectType({ description: 'A check-in: who, and whether it was new (points credited once)' })
export class MeetingCheckIn {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID)
  residentId!: string;

  @Field()
  residentName!: string;

  @Field({ description: 'True when this resident had checked in already: nothing changed' })
  alreadyCheckedIn!: boolean;

  @Field(() => Int, { description: 'Points credited by this check-in (0 when already checked in)' })
  pointsAwarded!: number;

  @Field(() => MeetingQuorumView)
  quorum!: MeetingQuorumView;
}

@ObjectType({ description: 'A meeting changed: its new version (re-read `meeting` to see what)' })
export class MeetingChange {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => Int)
  version!: number;
}

// ---- minutes ----

@ObjectType()
export class MinutesQuorum {
  @Field(() => Int)
  needed!: number;
  @Field(() => Int)
  present!: number;
  @Field()
  met!: boolean;
}

@ObjectType()
export class MinutesAttendee {
  @Field()
  name!: string;
  @Field(() => Int, { nullable: true })
  building!: number | null;
  @Field(() => String, { nullable: true, description: 'CHAIR or MEMBER of the council; null: a resident' })
  role!: string | null;
}

@ObjectType()
export class MinutesParty {
  @Field()
  name!: string;
  @Field()
  present!: boolean;
}

@ObjectType()
export class MinutesVote {
  @Field()
  question!: string;
  @Field(() => Int)
  for!: number;
  @Field(() => Int)
  against!: number;
  @Field(() => Int)
  abstain!: number;
  @Field()
  carried!: boolean;
  @Field()
  quorumMet!: boolean;
}

@ObjectType()
export class MinutesAction {
  @Field()
  what!: string;
  @Field()
  owner!: string;
  @Field(() => String, { nullable: true })
  due!: string | null;
}

@ObjectType()
export class MinutesItem {
  @Field(() => Int)
  position!: number;
  @Field()
  title!: string;
  @Field(() => String, { nullable: true })
  matterRef!: string | null;
  @Field(() => Int)
  timeBoxMinutes!: number;
  @Field(() => String, { nullable: true })
  discussion!: string | null;
  @Field(() => [MinutesVote])
  votes!: MinutesVote[];
  @Field(() => String, { nullable: true })
  decision!: string | null;
  @Field(() => [MinutesAction])
  actions!: MinutesAction[];
}

@ObjectType({ description: "A meeting's minutes, made from its record" })
export class MinutesView {
  @Field()
  community!: string;
  @Field()
  title!: string;
  @Field()
  kind!: string;
  @Field()
  day!: string;
  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;
  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;
  @Field(() => String, { nullable: true })
  place!: string | null;
  @Field(() => String, { nullable: true })
  chair!: string | null;
  @Field(() => MinutesQuorum)
  quorum!: MinutesQuorum;
  @Field(() => [MinutesAttendee])
  attendees!: MinutesAttendee[];
  @Field(() => [MinutesParty])
  invitedParties!: MinutesParty[];
  @Field(() => [MinutesItem])
  items!: MinutesItem[];
}

// ---- inputs ----

@InputType()
export class CreateMeetingInput {
  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field()
  @Length(1, 100)
  title!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DAY)
  day!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  place?: string | null;
}

@InputType()
export class UpdateMeetingInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => Int, { description: 'The version read' })
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DAY)
  day?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the day moved (required when it does)' })
  @IsOptional()
  @MaxLength(200)
  movedReason?: string | null;
}

/** Every chair action: the meeting and the version the chair's screen showed. */
@InputType()
export class MeetingVersionInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => Int, { description: 'The version read; another one → CONFLICT MEETING_CHANGED' })
  version!: number;
}

@InputType({ description: 'An outside party invited to a meeting (deliberation’s id, and its name)' })
export class InvitedPartyInput {
  @Field(() => String, { description: "The party's id in deliberation" })
  @Length(1, 64)
  partyId!: string;

  @Field()
  @Length(1, 100)
  name!: string;
}

@InputType()
export class InviteInput extends MeetingVersionInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  residentId?: string | null;

  @Field(() => InvitedPartyInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  party?: InvitedPartyInput | null;
}

@InputType()
export class InviteeInput extends MeetingVersionInput {
  @Field(() => ID)
  inviteeId!: string;
}

@InputType()
export class AddAgendaItemInput extends MeetingVersionInput {
  @Field(() => String, { nullable: true, description: 'A free item: its title' })
  @IsOptional()
  @Length(1, 200)
  title?: string | null;

  @Field(() => ID, { nullable: true, description: 'An item about a matter: one of `agendaCandidates`' })
  @IsOptional()
  matterId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(240)
  timeBoxMinutes?: number | null;
}

@InputType()
export class AgendaItemInput extends MeetingVersionInput {
  @Field(() => ID)
  itemId!: string;
}

@InputType()
export class ReorderAgendaInput extends MeetingVersionInput {
  @Field(() => [ID], { description: "Every item's id, in the new order" })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  itemIds!: string[];
}

@InputType()
export class TimeBoxInput extends AgendaItemInput {
  @Field(() => Int)
  @Min(1)
  @Max(240)
  minutes!: number;
}

@InputType()
export class RecordVoteInput extends MeetingVersionInput {
  @Field({ description: 'What was put to the vote' })
  @Length(1, 200)
  question!: string;

  @Field(() => Int)
  @Min(0)
  @Max(1000)
  for!: number;

  @Field(() => Int)
  @Min(0)
  @Max(1000)
  against!: number;

  @Field(() => Int)
  @Min(0)
  @Max(1000)
  abstain!: number;
}

@InputType()
export class RecordDecisionInput extends MeetingVersionInput {
  @Field(() => ID, { nullable: true, description: 'An item already discussed; none: the current item' })
  @IsOptional()
  itemId?: string | null;

  @Field(() => ItemOutcome)
  outcome!: ItemOutcome;

  @Field()
  @Extensions(MULTILINE)
  @Length(1, 2000)
  decision!: string;

  @Field(() => String, { nullable: true, description: 'A summary of the discussion, for the minutes' })
  @IsOptional()
  @Extensions(MULTILINE)
  @MaxLength(4000)
  discussion?: string | null;
}

@InputType()
export class AssignActionInput extends MeetingVersionInput {
  @Field(() => ID, { nullable: true, description: 'An item already discussed; none: the current item' })
  @IsOptional()
  itemId?: string | null;

  @Field()
  @Length(1, 500)
  what!: string;

  @Field({ description: "The owner's name (a person, a party)" })
  @Length(1, 100)
  ownerName!: string;

  @Field(() => ID, { nullable: true, description: 'When the owner is a staff member' })
  @IsOptional()
  staffId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DAY)
  due?: string | null;
}

@InputType()
export class AddCouncilMemberInput {
  @Field(() => ID)
  residentId!: string;

  @Field(() => CouncilRole, { defaultValue: CouncilRole.MEMBER })
  role!: CouncilRole;
}

@InputType()
export class CheckInResidentInput {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID)
  residentId!: string;

  @Field(() => CheckInVia, {
    defaultValue: CheckInVia.STAFF,
    description: "CARD or STAFF (KIOSK is the resident's own)",
  })
  via!: CheckInVia;
}

import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { tenantFilter } from '../../platform/tenancy.js';
import { Community } from '../community/index.js';
import { Resident } from '../resident/index.js';

export enum CouncilRole {
  CHAIR = 'CHAIR',
  MEMBER = 'MEMBER',
}
registerEnumType(CouncilRole, { name: 'CouncilRole', description: "A council member's role" });

export enum MeetingKind {
  COUNCIL = 'COUNCIL',
  PARENTS = 'PARENTS',
  QUARTERLY = 'QUARTERLY',
  OTHER = 'OTHER',
}
registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  description: "The monthly council meeting, the parents' committee, a quarterly meeting, another",
});

export enum MeetingStatus {
  PLANNED = 'PLANNED',
  LIVE = 'LIVE',
  CLOSED = 'CLOSED',
}
registerEnumType(MeetingStatus, { name: 'MeetingStatus' });

export enum AgendaItemStatus {
  PENDING = 'PENDING',
  CURRENT = 'CURRENT',
  DONE = 'DONE',
}
registerEnumType(AgendaItemStatus, { name: 'AgendaItemStatus' });

export enum ItemOutcome {
  ADOPTED = 'ADOPTED',
  NOT_ADOPTED = 'NOT_ADOPTED',
  DEFERRED = 'DEFERRED',
}
registerEnumType(ItemOutcome, { name: 'ItemOutcome', description: 'What the meeting decided on an item' });

export enum CheckInVia {
  KIOSK = 'KIOSK',
  CARD = 'CARD',
  STAFF = 'STAFF',
}
registerEnumType(CheckInVia, {
  name: 'CheckInVia',
  description: 'Signed in at a kiosk, a card read by staff, or checked in by hand',
});

/**
 * A seat on the residents' council, from `since` until `until` (null: sitting). A resident sits
 * once at a time; the council has one chair at a time. Removing a member ends the seat (history kept).
 */
@Entity()
@Filter(tenantFilter)
@Unique({
  name: 'council_member_one_seat',
  expression:
    'create unique index "council_member_one_seat" on "council_member" ("community_id", "resident_id") where "until" is null',
})
@Unique({
  name: 'council_member_one_chair',
  expression:
    'create unique index "council_member_one_chair" on "council_member" ("community_id") ' +
    'where "role" = \'CHAIR\' and "until" is null',
})
@Check({ name: 'council_member_dates', expression: 'until is null or until >= since' })
export class CouncilMember {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community)
  community!: Rel<Community>;

  @ManyToOne(() => Resident)
  resident!: Rel<Resident>;

  @Enum({ items: () => CouncilRole })
  role: CouncilRole = CouncilRole.MEMBER;

  @Property({ type: 'date' })
  since!: string;

  @Property({ type: 'date', nullable: true })
  until: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/**
 * A meeting: planned, live (one agenda item current at most), closed. `version` is bumped by
 * every change of anything the meeting-room screen shows (the meeting, its items, timers,
 * invitees, attendance, votes, actions); every chair action names the version it read.
 */
@Entity()
@Filter(tenantFilter)
@Unique({
  name: 'meeting_one_per_round',
  expression:
    'create unique index "meeting_one_per_round" on "meeting" ("community_id", "kind", "round") where "round" is not null',
})
@Index({ properties: ['community', 'day'] })
@Check({ name: 'meeting_round_of_council', expression: "(kind = 'COUNCIL') = (round is not null)" })
@Check({ name: 'meeting_round_format', expression: "round is null or round ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'" })
@Check({ name: 'meeting_started', expression: "(status = 'PLANNED') = (started_at is null)" })
@Check({ name: 'meeting_closed', expression: "(status = 'CLOSED') = (closed_at is not null)" })
@Check({ name: 'meeting_current_item_live', expression: "current_item_id is null or status = 'LIVE'" })
@Check({ name: 'meeting_version_positive', expression: 'version >= 1' })
@Check({ name: 'meeting_title_length', expression: 'length(title) >= 1 and length(title) <= 100' })
export class Meeting {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community)
  community!: Rel<Community>;

  @Enum({ items: () => MeetingKind })
  kind!: MeetingKind;

  @Property({ type: 'text' })
  title!: string;

  /** The council meeting's month, YYYY-MM (one per month); null for other kinds. */
  @Property({ type: 'text', nullable: true })
  round: string | null = null;

  /** The day it is held (Asia/Shanghai). */
  @Property({ type: 'date' })
  day!: string;

  /** The day the rule gave (the 15th); `day` differs when it moved (a holiday), with the reason. */
  @Property({ type: 'date' })
  plannedDay!: string;

  @Property({ type: 'text', nullable: true })
  movedReason: string | null = null;

  @Property({ type: 'text', nullable: true })
  place: string | null = null;

  @Enum({ items: () => MeetingStatus })
  status: MeetingStatus = MeetingStatus.PLANNED;

  /** The agenda item under discussion (only while LIVE). No foreign key: items point here. */
  @Property({ type: 'uuid', nullable: true })
  currentItemId: string | null = null;

  /** The staff member who started it (the chair's console). */
  @Property({ type: 'uuid', nullable: true })
  chairStaffId: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'integer' })
  version: number = 1;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/**
 * Who is invited: a resident (council members by default) or an outside party responsible for a
 * matter (parties live in deliberation: their id and name as they were, no foreign key).
 */
@Entity()
@Filter(tenantFilter)
@Unique({ properties: ['meeting', 'resident'] })
@Unique({ properties: ['meeting', 'partyId'] })
@Check({
  name: 'meeting_invitee_one_kind',
  expression: '(resident_id is null) <> (party_id is null) and (party_id is null) = (party_name is null)',
})
export class MeetingInvitee {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community)
  community!: Rel<Community>;

  @ManyToOne(() => Meeting, { deleteRule: 'cascade' })
  meeting!: Rel<Meeting>;

  @ManyToOne(() => Resident, { nullable: true, deleteRule: 'cascade' })
  resident: Rel<Resident> | null = null;

  @Property({ type: 'text', nullable: true })
  partyId: string | null = null;

  @Property({ type: 'text', nullable: true })
  partyName: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/**
 * An item of the agenda: free, or about a matter (its id and reference as they were; the matter
 * is deliberation's). At most one CURRENT item per meeting (a partial unique index); only the
 * current item's timer may run. The timer is `timer_used_ms` plus, while running, the time since
 * `timer_running_since`.
 */
@Entity()
@Filter(tenantFilter)
@Unique({
  name: 'agenda_item_one_current',
  expression:
    'create unique index "agenda_item_one_current" on "agenda_item" ("meeting_id") ' + 'where "status" = \'CURRENT\'',
})
@Unique({ properties: ['meeting', 'matterId'] })
@Index({ properties: ['meeting', 'position'] })
@Check({ name: 'agenda_item_matter', expression: '(matter_id is null) = (matter_ref is null)' })
@Check({ name: 'agenda_item_time_box', expression: 'time_box_minutes >= 1 and time_box_minutes <= 240' })
@Check({
  name: 'agenda_item_timer',
  expression: "timer_used_ms >= 0 and (timer_running_since is null or status = 'CURRENT')",
})
@Check({ name: 'agenda_item_pending', expression: "status <> 'PENDING' or (outcome is null and timer_used_ms = 0)" })
@Check({ name: 'agenda_item_title_length', expression: 'length(title) >= 1 and length(title) <= 200' })
export class AgendaItem {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community)
  community!: Rel<Community>;

  @ManyToOne(() => Meeting, { deleteRule: 'cascade' })
  meeting!: Rel<Meeting>;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'uuid', nullable: true })
  matterId: string | null = null;

  @Property({ type: 'text', nullable: true })
  matterRef: string | null = null;

  @Property({ type: 'integer' })
  timeBoxMinutes: number = 10;

  @Enum({ items: () => AgendaItemStatus })
  status: AgendaItemStatus = AgendaItemStatus.PENDING;

  @Property({ type: 'timestamptz', nullable: true })
  timerRunningSince: Date | null = null;

  @Property({ type: 'integer' })
  timerUsedMs: number = 0;

  @Enum({ items: () => ItemOutcome, nullable: true })
  outcome: ItemOutcome | null = null;

  @Property({ type: 'text', nullable: true })
  decision: string | null = null;

  /** What was said, for the minutes (the secretary's summary). */
  @Property({ type: 'text', nullable: true })
  discussion: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/**
 * A show of hands on an item (append only). `present`: council members checked in then;
 * `quorum_met`: more than half of the sitting council; carried only with quorum and more than
 * half of the votes cast in favour.
 */
@Entity()
@Filter(tenantFilter)
@Index({ properties: ['meeting', 'at'] })
@Check({
  name: 'meeting_vote_counts',
  expression: 'votes_for >= 0 and votes_against >= 0 and votes_abstain >= 0 and present >= 0',
})
@Check({
  name: 'meeting_vote_carried',
  expression: 'not carried or (quorum_met and 2 * votes_for > votes_for + votes_against + votes_abstain)',
})
export class MeetingVote {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community)
  community!: Rel<Community>;

  @ManyToOne(() => Meeting)
  meeting!: Rel<Meeting>;

  @ManyToOne(() => AgendaItem)
  item!: Rel<AgendaItem>;

  @Property({ type: 'text' })
  question!: string;

  @Property({ type: 'integer' })
  votesFor!: number;

  @Property({ type: 'integer' })
  votesAgainst!: number;

  @Property({ type: 'integer' })
  votesAbstain!: number;

  @Property({ type: 'integer' })
  present!: number;

  @Property({ type: 'boolean' })
  quorumMet!: boolean;

  @Property({ type: 'boolean' })
  carried!: boolean;

  @Property({ type: 'uuid' })
  recordedBy!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();
}

/** Something to do, decided on an item: what, who (a name, and the staff member if it is one), by when. */
@Entity()
@Filter(tenantFilter)
@Index({ properties: ['meeting', 'at'] })
export class MeetingAction {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community)
  community!: Rel<Community>;

  @ManyToOne(() => Meeting)
  meeting!: Rel<Meeting>;

  @ManyToOne(() => AgendaItem)
  item!: Rel<AgendaItem>;

  @Property({ type: 'text' })
  what!: string;

  @Property({ type: 'text' })
  ownerName!: string;

  @Property({ type: 'uuid', nullable: true })
  ownerStaffId: string | null = null;

  @Property({ type: 'date', nullable: true })
  due: string | null = null;

  @Property({ type: 'uuid' })
  recordedBy!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();
}

/** A resident at a meeting, once (checked in at a kiosk, or by staff from a card or by hand). */
@Entity()
@Filter(tenantFilter)
@Unique({ properties: ['meeting', 'resident'] })
@Check({ name: 'meeting_attendance_by', expression: "(via = 'KIOSK') = (by_staff_id is null)" })
export class MeetingAttendance {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community)
  community!: Rel<Community>;

  @ManyToOne(() => Meeting)
  meeting!: Rel<Meeting>;

  @ManyToOne(() => Resident)
  resident!: Rel<Resident>;

  @Enum({ items: () => CheckInVia })
  via!: CheckInVia;

  @Property({ type: 'uuid', nullable: true })
  byStaffId: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();
}

import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { tenantFilter } from '../../platform/tenancy.js';
import { Community } from '../community/index.js';
import { Resident } from '../resident/index.js';

/** The council's three classes of matters (2025: 127 suggestions), and the rest. */
export enum MatterCategory {
  ELDERLY = 'ELDERLY',
  CHILDCARE = 'CHILDCARE',
  CONVENIENCE = 'CONVENIENCE',
  OTHER = 'OTHER',
}
registerEnumType(MatterCategory, { name: 'MatterCategory', description: '养老 / 育儿 / 便民 / 其他' });

/** 紧急 (within 7 days), 重点 (within a month), 长期 (into the annual plan, a target quarter). */
export enum MatterUrgency {
  URGENT = 'URGENT',
  KEY = 'KEY',
  LONG_TERM = 'LONG_TERM',
}
registerEnumType(MatterUrgency, { name: 'MatterUrgency', description: 'How soon a matter must be answered' });

/**
 * A matter's way: NEW (collected) → OPEN (classified, its clock runs) → ADOPTED (the council or
 * the secretary decided to do it) → DONE (carried out; its suggesters earn points) → CLOSED
 * (answered). A matter not adopted is answered and CLOSED from OPEN. MERGED: folded into another.
 */
export enum MatterStatus {
  NEW = 'NEW',
  OPEN = 'OPEN',
  ADOPTED = 'ADOPTED',
  DONE = 'DONE',
  CLOSED = 'CLOSED',
  MERGED = 'MERGED',
}
registerEnumType(MatterStatus, { name: 'MatterStatus', description: 'Where a matter is on its way' });

/** How a suggestion reached the council. */
export enum SuggestionSource {
  KIOSK = 'KIOSK',
  PAPER = 'PAPER',
  BUILDING_LEADER = 'BUILDING_LEADER',
  GRID_WORKER = 'GRID_WORKER',
  STAFF = 'STAFF',
}
registerEnumType(SuggestionSource, { name: 'SuggestionSource', description: 'How a suggestion reached the council' });

export enum PartyKind {
  PROPERTY = 'PROPERTY',
  POLICE = 'POLICE',
  DEPARTMENT = 'DEPARTMENT',
  OTHER = 'OTHER',
}
registerEnumType(PartyKind, {
  name: 'PartyKind',
  description: 'An outside party: property company, police, a department',
});

/** Whether a matter's window counts calendar days or working days (China's holidays and 调休). */
export enum DayCounting {
  CALENDAR = 'CALENDAR',
  WORKING = 'WORKING',
}
registerEnumType(DayCounting, { name: 'DayCounting', description: 'Calendar days or working days' });

/** An outside party that owns matters or is invited to meetings, with its contact. */
@Entity()
@Filter(tenantFilter)
export class Party {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community)
  community!: Rel<Community>;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => PartyKind })
  kind!: PartyKind;

  @Property({ type: 'text', nullable: true })
  contactName: string | null = null;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Property({ type: 'boolean', default: false })
  archived: boolean = false;

  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** One matter, one file (一事一档案): what the council answers, from one or more suggestions. */
@Entity()
@Filter(tenantFilter)
@Unique({ properties: ['community', 'ref'] })
@Index({ properties: ['community', 'round', 'status'] })
@Check({
  name: 'matter_merged_has_target',
  expression: `(status = 'MERGED') = (merged_into_id is not null)`,
})
@Check({
  name: 'matter_closed_has_answer',
  expression: `status <> 'CLOSED' or (answer is not null and answered_at is not null)`,
})
@Check({
  name: 'matter_classified_has_clock',
  expression: `status = 'NEW' or status = 'MERGED' or (urgency is not null and classified_at is not null)`,
})
@Check({ name: 'matter_one_owner', expression: 'owner_staff_id is null or owner_party_id is null' })
export class Matter {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community)
  community!: Rel<Community>;

  /** Short reference residents follow it by: 2612-007 (round December 2026, the 7th). */
  @Property({ type: 'text' })
  ref!: string;

  /** The intake round 'YYYY-MM' (suggestions after the cut-off day go to the next one). */
  @Property({ type: 'text' })
  round!: string;

  @Property({ type: 'text' })
  title!: string;

  @Enum({ items: () => MatterCategory })
  category!: MatterCategory;

  @Enum({ items: () => MatterStatus, default: MatterStatus.NEW })
  status: MatterStatus = MatterStatus.NEW;

  @Enum({ items: () => MatterUrgency, nullable: true })
  urgency: MatterUrgency | null = null;

  /** A long-term matter's quarter in the annual plan: '2027-Q2'. */
  @Property({ type: 'text', nullable: true })
  targetQuarter: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  ownerStaffId: string | null = null;

  @ManyToOne(() => Party, { nullable: true })
  ownerParty: Rel<Party> | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  classifiedAt: Date | null = null;

  /** The last day of its window (Asia/Shanghai); moves only with a reason, in the file. */
  @Property({ type: 'date', nullable: true })
  dueDay: string | null = null;

  /** When the calendar found it past its window (once), escalated it and put it on the agenda. */
  @Property({ type: 'timestamptz', nullable: true })
  overdueAt: Date | null = null;

  @ManyToOne(() => Matter, { nullable: true })
  mergedInto: Rel<Matter> | null = null;

  /** Decided not to do it (answered and closed without being carried out). */
  @Property({ type: 'boolean', default: false })
  declined: boolean = false;

  @Property({ type: 'text', nullable: true })
  answer: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null = null;

  /** The last change a suggester can see (on the board and in "my suggestions"). */
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  changedAt: Date = new Date();

  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** Reference numbers, per community and round. */
@Entity()
@Filter(tenantFilter)
export class MatterCounter {
  @ManyToOne(() => Community, { primary: true })
  community!: Rel<Community>;

  @PrimaryKey({ type: 'text' })
  round!: string;

  @Property({ type: 'integer' })
  last!: number;
}

/** A resident's suggestion (from the kiosk, or entered by staff from paper or a building leader). */
@Entity()
@Filter(tenantFilter)
@Unique({ properties: ['community', 'resident', 'idempotencyKey'] })
@Index({ properties: ['community', 'resident', 'createdAt'] })
@Index({ properties: ['matter'] })
export class Suggestion {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community)
  community!: Rel<Community>;

  /** The matter that answers it (another one once merged). */
  @ManyToOne(() => Matter)
  matter!: Rel<Matter>;

  @ManyToOne(() => Resident)
  resident!: Rel<Resident>;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  details!: string;

  @Enum({ items: () => MatterCategory })
  category!: MatterCategory;

  @Enum({ items: () => SuggestionSource })
  source!: SuggestionSource;

  @Property({ type: 'uuid', nullable: true })
  enteredBy: string | null = null;

  @Property({ type: 'text' })
  round!: string;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  /** When the resident last looked at it ("my suggestions" marks what changed since). */
  @Property({ type: 'timestamptz', nullable: true })
  seenAt: Date | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** One line of a matter's file. Never edited or deleted: a correction is a new line. */
@Entity()
@Filter(tenantFilter)
@Index({ properties: ['matter', 'seq'] })
export class MatterEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'bigint', autoincrement: true, unique: true })
  seq!: string;

  @ManyToOne(() => Community)
  community!: Rel<Community>;

  @ManyToOne(() => Matter)
  matter!: Rel<Matter>;

  /** SUBMITTED, CLASSIFIED, OWNER_CHANGED, DEADLINE_CHANGED, MERGED, PROGRESS, NOTE, DECIDED, VOTED, ACTION, DONE, ANSWERED, OVERDUE, … */
  @Property({ type: 'text' })
  kind!: string;

  /** Shown to residents (the board, "my suggestions"); staff notes are not. */
  @Property({ type: 'boolean' })
  public!: boolean;

  @Property({ type: 'text', nullable: true })
  text: string | null = null;

  /** Why (a deadline moved, a correction). */
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'jsonb', nullable: true })
  detail: Record<string, unknown> | null = null;

  @Property({ type: 'uuid', nullable: true })
  byStaff: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();
}

/** A closed intake round (the calendar closes each once, after its cut-off day). */
@Entity()
@Filter(tenantFilter)
export class DeliberationRound {
  @ManyToOne(() => Community, { primary: true })
  community!: Rel<Community>;

  @PrimaryKey({ type: 'text' })
  round!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  closedAt: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  meetingId: string | null = null;
}

/** The council's calendar and windows (one row per community; defaults when none). */
@Entity()
@Filter(tenantFilter)
@Check({
  name: 'deliberation_setting_days',
  expression: 'urgent_days >= 1 and urgent_days <= 60 and key_days >= 1 and key_days <= 180',
})
@Check({
  name: 'deliberation_setting_calendar',
  expression: 'cutoff_day >= 1 and cutoff_day <= 28 and meeting_day >= 1 and meeting_day <= 28',
})
export class DeliberationSetting {
  @ManyToOne(() => Community, { primary: true })
  community!: Rel<Community>;

  @Enum({ items: () => DayCounting, default: DayCounting.CALENDAR })
  counting: DayCounting = DayCounting.CALENDAR;

  @Property({ type: 'integer', default: 7 })
  urgentDays: number = 7;

  @Property({ type: 'integer', default: 30 })
  keyDays: number = 30;

  @Property({ type: 'integer', default: 5 })
  cutoffDay: number = 5;

  @Property({ type: 'integer', default: 15 })
  meetingDay: number = 15;
}

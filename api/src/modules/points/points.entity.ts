import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { tenantFilter } from '../../platform/tenancy.js';
import { Community } from '../community/index.js';
import { LedgerEntry } from '../ledger/index.js';
import { Resident } from '../resident/index.js';

/** What earns participation points (the council's rules give each its amount). */
export enum EarningReason {
  MEETING_ATTENDED = 'MEETING_ATTENDED',
  SUGGESTION_ADOPTED = 'SUGGESTION_ADOPTED',
  VOLUNTEER_HOUR = 'VOLUNTEER_HOUR',
}
registerEnumType(EarningReason, { name: 'EarningReason', description: 'What earns participation points' });

/** An earning rule from a day on: the council changes amounts by adding a rule, never editing one. */
@Entity()
@Filter(tenantFilter)
@Unique({ properties: ['community', 'reason', 'effectiveFrom'] })
@Check({ name: 'points_rule_points_range', expression: 'points >= 1 and points <= 10000' })
export class PointsRule {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community)
  community!: Rel<Community>;

  @Enum({ items: () => EarningReason })
  reason!: EarningReason;

  @Property({ type: 'integer' })
  points!: number;

  /** The first day (Asia/Shanghai) the amount applies. */
  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** Hours a resident volunteered, verified and recorded by staff; credited once at the rule of that day. */
@Entity()
@Filter(tenantFilter)
@Unique({ properties: ['community', 'resident', 'workedOn', 'activity'] })
@Check({ name: 'volunteer_shift_minutes_range', expression: 'minutes >= 30 and minutes <= 720 and minutes % 30 = 0' })
export class VolunteerShift {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community)
  community!: Rel<Community>;

  @ManyToOne(() => Resident)
  resident!: Rel<Resident>;

  @Property({ type: 'date' })
  workedOn!: string;

  @Property({ type: 'text' })
  activity!: string;

  /** Half hours are the smallest step. */
  @Property({ type: 'integer' })
  minutes!: number;

  /** Who vouches for the hours (the activity's leader, a staff member): as written. */
  @Property({ type: 'text' })
  verifiedBy!: string;

  @Property({ type: 'uuid' })
  recordedBy!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

export enum RewardKind {
  SERVICE = 'SERVICE',
  GOODS = 'GOODS',
}
registerEnumType(RewardKind, { name: 'RewardKind', description: 'A service package or goods' });

/** Something points buy. Stock never goes below zero (a CHECK); edits carry their version. */
@Entity()
@Filter(tenantFilter)
@Check({ name: 'reward_cost_positive', expression: 'cost >= 1 and cost <= 1000000' })
@Check({ name: 'reward_stock_not_negative', expression: 'stock >= 0' })
@Check({
  name: 'reward_window_order',
  expression: 'active_from is null or active_until is null or active_from <= active_until',
})
export class Reward {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community)
  community!: Rel<Community>;

  @Enum({ items: () => RewardKind })
  kind!: RewardKind;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  description: string = '';

  @Property({ type: 'integer' })
  cost!: number;

  @Property({ type: 'integer' })
  stock!: number;

  @Property({ type: 'uuid', nullable: true })
  pictureId: string | null = null;

  /** First and last day (Asia/Shanghai) it can be redeemed; none: no limit. */
  @Property({ type: 'date', nullable: true })
  activeFrom: string | null = null;

  @Property({ type: 'date', nullable: true })
  activeUntil: string | null = null;

  /** Off the catalogue for good (vouchers issued for it stay valid). */
  @Property({ type: 'boolean' })
  archived: boolean = false;

  @Property({ type: 'integer' })
  version: number = 1;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** A reward's picture (JPEG, PNG or WebP, checked by its bytes). */
@Entity()
@Filter(tenantFilter)
export class RewardPicture {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community)
  community!: Rel<Community>;

  @Property({ type: 'text' })
  contentType!: string;

  @Property({ type: 'blob' })
  bytes!: Buffer;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

export enum VoucherStatus {
  ISSUED = 'ISSUED',
  FULFILLED = 'FULFILLED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(VoucherStatus, { name: 'VoucherStatus' });

/**
 * What a redemption gives the resident: a short code (and its QR) staff fulfil. Issued with its
 * debit and the stock taken in one transaction; cancelled or expired, it is refunded by a
 * reversing entry and its stock comes back, once.
 */
@Entity()
@Filter(tenantFilter)
@Unique({ properties: ['community', 'code'] })
@Unique({ properties: ['community', 'resident', 'idempotencyKey'] })
@Index({ properties: ['community', 'status', 'expiresAt'] })
@Index({ properties: ['community', 'resident', 'issuedAt'] })
@Check({ name: 'voucher_cost_positive', expression: 'cost > 0' })
@Check({ name: 'voucher_closed_when_not_issued', expression: "(status = 'ISSUED') = (closed_at is null)" })
@Check({
  name: 'voucher_refunded_when_cancelled_or_expired',
  expression: "(status = 'CANCELLED' or status = 'EXPIRED') = (refund_entry_id is not null)",
})
export class Voucher {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community)
  community!: Rel<Community>;

  @Property({ type: 'text' })
  code!: string;

  @ManyToOne(() => Resident)
  resident!: Rel<Resident>;

  @ManyToOne(() => Reward)
  reward!: Rel<Reward>;

  /** The reward's name and cost when redeemed (the catalogue may change later). */
  @Property({ type: 'text' })
  rewardName!: string;

  @Property({ type: 'integer' })
  cost!: number;

  @Enum({ items: () => VoucherStatus })
  status: VoucherStatus = VoucherStatus.ISSUED;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  issuedAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  /** The staff member who fulfilled or cancelled it (none: it expired). */
  @Property({ type: 'uuid', nullable: true })
  closedBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  cancelNote: string | null = null;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  /** The redemption's debit: a voucher cannot exist without it (NOT NULL, one voucher each). */
  @ManyToOne(() => LedgerEntry, { unique: true })
  debitEntry!: Rel<LedgerEntry>;

  /** The refund of a cancelled or expired voucher (present exactly then). */
  @ManyToOne(() => LedgerEntry, { nullable: true, unique: true })
  refundEntry: Rel<LedgerEntry> | null = null;
}

/** A community's points settings. */
@Entity()
@Filter(tenantFilter)
@Check({ name: 'points_setting_valid_days_range', expression: 'voucher_valid_days >= 1 and voucher_valid_days <= 366' })
@Check({ name: 'points_setting_stars_range', expression: 'stars_per_quarter >= 1 and stars_per_quarter <= 50' })
export class PointsSetting {
  @ManyToOne(() => Community, { primary: true })
  community!: Rel<Community>;

  /** Days a voucher stays valid: it expires at the end of the last (Asia/Shanghai). */
  @Property({ type: 'integer' })
  voucherValidDays: number = 30;

  /** How many governance stars a quarter names. */
  @Property({ type: 'integer' })
  starsPerQuarter: number = 10;
}

/** A quarter's governance star (社区治理之星), as the secretary confirmed it. */
@Entity()
@Filter(tenantFilter)
@Unique({ properties: ['community', 'quarter', 'resident'] })
@Unique({ properties: ['community', 'quarter', 'rank'] })
@Check({ name: 'governance_star_rank_positive', expression: 'rank > 0' })
export class GovernanceStar {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community)
  community!: Rel<Community>;

  /** `2026-Q4`. */
  @Property({ type: 'text' })
  quarter!: string;

  @ManyToOne(() => Resident)
  resident!: Rel<Resident>;

  @Property({ type: 'integer' })
  rank!: number;

  @Property({ type: 'integer' })
  points!: number;

  @Property({ type: 'uuid' })
  confirmedBy!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  confirmedAt: Date = new Date();
}

/** A resident who asked not to be shown by name among the stars (still counted, shown unnamed). */
@Entity()
@Filter(tenantFilter)
export class StarOptOut {
  @ManyToOne(() => Resident, { primary: true })
  resident!: Rel<Resident>;

  @ManyToOne(() => Community)
  community!: Rel<Community>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();
}

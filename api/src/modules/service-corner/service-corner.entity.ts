import { randomUUID } from 'node:crypto';
import {
  Check,
  Collection,
  Entity,
  Enum,
  Filter,
  Index,
  ManyToMany,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
  type Rel,
} from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { tenantFilter } from '../../platform/tenancy.js';
import { Community } from '../community/index.js';
import { Resident } from '../resident/index.js';

/** One of the corner's services (修锁配钥匙, 理发 …), with its own queue line letter. */
@ObjectType()
@Entity()
@Filter(tenantFilter)
@Unique({ properties: ['community', 'letter'] })
@Check({ name: 'corner_service_letter', expression: "letter ~ '^[A-Z]$'" })
@Check({ name: 'corner_service_capacity', expression: 'booking_capacity >= 0' })
export class CornerService {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { deleteRule: 'cascade' })
  community!: Rel<Community>;

  /** The ticket prefix of this service's line, e.g. "A" for A012. */
  @Field()
  @Property({ type: 'text' })
  letter!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'Who provides it, e.g. the visiting locksmith' })
  @Property({ type: 'text' })
  provider: string = '';

  @Field(() => Int, { description: 'Minutes a visit usually takes, until there is history to estimate from' })
  @Property({ type: 'integer' })
  typicalMinutes: number = 10;

  @Field(() => Int, { description: 'Bookings taken per session' })
  @Property({ type: 'integer' })
  bookingCapacity: number = 8;

  @Field()
  @Property({ type: 'boolean' })
  active: boolean = true;
}

/** The corner opening on one day (Wed and Sat 9:00–12:00 by default). */
@ObjectType()
@Entity()
@Filter(tenantFilter)
@Unique({ properties: ['community', 'startsAt'] })
@Check({ name: 'corner_session_order', expression: 'ends_at > starts_at' })
export class CornerSession {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { deleteRule: 'cascade' })
  community!: Rel<Community>;

  @Field()
  @Property({ type: 'timestamptz' })
  startsAt!: Date;

  @Field()
  @Property({ type: 'timestamptz' })
  endsAt!: Date;

  @Field({ description: 'A holiday or cancelled opening' })
  @Property({ type: 'boolean' })
  cancelled: boolean = false;
}

/**
 * A service's queue in one session. Its counter row hands out ticket numbers: the UPDATE that
 * increments it locks the row, so numbers are consecutive and unique under concurrency.
 */
@Entity()
@Filter(tenantFilter)
@Unique({ properties: ['session', 'service'] })
@Check({ name: 'queue_line_counters', expression: 'last_number >= 0 AND version >= 0 AND booked >= 0' })
@Check({ name: 'queue_line_capacity', expression: 'capacity IS NULL OR capacity >= 0' })
export class QueueLine {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { deleteRule: 'cascade' })
  community!: Rel<Community>;

  @ManyToOne(() => CornerSession, { deleteRule: 'cascade' })
  session!: Rel<CornerSession>;

  @ManyToOne(() => CornerService, { deleteRule: 'cascade' })
  service!: Rel<CornerService>;

  @Property({ type: 'integer' })
  lastNumber: number = 0;

  /** Bumped by every change to the line, so a client that missed an event knows to re-fetch. */
  @Property({ type: 'integer' })
  version: number = 0;

  /** Bookings held for this line; raised only while below its capacity. */
  @Property({ type: 'integer' })
  booked: number = 0;

  /** Places for bookings in this session only; null: the service's `bookingCapacity`. */
  @Property({ type: 'integer', nullable: true })
  capacity: number | null = null;
}

/**
 * A counter (窗口) of the corner, e.g. "1号台". Calls are made from a counter, and a counter has
 * at most one ticket called or being served at a time (a partial unique index on the ticket).
 */
@Entity()
@Filter(tenantFilter)
@Unique({ properties: ['community', 'name'] })
@Check({ name: 'corner_counter_name', expression: 'length(name) >= 1 AND length(name) <= 20' })
export class CornerCounter {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { deleteRule: 'cascade' })
  community!: Rel<Community>;

  /** What the screen calls residents to, e.g. "1号台". */
  @Property({ type: 'text' })
  name!: string;

  /** The lines this counter usually serves (the counter view offers them first). */
  @ManyToMany(() => CornerService)
  services = new Collection<CornerService>(this);

  @Property({ type: 'boolean' })
  active: boolean = true;
}

export enum TicketStatus {
  WAITING = 'WAITING',
  CALLED = 'CALLED',
  SERVING = 'SERVING',
  DONE = 'DONE',
  NO_SHOW = 'NO_SHOW',
  CANCELLED = 'CANCELLED',
}
registerEnumType(TicketStatus, { name: 'TicketStatus' });

/** A queue ticket. One open ticket per resident per line; numbers unique per line. */
@Entity()
@Filter(tenantFilter)
@Unique({ properties: ['line', 'number'] })
@Unique({ name: 'ticket_idempotency', properties: ['resident', 'idempotencyKey'] })
@Unique({
  name: 'ticket_one_open_per_counter',
  expression:
    'create unique index "ticket_one_open_per_counter" on "ticket" ("counter_id") ' +
    "where status in ('CALLED', 'SERVING')",
})
@Unique({
  name: 'ticket_one_open_per_resident',
  expression:
    'create unique index "ticket_one_open_per_resident" on "ticket" ("line_id", "resident_id") ' +
    "where status in ('WAITING', 'CALLED', 'SERVING')",
})
@Index({ properties: ['line', 'status', 'number'] })
@Check({ name: 'ticket_number_positive', expression: 'number > 0' })
export class Ticket {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { deleteRule: 'cascade' })
  community!: Rel<Community>;

  @ManyToOne(() => QueueLine, { deleteRule: 'cascade' })
  line!: Rel<QueueLine>;

  @ManyToOne(() => Resident, { deleteRule: 'cascade' })
  resident!: Rel<Resident>;

  @Property({ type: 'integer' })
  number!: number;

  @Enum({ items: () => TicketStatus })
  status: TicketStatus = TicketStatus.WAITING;

  /** The client's key for this request: a retry or double tap finds the first ticket. */
  @Property({ type: 'text' })
  idempotencyKey!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  calledAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;

  /** The counter's name when it called the ticket: what the screen announced. */
  @Property({ type: 'text', nullable: true })
  counter: string | null = null;

  /** The counter that called it; one ticket called or being served per counter. */
  @ManyToOne(() => CornerCounter, { nullable: true, deleteRule: 'set null', fieldName: 'counter_id' })
  counterRef: Rel<CornerCounter> | null = null;

  /**
   * Capability for following this ticket on a phone (the QR code): whoever holds it may see the
   * ticket's number and place in line, nothing else. Made by the database on insert.
   */
  @Property({
    type: 'text',
    unique: 'ticket_follow_token',
    defaultRaw: "replace((gen_random_uuid())::text, '-'::text, ''::text)",
  })
  followToken?: string;

  /**
   * The ticket this one replaced when staff moved the resident to this line (transferTicket):
   * it took over that ticket's follow token, so a phone following it lands here.
   */
  @ManyToOne(() => Ticket, { nullable: true, deleteRule: 'set null', unique: 'ticket_transferred_from' })
  transferredFrom: Rel<Ticket> | null = null;
}

export enum BookingStatus {
  BOOKED = 'BOOKED',
  CHECKED_IN = 'CHECKED_IN',
  CANCELLED = 'CANCELLED',
}
registerEnumType(BookingStatus, { name: 'BookingStatus' });

export enum BookingCancelReason {
  /** The resident cancelled it. */
  RESIDENT = 'RESIDENT',
  /** Staff closed the session (a holiday): the place was given back and the resident is told. */
  CORNER_CLOSED = 'CORNER_CLOSED',
}
registerEnumType(BookingCancelReason, { name: 'BookingCancelReason' });

/** A place booked in a future session's line; checking in on the day turns it into a ticket. */
@Entity()
@Filter(tenantFilter)
@Unique({ name: 'booking_idempotency', properties: ['resident', 'idempotencyKey'] })
@Unique({
  name: 'booking_one_per_line',
  expression:
    'create unique index "booking_one_per_line" on "booking" ("line_id", "resident_id") ' +
    "where status in ('BOOKED', 'CHECKED_IN')",
})
export class Booking {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { deleteRule: 'cascade' })
  community!: Rel<Community>;

  @ManyToOne(() => QueueLine, { deleteRule: 'cascade' })
  line!: Rel<QueueLine>;

  @ManyToOne(() => Resident, { deleteRule: 'cascade' })
  resident!: Rel<Resident>;

  @Enum({ items: () => BookingStatus })
  status: BookingStatus = BookingStatus.BOOKED;

  /** Why a cancelled booking was cancelled (null before this was recorded, and while not cancelled). */
  @Enum({ items: () => BookingCancelReason, nullable: true })
  cancelReason: BookingCancelReason | null = null;

  /** What needs doing, in the resident's words (or a common problem they picked). */
  @Property({ type: 'text' })
  problem: string = '';

  /** For residents flagged as limited mobility: the provider comes to their home. */
  @Property({ type: 'boolean' })
  homeVisit: boolean = false;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  @ManyToOne(() => Ticket, { nullable: true, deleteRule: 'set null' })
  ticket: Rel<Ticket> | null = null;

  /** When the resident put away the notice of a closed-day cancellation ("知道了"); off their list then. */
  @Property({ type: 'timestamptz', nullable: true })
  dismissedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

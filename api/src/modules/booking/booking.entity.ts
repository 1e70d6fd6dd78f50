import { randomUUID } from 'node:crypto';
import { Entity, Enum, Filter, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { tenantFilter } from '../../platform/tenancy.js';
import { Community } from '../community/index.js';
import { QueueLine, Ticket } from '../queue/index.js';
import { Resident } from '../resident/index.js';

export enum BookingStatus {
  BOOKED = 'BOOKED',
  CHECKED_IN = 'CHECKED_IN',
  CANCELLED = 'CANCELLED',
}
registerEnumType(BookingStatus, { name: 'BookingStatus' });

export enum BookingCancelReason {
  /** The resident cancelled it. */
  RESIDENT = 'RESIDENT',
  /** Staff closed the opening (a holiday): the place was given back and the resident is told. */
  CORNER_CLOSED = 'CORNER_CLOSED',
}
registerEnumType(BookingCancelReason, { name: 'BookingCancelReason' });

/** A place booked in a future opening's line; checking in on the day turns it into a ticket. */
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

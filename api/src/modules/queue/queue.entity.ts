import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { tenantFilter } from '../../platform/tenancy.js';
import { Community } from '../community/index.js';
import { Desk, Offering, Opening } from '../corner/index.js';
import { Resident } from '../resident/index.js';

/**
 * An offering's queue in one opening. Its row hands out ticket numbers (`last_number`): the
 * UPDATE that increments it locks the row, so numbers are consecutive and unique under
 * concurrency. It also keeps the places booked ahead in the line (bookings reserve them through
 * the queue's API).
 */
@Entity()
@Filter(tenantFilter)
@Unique({ properties: ['opening', 'offering'] })
@Check({ name: 'queue_line_counters', expression: 'last_number >= 0 AND version >= 0 AND booked >= 0' })
@Check({ name: 'queue_line_capacity', expression: 'capacity IS NULL OR capacity >= 0' })
export class QueueLine {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { deleteRule: 'cascade' })
  community!: Rel<Community>;

  @ManyToOne(() => Opening, { deleteRule: 'cascade' })
  opening!: Rel<Opening>;

  @ManyToOne(() => Offering, { deleteRule: 'cascade' })
  offering!: Rel<Offering>;

  @Property({ type: 'integer' })
  lastNumber: number = 0;

  /** Bumped by every change to the line, so a client that missed an event knows to re-fetch. */
  @Property({ type: 'integer' })
  version: number = 0;

  /** Bookings held for this line; raised only while below its capacity. */
  @Property({ type: 'integer' })
  booked: number = 0;

  /** Places for bookings in this opening only; null: the offering's `bookingCapacity`. */
  @Property({ type: 'integer', nullable: true })
  capacity: number | null = null;
}

export enum TicketStatus {
  WAITING = 'WAITING',
  CALLED = 'CALLED',
  SERVING = 'SERVING',
  DONE = 'DONE',
  NO_SHOW = 'NO_SHOW',
  CANCELLED = 'CANCELLED',
  /** Its opening ended before it was served (closed on the next read, there being no job queue). */
  EXPIRED = 'EXPIRED',
}
registerEnumType(TicketStatus, { name: 'TicketStatus' });

/** A queue ticket. One open ticket per resident per line; numbers unique per line. */
@Entity()
@Filter(tenantFilter)
@Unique({ properties: ['line', 'number'] })
@Unique({ name: 'ticket_idempotency', properties: ['resident', 'idempotencyKey'] })
@Unique({
  name: 'ticket_one_open_per_desk',
  expression:
    'create unique index "ticket_one_open_per_desk" on "ticket" ("desk_id") ' + "where status in ('CALLED', 'SERVING')",
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

  /** The desk's name when it called the ticket: what the screen announced. */
  @Property({ type: 'text', nullable: true })
  deskName: string | null = null;

  /** The desk that called it; one ticket called or being served per desk. */
  @ManyToOne(() => Desk, { nullable: true, deleteRule: 'set null' })
  desk: Rel<Desk> | null = null;

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

import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { tenantFilter } from '../../platform/tenancy.js';
import { Community } from '../community/index.js';
import { Resident } from '../resident/index.js';
import { Offering } from '../corner/index.js';
import { Ticket } from '../queue/index.js';
import { StaffUser } from '../staff/index.js';

export enum WorkOrderStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(WorkOrderStatus, { name: 'WorkOrderStatus' });

/** A repair that could not be finished on the spot: owned, due, followed up until closed. */
@Entity()
@Filter(tenantFilter)
@Index({ properties: ['community', 'status', 'dueDate'] })
@Check({ name: 'work_order_closed_at', expression: "(status = 'CLOSED') = (closed_at IS NOT NULL)" })
export class WorkOrder {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { deleteRule: 'cascade' })
  community!: Rel<Community>;

  @ManyToOne(() => Resident, { deleteRule: 'cascade' })
  resident!: Rel<Resident>;

  @ManyToOne(() => Offering, { nullable: true, deleteRule: 'set null' })
  offering: Rel<Offering> | null = null;

  /** The ticket it came from; one work order per ticket. */
  @ManyToOne(() => Ticket, { nullable: true, unique: true, deleteRule: 'set null' })
  ticket: Rel<Ticket> | null = null;

  /** That ticket's code as the resident had it (e.g. A012), kept as it was. */
  @Property({ type: 'text', nullable: true })
  ticketCode: string | null = null;

  @Property({ type: 'text' })
  description!: string;

  /** Who is responsible: a provider or a staff member, by name. */
  @Property({ type: 'text' })
  owner!: string;

  @Property({ type: 'date' })
  dueDate!: string;

  @Enum({ items: () => WorkOrderStatus })
  status: WorkOrderStatus = WorkOrderStatus.OPEN;

  @Property({ type: 'text', nullable: true })
  outcome: string | null = null;

  @ManyToOne(() => StaffUser, { nullable: true, deleteRule: 'set null' })
  createdBy: Rel<StaffUser> | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;
}

/** A follow-up on a work order (a call, a visit, parts ordered …). */
@Entity()
@Filter(tenantFilter)
export class WorkOrderNote {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { deleteRule: 'cascade' })
  community!: Rel<Community>;

  @ManyToOne(() => WorkOrder, { deleteRule: 'cascade' })
  workOrder!: Rel<WorkOrder>;

  @ManyToOne(() => StaffUser, { nullable: true, deleteRule: 'set null' })
  author: Rel<StaffUser> | null = null;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

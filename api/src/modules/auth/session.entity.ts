import { randomUUID } from 'node:crypto';
import { Entity, Enum, Filter, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { tenantFilter } from '../../platform/tenancy.js';
import { Community } from '../community/index.js';
import { Device } from '../device/index.js';
import { Resident } from '../resident/index.js';
import { StaffUser } from '../staff/index.js';

export enum SessionKind {
  STAFF = 'STAFF',
  RESIDENT = 'RESIDENT',
}

/**
 * A signed-in person. Staff sessions live for hours; resident sessions are bound to the
 * kiosk they started on and die after a short idle time.
 */
@Entity()
@Filter(tenantFilter)
export class Session {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community, { deleteRule: 'cascade' })
  community!: Rel<Community>;

  @Enum({ items: () => SessionKind })
  kind!: SessionKind;

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @ManyToOne(() => StaffUser, { nullable: true, deleteRule: 'cascade' })
  staffUser: Rel<StaffUser> | null = null;

  @ManyToOne(() => Resident, { nullable: true, deleteRule: 'cascade' })
  resident: Rel<Resident> | null = null;

  @ManyToOne(() => Device, { nullable: true, deleteRule: 'cascade' })
  device: Rel<Device> | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  lastSeenAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  endedAt: Date | null = null;
}

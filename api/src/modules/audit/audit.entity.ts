import { randomUUID } from 'node:crypto';
import { Entity, Enum, Filter, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { tenantFilter } from '../../platform/tenancy.js';
import { Community } from '../community/index.js';

/** What a staff member did with a resident's personal data, or with the community's staff accounts. */
export enum AuditAction {
  RESIDENT_VIEWED = 'RESIDENT_VIEWED',
  RESIDENT_CREATED = 'RESIDENT_CREATED',
  RESIDENT_EDITED = 'RESIDENT_EDITED',
  RESIDENT_MOVED_AWAY = 'RESIDENT_MOVED_AWAY',
  RESIDENT_ERASED = 'RESIDENT_ERASED',
  ROSTER_IMPORTED = 'ROSTER_IMPORTED',
  RESIDENTS_EXPORTED = 'RESIDENTS_EXPORTED',
  PIN_SETUP_CODE_ISSUED = 'PIN_SETUP_CODE_ISSUED',
  PIN_LOCK_LIFTED = 'PIN_LOCK_LIFTED',
  CARD_ISSUED = 'CARD_ISSUED',
  CARD_REVOKED = 'CARD_REVOKED',
  STAFF_CREATED = 'STAFF_CREATED',
  STAFF_ROLE_CHANGED = 'STAFF_ROLE_CHANGED',
  STAFF_DEACTIVATED = 'STAFF_DEACTIVATED',
  STAFF_REACTIVATED = 'STAFF_REACTIVATED',
  STAFF_PASSWORD_RESET = 'STAFF_PASSWORD_RESET',
}
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: "A staff action on a resident's personal data or on a staff account, as the audit log records it",
});

/**
 * One line of the audit log: who did what to which resident's data, when, from where. Append
 * only: the database refuses UPDATE, DELETE and TRUNCATE on this table, for the API's role and
 * its owner alike (migration audit_log). The actor and the resident are kept as ids without
 * foreign keys, so the log outlives what it names (an erased resident stays an anonymous id).
 */
@Entity()
@Filter(tenantFilter)
@Index({ properties: ['community', 'at'] })
@Index({ properties: ['community', 'residentId', 'at'] })
export class AuditEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Community)
  community!: Rel<Community>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();

  @Enum({ items: () => AuditAction })
  action!: AuditAction;

  /** The staff member who acted. */
  @Property({ type: 'uuid' })
  actorStaffId!: string;

  /** The resident whose data it was (none for an action on many, e.g. an export). */
  @Property({ type: 'uuid', nullable: true })
  residentId: string | null = null;

  /** The address the request came from. */
  @Property({ type: 'text', nullable: true })
  address: string | null = null;

  /** What else a reader of the log needs (a row count, a filter), never the personal data itself. */
  @Property({ type: 'jsonb', nullable: true })
  detail: Record<string, unknown> | null = null;
}

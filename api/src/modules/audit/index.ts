import type { LinliModule } from '../../platform/module.js';
import { AuditAction, AuditEntry } from './audit.entity.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

export { AuditAction };
export type { AuditRecord } from './audit.service.js';

/** The audit log's one write: a staff action on a resident's data, in the action's transaction. */
export const Audit = { record: AuditService.record };

/** The append-only log of what staff did with residents' personal data; admins read it. */
export const auditModule: LinliModule = {
  name: 'audit',
  entities: [AuditEntry],
  resolvers: [AuditResolver],
};

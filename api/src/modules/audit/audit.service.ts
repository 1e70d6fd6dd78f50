import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../platform/context.js';
import { rows, run } from '../../platform/sql.js';
import type { AuditAction } from './audit.entity.js';
import { ENTRIES, RECORD } from './audit.sql.js';
import type { AuditLogArgs, AuditPage } from './audit.types.js';

export interface AuditRecord {
  action: AuditAction;
  /** The resident whose data it was; none for an action on many (an import, an export). */
  residentId?: string | null;
  /** Counts, filters, reasons: never the personal data itself. */
  detail?: Record<string, unknown>;
}

export const AuditService = {
  /**
   * Writes one line of the audit log for the signed-in staff member, in `em`'s transaction: the
   * line is there exactly when the action it records committed.
   */
  async record(ctx: Context, em: EntityManager, entry: AuditRecord): Promise<void> {
    const actor = ctx.principal.staff?.id;
    if (!actor) throw new Error('Only a staff action is audited');
    await run(em, RECORD, {
      action: entry.action,
      actor,
      resident: entry.residentId ?? null,
      address: ctx.clientIp || null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    });
  },

  /** The log for admins, newest first, a page at a time. */
  async log(ctx: Context, args: AuditLogArgs): Promise<AuditPage> {
    const [beforeAt, beforeId] = args.after ? args.after.split('|') : [null, null];
    const found = await rows(ctx.em, ENTRIES, {
      action: args.action ?? null,
      resident: args.residentId ?? null,
      actor: args.staffId ?? null,
      beforeAt,
      beforeId,
      first: args.first + 1,
    });
    const page = found.slice(0, args.first);
    const last = page.at(-1);
    return {
      lines: page.map((r) => ({
        id: r.id,
        at: new Date(r.at),
        action: r.action,
        staffId: r.actorStaffId,
        staffName: r.actorName,
        residentId: r.residentId,
        residentName: r.residentName,
        address: r.address,
        detail: r.detail ? JSON.stringify(r.detail) : null,
      })),
      nextCursor: found.length > args.first && last ? `${new Date(last.at).toISOString()}|${last.id}` : null,
    };
  },
};

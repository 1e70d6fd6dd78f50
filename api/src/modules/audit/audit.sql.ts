import { sql, type Timestamp } from '../../platform/sql.js';
import type { AuditAction } from './audit.entity.js';

/**
 * The audit log's raw SQL (`audit_entry`, append only). `:community` is the caller's community,
 * filled in by `platform/sql.ts`.
 */

export const RECORD = sql<
  { action: AuditAction; actor: string; resident: string | null; address: string | null; detail: string | null },
  never
>(
  'audit_record',
  `INSERT INTO audit_entry (id, community_id, at, action, actor_staff_id, resident_id, address, detail)
   VALUES (gen_random_uuid(), :community, now(), :action, :actor, :resident::uuid, :address, :detail::jsonb)`,
);

export interface AuditRow {
  id: string;
  at: Timestamp;
  action: AuditAction;
  actorStaffId: string;
  actorName: string | null;
  residentId: string | null;
  residentName: string | null;
  address: string | null;
  detail: Record<string, unknown> | null;
}

/**
 * The log, newest first, `first` lines before the cursor (`before`: the last line's time and id
 * of the page before), filtered by action, resident and staff member. The names are read as they
 * are now (a moved-away resident keeps theirs; an erased one reads as anonymised).
 */
export const ENTRIES = sql<
  {
    action: AuditAction | null;
    resident: string | null;
    actor: string | null;
    beforeAt: Timestamp | null;
    beforeId: string | null;
    first: number;
  },
  AuditRow
>(
  'audit_entries',
  `SELECT a.id, a.at, a.action, a.actor_staff_id AS "actorStaffId", s.display_name AS "actorName",
          a.resident_id AS "residentId", r.name AS "residentName", a.address, a.detail
     FROM audit_entry a
     LEFT JOIN staff_user s ON s.id = a.actor_staff_id AND s.community_id = :community
     LEFT JOIN resident r ON r.id = a.resident_id AND r.community_id = :community
    WHERE a.community_id = :community
      AND (:action::text IS NULL OR a.action = :action::text)
      AND (:resident::uuid IS NULL OR a.resident_id = :resident::uuid)
      AND (:actor::uuid IS NULL OR a.actor_staff_id = :actor::uuid)
      AND (:beforeAt::timestamptz IS NULL OR (a.at, a.id) < (:beforeAt::timestamptz, :beforeId::uuid))
    ORDER BY a.at DESC, a.id DESC
    LIMIT :first`,
);

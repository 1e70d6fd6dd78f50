import { sql } from '../../platform/sql.js';

/**
 * The staff module's raw SQL (`staff_user`). `:community` is the caller's community, filled in
 * by `platform/sql.ts`.
 */

/**
 * Serialises the changes that could leave a community without an active admin (a demotion, a
 * deactivation), per community, until the transaction ends: of two admins demoting each other
 * at once, the second counts the admins after the first committed. An advisory lock rather
 * than a row lock, so nothing else waits for it (a row lock on `community` would hold up
 * every insert that checks a foreign key to it).
 */
export const LOCK_ADMINS = sql<Record<string, never>, { locked: string }>(
  'staff_lock_admins',
  `SELECT pg_advisory_xact_lock(hashtextextended('linli.staff-admins:' || :community::text, 0))::text AS locked`,
);

/** The community's active admins now (a statement of its own: it sees what committed before the lock). */
export const ACTIVE_ADMINS = sql<Record<string, never>, { n: number }>(
  'staff_active_admins',
  `SELECT count(*)::int AS n FROM staff_user
    WHERE community_id = :community AND role = 'ADMIN' AND deactivated_at IS NULL`,
);

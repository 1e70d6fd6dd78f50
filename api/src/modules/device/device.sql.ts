import { RATE_LIMIT_TABLE } from '../../platform/rate-limit.js';
import { sql } from '../../platform/sql.js';

/**
 * The device module's raw SQL. It reads the platform's attempt budgets (`rate_limit`) to show each
 * kiosk's failed sign-ins on the console. `:community` is the caller's community, filled in by
 * `platform/sql.ts`.
 */

/** The community's kiosks that have a failed-sign-in budget running (keys `<prefix>:<device id>`). */
export const KIOSK_BUDGETS = sql<{ prefix: string; now: number }, { id: string; points: number; expire: string }>(
  'kiosk_budgets',
  `SELECT d.id, r.points, r.expire FROM device d JOIN ${RATE_LIMIT_TABLE} r ON r.key = :prefix || d.id::text
    WHERE d.community_id = :community AND d.kind = 'KIOSK' AND r.expire > :now`,
);

import { sql } from '../../platform/sql.js';

/**
 * One import at a time per community: a transaction-level advisory lock (released at commit or
 * rollback). A second import of the same file waits here, then finds the first's rows.
 */
export const ROSTER_LOCK = sql<Record<string, never>, never>(
  'roster_lock',
  `SELECT pg_advisory_xact_lock(hashtext('linli.roster-import'), hashtext(:community))`,
);

/** The community's current residents, as the import compares them with the file. */
export interface LiveResident {
  id: string;
  version: number;
  name: string;
  phone: string | null;
  phone2: string | null;
  birth_date: string | null;
  building: number;
  unit: number;
  room: string;
  lives_alone: boolean;
  limited_mobility: boolean;
  notes: string | null;
}

export const LIVE_RESIDENTS = sql<Record<string, never>, LiveResident>(
  'roster_live_residents',
  `SELECT r.id, r.version, r.name, r.phone, r.phone2, to_char(r.birth_date, 'YYYY-MM-DD') AS birth_date,
     b.number AS building, r.unit, r.room, r.lives_alone, r.limited_mobility, r.notes
   FROM resident r JOIN building b ON b.id = r.building_id
   WHERE r.community_id = :community AND r.moved_away_at IS NULL AND r.erased_at IS NULL`,
);

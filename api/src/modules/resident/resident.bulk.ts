import type { EntityManager } from '@mikro-orm/postgresql';
import { run } from '../../platform/sql.js';
import { nameKeys } from './pinyin.js';
import type { ResidentFields } from './rules.js';
import { RESIDENTS_INSERT, RESIDENTS_UPDATE } from './resident.sql.js';

/** One resident for a bulk write: checked fields (`rules.ts`), its building's id, and for an update its id and version. */
export interface BulkResident {
  id: string;
  /** The version read (updates only). */
  version?: number;
  buildingId: string;
  fields: ResidentFields;
}

function json(list: readonly BulkResident[]): string {
  return JSON.stringify(
    list.map(({ id, version, buildingId, fields: f }) => {
      // The entity hook keeps the search keys; raw SQL must fill them itself.
      const keys = nameKeys(f.name);
      return {
        id,
        version: version ?? null,
        building_id: buildingId,
        unit: f.unit,
        room: f.room,
        name: f.name,
        name_initials: keys.initials,
        name_pinyin: keys.pinyin,
        phone: f.phone,
        phone2: f.phone2,
        birth_date: f.birthDate,
        lives_alone: f.livesAlone,
        limited_mobility: f.limitedMobility,
        notes: f.notes,
      };
    }),
  );
}

/**
 * Many residents written at once, set-based (one statement each way), inside the caller's
 * transaction: for the roster import. The caller checked every row with `checkResident`, holds
 * the community's import lock, and audits and publishes in the same transaction.
 */
export const ResidentBulk = {
  /** Inserts new residents; resolves to how many. */
  async insert(em: EntityManager, list: readonly BulkResident[]): Promise<number> {
    return list.length ? run(em, RESIDENTS_INSERT, { rows: json(list) }) : 0;
  },
  /** Updates residents at the versions given; resolves to how many changed (fewer: someone edited one since). */
  async update(em: EntityManager, list: readonly BulkResident[]): Promise<number> {
    return list.length ? run(em, RESIDENTS_UPDATE, { rows: json(list) }) : 0;
  },
};

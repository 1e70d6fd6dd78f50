import { sql } from '../../platform/sql.js';

/** The columns of `jsonb_to_recordset` for many residents at once (the roster import). */
const ROW_COLUMNS = `id uuid, version int, building_id uuid, unit int, room text, name text, name_initials text,
  name_pinyin text, phone text, phone2 text, birth_date date, lives_alone boolean, limited_mobility boolean, notes text`;

/** Many new residents in one statement; `rows` is a JSON array of `BulkRow`. */
export const RESIDENTS_INSERT = sql<{ rows: string }, never>(
  'residents_insert',
  `INSERT INTO resident (id, community_id, building_id, unit, room, name, name_initials, name_pinyin, phone, phone2,
     birth_date, lives_alone, limited_mobility, notes, created_at, version, pin_failures)
   SELECT r.id, :community, r.building_id, r.unit, r.room, r.name, r.name_initials, r.name_pinyin, r.phone, r.phone2,
     r.birth_date, r.lives_alone, r.limited_mobility, r.notes, now(), 1, 0
   FROM jsonb_to_recordset(:rows::jsonb) AS r(${ROW_COLUMNS})`,
);

/**
 * Many residents changed in one statement, each only at the version the caller read (a row
 * someone edited since is left alone, and the caller sees fewer rows changed than it sent).
 */
export const RESIDENTS_UPDATE = sql<{ rows: string }, never>(
  'residents_update',
  `UPDATE resident AS t SET building_id = u.building_id, unit = u.unit, room = u.room, name = u.name,
     name_initials = u.name_initials, name_pinyin = u.name_pinyin, phone = u.phone, phone2 = u.phone2,
     birth_date = u.birth_date, lives_alone = u.lives_alone, limited_mobility = u.limited_mobility, notes = u.notes,
     version = t.version + 1
   FROM jsonb_to_recordset(:rows::jsonb) AS u(${ROW_COLUMNS})
   WHERE t.id = u.id AND t.community_id = :community AND t.version = u.version
     AND t.moved_away_at IS NULL AND t.erased_at IS NULL`,
);

import { sql } from '../../platform/sql.js';

/**
 * The resident module's raw SQL: the residents page's search. `:community` is the caller's
 * community, filled in by `platform/sql.ts`; row-level security holds the statement to it too.
 *
 * Why ranges and not LIKE or pg_trgm: under row-level security PostgreSQL lets only leakproof
 * operators into an index condition (a non-leakproof one could leak other communities' rows
 * through an error before the policy filters them), and `~~` (LIKE) and pg_trgm's operators are
 * not leakproof — with them every search scans the whole community. Text comparison (`>=`, `<`)
 * and equality are, so each search key is a byte-order range on an index led by the community
 * (see the migration resident_search): a name's start, its given name's start, its end
 * (reversed), pinyin initials, full pinyin, a phone's start and its tail (reversed).
 *
 * Every condition is optional: a NULL parameter turns it off. The statement runs with its values
 * bound (an unnamed statement, planned for them), so the planner folds the unused conditions
 * away and plans the rest with the right index.
 */

export interface ResidentSearchParams {
  moved: boolean;
  nameLo: string | null;
  nameHi: string | null;
  nameEndLo: string | null;
  nameEndHi: string | null;
  pinyinLo: string | null;
  pinyinHi: string | null;
  phoneLo: string | null;
  phoneHi: string | null;
  tailLo: string | null;
  tailHi: string | null;
  buildingId: string | null;
  buildingNumber: number | null;
  unit: number | null;
  room: string | null;
  /** YYYY-MM-DD: born on or before (an age band). */
  bornBy: string | null;
  livesAlone: boolean | null;
  limitedMobility: boolean | null;
  limit: number;
  offset: number;
}

/** The conditions of a search, on `r` (resident) and `b` (its building). */
const MATCHES = `r.community_id = :community AND b.community_id = :community
     AND ((:moved::boolean AND r.moved_away_at IS NOT NULL) OR (NOT :moved::boolean AND r.moved_away_at IS NULL))
     AND (:nameLo::text IS NULL
          OR (r.name COLLATE "C" >= :nameLo AND r.name COLLATE "C" < :nameHi)
          OR (r.name_given COLLATE "C" >= :nameLo AND r.name_given COLLATE "C" < :nameHi)
          OR (r.name_reversed COLLATE "C" >= :nameEndLo AND r.name_reversed COLLATE "C" < :nameEndHi))
     AND (:pinyinLo::text IS NULL
          OR (r.name_initials COLLATE "C" >= :pinyinLo AND r.name_initials COLLATE "C" < :pinyinHi)
          OR (r.name_pinyin COLLATE "C" >= :pinyinLo AND r.name_pinyin COLLATE "C" < :pinyinHi))
     AND (:phoneLo::text IS NULL
          OR (r.phone COLLATE "C" >= :phoneLo AND r.phone COLLATE "C" < :phoneHi)
          OR (r.phone_reversed COLLATE "C" >= :tailLo AND r.phone_reversed COLLATE "C" < :tailHi))
     AND (:buildingId::uuid IS NULL OR r.building_id = :buildingId::uuid)
     AND (:buildingNumber::int IS NULL OR b.number = :buildingNumber::int)
     AND (:unit::int IS NULL OR r.unit = :unit::int)
     AND (:room::text IS NULL OR r.room COLLATE "C" = :room::text)
     AND (:bornBy::date IS NULL OR r.birth_date <= :bornBy::date)
     AND (:livesAlone::boolean IS NULL OR r.lives_alone = :livesAlone::boolean)
     AND (:limitedMobility::boolean IS NULL OR r.limited_mobility = :limitedMobility::boolean)`;

/**
 * One page of a search and how many match in all, in one statement: the ids in the page's order
 * (building number, unit, room, then names in pinyin order), the total.
 */
export const RESIDENT_SEARCH = sql<ResidentSearchParams, { total: number; ids: string[] }>(
  'resident_search',
  `WITH m AS MATERIALIZED (
     SELECT r.id, b.number, r.unit, r.room, r.name_pinyin, r.name
       FROM resident r JOIN building b ON b.id = r.building_id
      WHERE ${MATCHES})
   SELECT (SELECT count(*) FROM m)::int AS total,
          coalesce((SELECT array_agg(p.id::text ORDER BY p.number, p.unit, p.room COLLATE "C", p.name_pinyin COLLATE "C", p.name COLLATE "C", p.id)
                      FROM (SELECT * FROM m
                             ORDER BY number, unit, room COLLATE "C", name_pinyin COLLATE "C", name COLLATE "C", id
                             LIMIT :limit::int OFFSET :offset::int) p), '{}')::text[] AS ids`,
);

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

import { sql, type Timestamp } from '../../platform/sql.js';
import type { NoticeCategory } from './notice.entity.js';

/**
 * The noticeboard's raw SQL (`notice`, `notice_building`); it reads the community's `building`
 * for the buildings a notice is for. `:community` is the caller's community, filled in by
 * `platform/sql.ts`.
 */

export interface NoticeRow {
  id: string;
  category: NoticeCategory;
  title: string;
  body: string;
  publishedAt: Timestamp;
  expiresAt: Timestamp | null;
}

const VIEW = `SELECT n.id, n.category, n.title, n.body, n.published_at AS "publishedAt", n.expires_at AS "expiresAt"
                FROM notice n`;

/**
 * The newest `first` notices (current ones, unless `includeExpired`), of one building's (with
 * `building`) or all.
 */
export const NOTICES = sql<{ building: string | null; includeExpired: boolean; first: number }, NoticeRow>(
  'notices',
  `${VIEW}
    WHERE n.community_id = :community
      AND (:includeExpired OR n.expires_at IS NULL OR n.expires_at > now())
      AND (:building::uuid IS NULL OR EXISTS (
            SELECT 1 FROM notice_building nb WHERE nb.notice_id = n.id AND nb.building_id = :building::uuid))
    ORDER BY n.published_at DESC, n.id DESC
    LIMIT :first`,
);

export const NOTICE = sql<{ id: string }, NoticeRow>(
  'notice',
  `${VIEW} WHERE n.id = :id AND n.community_id = :community`,
);

/** The buildings of these notices, by building number. */
export const NOTICE_BUILDINGS = sql<
  { notices: string[] },
  { notice_id: string; id: string; number: number; name: string }
>(
  'notice_buildings',
  `SELECT nb.notice_id, b.id, b.number, b.name FROM notice_building nb JOIN building b ON b.id = nb.building_id
    WHERE nb.notice_id IN (:notices) AND b.community_id = :community ORDER BY b.number`,
);

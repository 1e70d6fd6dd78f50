/** A notice was published: the kiosks of its buildings show it. */
export interface NoticePublished {
  communityId: string;
  noticeId: string;
  buildingIds: string[];
}

/**
 * A notice was corrected or deleted: every board that showed it, or shows it now, takes the
 * change. `buildingIds` are its buildings before and after (an edit may move it off a board);
 * `removed` says it is gone for good.
 */
export interface NoticeChanged {
  communityId: string;
  noticeId: string;
  buildingIds: string[];
  removed: boolean;
}

export const NOTICE_PUBLISHED = 'NOTICE_PUBLISHED';
export const NOTICE_CHANGED = 'NOTICE_CHANGED';

declare module '../../platform/pubsub.js' {
  interface Topics {
    NOTICE_PUBLISHED: [NoticePublished];
    NOTICE_CHANGED: [NoticeChanged];
  }
}

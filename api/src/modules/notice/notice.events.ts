/** A notice was published: the kiosks of its buildings show it. */
export interface NoticePublished {
  communityId: string;
  noticeId: string;
  buildingIds: string[];
}

export const NOTICE_PUBLISHED = 'NOTICE_PUBLISHED';

declare module '../../platform/pubsub.js' {
  interface Topics {
    NOTICE_PUBLISHED: [NoticePublished];
  }
}

import type { LinliModule } from '../../platform/module.js';
import { Notice, NoticeCategory } from './notice.entity.js';
import { NOTICE_CHANGED, NOTICE_PUBLISHED } from './notice.events.js';
import { NoticeResolver } from './notice.resolver.js';
import { noticeSeed } from './notice.seed.js';

export { Notice, NoticeCategory };
export type { NoticeChanged, NoticePublished } from './notice.events.js';

/** Notices to residents, by building: published from the console, live on the kiosks. */
export const noticeModule: LinliModule = {
  name: 'notice',
  entities: [Notice],
  resolvers: [NoticeResolver],
  topics: [NOTICE_PUBLISHED, NOTICE_CHANGED],
  seed: noticeSeed,
};

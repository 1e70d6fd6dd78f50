import type { LinliModule } from '../../platform/module.js';
import { Notice, NoticeCategory } from './notice.entity.js';
import { NOTICE_CHANGED, NOTICE_PUBLISHED } from './notice.events.js';
import { NoticeResolver } from './notice.resolver.js';
import { noticeSeed } from './notice.seed.js';
import { NoticeService } from './notice.service.js';

export { Notice, NoticeCategory };
export type { NoticeChanged, NoticePublished } from './notice.events.js';
export type { PublishNoticeInput } from './notice.types.js';

/** Publishing a notice from another module's staff action (the quarter's stars). */
export const Notices = { publish: NoticeService.publish };

/** Notices to residents, by building: published from the console, live on the kiosks. */
export const noticeModule: LinliModule = {
  name: 'notice',
  entities: [Notice],
  resolvers: [NoticeResolver],
  topics: [NOTICE_PUBLISHED, NOTICE_CHANGED],
  seed: noticeSeed,
};

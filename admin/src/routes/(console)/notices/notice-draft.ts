import { endOfShanghaiDay, shanghaiDate } from '@linli/ui';
import type { NoticeCategory, PublishNoticeInput } from '$gql/graphql';

/** A notice as the form holds it: to publish, or to correct. */
export interface NoticeDraft {
  category: NoticeCategory;
  title: string;
  body: string;
  buildingIds: string[];
  /** A day (YYYY-MM-DD, Asia/Shanghai) or ''. */
  expiry: string;
}

export const CATEGORIES: NoticeCategory[] = ['PROPERTY', 'SERVICE_PHONE', 'ACTIVITY'];

export const emptyDraft = (): NoticeDraft => ({
  category: 'PROPERTY',
  title: '',
  body: '',
  buildingIds: [],
  expiry: '',
});

/** The draft of a published notice, to correct it. */
export function draftOf(notice: {
  category: NoticeCategory;
  title: string;
  body: string;
  buildings: Array<{ id: string }>;
  expiresAt?: string | null;
}): NoticeDraft {
  return {
    category: notice.category,
    title: notice.title,
    body: notice.body,
    buildingIds: notice.buildings.map((b) => b.id),
    expiry: notice.expiresAt ? shanghaiDate(notice.expiresAt) : '',
  };
}

/** The same rules the API applies, checked first so most mistakes need no round trip: message keys by field. */
export function checkDraft(draft: NoticeDraft, today: string): Record<string, string> {
  const e: Record<string, string> = {};
  const t = draft.title.trim();
  if (t.length < 2) e.title = 'validation.notice.title.minLength';
  else if (t.length > 80) e.title = 'validation.notice.title.maxLength';
  const b = draft.body.trim();
  if (!b) e.body = 'validation.notice.body.minLength';
  else if (b.length > 4000) e.body = 'validation.notice.body.maxLength';
  if (!draft.buildingIds.length) e.buildingIds = 'validation.notice.buildingIds.arrayMinSize';
  if (draft.expiry && draft.expiry < today) e.expiresAt = 'validation.notice.expiresAt.inPast';
  return e;
}

export function inputOf(draft: NoticeDraft): PublishNoticeInput {
  return {
    category: draft.category,
    title: draft.title.trim(),
    body: draft.body.trim(),
    buildingIds: draft.buildingIds,
    expiresAt: draft.expiry ? endOfShanghaiDay(draft.expiry) : null,
  };
}

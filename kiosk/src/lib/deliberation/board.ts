/**
 * The public board's filter chips (全部 / 办理中 / 已答复) and its pages (the kiosk never
 * scrolls: page arrows), and the pages of 我的建议.
 */
import type { Status } from './words';

export const FILTERS = ['ALL', 'WORKING', 'ANSWERED'] as const;
export type Filter = (typeof FILTERS)[number];

/** Which statuses a chip shows: 办理中 is everything not answered yet (merged ones are not on the board). */
export const FILTER_STATUSES: Record<Filter, readonly Status[] | null> = {
  ALL: null,
  WORKING: ['NEW', 'OPEN', 'ADOPTED', 'DONE'],
  ANSWERED: ['CLOSED'],
};

/** What to ask the API for a chip: one status it can filter by, or all of them (filtered here). */
export function boardQuery(filter: Filter): { status: Status | null } {
  const s = FILTER_STATUSES[filter];
  return { status: s && s.length === 1 ? s[0] : null };
}

export function matchesFilter(filter: Filter, status: string): boolean {
  const s = FILTER_STATUSES[filter];
  return !s || (s as readonly string[]).includes(status);
}

/** The board's matters a chip shows, in the API's order (latest change first). */
export function filtered<T extends { status: string }>(items: readonly T[], filter: Filter): T[] {
  return items.filter((m) => matchesFilter(filter, m.status));
}

/** Cards one screen holds under the chips with the page arrows. */
export const CARDS_PER_SCREEN = 4;

/** The cards of page `page` (from 0, clamped to the pages there are). */
export function screenOf<T>(
  items: readonly T[],
  page: number,
  per = CARDS_PER_SCREEN,
): { shown: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / per));
  const at = Math.min(Math.max(0, page), pages - 1);
  return { shown: items.slice(at * per, (at + 1) * per), page: at, pages };
}

/**
 * The public board's filter chips (全部 / 办理中 / 已答复), and the pages of the board and of
 * 我的建议 (the kiosk never scrolls: page arrows, each page as many cards as fit).
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

/**
 * Pages of cards that fit one screen (the kiosk never scrolls): cards are as tall as their words
 * (a long title wraps, an answer adds a box), so a page takes as many as their estimated heights
 * allow, at least one. `heightOf` estimates a card in CSS px; `budget` is the room for the list.
 */
export function packPages<T>(items: readonly T[], heightOf: (item: T) => number, budget: number, gap = 20): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const item of items) {
    const h = heightOf(item);
    const need = page.length ? used + gap + h : h;
    if (page.length && need > budget) {
      pages.push(page);
      page = [item];
      used = h;
    } else {
      page.push(item);
      used = need;
    }
  }
  if (page.length) pages.push(page);
  return pages;
}

/** A line's width in ems: a Chinese character is one, a letter or digit a little over half. */
export function ems(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.6;
  return w;
}

function lines(text: string, fontPx: number, widthPx: number, max: number): number {
  return Math.min(max, Math.max(1, Math.ceil((ems(text) * fontPx) / widthPx)));
}

/** The width of a card's words on the 1080 px kiosk (page and card padding taken off). */
const TEXT_WIDTH = 900;

/**
 * A matter card's height in CSS px, from its words (MatterCard.svelte's sizes, rounded up):
 * the status row, the title (40 px), the class and clock (28 px), the latest step (30 px, at most
 * two lines) and the answer box (30 px, at most three lines).
 */
export function cardHeight(m: { title: string; meta: string; latest: string | null; answer: string | null }): number {
  let h = 42 + 58; // padding and borders, the status row
  h += 8 + lines(m.title, 40, TEXT_WIDTH, 3) * 52;
  h += 8 + lines(m.meta, 28, TEXT_WIDTH - 120, 2) * 40;
  if (m.latest) h += 8 + lines(m.latest, 30, TEXT_WIDTH - 130, 2) * 42;
  if (m.answer) h += 8 + 30 + 44 + lines(m.answer, 30, TEXT_WIDTH - 50, 3) * 42;
  return h;
}

/** Room for the cards on a page under its title, the chips or the order line, above the page arrows. */
export const LIST_BUDGET = 1280;

/** Page `page` (from 0, clamped) of packed pages. */
export function packedScreen<T>(pages: readonly T[][], page: number): { shown: T[]; page: number; pages: number } {
  const count = Math.max(1, pages.length);
  const at = Math.min(Math.max(0, page), count - 1);
  return { shown: [...(pages[at] ?? [])], page: at, pages: count };
}

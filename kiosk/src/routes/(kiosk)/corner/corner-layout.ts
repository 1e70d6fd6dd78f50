/**
 * How the corner page lays out its offerings on one 1080×1920 screen, whatever their number
 * (letters allow 26): the page never scrolls.
 *
 * - up to 10: `roomy` tiles, two columns of five, the "book" button under each tile;
 * - up to 14: `compact` tiles, two columns of seven, the "book" button beside each tile;
 * - more: `compact` tiles in pages of at most 14 (two columns of seven) with big arrow buttons
 *   under them; the offerings are spread evenly over the pages (26 → 14, 12), in letter order.
 *
 * The numbers are what the page's CSS gives room for (see +page.svelte); the browser layout test
 * (tests/corner-layout.e2e.test.ts) checks 1, 10, 11 and 26 offerings in Chinese and English.
 */
export type Density = 'roomy' | 'compact';

export interface CornerLayout {
  density: Density;
  /** Offerings on one page (all of them when there is one page). */
  perPage: number;
  /** 1 when everything fits one screen; the arrows show only when more. */
  pages: number;
}

/** Two columns of five roomy tiles. */
export const ROOMY_MAX = 10;
/** Two columns of seven compact tiles, without the arrows. */
export const COMPACT_MAX = 14;
/** Two columns of seven compact tiles, with the row of arrows under them. */
export const PAGED_MAX = 14;

export function cornerLayout(count: number): CornerLayout {
  const n = Math.max(0, Math.floor(count));
  if (n <= ROOMY_MAX) return { density: 'roomy', perPage: Math.max(n, 1), pages: 1 };
  if (n <= COMPACT_MAX) return { density: 'compact', perPage: n, pages: 1 };
  const pages = Math.ceil(n / PAGED_MAX);
  // Even pages, in whole rows of two, so the last one is not a lone tile.
  const perRow = 2;
  const perPage = Math.min(PAGED_MAX, Math.ceil(n / pages / perRow) * perRow);
  return { density: 'compact', perPage, pages: Math.ceil(n / perPage) };
}

/** The offerings shown on page `page` (0-based, clamped to the pages there are). */
export function pageOf<T>(items: readonly T[], layout: CornerLayout, page: number): T[] {
  const p = clampPage(page, layout);
  return items.slice(p * layout.perPage, (p + 1) * layout.perPage);
}

/** A page number that exists (after the count shrank, say). */
export function clampPage(page: number, layout: CornerLayout): number {
  return Math.min(Math.max(0, Math.floor(page)), layout.pages - 1);
}

/** The page an offering is on, by its index in the list (to show the resident's own ticket's page). */
export function pageOfIndex(index: number, layout: CornerLayout): number {
  return clampPage(Math.floor(index / layout.perPage), layout);
}

/**
 * The notices page without a screen: how its cards are split into screens, so that a resident
 * never scrolls (a kiosk's 1080×1920 is one screen) but turns pages with the big arrows.
 *
 * Cards differ in height (a notice's body is as long as it is), so the pages are cut by the
 * cards' measured heights: as many whole cards as the room holds, in their order (newest first).
 * A card taller than the whole room gets a page of its own.
 */

export interface NoticeRoom {
  /** The height the list may take when it needs no arrows (0: not measured yet). */
  available: number;
  /** The space between two cards. */
  gap: number;
  /** What the row of arrows takes under the list, when there is more than one page. */
  pager: number;
}

/** The cards on each page, as indexes into `heights` (always at least one page, maybe empty). */
export function noticePages(heights: readonly number[], room: NoticeRoom): number[][] {
  const all = heights.map((_, i) => i);
  const total = heights.reduce((sum, h) => sum + h, 0) + room.gap * Math.max(0, heights.length - 1);
  // Before the first measure everything is shown: the measure then cuts the pages.
  if (room.available <= 0 || total <= room.available) return [all];
  const fits = room.available - room.pager;
  const pages: number[][] = [];
  let page: number[] = [];
  let used = 0;
  for (const i of all) {
    const need = page.length ? used + room.gap + heights[i] : heights[i];
    if (page.length && need > fits) {
      pages.push(page);
      page = [i];
      used = heights[i];
    } else {
      page.push(i);
      used = need;
    }
  }
  pages.push(page);
  return pages;
}

/** A page number that exists (after notices went away, say). */
export function clampNoticePage(page: number, pages: number): number {
  return Math.min(Math.max(0, Math.floor(page)), Math.max(0, pages - 1));
}

/** The page a card is on, by its index (-1 when none has it). */
export function pageOfNotice(index: number, pages: readonly number[][]): number {
  return pages.findIndex((p) => p.includes(index));
}

import { describe, expect, it } from 'vitest';
import { clampNoticePage, noticePages, pageOfNotice } from './notice-pages';

const room = { available: 1000, gap: 20, pager: 100 };

describe('the notices page, cut into screens', () => {
  it('shows everything on one page, without arrows, when it fits', () => {
    expect(noticePages([], room)).toEqual([[]]);
    expect(noticePages([300, 300, 360], room)).toEqual([[0, 1, 2]]); // 960 + 2 gaps = 1000
  });

  it('shows everything until the room has been measured', () => {
    expect(noticePages([900, 900, 900], { ...room, available: 0 })).toEqual([[0, 1, 2]]);
  });

  it('cuts whole cards into pages, leaving room for the arrows, in order', () => {
    // 1000 - 100 for the arrows = 900 a page: 400 + 20 + 400 = 820 fits, a third card does not.
    expect(noticePages([400, 400, 400, 400, 100], room)).toEqual([[0, 1], [2, 3], [4]]);
    // Exactly full.
    expect(noticePages([440, 440, 440], room)).toEqual([[0, 1], [2]]);
  });

  it('gives a card taller than the room a page of its own', () => {
    expect(noticePages([200, 1500, 200], room)).toEqual([[0], [1], [2]]);
  });

  it('puts every card on exactly one page', () => {
    const heights = Array.from({ length: 30 }, (_, i) => 150 + ((i * 97) % 400));
    const pages = noticePages(heights, room);
    expect(pages.flat()).toEqual(heights.map((_, i) => i));
    for (const p of pages) {
      const used = p.reduce((s, i) => s + heights[i], 0) + room.gap * (p.length - 1);
      expect(p.length === 1 || used <= room.available - room.pager).toBe(true);
    }
    expect(pageOfNotice(0, pages)).toBe(0);
    expect(pageOfNotice(29, pages)).toBe(pages.length - 1);
    expect(pageOfNotice(30, pages)).toBe(-1);
  });

  it('keeps a page number that exists', () => {
    expect(clampNoticePage(3, 2)).toBe(1);
    expect(clampNoticePage(-1, 2)).toBe(0);
    expect(clampNoticePage(0, 0)).toBe(0);
    expect(clampNoticePage(1.7, 3)).toBe(1);
  });
});

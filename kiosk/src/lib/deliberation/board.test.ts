import { describe, expect, it } from 'vitest';
import zh from '../locales/deliberation/zh-CN.json';
import { boardQuery, cardHeight, ems, filtered, FILTERS, LIST_BUDGET, packedScreen, packPages } from './board';
import { translator } from './test-translator';

const matters = ['NEW', 'OPEN', 'ADOPTED', 'DONE', 'CLOSED', 'CLOSED'].map((status, i) => ({ status, i }));

describe('the public board', () => {
  it('has three chips with words', () => {
    expect(FILTERS.map((f) => translator(zh)(`deliberation.board.filters.${f}`))).toEqual(['全部', '办理中', '已答复']);
  });

  it('办理中 is everything not answered yet; 已答复 the answered', () => {
    expect(filtered(matters, 'ALL')).toHaveLength(6);
    expect(filtered(matters, 'WORKING').map((m) => m.status)).toEqual(['NEW', 'OPEN', 'ADOPTED', 'DONE']);
    expect(filtered(matters, 'ANSWERED').map((m) => m.i)).toEqual([4, 5]);
  });

  it('asks the API for one status when a chip is one status', () => {
    expect(boardQuery('ALL')).toEqual({ status: null });
    expect(boardQuery('WORKING')).toEqual({ status: null });
    expect(boardQuery('ANSWERED')).toEqual({ status: 'CLOSED' });
  });
});

describe('pages that fit the screen', () => {
  const card = (title: string, answer: string | null = null) => ({
    title,
    meta: '便民服务 紧急 · 12月11日前办好 1 位居民提出',
    latest: '12月4日 已分类（紧急）',
    answer,
  });

  it('estimates a taller card for a long title and an answer', () => {
    const short = cardHeight(card('路灯不亮'));
    expect(cardHeight(card('路'.repeat(40)))).toBeGreaterThan(short);
    expect(cardHeight(card('路灯不亮', '物业已更换'))).toBeGreaterThan(short + 100);
    expect(cardHeight(card('路灯不亮', '长'.repeat(1000)))).toBeLessThan(short + 250);
  });

  it('packs as many as fit, at least one a page, in order', () => {
    const items = [1, 2, 3, 4, 5, 6, 7];
    const pages = packPages(items, (n) => (n === 3 ? 900 : 300), 1000);
    expect(pages).toEqual([[1, 2], [3], [4, 5, 6], [7]]);
    expect(packPages([1], () => 5000, 1000)).toEqual([[1]]);
    expect(packPages([], () => 1, 1000)).toEqual([]);
    expect(packedScreen(pages, 9)).toEqual({ shown: [7], page: 3, pages: 4 });
    expect(packedScreen([], 0)).toEqual({ shown: [], page: 0, pages: 1 });
  });

  it('fits four plain cards or three with answers on a screen', () => {
    const plain = Array.from({ length: 8 }, (_, i) => card(`建议${i}`));
    expect(packPages(plain, cardHeight, LIST_BUDGET)[0].length).toBeGreaterThanOrEqual(4);
    const answered = Array.from({ length: 8 }, (_, i) =>
      card(`建议${i}`, '物业已更换滑梯下的软垫（本月8日完工），谢谢您的建议。'),
    );
    expect(packPages(answered, cardHeight, LIST_BUDGET)[0].length).toBeGreaterThanOrEqual(3);
  });

  it('counts letters narrower than Chinese', () => {
    expect(ems('路灯')).toBe(2);
    expect(ems('ab')).toBeCloseTo(1.2);
  });
});

import { describe, expect, it } from 'vitest';
import zh from '../locales/deliberation/zh-CN.json';
import { boardQuery, CARDS_PER_SCREEN, filtered, FILTERS, screenOf } from './board';
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

  it('pages a screen at a time, clamped', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(screenOf(items, 0)).toEqual({ shown: [0, 1, 2, 3], page: 0, pages: 3 });
    expect(screenOf(items, 2).shown).toEqual([8, 9]);
    expect(screenOf(items, 9).page).toBe(2);
    expect(screenOf([], 0)).toEqual({ shown: [], page: 0, pages: 1 });
    expect(CARDS_PER_SCREEN).toBeGreaterThan(0);
  });
});

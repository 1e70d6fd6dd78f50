import { describe, expect, it } from 'vitest';
import { pointsShort, rewardScreen, rewardState, sortCatalogue, type CatalogueEntry } from './catalogue';

const item = (name: string, cost: number, balance: number, stock = 5): CatalogueEntry => ({
  affordable: stock > 0 && balance >= cost,
  short: Math.max(0, cost - balance),
  reward: { id: name, name, cost, stock },
});

describe('the rewards in the order a resident can use them', () => {
  it('puts what the balance covers first, then the nearest within reach, then the sold out', () => {
    const balance = 70;
    const sorted = sortCatalogue([
      item('家政服务2小时', 200, balance),
      item('理发一次', 100, balance),
      item('洗衣液一瓶', 50, balance),
      item('文具套装', 30, balance),
      item('雨伞', 20, balance, 0),
    ]);
    expect(sorted.map((i) => i.reward.name)).toEqual(['文具套装', '洗衣液一瓶', '理发一次', '家政服务2小时', '雨伞']);
    expect(sorted.map(rewardState)).toEqual(['redeem', 'redeem', 'short', 'short', 'soldOut']);
  });

  it('says sold out before short, and short when the API says so', () => {
    expect(rewardState(item('x', 500, 10, 0))).toBe('soldOut');
    expect(rewardState(item('x', 500, 10))).toBe('short');
    expect(rewardState({ affordable: false, short: 0, reward: { id: 'x', name: 'x', cost: 1, stock: 1 } })).toBe(
      'short',
    );
  });

  it('breaks ties by name, so the order is the same every visit', () => {
    const a = sortCatalogue([item('乙', 30, 100), item('甲', 30, 100)]).map((i) => i.reward.name);
    const b = sortCatalogue([item('甲', 30, 100), item('乙', 30, 100)]).map((i) => i.reward.name);
    expect(a).toEqual(b);
  });
});

describe('points short, from NOT_ENOUGH_POINTS', () => {
  it('is needed minus balance, at least one, or null when unknown', () => {
    expect(pointsShort(20, 50)).toBe(30);
    expect(pointsShort(50, 50)).toBe(1);
    expect(pointsShort(undefined, 50)).toBeNull();
  });
});

describe('the rewards a screen at a time', () => {
  it('shows up to four on one screen, else three a page with arrows', () => {
    expect(rewardScreen([1, 2, 3, 4], 0)).toEqual({ shown: [1, 2, 3, 4], page: 0, pages: 1 });
    expect(rewardScreen([1, 2, 3, 4, 5], 0)).toEqual({ shown: [1, 2, 3], page: 0, pages: 2 });
    expect(rewardScreen([1, 2, 3, 4, 5], 1)).toEqual({ shown: [4, 5], page: 1, pages: 2 });
    // A page that no longer exists (the list got shorter) shows the last one.
    expect(rewardScreen([1, 2], 3)).toEqual({ shown: [1, 2], page: 0, pages: 1 });
    expect(rewardScreen([], 0)).toEqual({ shown: [], page: 0, pages: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_TAPS_TO_VOUCHER, REDEEM_JOURNEY, tapsBetween, withinBudget } from './taps';

describe('taps to a voucher', () => {
  it('the journey keeps the promise of at most five', () => {
    expect(REDEEM_JOURNEY.length).toBeLessThanOrEqual(MAX_TAPS_TO_VOUCHER);
  });

  it('counts every tap between two moments, a double tap as two', () => {
    const log = [
      { at: 1, target: '首页' },
      { at: 10, target: '积分兑换' },
      { at: 20, target: '兑换' },
      { at: 21, target: '兑换' },
      { at: 30, target: '确认兑换' },
      { at: 40, target: '返回首页' },
    ];
    const taps = tapsBetween(log, 10, 40);
    expect(taps.map((t) => t.target)).toEqual(['积分兑换', '兑换', '兑换', '确认兑换']);
    expect(withinBudget(taps)).toBe(true);
    expect(withinBudget(tapsBetween(log, 0))).toBe(false);
  });
});

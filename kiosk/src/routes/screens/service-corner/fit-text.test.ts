import { describe, expect, it } from 'vitest';
import { ONE_LINE_SHARE, chooseSize, largestFitting, linesOf } from './fit-text';

describe('fitting a name', () => {
  it('takes the largest size that fits, within the bounds', () => {
    expect(largestFitting(20, 44, (s) => s <= 31)).toBe(31);
    expect(largestFitting(20, 44, () => true)).toBe(44);
    expect(largestFitting(20, 44, (s) => s <= 20)).toBe(20);
  });

  it('falls back to the smallest size when nothing fits (the name is then clamped with an ellipsis)', () => {
    expect(largestFitting(20, 44, () => false)).toBe(20);
    expect(largestFitting(24.5, 30, (s) => s < 20)).toBe(25);
  });

  it('tries few sizes: a binary search, not every size', () => {
    const tried: number[] = [];
    largestFitting(20, 44, (s) => (tried.push(s), s <= 33));
    expect(tried.length).toBeLessThanOrEqual(7);
  });

  it('counts lines from a height, forgiving sub-pixel rounding', () => {
    expect(linesOf(36.8, 36.8)).toBe(1);
    expect(linesOf(73.59, 36.8)).toBe(2);
    expect(linesOf(110.4, 36.8)).toBe(3);
    expect(linesOf(0, 36.8)).toBe(1);
    expect(linesOf(40, 0)).toBe(1);
  });

  it('keeps a name on one line when that costs little size, else wraps it onto two at a larger size', () => {
    // A name that fits one line up to `one` px and two lines up to `two` px.
    const name = (one: number, two: number) => (size: number, lines: number) => size <= (lines === 1 ? one : two);
    expect(chooseSize(20, 40, 2, name(40, 40))).toEqual({ size: 40, whole: true });
    expect(chooseSize(20, 40, 2, name(40 * ONE_LINE_SHARE, 40))).toEqual({ size: 30, whole: true });
    expect(chooseSize(20, 40, 2, name(26, 38))).toEqual({ size: 38, whole: true });
    expect(chooseSize(20, 40, 2, name(10, 16))).toEqual({ size: 20, whole: false });
  });
});

import { describe, expect, it } from 'vitest';
import { hourMinute, nextOpening } from './screen-time';

describe('the screen’s times, in Asia/Shanghai', () => {
  it('read the hour and minute there, whatever the zone the screen runs in', () => {
    expect(hourMinute('2026-03-04T07:30:00Z', 'zh-CN')).toBe('15:30');
    expect(hourMinute(new Date('2026-03-04T01:05:00Z'), 'en')).toBe('09:05');
  });

  it('say today for an opening later on the same Shanghai day', () => {
    // 08:00 in Shanghai; opens 09:00 the same day.
    const next = nextOpening('2026-03-04T01:00:00Z', new Date('2026-03-04T00:00:00Z'), 'zh-CN');
    expect(next).toEqual({ relative: 'today', day: '3月4日星期三', time: '9:00' });
  });

  it('say tomorrow across Shanghai’s midnight, even when UTC is still on the same day', () => {
    // 23:30 on the 3rd in Shanghai (15:30 UTC); opens 09:00 on the 4th (01:00 UTC the 4th).
    expect(nextOpening('2026-03-04T01:00:00Z', new Date('2026-03-03T15:30:00Z'), 'zh-CN').relative).toBe('tomorrow');
    // 08:00 on the 3rd: the next morning is tomorrow too.
    expect(nextOpening('2026-03-04T01:00:00Z', new Date('2026-03-03T00:00:00Z'), 'zh-CN').relative).toBe('tomorrow');
    // 00:30 on the 4th in Shanghai is still the 3rd in UTC: the opening is today.
    expect(nextOpening('2026-03-04T01:00:00Z', new Date('2026-03-03T16:30:00Z'), 'zh-CN').relative).toBe('today');
  });

  it('say neither for an opening further off', () => {
    const next = nextOpening('2026-03-07T01:00:00Z', new Date('2026-03-04T02:00:00Z'), 'en');
    expect(next.relative).toBeNull();
    expect(next.day).toBe('Saturday, March 7');
  });
});

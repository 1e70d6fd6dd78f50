import { describe, expect, it } from 'vitest';
import {
  endOfShanghaiDay,
  formatClock,
  formatClockSeconds,
  formatDate,
  formatDateTime,
  formatDay,
  formatDayTime,
  formatHours,
  formatLongDay,
  formatLongDayTime,
  formatMonth,
  formatWeekdayDate,
  shanghaiDate,
  todayInShanghai,
} from './datetime';

// 16:30 UTC on Wednesday 4 March 2026 is already 00:30 on Thursday 5 March in Shanghai (UTC+8).
const NEAR_MIDNIGHT_UTC = '2026-03-04T16:30:00Z';
// 01:05 UTC on Wednesday 4 March is 09:05 the same day in Shanghai.
const MORNING = '2026-03-04T01:05:07Z';

describe('formatters in Asia/Shanghai', () => {
  it('put an instant just before midnight UTC on the next day in Shanghai', () => {
    expect(shanghaiDate(NEAR_MIDNIGHT_UTC)).toBe('2026-03-05');
    expect(formatDate(NEAR_MIDNIGHT_UTC, 'zh-CN')).toBe('2026/03/05');
    expect(formatDate(NEAR_MIDNIGHT_UTC, 'en')).toBe('5 Mar 2026');
    expect(formatDay(NEAR_MIDNIGHT_UTC, 'zh-CN')).toBe('3月5日周四');
    expect(formatDay(NEAR_MIDNIGHT_UTC, 'en')).toBe('Thu 5 Mar');
    expect(formatLongDay(NEAR_MIDNIGHT_UTC, 'zh-CN')).toBe('3月5日星期四');
  });

  it('read the hour after midnight as 00, in English too (not 24)', () => {
    expect(formatClock(NEAR_MIDNIGHT_UTC, 'zh-CN')).toBe('00:30');
    expect(formatClock(NEAR_MIDNIGHT_UTC, 'en')).toBe('00:30');
    expect(formatDateTime(NEAR_MIDNIGHT_UTC, 'en')).toBe('5 Mar 2026, 00:30');
    expect(formatDayTime(NEAR_MIDNIGHT_UTC, 'en')).toContain('00:30');
    expect(formatLongDayTime(NEAR_MIDNIGHT_UTC, 'en')).toContain('00:30');
  });

  it('use the zone whatever the date says about its own offset', () => {
    expect(formatClock('2026-03-05T09:05:00+08:00', 'zh-CN')).toBe('09:05');
    expect(formatClock(Date.parse(MORNING), 'zh-CN')).toBe('09:05');
    expect(formatClock(new Date(MORNING), 'zh-CN')).toBe('09:05');
  });

  it('give each form its words, in Chinese and English', () => {
    expect(formatClockSeconds(MORNING, 'zh-CN')).toBe('09:05:07');
    expect(formatHours(MORNING, '2026-03-04T04:00:00Z', 'zh-CN')).toBe('09:05–12:00');
    expect(formatDateTime(MORNING, 'zh-CN')).toBe('2026/03/04 09:05');
    expect(formatDayTime(MORNING, 'zh-CN')).toBe('3月4日周三 09:05');
    expect(formatDayTime(MORNING, 'en')).toBe('Wed, March 4 at 09:05');
    expect(formatLongDayTime(MORNING, 'zh-CN')).toBe('3月4日星期三 09:05');
    expect(formatLongDay(MORNING, 'en')).toBe('Wednesday, March 4');
    expect(formatWeekdayDate(MORNING, 'zh-CN')).toBe('3月4日周三');
    expect(formatWeekdayDate(MORNING, 'en')).toBe('Wed, March 4');
    expect(formatMonth(MORNING, 'zh-CN')).toBe('2026年3月');
    expect(formatMonth(MORNING, 'en')).toBe('March 2026');
  });

  it('read an unset language as Chinese', () => {
    expect(formatDate(MORNING, null)).toBe('2026/03/04');
    expect(formatDay(MORNING, undefined)).toBe('3月4日周三');
  });
});

describe('calendar days in Shanghai', () => {
  it('today is the Shanghai date of now', () => {
    expect(todayInShanghai(Date.parse(NEAR_MIDNIGHT_UTC))).toBe('2026-03-05');
    expect(todayInShanghai(new Date('2026-03-04T15:59:59Z'))).toBe('2026-03-04');
  });

  it('a day ends at 23:59:59 in Shanghai, which is 15:59:59 UTC', () => {
    expect(endOfShanghaiDay('2026-03-05')).toBe('2026-03-05T15:59:59.000Z');
    expect(shanghaiDate(endOfShanghaiDay('2026-03-05'))).toBe('2026-03-05');
    expect(shanghaiDate(Date.parse(endOfShanghaiDay('2026-03-05')) + 1000)).toBe('2026-03-06');
  });
});

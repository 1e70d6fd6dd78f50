import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  daysLeft,
  dueDay,
  hasHolidayData,
  HolidayDataMissingError,
  holidayDataYears,
  holidayName,
  isAdjustedWorkingDay,
  isWorkingDay,
  localDay,
  meetingDay,
  nextWorkingDay,
  roundCutoff,
  roundOf,
  roundOpens,
} from './calendar.js';

// The expected values below come from the State Council's notices as `chinese-days` 1.5.7 records
// them (node_modules/chinese-days/src/holidays/generate.ts), and weekdays counted from the notices'
// own dates:
//
// 2026 (www.gov.cn content_7047091): 元旦 1月1日（周四）至3日, 1月4日（周日）上班; 春节 2月15日（周日）至23日（周一）,
//   2月14日（周六）、2月28日（周六）上班; 清明 4月4日至6日; 国庆节 10月1日（周四）至7日（周三）放假调休，共7天,
//   9月20日（周日）、10月10日（周六）上班.
// 2025: 元旦 1月1日（周三）1天; 国庆节、中秋节 10月1日（周三）至8日（周三）共8天, 9月28日（周日）、10月11日（周六）上班;
//   the package marks 10月6日 (the 15th of the 8th lunar month) as 中秋.
//
// Weekdays: 2026-10-01 is a Thursday, so 10-03/10-04 and 10-10/10-11 are Sat/Sun, 10-08 a Thursday,
// 10-15 a Thursday, 10-16 a Friday. 2026-02-15 is a Sunday; +28 days, 2026-03-15 is a Sunday too.
// 2026-11-01 = 10-01 + 31 days = Thursday + 3 = Sunday; 2026-12-01 = 11-01 + 30 days = Tuesday, so
// 12-15 is a Tuesday, 12-28 a Monday, 12-31 a Thursday and 2027-01-01 a Friday.

describe('working days (chinese-days data)', () => {
  it('2026 National Day week: 10-01..10-07 off (weekend included), 09-20 Sun and 10-10 Sat worked', () => {
    for (let d = 1; d <= 7; d++) {
      const day = `2026-10-0${d}`;
      expect(isWorkingDay(day), day).toBe(false);
      expect(holidayName(day), day).toBe('国庆节');
    }
    // The adjusted working days (调休上班) make up for the holiday: working, and no holiday themselves.
    for (const day of ['2026-09-20', '2026-10-10']) {
      expect(isWorkingDay(day), day).toBe(true);
      expect(isAdjustedWorkingDay(day), day).toBe(true);
      expect(holidayName(day), day).toBeNull();
    }
    // Around them: the ordinary Wednesday before, the Thursday after, and the Sunday after 10-10.
    expect(isWorkingDay('2026-09-30')).toBe(true);
    expect(isWorkingDay('2026-10-08')).toBe(true);
    expect(isAdjustedWorkingDay('2026-10-08')).toBe(false);
    expect(isWorkingDay('2026-10-11')).toBe(false);
    expect(holidayName('2026-10-11')).toBeNull();
    expect(isAdjustedWorkingDay('2026-10-11')).toBe(false);
  });

  it('2025: New Year one day, the merged National Day / Mid-autumn break and its working weekend days', () => {
    expect(holidayName('2025-01-01')).toBe('元旦');
    expect(isWorkingDay('2025-01-02')).toBe(true);
    expect(holidayName('2025-10-06')).toBe('中秋');
    expect(holidayName('2025-10-08')).toBe('国庆节');
    expect(isAdjustedWorkingDay('2025-09-28')).toBe(true);
    expect(isAdjustedWorkingDay('2025-10-11')).toBe(true);
  });

  it('the next working day is the day itself, or the first one after a weekend or holiday', () => {
    expect(nextWorkingDay('2026-10-08')).toBe('2026-10-08');
    // 10-01..10-07 off; 10-08 (Thu) is the first working day.
    expect(nextWorkingDay('2026-10-01')).toBe('2026-10-08');
    // Saturday 09-19, then the adjusted working Sunday 09-20.
    expect(nextWorkingDay('2026-09-19')).toBe('2026-09-20');
  });
});

// The package's own functions are right only where local midnight is not before UTC midnight.
it.runIf(new Date(2026, 0, 1).getTimezoneOffset() <= 0)('agrees with the package’s functions on 2025–2026', () => {
  for (let day = '2025-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
    expect(isWorkingDay(day), day).toBe(chineseDays.isWorkday(day));
  }
});

describe('meeting day', () => {
  it('stays on the 15th when it is a working day', () => {
    // 2026-10-15 is a Thursday after the holiday week; 2026-12-15 a Tuesday.
    expect(meetingDay('2026-10')).toEqual({ day: '2026-10-15', plannedDay: '2026-10-15', moved: false, reason: null });
    expect(meetingDay('2026-12').day).toBe('2026-12-15');
  });

  it('moves off a holiday to the next working day, naming the holiday', () => {
    // 2026-02-15 is a Sunday and the first day of 春节 (02-15..02-23, Mon); Tuesday 02-24 is next.
    expect(meetingDay('2026-02')).toEqual({ day: '2026-02-24', plannedDay: '2026-02-15', moved: true, reason: '春节' });
    // Meeting on the 3rd: 2026-10-03 is a Saturday inside 国庆节; 10-08 is the first working day.
    expect(meetingDay('2026-10', 3)).toEqual({
      day: '2026-10-08',
      plannedDay: '2026-10-03',
      moved: true,
      reason: '国庆节',
    });
  });

  it('moves off an ordinary weekend, reason 周末; an adjusted working Sunday keeps it', () => {
    // 2026-03-15 is a Sunday with no holiday near (清明 is 04-04..04-06): Monday 03-16.
    expect(meetingDay('2026-03')).toEqual({ day: '2026-03-16', plannedDay: '2026-03-15', moved: true, reason: '周末' });
    // 2026-11-15 is a Sunday: Monday 11-16.
    expect(meetingDay('2026-11').day).toBe('2026-11-16');
    // 2026-09-20 is a Sunday but a working day (调休), so a meeting on the 20th stays.
    expect(meetingDay('2026-09', 20)).toEqual({
      day: '2026-09-20',
      plannedDay: '2026-09-20',
      moved: false,
      reason: null,
    });
  });
});

describe('rounds', () => {
  it('a suggestion on the cut-off day (5th) is in that month’s round, on the 6th in the next', () => {
    expect(roundOf('2026-11-01')).toBe('2026-11');
    expect(roundOf('2026-11-05')).toBe('2026-11');
    expect(roundOf('2026-11-06')).toBe('2026-12');
    // With the cut-off on the 10th, the 6th is still this month's.
    expect(roundOf('2026-11-06', 10)).toBe('2026-11');
    expect(roundOf('2026-11-11', 10)).toBe('2026-12');
  });

  it('December after the cut-off goes to January of the next year', () => {
    expect(roundOf('2026-12-05')).toBe('2026-12');
    expect(roundOf('2026-12-06')).toBe('2027-01');
    expect(roundOf('2026-12-31')).toBe('2027-01');
    // Rounds are calendar arithmetic: they need no holiday data for 2027.
    expect(roundOf('2027-01-05')).toBe('2027-01');
  });

  it('a round’s intake runs from the day after the previous cut-off to its own cut-off', () => {
    // Round 2027-01: suggestions from 2026-12-06 (after December's cut-off) to 2027-01-05.
    expect(roundOpens('2027-01')).toBe('2026-12-06');
    expect(roundCutoff('2027-01')).toBe('2027-01-05');
    expect(roundOpens('2026-03')).toBe('2026-02-06');
    expect(roundCutoff('2026-03', 10)).toBe('2026-03-10');
    // By the definitions, both ends of every intake map back to the round, the day after to the next.
    for (let m = 1; m <= 12; m++) {
      const round = `2026-${String(m).padStart(2, '0')}`;
      expect(roundOf(roundOpens(round))).toBe(round);
      expect(roundOf(roundCutoff(round))).toBe(round);
      expect(roundOf(addDays(roundCutoff(round), 1))).not.toBe(round);
    }
  });

  it('rejects what is not a day, a round or a day every month has', () => {
    expect(() => roundOf('2026-02-30')).toThrow(RangeError);
    expect(() => roundOf('2026-1-5')).toThrow(RangeError);
    expect(() => roundCutoff('2026-13')).toThrow(RangeError);
    expect(() => roundOf('2026-03-01', 31)).toThrow(RangeError);
    expect(() => meetingDay('2026-03', 0)).toThrow(RangeError);
  });
});

describe('windows: due day and days left', () => {
  it('counts working days across the 2026 National Day week', () => {
    // From Wed 09-30: 10-01..10-07 off; 10-08 Thu (1), 10-09 Fri (2), 10-10 adjusted Sat (3).
    expect(dueDay('2026-09-30', 3, 'WORKING')).toBe('2026-10-10');
    // Calendar: 09-30 + 3.
    expect(dueDay('2026-09-30', 3, 'CALENDAR')).toBe('2026-10-03');
    // 10 working days: …10-10 (3), Sun 10-11 off, 10-12..10-16 (4–8), weekend off, 10-19 (9), 10-20 (10).
    expect(dueDay('2026-09-30', 10, 'WORKING')).toBe('2026-10-20');
    expect(dueDay('2026-09-30', 10, 'CALENDAR')).toBe('2026-10-10');
    // From Fri 09-18: Sat 09-19 off, Sun 09-20 adjusted working (1), Mon 09-21 (2).
    expect(dueDay('2026-09-18', 2, 'WORKING')).toBe('2026-09-21');
    // A zero-day window ends where it starts.
    expect(dueDay('2026-09-30', 0, 'WORKING')).toBe('2026-09-30');
    expect(() => dueDay('2026-09-30', -1, 'CALENDAR')).toThrow(RangeError);
  });

  it('counts working days across 春节 2026', () => {
    // From Fri 02-13: Sat 02-14 adjusted working (1), 02-15..02-23 off, 02-24 Tue (2) … 02-27 Fri (5).
    expect(dueDay('2026-02-13', 5, 'WORKING')).toBe('2026-02-27');
    expect(dueDay('2026-02-13', 5, 'CALENDAR')).toBe('2026-02-18');
  });

  it('days left: 0 on the due day, working days ahead, negative when overdue', () => {
    // Working days after 09-30 up to 10-10: 10-08, 10-09, 10-10.
    expect(daysLeft('2026-09-30', '2026-10-10', 'WORKING')).toBe(3);
    expect(daysLeft('2026-09-30', '2026-10-10', 'CALENDAR')).toBe(10);
    expect(daysLeft('2026-10-10', '2026-10-10', 'WORKING')).toBe(0);
    expect(daysLeft('2026-10-10', '2026-10-10', 'CALENDAR')).toBe(0);
    // In the holiday (Sat 10-03), due Fri 10-09: working days 10-08 and 10-09 remain.
    expect(daysLeft('2026-10-03', '2026-10-09', 'WORKING')).toBe(2);
    expect(daysLeft('2026-10-03', '2026-10-09', 'CALENDAR')).toBe(6);
    // Due Fri 10-16. Sat 10-17: no working day has passed, yet it is overdue: -1. Mon 10-19: the first
    // working day after: -1. Tue 10-20: two working days after: -2 (calendar: 4 days after).
    expect(daysLeft('2026-10-17', '2026-10-16', 'WORKING')).toBe(-1);
    expect(daysLeft('2026-10-19', '2026-10-16', 'WORKING')).toBe(-1);
    expect(daysLeft('2026-10-20', '2026-10-16', 'WORKING')).toBe(-2);
    expect(daysLeft('2026-10-20', '2026-10-16', 'CALENDAR')).toBe(-4);
    // Due 09-30, today 10-08: the only working day since is 10-08 itself.
    expect(daysLeft('2026-10-08', '2026-09-30', 'WORKING')).toBe(-1);
    expect(daysLeft('2026-10-08', '2026-09-30', 'CALENDAR')).toBe(-8);
  });

  it('dueDay and daysLeft agree: a window of n working days has n days left at its start', () => {
    for (const from of ['2026-09-18', '2026-09-30', '2026-02-13', '2025-09-26'])
      for (const n of [1, 2, 5, 8]) expect(daysLeft(from, dueDay(from, n, 'WORKING'), 'WORKING')).toBe(n);
  });
});

describe('a year without holiday data', () => {
  // chinese-days 1.5.7 records the arrangements of 2004 to 2026 (its README: "节假日：支持 2004年 至 2026年").
  // When the package is upgraded to one that knows 2027, move these cases to its first unknown year.
  it('knows which years it has', () => {
    expect(hasHolidayData(2004)).toBe(true);
    expect(hasHolidayData(2025)).toBe(true);
    expect(hasHolidayData(2026)).toBe(true);
    expect(hasHolidayData(2003)).toBe(false);
    expect(hasHolidayData(2027)).toBe(false);
    expect(holidayDataYears()).toEqual({ first: 2004, last: 2026 });
  });

  it('refuses to guess a working day rather than treat the year as weekends only', () => {
    // Left to itself, the package calls New Year's Day 2027 (a Friday) a working day.
    expect(chineseDays.isWorkday(new Date(2027, 0, 1, 12))).toBe(true);
    expect(() => isWorkingDay('2027-01-01')).toThrow(HolidayDataMissingError);
    expect(() => holidayName('2003-10-01')).toThrow(HolidayDataMissingError);
    try {
      meetingDay('2027-01');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HolidayDataMissingError);
      expect((e as HolidayDataMissingError).year).toBe(2027);
      expect((e as Error).message).toContain('2027');
    }
  });

  it('working windows that reach 2027 fail; calendar windows and those ending in 2026 do not', () => {
    // From Mon 12-28: Tue 12-29 (1), Wed 12-30 (2): all in 2026.
    expect(dueDay('2026-12-28', 2, 'WORKING')).toBe('2026-12-30');
    // From Wed 12-30: Thu 12-31 (1), then 2027-01-01, unknown.
    expect(() => dueDay('2026-12-30', 3, 'WORKING')).toThrow(HolidayDataMissingError);
    expect(dueDay('2026-12-30', 3, 'CALENDAR')).toBe('2027-01-02');
    expect(daysLeft('2026-12-30', '2027-01-04', 'CALENDAR')).toBe(5);
    expect(() => daysLeft('2026-12-30', '2027-01-04', 'WORKING')).toThrow(HolidayDataMissingError);
  });
});

describe('day arithmetic', () => {
  it('adds days across months and years, and reads an instant in Asia/Shanghai', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    // 16:00 UTC is midnight in Shanghai (UTC+8): the next day there.
    expect(localDay(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(localDay(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
  });
});

import { describe, expect, it } from 'vitest';
import { hasHolidayData } from './calendar.js';
import { councilDaysLeft, councilDueDay, councilMeetingDay, holidaysKnown } from './council-days.js';

// chinese-days 1.5.7 knows 2004–2026. When it learns 2027, move these cases to its first unknown year.
describe('the council calendar keeps working in a year the holiday data does not know yet', () => {
  it('is that case still', () => {
    expect(hasHolidayData(2026)).toBe(true);
    expect(hasHolidayData(2027)).toBe(false);
  });

  it('uses the holidays where known: 2026-10-15 is a Thursday after National Day week, kept', () => {
    expect(councilMeetingDay('2026-10', 15)).toEqual({
      day: '2026-10-15',
      plannedDay: '2026-10-15',
      moved: false,
      reason: null,
    });
    expect(holidaysKnown('2026-10-15')).toBe(true);
  });

  it('moves a meeting off a weekend only in an unknown year, and says holidays are not known', () => {
    // 2027-05-15 is a Saturday: the next weekday is Monday 05-17 (a holiday there could not be known).
    expect(councilMeetingDay('2027-05', 15)).toEqual({
      day: '2027-05-17',
      plannedDay: '2027-05-15',
      moved: true,
      reason: '周末',
    });
    // 2027-01-15 is a Friday.
    expect(councilMeetingDay('2027-01', 15).day).toBe('2027-01-15');
    expect(holidaysKnown('2027-01-15')).toBe(false);
  });

  it('counts working windows into an unknown year by weekdays', () => {
    // From Wed 2026-12-30, three working days: Thu 12-31, Fri 2027-01-01 (a holiday, not known), Mon 01-04.
    expect(councilDueDay('2026-12-30', 3, 'WORKING')).toBe('2027-01-04');
    // Calendar windows need no holiday data.
    expect(councilDueDay('2026-12-30', 7, 'CALENDAR')).toBe('2027-01-06');
    // Mon 2027-01-04 seen from Wed 2026-12-30: Thu, Fri, Mon.
    expect(councilDaysLeft('2026-12-30', '2027-01-04', 'WORKING')).toBe(3);
    // Overdue on Tue 2027-01-05 for a due day Mon 01-04: one working day late.
    expect(councilDaysLeft('2027-01-05', '2027-01-04', 'WORKING')).toBe(-1);
  });
});

import {
  addDays,
  daysLeft,
  dueDay,
  HolidayDataMissingError,
  hasHolidayData,
  meetingDay,
  type Counting,
  type MeetingDay,
} from './calendar.js';

/**
 * The calendar as the council's rules use it: China's holidays and 调休 where `chinese-days` knows
 * the year; for a year it does not know yet (the State Council publishes each year's arrangement
 * late in the year before, and the package follows), Monday to Friday, so that the platform keeps
 * working — and `holidaysKnown` false, which the console shows ("not published yet: weekends
 * only"). Calendar-day counting needs no holiday data.
 */

function weekday(day: string): boolean {
  const w = new Date(`${day}T00:00:00Z`).getUTCDay();
  return w !== 0 && w !== 6;
}

function fallback<T>(known: () => T, weekdaysOnly: () => T): T {
  try {
    return known();
  } catch (err) {
    if (err instanceof HolidayDataMissingError) return weekdaysOnly();
    throw err;
  }
}

export function holidaysKnown(...days: string[]): boolean {
  return days.every((d) => hasHolidayData(Number(d.slice(0, 4))));
}

/** The round's meeting day, moved off a weekend or holiday to the next working day. */
export function councilMeetingDay(round: string, day: number): MeetingDay {
  return fallback(
    () => meetingDay(round, day),
    () => {
      const plannedDay = `${round}-${String(day).padStart(2, '0')}`;
      let d = plannedDay;
      while (!weekday(d)) d = addDays(d, 1);
      return { day: d, plannedDay, moved: d !== plannedDay, reason: d !== plannedDay ? '周末' : null };
    },
  );
}

/** The last day of a window of `days` days after `from`. */
export function councilDueDay(from: string, days: number, counting: Counting): string {
  return fallback(
    () => dueDay(from, days, counting),
    () => {
      let d = from;
      for (let n = 0; n < days;) {
        d = addDays(d, 1);
        if (weekday(d)) n++;
      }
      return d;
    },
  );
}

/** Days left until `due` (negative: overdue), counted as the window counts them. */
export function councilDaysLeft(today: string, due: string, counting: Counting): number {
  return fallback(
    () => daysLeft(today, due, counting),
    () => {
      if (due >= today) {
        let n = 0;
        for (let d = addDays(today, 1); d <= due; d = addDays(d, 1)) if (weekday(d)) n++;
        return n;
      }
      let n = 0;
      for (let d = addDays(due, 1); d <= today; d = addDays(d, 1)) if (weekday(d)) n++;
      return -Math.max(1, n);
    },
  );
}

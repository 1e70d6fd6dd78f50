import { statutoryHoliday } from '../../platform/holidays.js';
import { shanghaiDate, type Slot } from './calendar.js';

/**
 * China's statutory holidays (法定节假日), from `chinese-days` (read in platform/holidays.ts), which
 * follows the State Council's yearly notice (published each November or December for the next
 * year). A pattern of openings
 * skips them unless the secretary confirms a day; past the last year the package knows, the
 * console says the days could not be checked.
 */
export interface Holiday {
  /** YYYY-MM-DD, Asia/Shanghai. */
  date: string;
  /** e.g. 国庆节 */
  name: string;
  /** e.g. National Day */
  nameEn: string;
}

/** The holidays among these openings' days, by date. */
export function holidaysOf(slots: Slot[]): Map<string, Holiday> {
  const holidays = new Map<string, Holiday>();
  if (!slots.length) return holidays;
  for (const date of slots.map((s) => shanghaiDate(s.startsAt)).sort()) {
    const holiday = statutoryHoliday(date);
    if (holiday) holidays.set(date, { date, ...holiday });
  }
  return holidays;
}

/**
 * The last day whose holidays are known: the end of the last year whose New Year's Day (a
 * statutory holiday every year) the package lists. Later days cannot be checked yet.
 */
export function holidaysKnownThrough(today = new Date()): string {
  let year = Number(shanghaiDate(today).slice(0, 4)) - 1;
  while (statutoryHoliday(`${year + 1}-01-01`)) year++;
  return `${year}-12-31`;
}

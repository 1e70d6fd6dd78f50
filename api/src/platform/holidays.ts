import { createRequire } from 'node:module';

/**
 * China's statutory holidays (法定节假日) and adjusted working days (调休: a Saturday or Sunday
 * that is a working day), as `chinese-days` publishes them, following the State Council's yearly
 * notice. Read from the package's JSON (dist/chinese-days.json, documented in its README for other
 * languages), keyed by plain 'YYYY-MM-DD' days in China: the package's functions build their
 * tables with `Date` fields in the process's time zone and give wrong days west of Greenwich
 * (2026-10-07 becomes a working day in America/Los_Angeles). The data covers a fixed span of
 * years (1.5.7: 2004–2026); outside it every day answers "no holiday", so callers that must know
 * ask {@link hasHolidayData} first. What a holiday means to a rule is the rule's business.
 */

/** day → "English name,中文名,length" for holidays and for adjusted working days. */
interface HolidayData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}
const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as HolidayData;

/** Every published year has at least New Year's Day (元旦) as a holiday. */
const dataYears = new Set(Object.keys(data.holidays).map((day) => Number(day.slice(0, 4))));

export interface StatutoryHoliday {
  /** e.g. 国庆节 */
  name: string;
  /** e.g. National Day */
  nameEn: string;
}

/**
 * The statutory holiday `day` ('YYYY-MM-DD') is part of, or null: any other day, including an
 * adjusted working day (which carries the name of the holiday it makes up for, but is no holiday).
 */
export function statutoryHoliday(day: string): StatutoryHoliday | null {
  const detail = data.workdays[day] ? undefined : data.holidays[day];
  if (!detail) return null;
  // "National Day,国庆节,3": English, Chinese, length in days.
  const [nameEn, name] = detail.split(',');
  return { name: name ?? detail, nameEn };
}

/** Whether `day` is an adjusted working day (调休上班). */
export function isAdjustedWorkday(day: string): boolean {
  return !!data.workdays[day];
}

/** Whether the installed `chinese-days` has the State Council's arrangement for `year`. */
export function hasHolidayData(year: number): boolean {
  return dataYears.has(year);
}

/** The first and last year with holiday data: 2004 and 2026 for chinese-days 1.5.7. */
export function holidayDataYears(): { first: number; last: number } {
  const years = [...dataYears].sort((a, b) => a - b);
  return { first: years[0], last: years[years.length - 1] };
}

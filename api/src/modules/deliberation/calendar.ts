import { hasHolidayData, holidayDataYears, isAdjustedWorkday, statutoryHoliday } from '../../platform/holidays.js';
import { localDate } from '../../platform/time.js';

/**
 * The council's calendar, in Asia/Shanghai. Days are 'YYYY-MM-DD' strings, rounds 'YYYY-MM'.
 *
 * Statutory holidays (法定节假日) and adjusted working days (调休: a Saturday or Sunday that is a
 * working day) come from `chinese-days`, which follows the State Council's yearly notice. Its data
 * covers a fixed span of years (1.5.7: 2004–2026). For a day outside that span the package would
 * silently answer "Monday to Friday work" (it calls 2027-01-01, New Year's Day, a working day), so
 * every function here that needs to know whether a day is a working day throws
 * {@link HolidayDataMissingError} instead.
 *
 * The package's functions build their tables with `Date` fields in the process's time zone and
 * give wrong days west of Greenwich (2026-10-07 becomes a working day in America/Los_Angeles);
 * its published JSON (dist/chinese-days.json) is keyed by plain 'YYYY-MM-DD' strings, so the
 * platform reads that (platform/holidays.ts) and this module is right in any zone. Check
 * {@link hasHolidayData} first to show "the calendar for 2027 is not published yet" rather than
 * catch. Calendar-day counting needs no holiday data and works for any year.
 */

/** How a window of days is counted: every day, or working days only (statutory holidays and 调休 applied). */
export type Counting = 'CALENDAR' | 'WORKING';

/** Thrown when a rule needs holiday data for a year the installed `chinese-days` does not cover. */
export class HolidayDataMissingError extends Error {
  constructor(readonly year: number) {
    const { first, last } = holidayDataYears();
    super(`No statutory holiday data for ${year} (chinese-days covers ${first}–${last})`);
    this.name = 'HolidayDataMissingError';
  }
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ROUND = /^(\d{4})-(\d{2})$/;

function parseDay(day: string): { y: number; m: number; d: number } {
  const match = DAY.exec(day);
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const back = new Date(Date.UTC(y, m - 1, d));
    if (back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d) return { y, m, d };
  }
  throw new RangeError(`Not a day (YYYY-MM-DD): ${day}`);
}

function parseRound(round: string): { y: number; m: number } {
  const match = ROUND.exec(round);
  const [y, m] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || m < 1 || m > 12) throw new RangeError(`Not a round (YYYY-MM): ${round}`);
  return { y, m };
}

/** A day of the month every month has (1–28), for cut-off and meeting days. */
function checkDayOfMonth(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 1 || n > 28) throw new RangeError(`${what} must be a day 1–28: ${n}`);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The day `n` days after `day` (before, if negative). */
export function addDays(day: string, n: number): string {
  const { y, m, d } = parseDay(day);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative if `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseDay(from);
  const b = parseDay(to);
  return (Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000;
}

/** The Asia/Shanghai day an instant falls on. */
export function localDay(instant: Date): string {
  return localDate(instant);
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(day: string): number {
  const { y, m, d } = parseDay(day);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

const isWeekend = (day: string) => [0, 6].includes(weekday(day));

export { hasHolidayData, holidayDataYears };

function checkData(day: string): void {
  const { y } = parseDay(day);
  if (!hasHolidayData(y)) throw new HolidayDataMissingError(y);
}

/**
 * Whether the council's office works on `day`: Monday to Friday unless a statutory holiday, plus
 * adjusted working Saturdays/Sundays (调休上班). Throws {@link HolidayDataMissingError} for a year
 * without data.
 */
export function isWorkingDay(day: string): boolean {
  checkData(day);
  if (isAdjustedWorkday(day)) return true;
  return !isWeekend(day) && !statutoryHoliday(day);
}

/**
 * The Chinese name of the statutory holiday `day` is part of (e.g. 国庆节, 春节, 中秋), or null
 * for any other day, including an adjusted working day that makes up for a holiday. Throws
 * {@link HolidayDataMissingError} for a year without data.
 */
export function holidayName(day: string): string | null {
  checkData(day);
  return statutoryHoliday(day)?.name ?? null;
}

/** Whether `day` is a Saturday or Sunday that is a working day (调休上班). Throws for a year without data. */
export function isAdjustedWorkingDay(day: string): boolean {
  return isWeekend(day) && isWorkingDay(day);
}

/** `day` itself if it is a working day, else the next one. Throws for a year without data. */
export function nextWorkingDay(day: string): string {
  let d = day;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/**
 * The round (the month's intake, 'YYYY-MM') a suggestion made on `day` belongs to: on or before
 * the cut-off day of a month, that month's round; after it, the next month's (December's late
 * suggestions go to January of the next year).
 */
export function roundOf(day: string, cutoffDay = 5): string {
  checkDayOfMonth(cutoffDay, 'cutoffDay');
  const { y, m, d } = parseDay(day);
  if (d <= cutoffDay) return `${y}-${pad(m)}`;
  return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
}

/** The last day of a round's intake: its month's cut-off day. */
export function roundCutoff(round: string, cutoffDay = 5): string {
  checkDayOfMonth(cutoffDay, 'cutoffDay');
  const { y, m } = parseRound(round);
  return `${y}-${pad(m)}-${pad(cutoffDay)}`;
}

/** The first day of a round's intake: the day after the previous month's cut-off. */
export function roundOpens(round: string, cutoffDay = 5): string {
  checkDayOfMonth(cutoffDay, 'cutoffDay');
  const { y, m } = parseRound(round);
  const previous = m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
  return addDays(roundCutoff(previous, cutoffDay), 1);
}

/** When a round's council meets. */
export interface MeetingDay {
  /** The day it meets: the planned day, or the next working day after it. */
  day: string;
  /** The round's month on the meeting day of the month (the 15th unless configured). */
  plannedDay: string;
  moved: boolean;
  /** Why it moved: the holiday's Chinese name (e.g. 国庆节), or 周末; null if not moved. */
  reason: string | null;
}

/**
 * The council meets on `meetingDay` (the 15th) of the round's month; if that is not a working day,
 * on the next working day. Throws {@link HolidayDataMissingError} if the year has no data.
 */
export function meetingDay(round: string, meetingDay = 15): MeetingDay {
  checkDayOfMonth(meetingDay, 'meetingDay');
  const { y, m } = parseRound(round);
  const plannedDay = `${y}-${pad(m)}-${pad(meetingDay)}`;
  const day = nextWorkingDay(plannedDay);
  if (day === plannedDay) return { day, plannedDay, moved: false, reason: null };
  return { day, plannedDay, moved: true, reason: holidayName(plannedDay) ?? '周末' };
}

/**
 * The last day of a window of `days` days that starts the day after `from`: with CALENDAR
 * counting `from` + `days`; with WORKING counting the `days`-th working day after `from`. Zero
 * days gives `from`. Working counting throws {@link HolidayDataMissingError} when the window
 * reaches a year without data.
 */
export function dueDay(from: string, days: number, counting: Counting): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number ≥ 0: ${days}`);
  if (counting === 'CALENDAR') return addDays(from, days);
  let d = from;
  for (let left = days; left > 0;) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** Working days in (from, to], for from ≤ to. */
function workingDaysAfter(from: string, to: string): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) n++;
  return n;
}

/**
 * Days left from `today` until `due` (its last day): 0 on the due day, negative when overdue.
 * CALENDAR counts days. WORKING counts the working days after today up to the due day (so
 * `daysLeft(from, dueDay(from, n, 'WORKING'), 'WORKING') === n`); when overdue, minus the working
 * days since the due day, but at least 1 (the weekend right after a Friday due day is already
 * overdue). Working counting throws {@link HolidayDataMissingError} for days in a year without data.
 */
export function daysLeft(today: string, due: string, counting: Counting): number {
  parseDay(today);
  parseDay(due);
  if (counting === 'CALENDAR') return daysBetween(today, due);
  if (today <= due) return workingDaysAfter(today, due);
  return -Math.max(1, workingDaysAfter(due, today));
}

/**
 * The corner's calendar arithmetic, in Asia/Shanghai civil time. China has kept UTC+8 without
 * daylight saving since 1991, so a fixed offset is exact and needs no time-zone database.
 */

const DAY_MS = 86_400_000;
const OFFSET_MS = 8 * 3_600_000;

/** Wednesday and Saturday (ISO weekdays: 1 = Monday … 7 = Sunday). */
export const DEFAULT_WEEKDAYS = [3, 6];
export const DEFAULT_START = '09:00';
export const DEFAULT_END = '12:00';

export interface OpeningPattern {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: number[];
  /** Time of day "HH:MM". */
  startTime: string;
  endTime: string;
  weeks: number;
}

export interface Slot {
  startsAt: Date;
  endsAt: Date;
}

/** "09:30" → 570. */
export function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** The instant of `date` (YYYY-MM-DD) at `hhmm` in Shanghai. */
export function shanghaiInstant(date: string, hhmm: string): Date {
  const [y, mo, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, mo - 1, d) - OFFSET_MS + minutesOfDay(hhmm) * 60_000);
}

/** The Shanghai date (YYYY-MM-DD) an instant falls on. */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD date. */
function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The openings a weekly pattern gives over the next `weeks` weeks, starting with the day `from`
 * falls on in Shanghai. Openings already over are left out (today's counts while it lasts).
 */
export function patternSlots(pattern: OpeningPattern, from: Date = new Date()): Slot[] {
  const today = shanghaiDate(from);
  const days = new Set(pattern.weekdays);
  const slots: Slot[] = [];
  for (let d = 0; d < pattern.weeks * 7; d++) {
    const date = addDays(today, d);
    if (!days.has(isoWeekday(date))) continue;
    const slot = { startsAt: shanghaiInstant(date, pattern.startTime), endsAt: shanghaiInstant(date, pattern.endTime) };
    if (slot.endsAt > from) slots.push(slot);
  }
  return slots;
}

/** The instants a Shanghai month (YYYY-MM) starts and ends. */
export function monthRange(month: string): { from: Date; to: Date } {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from: shanghaiInstant(`${month}-01`, '00:00'), to: shanghaiInstant(next, '00:00') };
}

import { localDate } from '../../platform/time.js';

/** Days, quarters and expiries in Asia/Shanghai (UTC+8 all year: no daylight saving). */

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The instant a day ends in Asia/Shanghai. */
export function endOfDay(day: string): Date {
  return new Date(new Date(`${day}T00:00:00+08:00`).getTime() + 24 * 3600_000 - 1);
}

export function startOfDay(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** `2026-Q4` for a day. */
export function quarterOf(day: string): string {
  const [y, m] = day.split('-').map(Number);
  return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/** The quarter's first instant and the next quarter's. */
export function quarterRange(quarter: string): { from: Date; until: Date } {
  const [y, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
  const month = (q - 1) * 3 + 1;
  const next = q === 4 ? `${y + 1}-01-01` : `${y}-${String(month + 3).padStart(2, '0')}-01`;
  return { from: startOfDay(`${y}-${String(month).padStart(2, '0')}-01`), until: startOfDay(next) };
}

/** The quarter before the one `day` is in. */
export function previousQuarter(day: string): string {
  const q = quarterOf(day);
  const [y, n] = [Number(q.slice(0, 4)), Number(q.slice(6))];
  return n === 1 ? `${y - 1}-Q4` : `${y}-Q${n - 1}`;
}

export { localDate };

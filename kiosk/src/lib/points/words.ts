/**
 * The points pages' words that are more than a lookup: a history line in plain words, points with
 * their sign, and calendar days ("3月15日"). Pure functions of the data and a translator (svelte-i18n's
 * `$_`), so tests read the real locale files.
 */

export type Translate = (key: string, options?: { values?: Record<string, string | number> }) => string;

/** What the kiosk reads of one history entry (the generated KioskPointsEntryFragment has these). */
export interface HistoryEntry {
  amount: number;
  reason: string;
  title?: string | null;
  day?: string | null;
  hours?: number | null;
  note?: string | null;
  reversed?: boolean;
  at: string;
}

/** The reasons a line has its own words for (the schema's PointsReasonCode). */
const REASONS = [
  'MEETING_ATTENDED',
  'SUGGESTION_ADOPTED',
  'VOLUNTEER_HOUR',
  'MANUAL_AWARD',
  'MANUAL_DEDUCTION',
  'CORRECTION',
  'REWARD_REDEEMED',
  'VOUCHER_CANCELLED',
  'VOUCHER_EXPIRED',
] as const;

/** The minus sign (U+2212), wider and clearer than a hyphen. */
export const MINUS = '\u2212';

/** +10, −50, 0: always with its sign, so colour is never the only cue. */
export function signedPoints(amount: number): string {
  if (amount > 0) return `+${amount}`;
  if (amount < 0) return `${MINUS}${-amount}`;
  return '0';
}

/** 2 → "2", 1.5 → "1.5" (volunteer hours come in halves). */
export function hoursText(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(1);
}

/**
 * What the entry was, in words: "参加3月议事会", "兑换 洗衣液一瓶", "志愿服务 楼道清洁 2小时",
 * "工作人员奖励：…". Missing details fall back to the reason alone ("参加议事会").
 */
export function historyText(e: HistoryEntry, t: Translate): string {
  const reason = (REASONS as readonly string[]).includes(e.reason) ? e.reason : 'OTHER';
  const title = e.title?.trim() ?? '';
  const note = e.note?.trim() ?? '';
  const values: Record<string, string | number> = { title, note };
  if (e.hours != null) values.hours = hoursText(e.hours);
  const detailed =
    reason === 'VOLUNTEER_HOUR'
      ? title && e.hours != null
      : ['MANUAL_AWARD', 'MANUAL_DEDUCTION', 'CORRECTION'].includes(reason)
        ? !!note
        : !!title;
  return t(`points.history.${reason}${detailed ? '' : '_plain'}`, { values });
}

/** The calendar day of an instant in Asia/Shanghai as YYYY-MM-DD. */
export function shanghaiDay(at: string | Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(at));
}

/** A calendar day (YYYY-MM-DD) in words: 3月15日 · March 15; with the year when it is not `thisYear`'s. */
export function dayWords(day: string, lang: string | null | undefined, thisYear?: string): string {
  const english = !!lang?.startsWith('en');
  const [y, m, d] = day.split('-').map(Number);
  const withYear = thisYear !== undefined && String(y) !== thisYear;
  if (english) {
    const month = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
    return withYear ? `${month} ${d}, ${y}` : `${month} ${d}`;
  }
  return withYear ? `${y}年${m}月${d}日` : `${m}月${d}日`;
}

/** The day an entry is about: the meeting's or the volunteering's day, else when it was recorded. */
export function entryDay(e: HistoryEntry): string {
  return e.day && /^\d{4}-\d{2}-\d{2}$/.test(e.day) ? e.day : shanghaiDay(e.at);
}

/** "2026-Q3" → { year: 2026, quarter: 3 } (null for anything else). */
export function quarterParts(quarter: string): { year: number; quarter: number } | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  return m ? { year: Number(m[1]), quarter: Number(m[2]) } : null;
}

/**
 * The mark beside a line a later entry undid: a redemption whose voucher was cancelled or expired
 * had its points given back ("已退回"); anything else was corrected by staff ("已更正"); none: not undone.
 */
export function undoneMark(e: Pick<HistoryEntry, 'reason' | 'reversed'>): 'points.refunded' | 'points.reversed' | null {
  if (!e.reversed) return null;
  return e.reason === 'REWARD_REDEEMED' ? 'points.refunded' : 'points.reversed';
}

/**
 * Dates and times as the community lives them: always in Asia/Shanghai, whatever the zone of the
 * browser or the server. Each formatter takes the app's language ('zh-CN' or 'en'; svelte-i18n's
 * `$locale`, which may still be unset) and anything `new Date()` takes.
 *
 * The kiosk speaks in whole words ("Wednesday, March 12"); the console is compact and
 * table-friendly, in British English ("5 Mar 2026, 14:30"). Both read hours 00–23.
 */

export const SHANGHAI = 'Asia/Shanghai';

/** An instant: an ISO string, epoch milliseconds or a Date. */
export type When = string | number | Date;
/** The app's language; unset means Chinese. */
export type Lang = string | null | undefined;

const cache = new Map<string, Intl.DateTimeFormat>();

function format(at: When, locale: string, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: SHANGHAI, ...options });
    cache.set(key, f);
  }
  return f.format(new Date(at));
}

const english = (lang: Lang) => !!lang?.startsWith('en');
/** The kiosk's words: the language as the app names it. */
const spoken = (lang: Lang) => lang ?? 'zh-CN';
/** The console's compact forms: British English (day before month), else Chinese. */
const compact = (lang: Lang) => (english(lang) ? 'en-GB' : 'zh-CN');

// `hour12: false` reads midnight as "24:05" in English; h23 reads it as "00:05".
const HOUR_MINUTE: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const EN_DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
const ZH_DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

/** 09:00 */
export function formatClock(at: When, lang: Lang): string {
  return format(at, compact(lang), HOUR_MINUTE);
}

/** 09:00:05, for "updated at". */
export function formatClockSeconds(at: When, lang: Lang): string {
  return format(at, compact(lang), { ...HOUR_MINUTE, second: '2-digit' });
}

/** 09:00–12:00, an opening's hours. */
export function formatHours(startsAt: When, endsAt: When, lang: Lang): string {
  return `${formatClock(startsAt, lang)}–${formatClock(endsAt, lang)}`;
}

/** 3月12日周三 14:30 · Wed, March 12 at 14:30 (kiosk) */
export function formatDayTime(at: When, lang: Lang): string {
  return format(at, spoken(lang), { month: 'long', day: 'numeric', weekday: 'short', ...HOUR_MINUTE });
}

/** 3月12日星期三 14:30 · Wednesday, March 12 at 14:30 (kiosk) */
export function formatLongDayTime(at: When, lang: Lang): string {
  return format(at, spoken(lang), { month: 'long', day: 'numeric', weekday: 'long', ...HOUR_MINUTE });
}

/** 3月12日星期三 · Wednesday, March 12 (kiosk) */
export function formatLongDay(at: When, lang: Lang): string {
  return format(at, spoken(lang), { month: 'long', day: 'numeric', weekday: 'long' });
}

/** 3月12日周三 · Wed, March 12 (kiosk) */
export function formatWeekdayDate(at: When, lang: Lang): string {
  return format(at, spoken(lang), { month: 'long', day: 'numeric', weekday: 'short' });
}

/** 3月5日周三 · Wed 5 Mar (console) */
export function formatDay(at: When, lang: Lang): string {
  return format(at, compact(lang), { month: english(lang) ? 'short' : 'long', day: 'numeric', weekday: 'short' });
}

/** 2026/03/05 · 5 Mar 2026 (console) */
export function formatDate(at: When, lang: Lang): string {
  return format(at, compact(lang), english(lang) ? EN_DATE : ZH_DATE);
}

/** 2026/03/05 14:30 · 5 Mar 2026, 14:30 (console) */
export function formatDateTime(at: When, lang: Lang): string {
  return format(at, compact(lang), { ...(english(lang) ? EN_DATE : ZH_DATE), ...HOUR_MINUTE });
}

/** 2026年3月 · March 2026 (console) */
export function formatMonth(at: When, lang: Lang): string {
  return format(at, compact(lang), { year: 'numeric', month: 'long' });
}

/** The calendar day of an instant in Asia/Shanghai, as YYYY-MM-DD (date inputs, grouping by day). */
export function shanghaiDate(at: When): string {
  return format(at, 'en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });
}

/** Today in Asia/Shanghai, as YYYY-MM-DD. */
export function todayInShanghai(now: When = Date.now()): string {
  return shanghaiDate(now);
}

/** The last second of a YYYY-MM-DD day in Asia/Shanghai (UTC+8 all year), as an ISO string. */
export function endOfShanghaiDay(date: string): string {
  return new Date(`${date}T23:59:59+08:00`).toISOString();
}

/** Times for the 便民服务角 pages, always in Asia/Shanghai whatever the browser's zone. */

const ZONE = 'Asia/Shanghai';
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: string, kind: 'time' | 'seconds' | 'day'): Intl.DateTimeFormat {
  const en = lang.startsWith('en');
  const key = `${en ? 'en' : 'zh'}:${kind}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'day'
        ? // 3月5日周三 / Wed 5 Mar
          { month: en ? 'short' : 'long', day: 'numeric', weekday: 'short' }
        : {
            hour: '2-digit',
            minute: '2-digit',
            ...(kind === 'seconds' ? { second: '2-digit' } : {}),
            hourCycle: 'h23',
          };
    f = new Intl.DateTimeFormat(en ? 'en-GB' : 'zh-CN', { timeZone: ZONE, ...options });
    formatters.set(key, f);
  }
  return f;
}

/** 09:00 */
export function clockTime(iso: string, lang: string | null | undefined): string {
  return formatter(lang ?? 'zh-CN', 'time').format(new Date(iso));
}

/** 09:00:05, for "updated at". */
export function clockSeconds(date: Date, lang: string | null | undefined): string {
  return formatter(lang ?? 'zh-CN', 'seconds').format(date);
}

/** 3月5日周三 / Wed 5 Mar */
export function dayName(iso: string, lang: string | null | undefined): string {
  return formatter(lang ?? 'zh-CN', 'day').format(new Date(iso));
}

/** Whole minutes from `iso` to now (never negative). */
export function minutesSince(iso: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / 60_000));
}

/**
 * Calls `fn` when `iso` arrives (an opening starts or ends), so a page left open changes with it
 * without polling. Returns the cancel.
 */
export function at(iso: string | null | undefined, fn: () => void): () => void {
  if (!iso) return () => undefined;
  // setTimeout holds at most ~24.8 days; an opening further off needs no timer yet.
  const ms = Date.parse(iso) - Date.now() + 500;
  if (ms > 2 ** 31 - 1) return () => undefined;
  const timer = setTimeout(fn, Math.max(0, ms));
  return () => clearTimeout(timer);
}

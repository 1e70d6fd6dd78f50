import { addMessages, init, locale } from 'svelte-i18n';
import en from './locales/en.json';
import zh from './locales/zh-CN.json';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const LOCALE_KEY = 'linli.admin.locale';

function savedLocale(): Locale {
  try {
    const saved = localStorage.getItem(LOCALE_KEY);
    return saved === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

addMessages('zh-CN', zh);
addMessages('en', en);
const initial = savedLocale();
init({ fallbackLocale: 'zh-CN', initialLocale: initial });
document.documentElement.lang = initial;

export function setLocale(next: Locale): void {
  void locale.set(next);
  document.documentElement.lang = next;
  localStorage.setItem(LOCALE_KEY, next);
}

const ZONE = 'Asia/Shanghai';
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: string, kind: 'dateTime' | 'date'): Intl.DateTimeFormat {
  const key = `${lang}:${kind}`;
  let f = formatters.get(key);
  if (!f) {
    // Compact, table-friendly: 2026/03/05 14:30 in Chinese, 5 Mar 2026, 14:30 in English.
    const en = lang.startsWith('en');
    const date: Intl.DateTimeFormatOptions = en
      ? { year: 'numeric', month: 'short', day: 'numeric' }
      : { year: 'numeric', month: '2-digit', day: '2-digit' };
    const time: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    f = new Intl.DateTimeFormat(en ? 'en-GB' : 'zh-CN', {
      timeZone: ZONE,
      ...date,
      ...(kind === 'dateTime' ? time : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

/** A date and time in Asia/Shanghai, in the current language. */
export function formatDateTime(iso: string, lang: string | null | undefined): string {
  return formatter(lang ?? 'zh-CN', 'dateTime').format(new Date(iso));
}

/** A calendar date in Asia/Shanghai, in the current language. */
export function formatDate(iso: string, lang: string | null | undefined): string {
  return formatter(lang ?? 'zh-CN', 'date').format(new Date(iso));
}

/** Today's date in Asia/Shanghai as YYYY-MM-DD (for date inputs). */
export function todayInShanghai(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(now);
}

/** The last moment of a YYYY-MM-DD day in Asia/Shanghai, as an ISO string. */
export function endOfShanghaiDay(date: string): string {
  return new Date(`${date}T23:59:59+08:00`).toISOString();
}

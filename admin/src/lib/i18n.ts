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

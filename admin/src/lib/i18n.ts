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
// A feature's own words live beside the shared ones: locales/<feature>/{zh-CN,en}.json.
const featureFiles = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', {
  eager: true,
  import: 'default',
});
for (const [path, messages] of Object.entries(featureFiles)) {
  addMessages(path.endsWith('/en.json') ? 'en' : 'zh-CN', messages as Parameters<typeof addMessages>[1]);
}
const initial = savedLocale();
init({ fallbackLocale: 'zh-CN', initialLocale: initial });
document.documentElement.lang = initial;

export function setLocale(next: Locale): void {
  void locale.set(next);
  document.documentElement.lang = next;
  localStorage.setItem(LOCALE_KEY, next);
}

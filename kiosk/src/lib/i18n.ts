import { addMessages, init, locale } from 'svelte-i18n';
import cornerEn from './locales/corner/en.json';
import cornerZh from './locales/corner/zh-CN.json';
import cornerScreenEn from './locales/corner-screen/en.json';
import cornerScreenZh from './locales/corner-screen/zh-CN.json';
import deliberationEn from './locales/deliberation/en.json';
import deliberationZh from './locales/deliberation/zh-CN.json';
import en from './locales/en.json';
import followEn from './locales/follow/en.json';
import followZh from './locales/follow/zh-CN.json';
import meetingEn from './locales/meeting/en.json';
import meetingZh from './locales/meeting/zh-CN.json';
import meetingScreenEn from './locales/meeting-screen/en.json';
import meetingScreenZh from './locales/meeting-screen/zh-CN.json';
import pinEn from './locales/pin/en.json';
import pinZh from './locales/pin/zh-CN.json';
import pointsEn from './locales/points/en.json';
import pointsZh from './locales/points/zh-CN.json';
import repairsEn from './locales/repairs/en.json';
import repairsZh from './locales/repairs/zh-CN.json';
import zh from './locales/zh-CN.json';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

// One file per feature area beside the shared one, so features don't edit each other's strings.
addMessages(
  'zh-CN',
  zh,
  cornerZh,
  cornerScreenZh,
  followZh,
  repairsZh,
  pinZh,
  pointsZh,
  meetingZh,
  meetingScreenZh,
  deliberationZh,
);
addMessages(
  'en',
  en,
  cornerEn,
  cornerScreenEn,
  followEn,
  repairsEn,
  pinEn,
  pointsEn,
  meetingEn,
  meetingScreenEn,
  deliberationEn,
);
init({ fallbackLocale: 'zh-CN', initialLocale: 'zh-CN' });

export function toggleLocale(current: string | null | undefined): void {
  const next: Locale = current === 'en' ? 'zh-CN' : 'en';
  locale.set(next);
  document.documentElement.lang = next;
}

/** Back to Chinese for the next person (the kiosk resets after each visitor). */
export function resetLocale(): void {
  locale.set('zh-CN');
  document.documentElement.lang = 'zh-CN';
}

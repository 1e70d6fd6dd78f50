import { ApiError, type ErrorReason } from '@linli/client';
import { describe, expect, it } from 'vitest';
import cornerEn from './locales/corner/en.json';
import cornerZh from './locales/corner/zh-CN.json';
import en from './locales/en.json';
import meetingEn from './locales/meeting/en.json';
import meetingZh from './locales/meeting/zh-CN.json';
import pointsEn from './locales/points/en.json';
import pointsZh from './locales/points/zh-CN.json';
import repairsEn from './locales/repairs/en.json';
import repairsZh from './locales/repairs/zh-CN.json';
import zh from './locales/zh-CN.json';
import { errorText, reasons } from './errors';

const errorsOf = (...files: object[]) =>
  Object.assign({}, ...files.map((f) => (f as { errors?: Record<string, string> }).errors ?? {})) as Record<
    string,
    string
  >;
const messages = {
  'zh-CN': errorsOf(zh, cornerZh, repairsZh, pointsZh, meetingZh),
  en: errorsOf(en, cornerEn, repairsEn, pointsEn, meetingEn),
};

describe('kiosk error sentences', () => {
  for (const [lang, errors] of Object.entries(messages)) {
    it(`has a ${lang} sentence for every reason it handles`, () => {
      const t = (key: string) => errors[key.replace(/^errors\./, '')] ?? `MISSING ${key}`;
      const handled = (Object.keys(reasons) as ErrorReason[]).filter((r) => reasons[r] === true);
      expect(handled.length).toBeGreaterThan(15);
      for (const reason of handled) {
        const text = errorText(new ApiError('x', { code: 'CONFLICT', reason }), t);
        expect(text, reason).not.toMatch(/^MISSING/);
      }
    });
  }
});

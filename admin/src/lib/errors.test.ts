import { ApiError, type ErrorReason } from '@linli/client';
import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import zh from './locales/zh-CN.json';
import { errorText, reasons } from './errors';

// A feature's locale files may add sentences of their own (svelte-i18n merges them).
const features = import.meta.glob<{ errors?: Record<string, string> }>('./locales/*/*.json', {
  eager: true,
  import: 'default',
});
const featureErrors = (lang: string) =>
  Object.entries(features)
    .filter(([path]) => path.endsWith(`/${lang}.json`))
    .reduce((all, [, f]) => ({ ...all, ...(f.errors ?? {}) }), {} as Record<string, string>);

describe('console error sentences', () => {
  for (const [lang, file] of Object.entries({ 'zh-CN': zh, en })) {
    it(`has a ${lang} sentence for every reason it handles`, () => {
      const errors = { ...(file as { errors: Record<string, string> }).errors, ...featureErrors(lang) };
      const t = (key: string) => errors[key.replace(/^errors\./, '')] ?? `MISSING ${key}`;
      const handled = (Object.keys(reasons) as ErrorReason[]).filter((r) => reasons[r] === true);
      expect(handled).toContain('PASSWORD_WRONG');
      for (const reason of handled) {
        expect(errorText(new ApiError('x', { code: 'CONFLICT', reason }), t), reason).not.toMatch(/^MISSING/);
      }
    });
  }
});

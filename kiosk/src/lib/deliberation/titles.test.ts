import { describe, expect, it } from 'vitest';
import en from '../locales/deliberation/en.json';
import zh from '../locales/deliberation/zh-CN.json';
import { TITLE_MAX, titleProblem } from './form';
import { COMMON_TITLES, commonTitles } from './titles';
import { CATEGORIES } from './words';
import { translator } from './test-translator';

describe('one-tap titles', () => {
  it('offers 6–8 per category, each a valid title in both languages', () => {
    for (const c of CATEGORIES) {
      expect(COMMON_TITLES[c].length).toBeGreaterThanOrEqual(6);
      expect(COMMON_TITLES[c].length).toBeLessThanOrEqual(8);
      for (const t of [translator(zh), translator(en)]) {
        for (const title of commonTitles(c, t)) {
          expect(title).not.toMatch(/MISSING/);
          expect(titleProblem(title), title).toBeNull();
          expect(Array.from(title).length).toBeLessThanOrEqual(TITLE_MAX);
        }
      }
    }
  });

  it('has the usual ones', () => {
    const zhT = translator(zh);
    expect(commonTitles('ELDERLY', zhT)).toContain('楼道加装扶手');
    expect(commonTitles('ELDERLY', zhT)).toContain('增加助餐点');
    expect(commonTitles('CONVENIENCE', zhT)).toContain('路灯不亮');
    expect(commonTitles(null, zhT)).toEqual([]);
  });
});

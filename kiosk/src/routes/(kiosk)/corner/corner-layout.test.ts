import { describe, expect, it } from 'vitest';
import { clampPage, cornerLayout, pageOf, pageOfIndex, PAGED_MAX } from './corner-layout';

const letters = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(65 + i));

describe('the corner page layout', () => {
  it('keeps roomy tiles on one screen up to ten offerings', () => {
    expect(cornerLayout(0)).toEqual({ density: 'roomy', perPage: 1, pages: 1 });
    expect(cornerLayout(1)).toEqual({ density: 'roomy', perPage: 1, pages: 1 });
    expect(cornerLayout(10)).toEqual({ density: 'roomy', perPage: 10, pages: 1 });
  });

  it('makes the tiles denser from the 11th, still one screen up to 14', () => {
    expect(cornerLayout(11)).toEqual({ density: 'compact', perPage: 11, pages: 1 });
    expect(cornerLayout(14)).toEqual({ density: 'compact', perPage: 14, pages: 1 });
  });

  it('pages beyond that, evenly and in whole rows', () => {
    expect(cornerLayout(15)).toEqual({ density: 'compact', perPage: 8, pages: 2 });
    expect(cornerLayout(24)).toEqual({ density: 'compact', perPage: 12, pages: 2 });
    expect(cornerLayout(26)).toEqual({ density: 'compact', perPage: 14, pages: 2 });
    expect(cornerLayout(29)).toEqual({ density: 'compact', perPage: 10, pages: 3 });
  });

  it('shows every offering exactly once, whatever the count up to 26', () => {
    for (let n = 1; n <= 26; n++) {
      const layout = cornerLayout(n);
      const items = letters(n);
      const shown = Array.from({ length: layout.pages }, (_, p) => pageOf(items, layout, p));
      expect(shown.flat()).toEqual(items);
      for (const page of shown) {
        expect(page.length).toBeGreaterThan(0);
        expect(page.length).toBeLessThanOrEqual(PAGED_MAX);
      }
      items.forEach((item, i) => expect(pageOf(items, layout, pageOfIndex(i, layout))).toContain(item));
    }
  });

  it('clamps a page that no longer exists', () => {
    const layout = cornerLayout(26);
    expect(clampPage(5, layout)).toBe(1);
    expect(clampPage(-1, layout)).toBe(0);
    expect(pageOf(letters(26), layout, 9)).toEqual(letters(26).slice(14));
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addOfferingsToZ, openKiosk } from './drivers.js';
import { useBrowserPlatform, type Platform } from './platform-app.js';

/**
 * The corner page at the corner's real size: 1 to 26 offerings (one per letter), in Chinese and
 * English, at 1080×1920. The page never scrolls, every offering is on some page, and no tile's
 * text is cut (layout checks, not timing ones).
 */

/** Exactly the first `count` letters' offerings are active. */
async function activeOfferings(platform: Platform, count: number): Promise<string[]> {
  await platform.sql(`UPDATE offering SET active = (ascii(letter) - 65) < ?`, [count]);
  const rows = await platform.sql(`SELECT name FROM offering WHERE active ORDER BY letter`);
  return rows.map((r) => String(r.name));
}

interface TileCheck {
  name: string;
  problems: string[];
}

/** The offerings on the page now, each with what sticks out of its tile or the screen. */
async function tilesOnScreen(page: Page): Promise<TileCheck[]> {
  return page.evaluate(() => {
    const fits = (el: Element) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1;
    const inside = (inner: DOMRect, outer: DOMRect) =>
      inner.left >= outer.left - 1 &&
      inner.right <= outer.right + 1 &&
      inner.top >= outer.top - 1 &&
      inner.bottom <= outer.bottom + 1;
    return Array.from(document.querySelectorAll('#corner-offerings .cell')).map((cell) => {
      const tile = cell.querySelector('button.offering')!;
      const book = cell.querySelector('a')!;
      const name = tile.querySelector('.name')!;
      const problems: string[] = [];
      const box = tile.getBoundingClientRect();
      for (const el of [name, tile.querySelector('.provider')!, book]) {
        if (!fits(el)) problems.push(`${el.className}: text cut`);
      }
      for (const el of Array.from(tile.children)) {
        if (!inside(el.getBoundingClientRect(), box)) problems.push(`${el.className}: out of its tile`);
      }
      for (const el of [tile, book]) {
        const r = el.getBoundingClientRect();
        if (r.bottom > window.innerHeight || r.top < 0) problems.push(`${el.className}: off the screen`);
        if (r.height < 60 || r.width < 60) problems.push(`${el.className}: target under 60 px`);
        for (const t of [el, ...Array.from(el.querySelectorAll('*'))]) {
          const size = parseFloat(getComputedStyle(t).fontSize);
          if (t.textContent?.trim() && size < 24) problems.push(`${t.className}: text ${size}px`);
        }
      }
      return { name: name.textContent!.trim(), problems };
    });
  });
}

async function fitsOneScreen(page: Page): Promise<void> {
  const { scrollHeight, innerHeight } = await page.evaluate(() => ({
    scrollHeight: document.scrollingElement!.scrollHeight,
    innerHeight: window.innerHeight,
  }));
  expect(innerHeight).toBe(1920);
  expect(scrollHeight).toBeLessThanOrEqual(innerHeight);
}

describe('the corner page with 1, 10, 11 and 26 offerings, in Chinese and English', () => {
  const e2e = useBrowserPlatform(async (platform) => {
    await platform.openCornerNow();
    await addOfferingsToZ(platform);
  });

  for (const count of [1, 10, 11, 26]) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${count} offerings, ${lang === 'zh' ? 'Chinese' : 'English'}`, async () => {
        const names = await activeOfferings(e2e.platform, count);
        expect(names).toHaveLength(count);
        const page = await openKiosk(e2e);
        if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
        await page.getByRole('link', { name: lang === 'zh' ? /^便民服务 / : /^Service corner / }).click();
        await page.getByRole('button', { name: names[0] }).waitFor();

        const seen: string[] = [];
        const next = page.getByRole('button', { name: lang === 'zh' ? /下一页/ : /Next/ });
        for (let p = 0; ; p++) {
          await fitsOneScreen(page);
          const tiles = await tilesOnScreen(page);
          expect(tiles.length).toBeGreaterThan(0);
          for (const tile of tiles) expect(tile.problems, tile.name).toEqual([]);
          seen.push(...tiles.map((t) => t.name));
          if (count === 26) await page.screenshot({ path: `/tmp/corner-shots/corner-26-${lang}-page${p + 1}.png` });
          if ((await next.count()) === 0 || (await next.isDisabled())) break;
          for (const arrow of await page.getByRole('navigation').getByRole('button').all()) {
            const box = (await arrow.boundingBox())!;
            expect(box.height).toBeGreaterThanOrEqual(60);
          }
          const last = tiles[tiles.length - 1].name;
          await next.click();
          await page.getByRole('button', { name: last }).waitFor({ state: 'detached' });
        }
        expect(seen).toEqual(names);
        if (count <= 11) expect(await next.count()).toBe(0);
      });
    }
  }
});

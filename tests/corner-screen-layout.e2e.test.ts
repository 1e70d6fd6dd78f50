import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  MORE_OFFERINGS,
  addOfferingsToZ,
  callNext,
  openCornerScreen,
  residentHeaders,
  staffHeaders,
  takeTicket,
} from './drivers.js';
import { useBrowserPlatform, type Platform } from './platform-app.js';

/**
 * The service-corner screen at 1920×1080 with offering names as long as real ones get: every
 * name whole (fitted, never cut), nothing off the screen, the lines taking the whole width while
 * nobody is being served, and the closed day's notices as whole cards with "还有 N 条". Layout
 * checks, not timing ones: each waits for the state it checks.
 */

/** Where screenshots go when asked for (SCREEN_SHOTS=/tmp/screen-shots). */
const SHOTS = process.env.SCREEN_SHOTS;
const shot = async (page: Page, name: string) => {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, name) });
};

/** Names for A–J, up to twelve Chinese characters, and a long English one. */
const NAMES = [
  '修锁配钥匙',
  '家用电器调试与小修理',
  '证件照拍摄',
  '社区法律顾问咨询服务',
  '爱心理发',
  '磨刀修剪刀',
  '社区居家养老服务需求登记',
  '血压血糖测量',
  '老年人智能手机使用帮助',
  'Blood pressure and blood sugar check',
];

async function renameOfferings(platform: Platform): Promise<void> {
  for (const [i, name] of NAMES.entries()) {
    await platform.sql(`UPDATE offering SET name = ? WHERE letter = ?`, [name, String.fromCharCode(65 + i)]);
  }
}

/** Phones of `n` demo residents (the demo resident and neighbours). */
async function residentPhones(platform: Platform, n: number): Promise<string[]> {
  const rows = await platform.sql(`SELECT phone FROM resident ORDER BY phone LIMIT ?`, [n]);
  return rows.map((r) => String(r.phone));
}

interface Problem {
  what: string;
  text: string;
}

/** Everything fitted on the screen that is not whole, and anything sticking out of the screen. */
async function layoutProblems(page: Page): Promise<Problem[]> {
  return page.evaluate(() => {
    const problems: Array<{ what: string; text: string }> = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-fitted]'))) {
      if (el.dataset.fitted !== 'whole') problems.push({ what: 'name clamped', text: el.textContent ?? '' });
      if (el.scrollWidth > el.clientWidth + 1) problems.push({ what: 'name too wide', text: el.textContent ?? '' });
      if (parseFloat(getComputedStyle(el).fontSize) < 20)
        problems.push({ what: 'name under 20px', text: el.textContent ?? '' });
    }
    for (const card of Array.from(document.querySelectorAll<HTMLElement>('.line, .tile, .featured'))) {
      const box = card.getBoundingClientRect();
      if (box.bottom > innerHeight || box.right > innerWidth) {
        problems.push({ what: 'off the screen', text: card.textContent ?? '' });
      }
      for (const el of Array.from(card.querySelectorAll('*'))) {
        const r = el.getBoundingClientRect();
        if (r.bottom > box.bottom + 1 || r.right > box.right + 1 || r.left < box.left - 1) {
          problems.push({ what: 'out of its card', text: el.textContent ?? '' });
        }
      }
    }
    const doc = document.scrollingElement!;
    if (doc.scrollHeight > innerHeight || doc.scrollWidth > innerWidth)
      problems.push({ what: 'page scrolls', text: '' });
    return problems;
  });
}

/** Waits until every name on the screen has been fitted (the fit runs as the page lays out). */
async function fitted(page: Page, count: number): Promise<void> {
  await expect.poll(() => page.locator('[data-fitted]').count()).toBeGreaterThanOrEqual(count);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

describe('the service-corner screen at 1920×1080 with long offering names', () => {
  // Chromium as the README starts a screen: sound allowed, so no "sound is off" bar.
  const e2e = useBrowserPlatform(
    async (platform) => {
      await renameOfferings(platform);
      await platform.openCornerNow();
    },
    { browserArgs: ['--autoplay-policy=no-user-gesture-required'] },
  );

  it('nobody served: the lines take the whole width; then serving: names whole in lines, tiles and the call', async () => {
    const { platform } = e2e;
    const staff = await staffHeaders(platform, 'admin');
    const phones = await residentPhones(platform, 4);
    // Tickets in every line, several in some.
    for (const [i, phone] of phones.entries()) {
      const resident = await residentHeaders(platform, phone);
      for (const letter of i < 2 ? 'ABCDEFGHIJ' : 'AGIJ') await takeTicket(platform, resident, letter);
    }

    const screen = await openCornerScreen(e2e);
    const queues = screen.getByRole('region', { name: '各服务排队' });
    await queues.getByText('等候 4 人').first().waitFor();
    await screen.getByTestId('idle-strip').waitFor();
    await fitted(screen, NAMES.length);
    await shot(screen, 'corner-nobody-served.png');

    // The lines have the whole width: no empty half.
    const width = await queues.evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(1700);
    expect(await layoutProblems(screen)).toEqual([]);
    for (const name of NAMES) expect(await queues.getByText(name, { exact: true }).count()).toBe(1);

    // Five desks (the demo has three), each calling a line; the newest call is in a line with a long name.
    await platform.sql(
      `INSERT INTO desk (id, community_id, name, active)
       SELECT gen_random_uuid(), id, d, true FROM community, unnest(array['4号台', '5号台']) AS d`,
    );
    for (const [letter, desk] of [
      ['A', '1号台'],
      ['B', '4号台'],
      ['J', '2号台'],
      ['I', '5号台'],
      ['G', '3号台'],
    ] as const) {
      expect(await callNext(platform, staff, letter, desk)).not.toBeNull();
    }
    const featured = screen.getByTestId('featured-call');
    await featured.waitFor();
    await expect.poll(() => screen.locator('.tile').count()).toBe(4);
    // The full-screen announcements have passed.
    await expect.poll(() => screen.locator('.announce').count(), { timeout: 60_000 }).toBe(0);
    await fitted(screen, NAMES.length + 5);
    await shot(screen, 'corner-serving-long-names.png');
    expect(await layoutProblems(screen)).toEqual([]);

    // The same board in English: longer words beside the names ("4 waiting").
    const english = await openCornerScreen(e2e, '?lang=en');
    await english.getByTestId('featured-call').waitFor();
    await expect.poll(() => english.locator('.tile').count()).toBe(4);
    await expect.poll(() => english.locator('.announce').count(), { timeout: 60_000 }).toBe(0);
    await fitted(english, NAMES.length + 5);
    await shot(english, 'corner-serving-long-names-en.png');
    expect(await layoutProblems(english)).toEqual([]);
  });

  it('closed: the next opening and as many whole notice cards as fit, counting the rest', async () => {
    const { platform } = e2e;
    await platform.closeCornerNow();
    const staff = await staffHeaders(platform);
    const { buildings } = await platform.gql<{ buildings: Array<{ id: string }> }>('{ buildings { id } }', {}, staff);
    for (let i = 0; i < 7; i++) {
      await platform.gql(
        'mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { id } }',
        {
          input: {
            category: 'PROPERTY',
            title: `停水通知 第 ${i + 1} 期:二号楼与三号楼周六上午检修供水管道`,
            body: i % 2 ? '请提前储水。'.repeat(3) : '检修期间请关好水龙头,恢复供水后先放水几分钟。'.repeat(4),
            buildingIds: buildings.map((b) => b.id),
          },
        },
        staff,
      );
    }
    const screen = await openCornerScreen(e2e);
    await screen.getByRole('heading', { name: '便民服务角现在不开放' }).waitFor();
    const more = screen.getByText(/还有 \d+ 条/);
    await more.waitFor();
    await shot(screen, 'corner-closed-notices.png');

    const fit = await screen.evaluate(() => {
      const cards = Array.from(document.querySelectorAll('.closed li')).filter(
        (li) => getComputedStyle(li).visibility !== 'hidden',
      );
      const doc = document.scrollingElement!;
      return {
        scrolls: doc.scrollHeight > innerHeight || doc.scrollWidth > innerWidth,
        shown: cards.length,
        total: document.querySelectorAll('.closed li').length,
        lowest: Math.max(...cards.map((li) => li.getBoundingClientRect().bottom)),
        grid: document.querySelector('.closed ul')!.getBoundingClientRect().bottom,
      };
    });
    expect(fit.scrolls).toBe(false);
    expect(fit.shown).toBeGreaterThanOrEqual(2);
    expect(fit.lowest).toBeLessThanOrEqual(fit.grid + 1);
    expect(await more.textContent()).toContain(`还有 ${fit.total - fit.shown} 条`);
  });
});

describe('the service-corner screen at 1920×1080 with all 26 offerings', () => {
  const e2e = useBrowserPlatform(
    async (platform) => {
      await platform.openCornerNow();
      await addOfferingsToZ(platform);
    },
    { browserArgs: ['--autoplay-policy=no-user-gesture-required'] },
  );

  it('a dense board: every line on the screen, its name whole and its count, nothing cut; beside a call too', async () => {
    const { platform } = e2e;
    const resident = await residentHeaders(platform);
    for (const letter of 'ACEGKMPSUZ') await takeTicket(platform, resident, letter);
    const screen = await openCornerScreen(e2e);
    const queues = screen.getByRole('region', { name: '各服务排队' });
    await expect.poll(() => queues.getByText('等候 1 人').count()).toBe(10);
    await fitted(screen, 26);
    await shot(screen, 'corner-26-lines-nobody-served.png');
    expect(await layoutProblems(screen)).toEqual([]);

    const staff = await staffHeaders(platform, 'admin');
    expect(await callNext(platform, staff, 'K', '1号台')).not.toBeNull();
    await screen.getByTestId('featured-call').waitFor();
    await expect.poll(() => screen.locator('.announce').count(), { timeout: 60_000 }).toBe(0);
    await fitted(screen, 27);
    await shot(screen, 'corner-26-lines-serving.png');
    expect(await layoutProblems(screen)).toEqual([]);
    for (const name of MORE_OFFERINGS) expect(await queues.getByText(name, { exact: true }).count()).toBe(1);
  });
});

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MAX_TAPS_TO_VOUCHER, REDEEM_JOURNEY, tapsBetween, type Tap } from '../kiosk/src/lib/points/taps.js';
import { DEMO } from '../api/src/seed/demo-seed.js';
import { openKiosk, openKioskSignedIn, residentHeaders, staffHeaders } from './drivers.js';
import { useBrowserPlatform, type Platform } from './platform-app.js';

/**
 * Issue 11 at the kiosk: the demo resident sees their points and history in plain words, redeems
 * a reward from the signed-in home in at most five taps, gets a voucher (code and QR code), sees
 * it in the history with the balance down by its cost, and a refusal is said in words.
 */

/** Screenshots at 1080×1920 (POINTS_SHOTS overrides where). */
const SHOTS = process.env.POINTS_SHOTS ?? '/tmp/kiosk-points';
mkdirSync(SHOTS, { recursive: true });

/** A screenshot (the whole page, to see what spills), then: it fits the portrait screen, no scrolling. */
async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollHeight), { message: name })
    .toBeLessThanOrEqual(1920);
}

/** Counts every tap the page receives (trusted clicks, by their element's words) from now on. */
async function countTaps(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __taps?: Array<{ at: number; target: string }> };
    if (w.__taps) return;
    const taps: Array<{ at: number; target: string }> = [];
    w.__taps = taps;
    document.addEventListener(
      'click',
      (e) => {
        if (!e.isTrusted) return;
        const el = e.target instanceof Element ? e.target.closest('a, button, [role]') : null;
        taps.push({ at: performance.now(), target: (el?.textContent ?? '').replace(/\s+/g, ' ').trim() });
      },
      true,
    );
  });
}

async function tapLog(page: Page): Promise<Tap[]> {
  return page.evaluate(() => (window as unknown as { __taps: Tap[] }).__taps);
}

async function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

async function balanceOf(platform: Platform): Promise<number> {
  const { myPoints } = await platform.gql<{ myPoints: { balance: number } }>(
    '{ myPoints(first: 1) { balance } }',
    {},
    await residentHeaders(platform),
  );
  return myPoints.balance;
}

async function demoResidentId(platform: Platform): Promise<string> {
  const [row] = await platform.sql('SELECT id FROM resident WHERE phone = ?', [DEMO.resident.phone]);
  return row.id as string;
}

const balance = (page: Page) => page.locator('#points-balance');
const reward = (page: Page, name: string): Locator => page.locator('li.reward', { hasText: name });

describe('points at the kiosk', () => {
  const e2e = useBrowserPlatform();

  it('balance and history in words, a voucher in three taps from home, then the history and a refusal in words', async () => {
    const { platform } = e2e;
    const start = await balanceOf(platform);
    expect(start).toBeGreaterThanOrEqual(60);

    // Signed out, the home shows last quarter's stars, small, under the tiles.
    const out = await openKiosk(e2e);
    await out.getByRole('heading', { name: /\d{4}年第3季度 社区治理之星/ }).waitFor();
    await shot(out, '01-home-signed-out');
    await out.context().close();

    const page = await openKioskSignedIn(e2e);
    await page.getByRole('link', { name: '首页' }).click();
    await page.getByRole('link', { name: /^积分兑换/ }).waitFor();
    await page.getByRole('heading', { name: /社区治理之星/ }).waitFor();
    await shot(page, '02-home-signed-in');

    // The balance and the history, in plain words, newest first.
    await page.getByRole('link', { name: /^积分兑换/ }).click();
    await expect.poll(() => balance(page).textContent()).toBe(`${start} 分`);
    await shot(page, '03-points');
    await page.getByRole('link', { name: '积分记录' }).click();
    const history = page.locator('#points-history > li');
    await history.first().waitFor();
    const lines = (await history.allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
    expect(
      lines.some((l) => /3月15日 参加3月议事会 .*\+10$/.test(l)),
      lines.join('\n'),
    ).toBe(true);
    expect(
      lines.some((l) => /志愿服务 楼道清洁 2小时 .*\+10$/.test(l)),
      lines.join('\n'),
    ).toBe(true);
    expect(
      lines.some((l) => /建议被采纳：在大树下加装休息长椅 .*\+30$/.test(l)),
      lines.join('\n'),
    ).toBe(true);
    await shot(page, '04-history');

    // From the signed-in home to a voucher, counting every tap.
    await page.getByRole('link', { name: '首页' }).click();
    await page.getByRole('link', { name: /^积分兑换/ }).waitFor();
    await countTaps(page);
    const from = await now(page);
    await page.getByRole('link', { name: /^积分兑换/ }).click();
    const stationery = reward(page, '文具套装');
    await stationery.getByRole('button', { name: '兑换' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('heading', { name: '用 30 分兑换 文具套装？' }).waitFor();
    await shot(page, '05-confirm');
    await dialog.getByRole('button', { name: '确认兑换' }).click();
    await page.waitForURL(/\/points\/voucher\//);
    const code = page.locator('#voucher-code');
    await code.waitFor();
    const taps = tapsBetween(await tapLog(page), from);
    console.log(`taps from the signed-in home to a voucher: ${taps.length} (${taps.map((t) => t.target).join(' → ')})`);
    expect(taps).toHaveLength(REDEEM_JOURNEY.length);
    expect(taps.length).toBeLessThanOrEqual(MAX_TAPS_TO_VOUCHER);

    // The voucher: its code as XXXX-XXXX, a QR code of it, the reward, until when, what to do.
    const shownCode = (await code.textContent())!;
    expect(shownCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const qr = page.locator('figure[data-voucher-code] img');
    await qr.waitFor();
    expect(await page.locator('figure[data-voucher-code]').getAttribute('data-voucher-code')).toBe(
      shownCode.replace('-', ''),
    );
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await page.getByText('兑换成功').waitFor();
    await page.getByText(/^有效期至 (\d{4}年)?\d{1,2}月\d{1,2}日$/).waitFor();
    await page.getByText('请到社区服务站出示此兑换券').waitFor();
    await page.getByRole('button', { name: '打印' }).waitFor();
    await shot(page, '06-voucher');

    // My vouchers: the new one first, shown again with its code.
    await page.getByRole('link', { name: '我的兑换券' }).click();
    await page.locator('li.voucher.issued').first().waitFor();
    expect(await page.locator('li.voucher').first().textContent()).toContain(shownCode);
    await shot(page, '07-vouchers');

    // The history: the redemption on top, the balance 30 less.
    await page.getByRole('link', { name: /返回我的积分/ }).click();
    await expect.poll(() => balance(page).textContent()).toBe(`${start - 30} 分`);
    await page.getByRole('link', { name: '积分记录' }).click();
    await history.first().waitFor();
    expect((await history.first().textContent())!.replace(/\s+/g, ' ')).toMatch(/兑换 文具套装 .*\u221230$/);
    await expect.poll(() => balance(page).textContent()).toBe(`${start - 30} 分`);
    expect(await balanceOf(platform)).toBe(start - 30);

    // Not enough points: what is short says so in words; a balance that drops meanwhile is refused in words.
    await page.getByRole('link', { name: /返回我的积分/ }).click();
    await balance(page).waitFor();
    await reward(page, '家政服务2小时')
      .getByText(`还差 ${200 - (start - 30)} 分`)
      .waitFor();
    await reward(page, '文具套装').getByRole('button', { name: '兑换' }).click();
    await dialog.getByRole('button', { name: '确认兑换' }).waitFor();
    const secretary = await staffHeaders(platform, 'secretary');
    const takeOff = start - 30 - 20; // leaves 20: 10 short of 30
    await platform.gql(
      'mutation ($input: ManualPointsInput!) { adjustPoints(input: $input) { balance } }',
      {
        input: {
          residentId: await demoResidentId(platform),
          points: -takeOff,
          note: '重复登记',
          idempotencyKey: crypto.randomUUID(),
        },
      },
      secretary,
    );
    await dialog.getByRole('button', { name: '确认兑换' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('积分不够：还差 10 分');
    await expect.poll(() => balance(page).textContent()).toBe('20 分');
    await reward(page, '文具套装').getByText('还差 10 分').waitFor();
    await shot(page, '08-not-enough');
  });

  it('the honour-board switch hides the name on the home stars, and shows it again', async () => {
    const page = await openKioskSignedIn(e2e);
    await page.getByRole('link', { name: '首页' }).click();
    const stars = page.locator('section.stars');
    await stars.getByText(DEMO.resident.name).waitFor();
    await page.getByRole('link', { name: /^积分兑换/ }).click();
    const toggle = page.getByRole('switch', { name: /在光荣榜上显示我的名字/ });
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    await shot(page, '09-name-hidden');
    await page.getByRole('link', { name: '首页' }).click();
    await stars.getByText('一位居民').waitFor();
    expect(await stars.textContent()).not.toContain(DEMO.resident.name);
    await page.getByRole('link', { name: /^积分兑换/ }).click();
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
  });

  it("more rewards than a screen holds: page arrows, a picture fetched with the kiosk's credentials, sold out in words", async () => {
    const { platform } = e2e;
    const staff = await staffHeaders(platform);
    // A 1×1 PNG as the picture staff upload for a reward.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    );
    const upload = await fetch(`${platform.url}/api/points/picture`, {
      method: 'POST',
      headers: { ...staff, 'content-type': 'image/png' },
      body: png,
    });
    expect(upload.status).toBe(200);
    const { id: pictureId } = (await upload.json()) as { id: string };
    const create = 'mutation ($input: NewRewardInput!) { createReward(input: $input) { id } }';
    await platform.gql(create, { input: { kind: 'GOODS', name: '环保袋', cost: 10, stock: 5, pictureId } }, staff);
    await platform.gql(create, { input: { kind: 'GOODS', name: '雨伞', cost: 20, stock: 0 } }, staff);

    const page = await openKioskSignedIn(e2e);
    await page.getByRole('link', { name: '首页' }).click();
    await page.getByRole('link', { name: /^积分兑换/ }).click();
    const cards = page.locator('#rewards > li');
    await expect.poll(() => cards.count()).toBe(3);
    // The picture, fetched with the device's and the resident's headers into an object URL.
    await expect.poll(() => reward(page, '环保袋').locator('img').getAttribute('src')).toMatch(/^blob:/);
    await page.getByText('第 1 / 2 页').waitFor();
    await shot(page, '10-rewards-page-1');
    await page.getByRole('button', { name: '下一页' }).click();
    await page.getByText('第 2 / 2 页').waitFor();
    await reward(page, '雨伞').getByText('已兑完').waitFor();
    expect(await reward(page, '雨伞').getByRole('button').count()).toBe(0);
    await shot(page, '11-rewards-page-2');

    // The same in English: the page, and the history in words.
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { name: 'My points' }).waitFor();
    await shot(page, '12-points-en');
    await page.getByRole('link', { name: 'Points history' }).click();
    await page.locator('#points-history > li').first().waitFor();
    expect((await page.locator('#points-history > li').first().textContent())!.replace(/\s+/g, ' ')).toMatch(
      /Deducted by staff: 重复登记 .*\u2212\d+$/,
    );
    await shot(page, '13-history-en');
  });
});

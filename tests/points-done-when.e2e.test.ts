import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../api/src/seed/demo-seed.js';
import { openConsole, openKioskSignedIn, residentHeaders, staffHeaders } from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

/**
 * Issue 11's "done when": a resident signs in at the kiosk, sees balance and history, redeems a
 * reward and gets a voucher; staff fulfil it in the console; the resident's history and vouchers
 * show both; a voucher left to expire is refunded by the job queue (the platform's clock moved
 * forward a month, not waited for), and the history says so.
 */
const SHOTS = process.env.POINTS_SHOTS ?? '/tmp/points-done-when';
mkdirSync(SHOTS, { recursive: true });
const DAY = 24 * 3600_000;

const lines = async (page: Page) =>
  (await page.locator('#points-history > li').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());

describe('participation points, end to end', () => {
  const e2e = useBrowserPlatform();

  it('redeem at the kiosk, fulfil in the console, expire through the job queue', async () => {
    const { platform } = e2e;
    const secretary = await staffHeaders(platform, 'secretary');
    const [me] = await platform.sql('SELECT id FROM resident WHERE phone = ?', [DEMO.resident.phone]);
    // Enough for both rewards below (the demo's own points cover one).
    await platform.gql(
      'mutation ($input: ManualPointsInput!) { adjustPoints(input: $input) { balance } }',
      { input: { residentId: me.id, points: 60, note: '社区活动组织', idempotencyKey: 'done-when-award' } },
      secretary,
    );
    const start = (
      await platform.gql<{ myPoints: { balance: number } }>(
        '{ myPoints(first: 1) { balance } }',
        {},
        await residentHeaders(platform),
      )
    ).myPoints.balance;

    // The kiosk: balance, history, and a redemption with its voucher.
    const kiosk = await openKioskSignedIn(e2e);
    await kiosk.getByRole('link', { name: '首页' }).click();
    await kiosk.getByRole('link', { name: /^积分兑换/ }).click();
    await expect.poll(() => kiosk.locator('#points-balance').textContent()).toBe(`${start} 分`);
    await kiosk.getByRole('link', { name: '积分记录' }).click();
    await expect.poll(async () => (await lines(kiosk))[0]).toMatch(/工作人员奖励：社区活动组织 .*\+60$/);
    await kiosk.getByRole('link', { name: /返回我的积分/ }).click();
    await kiosk.locator('li.reward', { hasText: '洗衣液一瓶' }).getByRole('button', { name: '兑换' }).click();
    await kiosk.getByRole('alertdialog').getByRole('button', { name: '确认兑换' }).click();
    await kiosk.waitForURL(/\/points\/voucher\//);
    const code = (await kiosk.locator('#voucher-code').textContent())!;
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await kiosk.screenshot({ path: path.join(SHOTS, '1-voucher.png') });

    // The console: the secretary types the code from the resident's screen and hands the goods over.
    const console_ = await openConsole(e2e, 'secretary');
    await console_.getByRole('link', { name: '兑换券核销' }).click();
    const box = console_.getByLabel('券号', { exact: true });
    await box.fill(code);
    await box.press('Enter');
    const voucher = console_.getByTestId('voucher');
    await voucher.getByText('待兑换').waitFor();
    await console_.getByRole('button', { name: '兑换完成' }).click();
    await voucher.getByText('已兑换', { exact: true }).waitFor();
    await console_.screenshot({ path: path.join(SHOTS, '2-fulfilled.png') });

    // Back at the kiosk: the voucher is taken, the history shows the redemption.
    await kiosk.getByRole('link', { name: '我的兑换券' }).click();
    await expect
      .poll(async () => (await kiosk.locator('li.voucher', { hasText: code }).textContent())?.replace(/\s+/g, ' '))
      .toContain('已领取');
    await kiosk.getByRole('link', { name: /返回我的积分/ }).click();
    await expect.poll(() => kiosk.locator('#points-balance').textContent()).toBe(`${start - 50} 分`);

    // A second voucher, left unused: a month later the job queue refunds it.
    await kiosk.locator('li.reward', { hasText: '文具套装' }).getByRole('button', { name: '兑换' }).click();
    await kiosk.getByRole('alertdialog').getByRole('button', { name: '确认兑换' }).click();
    await kiosk.waitForURL(/\/points\/voucher\//);
    platform.clock.travel(32 * DAY);
    try {
      await platform.jobs.run('points.expire-vouchers');
    } finally {
      platform.clock.travel(-32 * DAY);
    }
    await kiosk.getByRole('link', { name: '我的兑换券' }).click();
    await kiosk.locator('li.voucher', { hasText: '已过期，积分已退回' }).waitFor();
    await kiosk.getByRole('link', { name: /返回我的积分/ }).click();
    await expect.poll(() => kiosk.locator('#points-balance').textContent()).toBe(`${start - 50} 分`);
    await kiosk.getByRole('link', { name: '积分记录' }).click();
    await expect
      .poll(async () => (await lines(kiosk)).slice(0, 3))
      .toEqual([
        expect.stringMatching(/兑换券过期，退回 文具套装 .*\+30$/),
        expect.stringMatching(/兑换 文具套装 .*\u221230$/),
        expect.stringMatching(/兑换 洗衣液一瓶 .*\u221250$/),
      ]);
    await kiosk.screenshot({ path: path.join(SHOTS, '3-history.png') });
  });
});

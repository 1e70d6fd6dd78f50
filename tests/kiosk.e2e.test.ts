import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../api/src/seed/demo-seed.js';
import { launchBrowser } from './browser.js';
import { openKiosk, signInOnConsole, signInOnKiosk, tapDigits } from './drivers.js';
import { startPlatform, type Platform } from './platform-app.js';

describe('kiosk, console and screens in Chromium', () => {
  let platform: Platform;
  let browser: Browser;

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.cleanup();
  });

  it('a wrong PIN says how many tries are left; the right one opens my building notices', async () => {
    const page = await openKiosk(browser, platform);
    await signInOnKiosk(page, '000000');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('还可以再试 4 次');
    await tapDigits(page, '密码', DEMO.resident.pin);
    await page.getByRole('heading', { name: '1号楼的通知' }).waitFor();
    await page.getByText('停水通知').waitFor();
    // A notice only for buildings 7 and 8 is not on building 1's board.
    expect(await page.getByText('电梯维保').count()).toBe(0);
    await page.context().close();
  });

  it('a notice published in the console appears on the kiosk and the screen without reload', async () => {
    const kioskPage = await openKiosk(browser, platform);
    await signInOnKiosk(kioskPage, DEMO.resident.pin);
    await kioskPage.getByRole('heading', { name: '1号楼的通知' }).waitFor();

    const screenCtx = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
    const screen = await screenCtx.newPage();
    await screen.goto(`${platform.url}/screens/meeting-room#device=${platform.demoDevices.meetingScreenToken}`);
    await screen.getByText('停水通知').waitFor();

    const consoleCtx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const admin = await consoleCtx.newPage();
    await signInOnConsole(admin, platform);
    await admin.getByRole('link', { name: '通知公告' }).click();
    const title = `燃气安全检查 ${Date.now() % 100000}`;
    await admin.getByRole('textbox', { name: '标题', exact: true }).fill(title);
    await admin.getByLabel('内容', { exact: true }).fill('本周六上午入户检查燃气管道,请家中留人。');
    await admin.getByLabel('全部楼栋', { exact: true }).check();
    await admin.getByRole('button', { name: '发布', exact: true }).click();

    const urlBefore = kioskPage.url();
    await kioskPage.getByText(title).waitFor({ timeout: 15_000 });
    await screen.getByText(title).waitFor({ timeout: 15_000 });
    expect(kioskPage.url()).toBe(urlBefore);
    await Promise.all([kioskPage.context().close(), screenCtx.close(), consoleCtx.close()]);
  });

  it('after idling, a warning appears, then the kiosk signs out and returns home', async () => {
    const page = await openKiosk(browser, platform, '?idle=3&warn=3');
    await signInOnKiosk(page, DEMO.resident.pin);
    await page.getByRole('heading', { name: '1号楼的通知' }).waitFor();
    const warning = page.getByRole('alertdialog');
    await warning.waitFor({ timeout: 10_000 });
    expect(await warning.textContent()).toContain('您还在使用吗');
    // It resets by itself: home again, and nobody signed in.
    await page.getByRole('link', { name: /居民登录/ }).waitFor({ timeout: 10_000 });
    expect(await page.getByText(`您好,${DEMO.resident.name}`).count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.context().close();
  });
});

import { describe, expect, it } from 'vitest';
import { DEMO } from '../api/src/seed/demo-seed.js';
import {
  openConsole,
  openKiosk,
  openKioskSignedIn,
  openMeetingScreen,
  signInOnKiosk,
  tapDigits,
  untilSubscribed,
} from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

describe('kiosk, console and screens in Chromium', () => {
  const e2e = useBrowserPlatform();

  it('a wrong PIN says how many tries are left; the right one opens my building notices', async () => {
    const page = await openKiosk(e2e);
    await signInOnKiosk(page, '000000');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('还可以再试 4 次');
    await tapDigits(page, '密码', DEMO.resident.pin);
    await page.getByRole('heading', { name: '1号楼的通知' }).waitFor();
    await page.getByText('停水通知').waitFor();
    // A notice only for buildings 7 and 8 is not on building 1's board.
    expect(await page.getByText('电梯维保').count()).toBe(0);
  });

  it('the plain address in a new browser asks for a pairing code and points to the printed link', async () => {
    const { browser, platform } = e2e;
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1080, height: 1920 } });
    const page = await context.newPage();
    await page.goto(`${platform.url}/`);
    await page.getByRole('heading', { name: '设备配对' }).waitFor();
    const hint = page.getByTestId('pair-link-hint');
    expect(await hint.textContent()).toContain('启动时在终端里打印的自助机链接');
    expect(await hint.textContent()).toContain('#device=');
    // Elder mode: no text under 24 px, in either language.
    expect(parseFloat(await hint.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(24);
    await page.getByRole('button', { name: 'English' }).click();
    expect(await hint.textContent()).toContain('open the kiosk link printed in the terminal');

    // The printed link pairs this browser, no code typed: home, then the plain address works.
    await page.goto(`${platform.url}/#device=${platform.demoDevices.kioskToken}`);
    await page.getByRole('link', { name: /楼栋通知|Building notices/ }).waitFor();
    await page.goto(`${platform.url}/`);
    await page.getByRole('link', { name: /楼栋通知|Building notices/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('a notice published in the console appears on the kiosk and the screen without reload', async () => {
    const kiosk = await openKioskSignedIn(e2e);
    // Both follow new notices from here on: the one published below cannot slip past them.
    await untilSubscribed(kiosk, 'NoticePublished');

    const screen = await openMeetingScreen(e2e);
    // The newest demo notice heads the screen (older ones may be left out for room).
    await screen.getByText('电梯维保').waitFor();
    await untilSubscribed(screen, 'NoticePublished');

    const admin = await openConsole(e2e);
    await admin.getByRole('link', { name: '通知公告' }).click();
    const title = `燃气安全检查 ${Date.now() % 100000}`;
    await admin.getByRole('textbox', { name: '标题', exact: true }).fill(title);
    await admin.getByLabel('内容', { exact: true }).fill('本周六上午入户检查燃气管道,请家中留人。');
    await admin.getByLabel('全部楼栋', { exact: true }).check();
    await admin.getByRole('button', { name: '发布', exact: true }).click();

    const urlBefore = kiosk.url();
    await kiosk.getByText(title).waitFor({ timeout: 15_000 });
    await screen.getByText(title).waitFor({ timeout: 15_000 });
    expect(kiosk.url()).toBe(urlBefore);
  });

  it('after idling, a warning appears, then the kiosk signs out and returns home', async () => {
    const page = await openKioskSignedIn(e2e, '?idle=3&warn=3');
    const warning = page.getByRole('alertdialog');
    await warning.waitFor({ timeout: 10_000 });
    expect(await warning.textContent()).toContain('您还在使用吗');
    // It resets by itself: home again, and nobody signed in.
    await page.getByRole('link', { name: /居民登录/ }).waitFor({ timeout: 10_000 });
    expect(await page.getByText(`您好，${DEMO.resident.name}`).count()).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/');
  });
});

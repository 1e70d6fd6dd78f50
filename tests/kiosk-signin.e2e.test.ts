import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../api/src/seed/demo-seed.js';
import {
  kioskToCorner,
  kioskToMine,
  neighbourPhone,
  openKiosk,
  openKioskSignedIn,
  residentHeaders,
  staffHeaders,
  tapDigits,
  takeTicket,
  untilSubscribed,
} from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

const greeting = `${DEMO.resident.name}，您好`;

/**
 * What a page says, but for the home's honour board (社区治理之星): the board is public, the same
 * for everyone, and names the demo resident (a star of the seeded quarter) whoever is signed in.
 */
const sessionText = (page: Page) =>
  page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll('section.stars').forEach((board) => board.remove());
    return body.textContent ?? '';
  });
const notices = (page: Page) => page.getByRole('heading', { name: '1号楼的通知' }).waitFor();

/** On the sign-in page (phone mode): the demo resident's phone and PIN on the keypads. */
async function signInHere(page: Page): Promise<void> {
  await tapDigits(page, '手机号', DEMO.resident.phone);
  await page.getByRole('button', { name: '下一步' }).click();
  await tapDigits(page, '密码', DEMO.residentPin);
}

describe('signing in and out at the kiosk', () => {
  // The corner is open for the tests that take a ticket.
  const e2e = useBrowserPlatform((platform) => platform.openCornerNow());

  it('a card reader types into the card page with no tap first', async () => {
    const page = await openKiosk(e2e);
    await page.getByRole('link', { name: /居民登录/ }).click();
    await page.getByRole('tab', { name: /居民卡登录/ }).click();
    // The code field has the focus: the reader types the code and Enter as a keyboard does.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.keyboard.type(DEMO.resident.card);
    await page.keyboard.press('Enter');
    await notices(page);
    await page.getByText(greeting).waitFor();
  });

  it('a card swiped on the home screen signs in', async () => {
    const page = await openKiosk(e2e);
    await page.keyboard.type(DEMO.resident.card);
    await page.keyboard.press('Enter');
    await notices(page);
    await page.getByText(greeting).waitFor();
  });

  it('a card refused on the home screen opens the card page, saying why', async () => {
    const page = await openKiosk(e2e);
    await page.keyboard.type('NOSUCHCARD99');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('没有找到这张居民卡');
    expect(await page.getByRole('tab', { name: /居民卡登录/ }).getAttribute('aria-selected')).toBe('true');
  });

  it('the card code is typed on its own keys, letters and digits (each at least 60 px)', async () => {
    const page = await openKiosk(e2e);
    await page.getByRole('link', { name: /居民登录/ }).click();
    await page.getByRole('tab', { name: /居民卡登录/ }).click();
    const keys = page.getByRole('group', { name: '卡号按键' }).getByRole('button');
    expect(await keys.count()).toBe(38); // 0–9, A–Z, clear, delete
    for (const box of await keys.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()))) {
      expect(box.width).toBeGreaterThanOrEqual(60);
      expect(box.height).toBeGreaterThanOrEqual(60);
    }
    await tapDigits(page, '卡号按键', 'DEMOCARD0001X');
    await page.getByRole('group', { name: '卡号按键' }).getByRole('button', { name: '删除' }).click();
    expect(await page.getByLabel('居民卡号码').inputValue()).toBe('DEMOCARD0001');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await notices(page);
  });

  it('greets the resident by name on arrival; sign-out is on an inner page and leaves nothing', async () => {
    const page = await openKioskSignedIn(e2e);
    await page.getByText(greeting).waitFor();
    await kioskToCorner(page);
    await page.getByText(greeting).waitFor();
    await page.getByRole('button', { name: '退出', exact: true }).click();
    await page.getByRole('link', { name: /居民登录/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await sessionText(page)).not.toContain(DEMO.resident.name);
  });

  it('after sign-out the home screen shows nothing of the resident: the signed-out notices', async () => {
    // What a kiosk nobody signed in to shows.
    const fresh = await openKiosk(e2e);
    const latest = (p: Page) => p.getByRole('region', { name: '最新通知' }).textContent();
    await expect.poll(() => latest(fresh)).toBeTruthy();
    const signedOutLatest = await latest(fresh);

    const page = await openKioskSignedIn(e2e);
    await page.getByRole('link', { name: '首页' }).click();
    await page.getByRole('heading', { name: `您好，${DEMO.resident.name}` }).waitFor();
    await expect.poll(() => latest(page)).toBeTruthy();
    await page.getByRole('button', { name: /退出登录/ }).click();
    await page.getByRole('link', { name: /居民登录/ }).waitFor();
    await expect.poll(() => latest(page)).toBe(signedOutLatest);
    const text = await sessionText(page);
    expect(text).not.toContain(DEMO.resident.name);
    expect(text).not.toContain('1号楼');
  });

  it('a session the server ends says why, and the next sign-in returns to the page', async () => {
    const { platform } = e2e;
    const page = await openKioskSignedIn(e2e);
    await kioskToCorner(page);
    await kioskToMine(page);
    await untilSubscribed(page, 'QueueChanged');
    // The resident's idle limit (RESIDENT_IDLE_SECONDS) passes on the server: their session was
    // last used long ago. Then a neighbour takes a number, and the page reads its lists again.
    await platform.sql(
      `UPDATE session SET last_seen_at = now() - interval '1 day' WHERE kind = 'RESIDENT' AND ended_at IS NULL`,
    );
    const staff = await staffHeaders(platform, 'admin');
    await takeTicket(platform, await residentHeaders(platform, await neighbourPhone(platform, staff)), 'D');

    await page.getByRole('status').filter({ hasText: '为了安全已自动退出' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/signin');
    expect(await page.locator('body').textContent()).not.toContain(DEMO.resident.name);
    // And in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('For your safety you were signed out automatically').waitFor();
    await page.getByRole('button', { name: '中文' }).click();

    await signInHere(page);
    await page.waitForURL(/\/corner\/mine$/);
    await page.getByRole('heading', { name: '我的预约' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: '为了安全已自动退出' }).count()).toBe(0);
  });

  it('an offering tapped before sign-in is taken after it', async () => {
    const page = await openKiosk(e2e);
    await page.getByRole('link', { name: /^便民服务 / }).click();
    await page.getByRole('button', { name: /证件照拍摄/ }).click();
    await page.waitForURL(/\/signin$/);
    await signInHere(page);
    await page.waitForURL(/\/corner\/ticket\//);
    const code = page.locator('#ticket-code');
    await code.waitFor();
    expect((await code.textContent())!.trim()).toMatch(/^C/);
  });

  it('an intent is dropped when the sign-in page is left without signing in', async () => {
    const page = await openKiosk(e2e);
    await page.getByRole('link', { name: /^便民服务 / }).click();
    await page.getByRole('button', { name: /法律咨询/ }).click();
    await page.waitForURL(/\/signin$/);
    await page.getByRole('link', { name: '首页' }).click();
    await page.getByRole('link', { name: /居民登录/ }).click();
    await signInHere(page);
    await notices(page);
  });

  it('a booking started before sign-in continues after it', async () => {
    const page = await openKiosk(e2e);
    await page.getByRole('link', { name: /^便民服务 / }).click();
    await page.getByRole('link', { name: '预约法律咨询' }).click();
    await page.getByRole('link', { name: '登录', exact: true }).click();
    await page.waitForURL(/\/signin$/);
    await signInHere(page);
    await page.waitForURL(/\/corner\/book\//);
    await page.getByRole('heading', { name: '选一个时间' }).waitFor();
  });
});

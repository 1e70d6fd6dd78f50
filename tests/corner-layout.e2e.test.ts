import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../api/src/seed/demo-seed.js';
import { launchBrowser } from './browser.js';
import { openKiosk, signInOnKiosk } from './drivers.js';
import { startPlatform, type Platform } from './platform-app.js';

/** The page is no taller than the screen: a resident never has to scroll (a layout check, not a timing one). */
async function fitsOneScreen(page: Page): Promise<void> {
  const { scrollHeight, innerHeight } = await page.evaluate(() => ({
    scrollHeight: document.scrollingElement!.scrollHeight,
    innerHeight: window.innerHeight,
  }));
  expect(innerHeight).toBe(1920);
  expect(scrollHeight).toBeLessThanOrEqual(innerHeight);
}

describe('the service corner fits one kiosk screen', () => {
  let platform: Platform;
  let browser: Browser;

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchBrowser();
    await platform.openCornerNow();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.cleanup();
  });

  it('/corner and /corner/mine, for a resident holding 3 tickets and 3 bookings, at 1080×1920', async () => {
    const kiosk = { authorization: `Bearer ${platform.demoDevices.kioskToken}` };
    const { cornerServices } = await platform.gql<{ cornerServices: Array<{ id: string; letter: string }> }>(
      '{ cornerServices { id letter } }',
      {},
      kiosk,
    );
    expect(cornerServices).toHaveLength(10);
    const service = (letter: string) => cornerServices.find((s) => s.letter === letter)!.id;
    const { signInWithPin } = await platform.gql<{ signInWithPin: { token: string } }>(
      'mutation($phone: String!, $pin: String!) { signInWithPin(input: { phone: $phone, pin: $pin }) { token } }',
      { phone: DEMO.resident.phone, pin: DEMO.resident.pin },
      kiosk,
    );
    const resident = { ...kiosk, 'x-resident-token': signInWithPin.token };
    for (const letter of ['A', 'B', 'C']) {
      await platform.gql(
        'mutation($s: ID!, $k: String!) { takeTicket(input: { serviceId: $s, idempotencyKey: $k }) { code } }',
        { s: service(letter), k: crypto.randomUUID() },
        resident,
      );
    }
    for (const [i, letter] of ['D', 'E', 'F'].entries()) {
      const { bookableSessions } = await platform.gql<{ bookableSessions: Array<{ session: { id: string } }> }>(
        'query($s: ID!) { bookableSessions(serviceId: $s) { session { id } } }',
        { s: service(letter) },
        resident,
      );
      await platform.gql(
        `mutation($s: ID!, $t: ID!, $k: String!, $p: String!) {
          bookService(input: { serviceId: $s, sessionId: $t, idempotencyKey: $k, problem: $p }) { id }
        }`,
        {
          s: service(letter),
          t: bookableSessions[i].session.id,
          k: crypto.randomUUID(),
          p: '请师傅看一看；东西坏了要修',
        },
        resident,
      );
    }

    const page = await openKiosk(browser, platform);
    await page.getByRole('link', { name: /^便民服务 / }).click();
    await page.getByRole('button', { name: /缝补衣物/ }).waitFor();
    await fitsOneScreen(page); // before signing in

    await page.getByRole('link', { name: '首页' }).click();
    await signInOnKiosk(page);
    await page.getByRole('heading', { name: '1号楼的通知' }).waitFor();
    await page.getByRole('link', { name: '首页' }).click();
    await page.getByRole('link', { name: /^便民服务 / }).click();
    await page.getByRole('link', { name: /我的排号和预约.*3 个排号 · 3 个预约/ }).waitFor();
    expect(await page.getByRole('button', { name: /已取号/ }).count()).toBe(3);
    await fitsOneScreen(page);

    await page.getByRole('link', { name: /我的排号和预约/ }).click();
    await page.getByRole('heading', { name: '我的预约' }).waitFor();
    expect(await page.getByRole('button', { name: '取消排号' }).count()).toBe(3);
    expect(await page.getByRole('button', { name: '取消预约' }).count()).toBe(3);
    await fitsOneScreen(page);
    await page.context().close();
  });
});

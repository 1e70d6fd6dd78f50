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

  it('/corner and /corner/mine, for a resident holding 3 tickets, 3 bookings and 2 cancelled by a closed day, at 1080×1920', async () => {
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
    let closing = '';
    // G in the same session as D: closing that day cancels both.
    for (const [i, letter] of [
      [0, 'D'],
      [1, 'E'],
      [2, 'F'],
      [0, 'G'],
    ] as const) {
      const { bookableSessions } = await platform.gql<{ bookableSessions: Array<{ session: { id: string } }> }>(
        'query($s: ID!) { bookableSessions(serviceId: $s) { session { id } } }',
        { s: service(letter) },
        resident,
      );
      closing = bookableSessions[0].session.id;
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
    // Staff close that day (a holiday): the two bookings in it are cancelled, and the resident is told.
    const { signInStaff } = await platform.gql<{ signInStaff: { token: string } }>(
      'mutation($u: String!, $p: String!) { signInStaff(input: { username: $u, password: $p }) { token } }',
      { u: 'secretary', p: DEMO.staff.find((s) => s.username === 'secretary')!.password },
    );
    const [{ n }] = await platform.sql(
      `SELECT count(*)::int AS n FROM booking b JOIN queue_line l ON l.id = b.line_id
        WHERE l.session_id = ? AND b.status IN ('BOOKED', 'CHECKED_IN')`,
      [closing],
    );
    await platform.gql(
      'mutation($id: ID!, $n: Int!) { closeCornerSession(input: { sessionId: $id, confirmBookings: $n }) { cancelledBookings } }',
      { id: closing, n },
      { authorization: `Bearer ${signInStaff.token}` },
    );

    const page = await openKiosk(browser, platform);
    await page.getByRole('link', { name: /^便民服务 / }).click();
    await page.getByRole('button', { name: /缝补衣物/ }).waitFor();
    await fitsOneScreen(page); // before signing in

    await page.getByRole('link', { name: '首页' }).click();
    await signInOnKiosk(page);
    await page.getByRole('heading', { name: '1号楼的通知' }).waitFor();
    await page.getByRole('link', { name: '首页' }).click();
    await page.getByRole('link', { name: /^便民服务 / }).click();
    await page.getByRole('link', { name: /我的排号和预约.*2 个预约因服务角不开放取消了/ }).waitFor();
    expect(await page.getByRole('button', { name: /已取号/ }).count()).toBe(3);
    await fitsOneScreen(page);

    await page.getByRole('link', { name: /我的排号和预约/ }).click();
    await page.getByRole('heading', { name: '我的预约' }).waitFor();
    expect(await page.getByRole('button', { name: '取消排号' }).count()).toBe(3);
    // The soonest day first: the two cancelled by the closing, each saying why, then E's.
    await page.getByText('服务角这天不开放,您的预约已取消').first().waitFor();
    expect(await page.getByText('服务角这天不开放,您的预约已取消').count()).toBe(2);
    expect(await page.getByRole('link', { name: /^重新预约/ }).count()).toBe(2);
    expect(await page.getByRole('button', { name: '取消预约' }).count()).toBe(1);
    await fitsOneScreen(page);

    // "知道了" puts one away; F's booking moves up onto the first page.
    await page.getByRole('button', { name: /^知道了.*修鞋修伞/ }).click();
    await page.getByRole('button', { name: '取消预约' }).nth(1).waitFor();
    expect(await page.getByText('服务角这天不开放,您的预约已取消').count()).toBe(1);
    await fitsOneScreen(page);

    // "重新预约" goes to booking that service again.
    await page.getByRole('link', { name: /^重新预约/ }).click();
    await page.waitForURL(new RegExp(`/corner/book/${service('D')}$`));
    await page.getByRole('heading', { name: '选一个时间' }).waitFor();
    await page.context().close();
  });
});

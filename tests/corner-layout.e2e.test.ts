import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  bookOffering,
  demoOfferingId,
  kioskHeaders,
  kioskToCorner,
  kioskToMine,
  openKiosk,
  residentHeaders,
  signInOnKiosk,
  staffHeaders,
  takeTicket,
} from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

/** The page is no taller than the screen: a resident never has to scroll (a layout check, not a timing one). */
async function fitsOneScreen(page: Page): Promise<void> {
  const { scrollHeight, innerHeight } = await page.evaluate(() => ({
    scrollHeight: document.scrollingElement!.scrollHeight,
    innerHeight: window.innerHeight,
  }));
  expect(innerHeight).toBe(1920);
  expect(scrollHeight).toBeLessThanOrEqual(innerHeight);
}

describe('the kiosk home and service corner fit one screen', () => {
  const e2e = useBrowserPlatform((platform) => platform.openCornerNow());

  it('/corner and /corner/mine, for a resident holding 3 tickets, 3 bookings and 2 cancelled by a closed day, at 1080×1920', async () => {
    const { platform } = e2e;
    const { offerings } = await platform.gql<{ offerings: Array<{ id: string }> }>(
      '{ offerings { id } }',
      {},
      kioskHeaders(platform),
    );
    expect(offerings).toHaveLength(10);
    const resident = await residentHeaders(platform);
    for (const letter of ['A', 'B', 'C']) await takeTicket(platform, resident, letter);
    let closing = '';
    // G in the same opening as D: closing that day cancels both.
    for (const [i, letter] of [
      [0, 'D'],
      [1, 'E'],
      [2, 'F'],
      [0, 'G'],
    ] as const) {
      const { bookableOpenings } = await platform.gql<{ bookableOpenings: Array<{ opening: { id: string } }> }>(
        'query($s: ID!) { bookableOpenings(offeringId: $s) { opening { id } } }',
        { s: await demoOfferingId(platform, letter) },
        resident,
      );
      closing = bookableOpenings[0].opening.id;
      await bookOffering(platform, resident, letter, bookableOpenings[i].opening.id, '请师傅看一看；东西坏了要修');
    }
    // Staff close that day (a holiday): the two bookings in it are cancelled, and the resident is told.
    const [{ n }] = await platform.sql(
      `SELECT count(*)::int AS n FROM booking b JOIN queue_line l ON l.id = b.line_id
        WHERE l.opening_id = ? AND b.status IN ('BOOKED', 'CHECKED_IN')`,
      [closing],
    );
    await platform.gql(
      'mutation($id: ID!, $n: Int!) { closeOpening(input: { openingId: $id, confirmBookings: $n }) { cancelledBookings } }',
      { id: closing, n },
      await staffHeaders(platform, 'secretary'),
    );

    const page = await openKiosk(e2e);
    await page.getByRole('link', { name: /^便民服务 / }).click();
    await page.getByRole('button', { name: /缝补衣物/ }).waitFor();
    await fitsOneScreen(page); // before signing in

    await page.getByRole('link', { name: '首页' }).click();
    await signInOnKiosk(page);
    await page.getByRole('heading', { name: '1号楼的通知' }).waitFor();
    // Home, signed in (greeting, four tiles, the latest notice) fits too.
    await page.getByRole('link', { name: '首页' }).click();
    await page.getByRole('heading', { name: /您好/ }).waitFor();
    await fitsOneScreen(page);
    await kioskToCorner(page);
    await page.getByRole('link', { name: /我的排号和预约.*2 个预约因服务角不开放取消了/ }).waitFor();
    expect(await page.getByRole('button', { name: /已取号/ }).count()).toBe(3);
    await fitsOneScreen(page);

    await kioskToMine(page);
    expect(await page.getByRole('button', { name: '取消排号' }).count()).toBe(3);
    // The soonest day first: the two cancelled by the closing, each saying why, then E's.
    await page.getByText('服务角这天不开放，您的预约已取消').first().waitFor();
    expect(await page.getByText('服务角这天不开放，您的预约已取消').count()).toBe(2);
    expect(await page.getByRole('link', { name: /^重新预约/ }).count()).toBe(2);
    expect(await page.getByRole('button', { name: '取消预约' }).count()).toBe(1);
    await fitsOneScreen(page);

    // "知道了" puts one away; F's booking moves up onto the first page.
    await page.getByRole('button', { name: /^知道了.*修鞋修伞/ }).click();
    await page.getByRole('button', { name: '取消预约' }).nth(1).waitFor();
    expect(await page.getByText('服务角这天不开放，您的预约已取消').count()).toBe(1);
    await fitsOneScreen(page);

    // "重新预约" goes to booking that offering again.
    await page.getByRole('link', { name: /^重新预约/ }).click();
    await page.waitForURL(new RegExp(`/corner/book/${await demoOfferingId(platform, 'D')}$`));
    await page.getByRole('heading', { name: '选一个时间' }).waitFor();
  });
});

import { describe, expect, it } from 'vitest';
import {
  callNext,
  kioskToCorner,
  kioskToMine,
  neighbourPhone,
  openKioskSignedIn,
  residentHeaders,
  staffHeaders,
  takeTicket,
  takeTicketOnKiosk,
  untilSubscribed,
} from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

describe('the service corner on the kiosk', () => {
  // The demo opens Wed and Sat mornings: start closed whatever day the test runs.
  const e2e = useBrowserPlatform((platform) => platform.closeCornerNow());

  it('outside opening hours, tapping an offering says when the corner opens next', async () => {
    const page = await openKioskSignedIn(e2e);
    await kioskToCorner(page);
    await page.getByText('现在不营业').waitFor();
    expect(await page.getByText(/下次营业：.+\d{2}:\d{2}/).count()).toBe(1);
    await page.getByRole('button', { name: /修锁配钥匙/ }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/修锁配钥匙现在不能取号.*开始营业/);
  });

  it('a resident takes a ticket (a double tap makes one), and the desk calls it without reload', async () => {
    const { platform } = e2e;
    await platform.openCornerNow();
    const staff = await staffHeaders(platform, 'admin');
    // A neighbour is already in line A.
    await takeTicket(platform, await residentHeaders(platform, await neighbourPhone(platform, staff)), 'A');

    const page = await openKioskSignedIn(e2e);
    await kioskToCorner(page);
    await page.getByText(/正在营业/).waitFor();
    let takes = 0;
    page.on('request', (r) => {
      if (r.postData()?.includes('mutation TakeTicket')) takes++;
    });
    // Two taps in the same instant: the button is busy after the first.
    await page.getByRole('button', { name: /修锁配钥匙/ }).evaluate((b: HTMLElement) => {
      b.click();
      b.click();
    });
    await page.waitForURL(/\/corner\/ticket\//);
    await page.getByText('A002').waitFor();
    await page.getByText('前面还有 1 人').waitFor();
    expect(takes).toBe(1);
    // The ticket page follows its line live from here on.
    await untilSubscribed(page, 'QueueChanged', (v) => typeof v.offeringId === 'string');

    const urlBefore = page.url();
    const first = await callNext(platform, staff, 'A', '1号台');
    expect(first?.code).toBe('A001');
    await page.getByText('下一个就是您').waitFor({ timeout: 15_000 });
    // One open ticket per desk: A001 is finished before 1号台 calls the next.
    await platform.gql(
      'mutation($id: ID!) { completeTicket(input: { ticketId: $id }) { status } }',
      { id: first!.id },
      staff,
    );
    expect((await callNext(platform, staff, 'A', '1号台'))?.code).toBe('A002');
    await page.getByText('请到 1号台').waitFor({ timeout: 15_000 });
    expect(page.url()).toBe(urlBefore);

    // Back on the corner: the tile to my numbers says where to go.
    await page.getByRole('link', { name: /返回服务角/ }).click();
    await page.getByRole('link', { name: /我的排号和预约.*A002 请到 1号台/ }).waitFor();
    expect(await takeTicketOnKiosk(page, '家电调试')).toBe('B001');
    // My numbers (their own page) list both, and a number still waiting can be cancelled.
    await page.getByRole('link', { name: /返回服务角/ }).click();
    await kioskToMine(page);
    await page.getByRole('heading', { name: '我的排号', exact: true }).waitFor();
    await page.getByRole('button', { name: '取消排号' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '确定取消' }).click();
    await page.getByText('B001 已取消').waitFor();
    await page.getByRole('button', { name: '知道了' }).click();
    expect(await page.getByRole('link', { name: /A002/ }).count()).toBe(1);
    expect(await page.getByRole('link', { name: /B001/ }).count()).toBe(0);
  });
});

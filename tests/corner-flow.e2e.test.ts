import { describe, expect, it } from 'vitest';
import {
  bookOnKiosk,
  deskSettled,
  kioskToCorner,
  markDocument,
  openCornerScreen,
  openDeskView,
  openKioskSignedIn,
  takeTicketOnKiosk,
} from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

/**
 * The service corner's "done when": kiosk, display and desk open side by side in one
 * running platform, and every step shows on the others live, none of them reloading.
 */
describe('the service corner end to end', () => {
  const e2e = useBrowserPlatform((platform) => platform.openCornerNow());

  it('kiosk ticket → display and desk → called from the keyboard → kiosk and display; then a booking checked in on the day', async () => {
    const kiosk = await openKioskSignedIn(e2e);
    const display = await openCornerScreen(e2e);
    const queues = display.getByRole('region', { name: '各服务排队' });
    await queues.getByText('修锁配钥匙').waitFor();
    const desk = await openDeskView(e2e, '1号台');
    const next = desk.getByRole('region', { name: '接下来' });
    await next.getByText('现在没有人等候。').waitFor();
    const unreloaded = await Promise.all([kiosk, display, desk].map(markDocument));

    // The resident taps an offering and holds a ticket.
    await kioskToCorner(kiosk);
    const code = await takeTicketOnKiosk(kiosk, '修锁配钥匙');
    expect(code).toBe('A001');
    await kiosk.getByText('下一个就是您').waitFor();

    // It appears on the display's queue and in the desk's next-up list.
    await queues.getByText(code).waitFor();
    await next.getByText(code).waitFor();

    // The desk calls it with the key, once it has loaded the line with it.
    await deskSettled(desk);
    await desk.keyboard.press('n');
    await expect.poll(() => desk.getByTestId('current-code').textContent()).toBe(code);

    // The kiosk sends the resident to the desk; the display shows who goes where.
    await kiosk.getByText('请到 1号台').waitFor();
    const featured = display.getByTestId('featured-call');
    await expect.poll(() => featured.textContent()).toContain(code);
    expect(await featured.textContent()).toContain('1号台');
    await expect.poll(() => queues.getByText(code).count()).toBe(0);

    // A booking for a later opening, tapped through on the kiosk.
    await kiosk.getByRole('link', { name: /返回服务角/ }).click();
    await bookOnKiosk(kiosk, '家电调试', '电视没信号');

    // Set-up: the day of the booking comes (today's opening is over, the booked one opens now).
    await e2e.platform.sql(`UPDATE opening SET ends_at = now() WHERE starts_at < now() AND ends_at > now()`);
    await e2e.platform.openBookedOpeningNow();

    // On 我的排号和预约 the resident checks in and holds that line's ticket.
    await kiosk.getByRole('link', { name: /查看我的预约/ }).click();
    const bookings = kiosk.locator('#my-bookings');
    await bookings.getByText('家电调试').waitFor();
    await bookings.getByRole('button', { name: '签到取号' }).click();
    await kiosk.waitForURL(/\/corner\/ticket\//);
    await kiosk.locator('#ticket-code').getByText('B001').waitFor();

    // The display moves to the opening now open and shows the new ticket in its line.
    await queues.getByText('B001').waitFor();
    await queues.getByText('等候 1 人').waitFor();

    // Nothing was reloaded along the way.
    expect(await Promise.all(unreloaded.map((same) => same()))).toEqual([true, true, true]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  bookOnKiosk,
  counterSettled,
  kioskToCorner,
  markDocument,
  openCornerScreen,
  openCounterView,
  openKioskSignedIn,
  takeTicketOnKiosk,
} from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

/**
 * The service corner's "done when": kiosk, display and counter open side by side in one
 * running platform, and every step shows on the others live, none of them reloading.
 */
describe('the service corner end to end', () => {
  const e2e = useBrowserPlatform((platform) => platform.openCornerNow());

  it('kiosk ticket → display and counter → called from the keyboard → kiosk and display; then a booking checked in on the day', async () => {
    const kiosk = await openKioskSignedIn(e2e);
    const display = await openCornerScreen(e2e);
    const queues = display.getByRole('region', { name: '各服务排队' });
    await queues.getByText('修锁配钥匙').waitFor();
    const counter = await openCounterView(e2e, '1号台');
    const next = counter.getByRole('region', { name: '接下来' });
    await next.getByText('现在没有人等候。').waitFor();
    const unreloaded = await Promise.all([kiosk, display, counter].map(markDocument));

    // The resident taps a service and holds a ticket.
    await kioskToCorner(kiosk);
    const code = await takeTicketOnKiosk(kiosk, '修锁配钥匙');
    expect(code).toBe('A001');
    await kiosk.getByText('下一个就是您').waitFor();

    // It appears on the display's queue and in the counter's next-up list.
    await queues.getByText(code).waitFor();
    await next.getByText(code).waitFor();

    // The counter calls it with the key, once it has loaded the line with it.
    await counterSettled(counter);
    await counter.keyboard.press('n');
    await expect.poll(() => counter.getByTestId('current-code').textContent()).toBe(code);

    // The kiosk sends the resident to the counter; the display shows who goes where.
    await kiosk.getByText('请到 1号台').waitFor();
    const featured = display.getByTestId('featured-call');
    await expect.poll(() => featured.textContent()).toContain(code);
    expect(await featured.textContent()).toContain('1号台');
    await expect.poll(() => queues.getByText(code).count()).toBe(0);

    // A booking for a later session, tapped through on the kiosk.
    await kiosk.getByRole('link', { name: /返回服务角/ }).click();
    await bookOnKiosk(kiosk, '家电调试', '电视没信号');

    // Set-up: the day of the booking comes (today's session is over, the booked one opens now).
    await e2e.platform.sql(`UPDATE corner_session SET ends_at = now() WHERE starts_at < now() AND ends_at > now()`);
    await e2e.platform.openBookedSessionNow();

    // On 我的排号和预约 the resident checks in and holds that line's ticket.
    await kiosk.getByRole('link', { name: /查看我的预约/ }).click();
    const bookings = kiosk.locator('#my-bookings');
    await bookings.getByText('家电调试').waitFor();
    await bookings.getByRole('button', { name: '签到取号' }).click();
    await kiosk.waitForURL(/\/corner\/ticket\//);
    await kiosk.locator('#ticket-code').getByText('B001').waitFor();

    // The display moves to the session now open and shows the new ticket in its line.
    await queues.getByText('B001').waitFor();
    await queues.getByText('等候 1 人').waitFor();

    // Nothing was reloaded along the way.
    expect(await Promise.all(unreloaded.map((same) => same()))).toEqual([true, true, true]);
  });
});

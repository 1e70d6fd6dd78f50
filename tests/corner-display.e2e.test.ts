import { describe, expect, it } from 'vitest';
import { DEMO } from '../api/src/seed/demo-seed.js';
import {
  callNext,
  markDocument,
  neighbourPhone,
  openCornerScreen,
  residentHeaders,
  staffHeaders,
  takeTicket,
} from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

describe('service-corner screen in Chromium', () => {
  const e2e = useBrowserPlatform();

  it('shows waiting numbers and announces a called number live, without reload', async () => {
    const { platform } = e2e;
    const staff = await staffHeaders(platform, 'admin');
    // Closed to start with, whatever the day: a demo opening happening right now is cancelled.
    await platform.closeCornerNow();

    const screen = await openCornerScreen(e2e);
    // Outside opening hours it says when it opens next.
    await screen.getByRole('heading', { name: '便民服务角现在不开放' }).waitFor();
    expect(await screen.getByText('下次开放').count()).toBe(1);
    const unreloaded = await markDocument(screen);

    // Open the corner now; the first ticket's change event brings the screen to the open board.
    await platform.openCornerNow();
    const codes: string[] = [];
    for (const phone of [DEMO.resident.phone, await neighbourPhone(platform, staff)]) {
      codes.push(await takeTicket(platform, await residentHeaders(platform, phone), 'A'));
    }
    expect(codes).toEqual(['A001', 'A002']);

    const queues = screen.getByRole('region', { name: '各服务排队' });
    await queues.getByText('A002').waitFor({ timeout: 15_000 });
    await queues.getByText('等候 2 人').waitFor();
    const nowServing = screen.getByRole('region', { name: '正在服务' });
    expect(await nowServing.getByText('A001').count()).toBe(0);

    expect((await callNext(platform, staff, 'A', '1号台'))?.code).toBe('A001');
    // Announced full screen, then it stays as the newest call in the now-serving area.
    const alert = screen.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('A001');
    expect(await alert.textContent()).toContain('1号台');
    await expect.poll(() => screen.getByTestId('featured-call').textContent()).toContain('A001');
    await queues.getByText('等候 1 人').waitFor();

    expect((await callNext(platform, staff, 'A', '2号台'))?.code).toBe('A002');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('A002');
    await expect.poll(() => screen.getByTestId('featured-call').textContent()).toContain('2号台');
    expect(await nowServing.getByText('A001').count()).toBe(1);
    await queues.getByText('暂无等候').first().waitFor();

    // Same page all along: no reload happened.
    expect(await unreloaded()).toBe(true);
  });
});

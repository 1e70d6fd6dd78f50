import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../api/src/seed/demo-seed.js';
import { launchBrowser } from './browser.js';
import { demoCounterId } from './drivers.js';
import { startPlatform, type Platform } from './platform-app.js';

describe('service-corner screen in Chromium', () => {
  let platform: Platform;
  let browser: Browser;

  const kiosk = () => ({ authorization: `Bearer ${platform.demoDevices.kioskToken}` });

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.cleanup();
  });

  it('shows waiting numbers and announces a called number live, without reload', async () => {
    const { signInStaff } = await platform.gql<{ signInStaff: { token: string } }>(
      `mutation { signInStaff(input: { username: "admin", password: "linli-admin" }) { token } }`,
      {},
      {},
    );
    const staff = { authorization: `Bearer ${signInStaff.token}` };
    // Closed to start with, whatever the day: a demo opening happening right now is cancelled.
    await platform.orm.em
      .getConnection()
      .execute(`UPDATE corner_session SET cancelled = true WHERE starts_at <= now() AND ends_at > now()`);
    const { cornerServices } = await platform.gql<{
      cornerServices: Array<{ id: string; letter: string; name: string }>;
    }>(`{ cornerServices { id letter name } }`, {}, kiosk());
    const lineA = cornerServices.find((s) => s.letter === 'A')!;

    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
    const screen: Page = await context.newPage();
    await screen.goto(`${platform.url}/screens/service-corner#device=${platform.demoDevices.serviceScreenToken}`);
    await screen.getByRole('heading', { name: '便民服务角', exact: true }).waitFor();
    // Outside opening hours it says when it opens next.
    await screen.getByRole('heading', { name: '便民服务角现在不开放' }).waitFor();
    expect(await screen.getByText('下次开放').count()).toBe(1);
    await screen.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

    // Open the corner now; the first ticket's change event brings the screen to the open board.
    await platform.openCornerNow();
    const { residents } = await platform.gql<{ residents: { items: Array<{ phone: string }> } }>(
      `{ residents(limit: 5) { items { phone } } }`,
      {},
      staff,
    );
    const phones = [
      DEMO.resident.phone,
      ...residents.items.map((r) => r.phone).filter((p) => p !== DEMO.resident.phone),
    ];
    const codes: string[] = [];
    for (const phone of phones.slice(0, 2)) {
      const { signInWithPin } = await platform.gql<{ signInWithPin: { token: string } }>(
        `mutation ($phone: String!) { signInWithPin(input: { phone: $phone, pin: "${DEMO.residentPin}" }) { token } }`,
        { phone },
        kiosk(),
      );
      const { takeTicket } = await platform.gql<{ takeTicket: { code: string } }>(
        `mutation ($s: ID!, $k: String!) { takeTicket(input: { serviceId: $s, idempotencyKey: $k }) { code } }`,
        { s: lineA.id, k: crypto.randomUUID() },
        { ...kiosk(), 'x-resident-token': signInWithPin.token },
      );
      codes.push(takeTicket.code);
    }
    expect(codes).toEqual(['A001', 'A002']);

    const queues = screen.getByRole('region', { name: '各服务排队' });
    await queues.getByText('A002').waitFor({ timeout: 15_000 });
    await queues.getByText('等候 2 人').waitFor();
    const nowServing = screen.getByRole('region', { name: '正在服务' });
    expect(await nowServing.getByText('A001').count()).toBe(0);

    const call = async (counter: string) =>
      (
        await platform.gql<{ callNext: { code: string } }>(
          `mutation ($s: ID!, $c: ID!) { callNext(input: { serviceId: $s, counterId: $c }) { code } }`,
          { s: lineA.id, c: await demoCounterId(platform, counter, staff) },
          staff,
        )
      ).callNext.code;

    expect(await call('1号台')).toBe('A001');
    // Announced full screen, then it stays as the newest call in the now-serving area.
    const alert = screen.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('A001');
    expect(await alert.textContent()).toContain('1号台');
    await expect.poll(() => screen.getByTestId('featured-call').textContent()).toContain('A001');
    await queues.getByText('等候 1 人').waitFor();

    expect(await call('2号台')).toBe('A002');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('A002');
    await expect.poll(() => screen.getByTestId('featured-call').textContent()).toContain('2号台');
    expect(await nowServing.getByText('A001').count()).toBe(1);
    await queues.getByText('暂无等候').first().waitFor();

    // Same page all along: no reload happened.
    expect(await screen.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await context.close();
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../api/src/seed/demo-seed.js';
import { launchBrowser } from './browser.js';
import { demoCounterId, openKiosk, tapDigits } from './drivers.js';
import { startPlatform, type Platform } from './platform-app.js';

/** Signs the demo resident in and opens the service corner from the home screen. */
async function signInToCorner(page: Page) {
  await page.getByRole('link', { name: /居民登录/ }).click();
  await tapDigits(page, '手机号', DEMO.resident.phone);
  await page.getByRole('button', { name: '下一步' }).click();
  await tapDigits(page, '密码', DEMO.resident.pin);
  await page.getByRole('heading', { name: '1号楼的通知' }).waitFor();
  await page.getByRole('link', { name: '首页' }).click();
  await page.getByRole('link', { name: /^便民服务 / }).click();
  await page.getByRole('link', { name: /我的排号和预约/ }).waitFor();
}

describe('the service corner on the kiosk', () => {
  let platform: Platform;
  let browser: Browser;

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchBrowser();
    // The demo opens Wed and Sat mornings: start closed whatever day the test runs.
    await platform.sql(`UPDATE corner_session SET cancelled = true WHERE starts_at <= now() AND ends_at > now()`);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.cleanup();
  });

  it('outside opening hours, tapping a service says when the corner opens next', async () => {
    const page = await openKiosk(browser, platform);
    await signInToCorner(page);
    await page.getByText('现在不营业').waitFor();
    expect(await page.getByText(/下次营业:.+\d{2}:\d{2}/).count()).toBe(1);
    await page.getByRole('button', { name: /修锁配钥匙/ }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/修锁配钥匙现在不能取号.*开始营业/);
    await page.context().close();
  });

  it('a resident takes a ticket (a double tap makes one), and the counter calls it without reload', async () => {
    await platform.sql(
      `INSERT INTO corner_session (id, community_id, starts_at, ends_at, cancelled)
       SELECT gen_random_uuid(), id, now() - interval '1 hour', now() + interval '2 hours', false FROM community`,
    );
    const kioskHeaders = { authorization: `Bearer ${platform.demoDevices.kioskToken}` };
    const { signInStaff } = await platform.gql<{ signInStaff: { token: string } }>(
      'mutation($u: String!, $p: String!) { signInStaff(input: { username: $u, password: $p }) { token } }',
      { u: DEMO.staff[0].username, p: DEMO.staff[0].password },
      {},
    );
    const staffHeaders = { authorization: `Bearer ${signInStaff.token}` };
    const { cornerServices } = await platform.gql<{ cornerServices: Array<{ id: string; letter: string }> }>(
      '{ cornerServices { id letter } }',
      {},
      staffHeaders,
    );
    const lineA = cornerServices.find((s) => s.letter === 'A')!.id;

    // A neighbour is already in line A.
    const { residents } = await platform.gql<{ residents: { items: Array<{ phone: string }> } }>(
      '{ residents(search: "139", limit: 1) { items { phone } } }',
      {},
      staffHeaders,
    );
    const { signInWithPin } = await platform.gql<{ signInWithPin: { token: string } }>(
      'mutation($phone: String!, $pin: String!) { signInWithPin(input: { phone: $phone, pin: $pin }) { token } }',
      { phone: residents.items[0].phone, pin: DEMO.residentPin },
      kioskHeaders,
    );
    await platform.gql(
      'mutation($s: ID!, $k: String!) { takeTicket(input: { serviceId: $s, idempotencyKey: $k }) { code } }',
      { s: lineA, k: crypto.randomUUID() },
      { ...kioskHeaders, 'x-resident-token': signInWithPin.token },
    );

    const page = await openKiosk(browser, platform);
    await signInToCorner(page);
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

    const counterId = await demoCounterId(platform, '1号台', staffHeaders);
    const callNext = () =>
      platform.gql<{ callNext: { id: string; code: string } | null }>(
        'mutation($s: ID!, $c: ID!) { callNext(input: { serviceId: $s, counterId: $c }) { id code } }',
        { s: lineA, c: counterId },
        staffHeaders,
      );
    const urlBefore = page.url();
    const first = (await callNext()).callNext;
    expect(first?.code).toBe('A001');
    await page.getByText('下一个就是您').waitFor({ timeout: 15_000 });
    // One open ticket per counter: A001 is finished before 1号台 calls the next.
    await platform.gql(
      'mutation($id: ID!) { completeTicket(input: { ticketId: $id }) { status } }',
      { id: first!.id },
      staffHeaders,
    );
    expect((await callNext()).callNext?.code).toBe('A002');
    await page.getByText('请到 1号台').waitFor({ timeout: 15_000 });
    expect(page.url()).toBe(urlBefore);

    // Back on the corner: the tile to my numbers says where to go.
    await page.getByRole('link', { name: /返回服务角/ }).click();
    await page.getByRole('link', { name: /我的排号和预约.*A002 请到 1号台/ }).waitFor();
    await page.getByRole('button', { name: /家电调试/ }).click();
    await page.waitForURL(/\/corner\/ticket\//);
    await page.getByText('B001').waitFor();
    // My numbers (their own page) list both, and a number still waiting can be cancelled.
    await page.getByRole('link', { name: /返回服务角/ }).click();
    await page.getByRole('link', { name: /我的排号和预约/ }).click();
    await page.getByRole('heading', { name: '我的排号', exact: true }).waitFor();
    await page.getByRole('button', { name: '取消排号' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: '确定取消' }).click();
    await page.getByText('B001 已取消').waitFor();
    await page.getByRole('button', { name: '知道了' }).click();
    expect(await page.getByRole('link', { name: /A002/ }).count()).toBe(1);
    expect(await page.getByRole('link', { name: /B001/ }).count()).toBe(0);
    await page.context().close();
  });
});

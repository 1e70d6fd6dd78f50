import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../api/src/seed/demo-seed.js';
import { launchBrowser } from './browser.js';
import { demoCounterId, openKiosk, signInOnKiosk } from './drivers.js';
import { startPlatform, type Platform } from './platform-app.js';

describe('following a ticket on a phone (the QR code)', () => {
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

  it('a resident takes a ticket at the kiosk; a phone without any token opens its QR link and sees the call live', async () => {
    const kioskHeaders = { authorization: `Bearer ${platform.demoDevices.kioskToken}` };
    const { signInStaff } = await platform.gql<{ signInStaff: { token: string } }>(
      'mutation($u: String!, $p: String!) { signInStaff(input: { username: $u, password: $p }) { token } }',
      { u: 'staff', p: DEMO.staff.find((s) => s.username === 'staff')!.password },
    );
    const staffHeaders = { authorization: `Bearer ${signInStaff.token}` };
    const { cornerServices } = await platform.gql<{ cornerServices: Array<{ id: string; letter: string }> }>(
      '{ cornerServices { id letter } }',
      {},
      staffHeaders,
    );
    const lineA = cornerServices.find((s) => s.letter === 'A')!.id;

    // A neighbour is already in line A, so the resident has one person ahead.
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

    // At the kiosk: sign in, take a number in line A, read the link its QR code encodes.
    const kiosk = await openKiosk(browser, platform);
    await signInOnKiosk(kiosk);
    await kiosk.getByRole('heading', { name: '1号楼的通知' }).waitFor();
    await kiosk.getByRole('link', { name: '首页' }).click();
    await kiosk.getByRole('link', { name: /^便民服务 / }).click();
    await kiosk.getByRole('button', { name: /修锁配钥匙/ }).click();
    await kiosk.waitForURL(/\/corner\/ticket\//);
    await kiosk.getByText('A002').waitFor();
    const qr = kiosk.locator('[data-follow-url]');
    await qr.waitFor();
    expect(await qr.getByRole('img').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    const followUrl = (await qr.getAttribute('data-follow-url'))!;
    // The token rides in the fragment, which a browser never sends to a server.
    expect(followUrl).toMatch(new RegExp(`^${platform.url}/follow#[0-9a-f]{32}$`));

    // A phone: a fresh browser context, no device token, no resident session.
    const phoneContext = await browser.newContext({
      viewport: { width: 375, height: 812 },
      locale: 'zh-CN',
      isMobile: true,
      hasTouch: true,
    });
    const phone = await phoneContext.newPage();
    const credentials: string[] = [];
    phone.on('request', (r) => {
      const h = r.headers();
      if (h.authorization || h['x-resident-token']) credentials.push(r.url());
    });
    await phone.goto(followUrl);
    await phone.getByText('A002').waitFor();
    await phone.getByText('还有 1 人').waitFor();
    await phone.getByText('修锁配钥匙').waitFor();
    expect(await phone.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('linli.device')))).toEqual(
      [],
    );
    // Nothing of the resident reaches the phone.
    expect(await phone.locator('body').textContent()).not.toContain(DEMO.resident.name);
    await phone.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    // Staff call the neighbour, then the resident: the phone follows without a reload.
    const callNext = async (at: string) =>
      platform.gql<{ callNext: { code: string } | null }>(
        'mutation($s: ID!, $c: ID!) { callNext(input: { serviceId: $s, counterId: $c }) { code } }',
        { s: lineA, c: await demoCounterId(platform, at, staffHeaders) },
        staffHeaders,
      );
    expect((await callNext('2号台')).callNext?.code).toBe('A001');
    await phone.getByText('下一个就是您').waitFor({ timeout: 15_000 });
    expect((await callNext('1号台')).callNext?.code).toBe('A002');
    await phone.getByText('请到 1号台').waitFor({ timeout: 15_000 });
    expect(await phone.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(phone.url()).toBe(followUrl);
    expect(credentials).toEqual([]);

    // A wrong link is a friendly sentence, not an error page.
    const stranger = await phoneContext.newPage();
    await stranger.goto(`${platform.url}/follow#${'0'.repeat(32)}`);
    await stranger.getByText('这个链接打不开').waitFor();
    await phoneContext.close();
    await kiosk.context().close();
  });
  it('a phone open on a ticket sees staff move it to another line, then the call there, without a reload; so does the kiosk', async () => {
    const { signInStaff } = await platform.gql<{ signInStaff: { token: string } }>(
      'mutation($u: String!, $p: String!) { signInStaff(input: { username: $u, password: $p }) { token } }',
      { u: 'staff', p: DEMO.staff.find((s) => s.username === 'staff')!.password },
    );
    const staffHeaders = { authorization: `Bearer ${signInStaff.token}` };
    const { cornerServices } = await platform.gql<{ cornerServices: Array<{ id: string; letter: string }> }>(
      '{ cornerServices { id letter } }',
      {},
      staffHeaders,
    );
    const lineD = cornerServices.find((s) => s.letter === 'D')!.id;

    // At the kiosk: a number in line C (证件照拍摄), its page left open, its QR link on a phone.
    const kiosk = await openKiosk(browser, platform);
    await signInOnKiosk(kiosk);
    await kiosk.getByRole('heading', { name: '1号楼的通知' }).waitFor();
    await kiosk.getByRole('link', { name: '首页' }).click();
    await kiosk.getByRole('link', { name: /^便民服务 / }).click();
    await kiosk.getByRole('button', { name: /证件照拍摄/ }).click();
    await kiosk.waitForURL(/\/corner\/ticket\//);
    await kiosk.getByText('C001').waitFor();
    const oldId = kiosk.url().split('/').pop()!;
    const qr = kiosk.locator('[data-follow-url]');
    await qr.waitFor();
    const followUrl = (await qr.getAttribute('data-follow-url'))!;

    const phoneContext = await browser.newContext({
      viewport: { width: 375, height: 812 },
      locale: 'zh-CN',
      isMobile: true,
      hasTouch: true,
    });
    const phone = await phoneContext.newPage();
    await phone.goto(followUrl);
    await phone.getByText('C001').waitFor();
    await phone.getByText('证件照拍摄').waitFor();
    await phone.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    // At the counter they find it is legal advice the resident needs: staff move the ticket to line D.
    const { transferTicket } = await platform.gql<{ transferTicket: { id: string; code: string } }>(
      'mutation($id: ID!, $to: ID!) { transferTicket(input: { ticketId: $id, toServiceId: $to }) { id code } }',
      { id: oldId, to: lineD },
      staffHeaders,
    );
    expect(transferTicket.code).toBe('D001');

    // The phone, on the same link, now shows the new number and says what happened.
    const moved = phone.getByRole('status').filter({ hasText: '您的号换了' });
    await moved.waitFor({ timeout: 15_000 });
    expect(await moved.textContent()).toMatch(/C001\s*→\s*D001/);
    await phone.getByText('D001', { exact: true }).waitFor();
    await phone.getByText('法律咨询', { exact: true }).waitFor();
    // The kiosk's page went over to the new ticket, with the same QR link.
    await kiosk.waitForURL(new RegExp(`/corner/ticket/${transferTicket.id}$`), { timeout: 15_000 });
    await kiosk.getByText('工作人员把您转到了「法律咨询」').waitFor();
    await kiosk.getByText('D001', { exact: true }).waitFor();
    expect(await kiosk.locator('[data-follow-url]').getAttribute('data-follow-url')).toBe(followUrl);

    // Called in the new line: both follow, still without a reload.
    const { callNext } = await platform.gql<{ callNext: { code: string } | null }>(
      'mutation($s: ID!, $c: ID!) { callNext(input: { serviceId: $s, counterId: $c }) { code } }',
      { s: lineD, c: await demoCounterId(platform, '3号台', staffHeaders) },
      staffHeaders,
    );
    expect(callNext?.code).toBe('D001');
    await phone.getByText('请到 3号台').waitFor({ timeout: 15_000 });
    await kiosk.getByText('请到 3号台').waitFor({ timeout: 15_000 });
    expect(await phone.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    expect(phone.url()).toBe(followUrl);
    await phoneContext.close();
    await kiosk.context().close();
  });
});

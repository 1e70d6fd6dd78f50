import type { Browser, Page } from 'playwright-core';
import { DEMO } from '../api/src/seed/demo-seed.js';
import type { Platform } from './platform-app.js';

/** Taps digits on the on-screen keypad labelled `pad` (as a finger would: one button per digit). */
export async function tapDigits(page: Page, pad: string, digits: string): Promise<void> {
  const keypad = page.getByRole('group', { name: pad });
  for (const d of digits) await keypad.getByRole('button', { name: d, exact: true }).click();
}

/** The demo kiosk in portrait at 1080×1920, on its home screen. `query` e.g. "?idle=3&warn=3". */
export async function openKiosk(browser: Browser, platform: Platform, query = ''): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1080, height: 1920 },
    locale: 'zh-CN',
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto(`${platform.url}/${query}#device=${platform.demoDevices.kioskToken}`);
  await page.getByRole('link', { name: /楼栋通知/ }).waitFor();
  return page;
}

/** From the kiosk's home screen: phone and PIN on the keypads (lands on the building notices when right). */
export async function signInOnKiosk(page: Page, pin: string = DEMO.resident.pin): Promise<void> {
  await page.getByRole('link', { name: /居民登录/ }).click();
  await tapDigits(page, '手机号', DEMO.resident.phone);
  await page.getByRole('button', { name: '下一步' }).click();
  await tapDigits(page, '密码', pin);
}

/** Signs a demo staff member into the console (lands on its home page). */
export async function signInOnConsole(page: Page, platform: Platform, username = 'admin'): Promise<void> {
  const staff = DEMO.staff.find((s) => s.username === username)!;
  await page.goto(`${platform.url}/admin/`);
  await page.getByLabel('用户名', { exact: true }).fill(staff.username);
  await page.getByLabel('密码', { exact: true }).fill(staff.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL(/\/admin\/home/);
}

/** The id of one of the demo's counters (1号台, 2号台, 3号台), for callNext. */
export async function demoCounterId(platform: Platform, name: string, staffHeaders: Record<string, string>) {
  const { cornerCounters } = await platform.gql<{ cornerCounters: Array<{ id: string; name: string }> }>(
    '{ cornerCounters { id name } }',
    {},
    staffHeaders,
  );
  return cornerCounters.find((c) => c.name === name)!.id;
}

/** The demo resident takes a ticket over GraphQL at the demo kiosk; returns its code. */
export async function takeDemoTicket(platform: Platform, letter: string, idempotencyKey: string): Promise<string> {
  const kiosk = { authorization: `Bearer ${platform.demoDevices.kioskToken}` };
  const { cornerServices } = await platform.gql<{ cornerServices: Array<{ id: string; letter: string }> }>(
    '{ cornerServices { id letter } }',
    {},
    kiosk,
  );
  const { signInWithPin } = await platform.gql<{ signInWithPin: { token: string } }>(
    'mutation ($input: PinSignInInput!) { signInWithPin(input: $input) { token } }',
    { input: { phone: DEMO.resident.phone, pin: DEMO.resident.pin } },
    kiosk,
  );
  const { takeTicket } = await platform.gql<{ takeTicket: { code: string } }>(
    'mutation ($input: TakeTicketInput!) { takeTicket(input: $input) { code } }',
    { input: { serviceId: cornerServices.find((s) => s.letter === letter)!.id, idempotencyKey } },
    { ...kiosk, 'x-resident-token': signInWithPin.token },
  );
  return takeTicket.code;
}

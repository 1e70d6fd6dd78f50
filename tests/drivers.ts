import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO } from '../api/src/seed/demo-seed.js';
import type { Platform } from './platform-app.js';

/** A GraphQL subscription a page started over its WebSocket: the operation's name and variables. */
interface StartedSubscription {
  operation: string;
  variables: Record<string, unknown>;
}

const subscriptions = new WeakMap<Page, StartedSubscription[]>();

/** Records the subscriptions `page` starts from now on (call before it first connects). */
function trackSubscriptions(page: Page): void {
  const started: StartedSubscription[] = [];
  subscriptions.set(page, started);
  page.on('websocket', (ws) =>
    ws.on('framesent', ({ payload }) => {
      if (typeof payload !== 'string') return;
      const msg = JSON.parse(payload) as { type?: string; payload?: { query?: string; variables?: object } };
      if (msg.type !== 'subscribe') return;
      const operation = /subscription\s+(\w+)/.exec(msg.payload?.query ?? '')?.[1] ?? '';
      started.push({ operation, variables: { ...msg.payload?.variables } });
    }),
  );
}

/**
 * How many `operation` subscriptions (matching `variables`, when given) a page opened by these
 * drivers has sent to the server: a page is live once its subscription is on its way, which a
 * test waits for instead of a pause.
 */
export function subscriptionsStarted(
  page: Page,
  operation: string,
  variables: (v: Record<string, unknown>) => boolean = () => true,
): number {
  return (subscriptions.get(page) ?? []).filter((s) => s.operation === operation && variables(s.variables)).length;
}

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
  trackSubscriptions(page);
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

/** The service-corner display (demo screen device) at 1920×1080, once it is live. */
export async function openCornerScreen(browser: Browser, platform: Platform): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
  const page = await context.newPage();
  trackSubscriptions(page);
  await page.goto(`${platform.url}/screens/service-corner#device=${platform.demoDevices.serviceScreenToken}`);
  await page.getByRole('heading', { name: '便民服务角', exact: true }).waitFor();
  await expect.poll(() => subscriptionsStarted(page, 'CornerScreenQueueChanged')).toBeGreaterThan(0);
  return page;
}

/**
 * The console's counter view in its own browser, signed in as `username`, at `counter` (its
 * usual first line chosen), once it is live; focus is left on the page, so the shortcut keys act.
 */
export async function openCounterView(
  browser: Browser,
  platform: Platform,
  counter = '1号台',
  username = 'staff',
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  trackSubscriptions(page);
  await signInOnConsole(page, platform, username);
  await page.getByRole('link', { name: '便民服务角' }).click();
  await page.getByRole('link', { name: '叫号台', exact: true }).click();
  await page.getByLabel('窗口', { exact: true }).selectOption({ label: counter });
  await page.getByRole('heading', { name: '便民服务角 · 叫号台' }).click();
  // The counter view's own subscription (serviceId null; the today board's sends no variables).
  await expect.poll(() => subscriptionsStarted(page, 'QueueChanged', (v) => v.serviceId === null)).toBeGreaterThan(0);
  return page;
}

/** On the kiosk, from any page with the 首页 link: the service corner, once it has loaded. */
export async function kioskToCorner(page: Page): Promise<void> {
  await page.getByRole('link', { name: '首页' }).click();
  await page.getByRole('link', { name: /^便民服务 / }).click();
  await page.getByRole('link', { name: /我的排号和预约/ }).waitFor();
}

/**
 * On the kiosk's corner page (open now): taps a service and lands on its ticket, once that page
 * follows the ticket's line live; returns the code.
 */
export async function takeTicketOnKiosk(page: Page, service: string): Promise<string> {
  const ofLine = (v: Record<string, unknown>) => typeof v.serviceId === 'string';
  const before = subscriptionsStarted(page, 'QueueChanged', ofLine);
  await page.getByRole('button', { name: new RegExp(service) }).click();
  await page.waitForURL(/\/corner\/ticket\//);
  const code = page.locator('#ticket-code');
  await code.waitFor();
  await expect.poll(() => subscriptionsStarted(page, 'QueueChanged', ofLine)).toBeGreaterThan(before);
  return (await code.textContent())!.trim();
}

/**
 * On the kiosk's corner page: books `service` in the first session with places left, through
 * the three steps (session, a common problem when given, confirm), and waits for the success page.
 */
export async function bookOnKiosk(page: Page, service: string, problem?: string): Promise<void> {
  await page.getByRole('link', { name: `预约${service}` }).click();
  await page.getByRole('heading', { name: '选一个时间' }).waitFor();
  await page
    .getByRole('button', { name: /还剩 \d+ 个名额/ })
    .first()
    .click();
  if (problem) await page.getByRole('button', { name: problem, exact: true }).click();
  await page.getByRole('button', { name: /下一步/ }).click();
  await page.getByRole('button', { name: '确认预约' }).click();
  await page.getByRole('heading', { name: /预约成功/ }).waitFor();
}

/**
 * Marks the page's current document; the returned check is true while no reload or full
 * navigation has replaced it (client-side navigation keeps it).
 */
export async function markDocument(page: Page): Promise<() => Promise<boolean>> {
  const mark = crypto.randomUUID();
  await page.evaluate((m) => ((window as unknown as { linliTestMark?: string }).linliTestMark = m), mark);
  return async () =>
    (await page.evaluate(() => (window as unknown as { linliTestMark?: string }).linliTestMark)) === mark;
}

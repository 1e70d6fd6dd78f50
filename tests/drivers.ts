import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { expect, vi } from 'vitest';
import { DEMO } from '../api/src/seed/demo-seed.js';
import type { BrowserPlatform, Platform } from './platform-app.js';

type RequestHeaders = Record<string, string>;

// expect.poll gives up after 1 s by default: a bound on how fast a loaded machine answers. The
// browser tests poll for a state a page reaches (an event delivered, a fetch done), so they allow
// as long as Playwright's own waits do; a poll that succeeds returns as soon as it does.
vi.setConfig({ expect: { poll: { timeout: 30_000 } } });

// Set-up over GraphQL, as the demo kiosk and the console would send it.

/** The demo kiosk's device headers. */
export function kioskHeaders(platform: Platform): RequestHeaders {
  return { authorization: `Bearer ${platform.demoDevices.kioskToken}` };
}

/** Signs a demo staff member in; returns the headers of their session. */
export async function staffHeaders(platform: Platform, username = 'staff'): Promise<RequestHeaders> {
  const staff = DEMO.staff.find((s) => s.username === username)!;
  const { signInStaff } = await platform.gql<{ signInStaff: { token: string } }>(
    'mutation ($input: StaffSignInInput!) { signInStaff(input: $input) { token } }',
    { input: { community: DEMO.communityCode, username: staff.username, password: staff.password } },
  );
  return { authorization: `Bearer ${signInStaff.token}` };
}

/** Signs a demo resident in at the demo kiosk with their PIN; returns the headers of that session. */
export async function residentHeaders(
  platform: Platform,
  phone: string = DEMO.resident.phone,
): Promise<RequestHeaders> {
  const { signInWithPin } = await platform.gql<{ signInWithPin: { token: string } }>(
    'mutation ($input: PinSignInInput!) { signInWithPin(input: $input) { token } }',
    { input: { phone, pin: DEMO.residentPin } },
    kioskHeaders(platform),
  );
  return { ...kioskHeaders(platform), 'x-resident-token': signInWithPin.token };
}

/** The phone of a demo resident other than the demo resident (the others' numbers start with 139). */
export async function neighbourPhone(platform: Platform, staff: RequestHeaders): Promise<string> {
  const { residents } = await platform.gql<{ residents: { items: Array<{ id: string }> } }>(
    '{ residents(search: "139", limit: 1) { items { id } } }',
    {},
    staff,
  );
  // Lists show phones masked; the whole number is on the resident's record.
  const { residentRecord } = await platform.gql<{ residentRecord: { phone: string } }>(
    'query ($id: ID!) { residentRecord(id: $id) { phone } }',
    { id: residents.items[0].id },
    staff,
  );
  return residentRecord.phone;
}

/** The id of the demo's offering with this letter (A 修锁配钥匙, B 家电调试, C 证件照拍摄, D 法律咨询, …). */
export async function demoOfferingId(platform: Platform, letter: string): Promise<string> {
  const { offerings } = await platform.gql<{ offerings: Array<{ id: string; letter: string }> }>(
    '{ offerings { id letter } }',
    {},
    kioskHeaders(platform),
  );
  return offerings.find((s) => s.letter === letter)!.id;
}

/** A signed-in resident takes a ticket in the line of the offering with this letter; returns its code. */
export async function takeTicket(
  platform: Platform,
  resident: RequestHeaders,
  letter: string,
  idempotencyKey: string = crypto.randomUUID(),
): Promise<string> {
  const { takeTicket: ticket } = await platform.gql<{ takeTicket: { code: string } }>(
    'mutation ($input: TakeTicketInput!) { takeTicket(input: $input) { code } }',
    { input: { offeringId: await demoOfferingId(platform, letter), idempotencyKey } },
    resident,
  );
  return ticket.code;
}

/** The demo resident takes a ticket at the demo kiosk; returns its code. */
export async function takeDemoTicket(platform: Platform, letter: string, idempotencyKey?: string): Promise<string> {
  return takeTicket(platform, await residentHeaders(platform), letter, idempotencyKey);
}

/** A signed-in resident books the offering with this letter in an opening. */
export async function bookOffering(
  platform: Platform,
  resident: RequestHeaders,
  letter: string,
  openingId: string,
  problem = '',
): Promise<void> {
  await platform.gql(
    'mutation ($input: BookInput!) { bookOffering(input: $input) { id } }',
    {
      input: {
        offeringId: await demoOfferingId(platform, letter),
        openingId,
        idempotencyKey: crypto.randomUUID(),
        problem,
      },
    },
    resident,
  );
}

/** Staff call the next number of a line to one of the demo's desks (1号台, 2号台, 3号台); returns it. */
export async function callNext(
  platform: Platform,
  staff: RequestHeaders,
  letter: string,
  desk: string,
): Promise<{ id: string; code: string } | null> {
  const { desks } = await platform.gql<{ desks: Array<{ id: string; name: string }> }>(
    '{ desks { id name } }',
    {},
    staff,
  );
  const { callNext: called } = await platform.gql<{ callNext: { id: string; code: string } | null }>(
    'mutation ($input: CallNextInput!) { callNext(input: $input) { id code } }',
    {
      input: {
        offeringId: await demoOfferingId(platform, letter),
        deskId: desks.find((c) => c.name === desk)!.id,
      },
    },
    staff,
  );
  return called;
}

// Pages, opened and driven as a person would.

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
 * driver waits for instead of a pause.
 */
function subscriptionsStarted(
  page: Page,
  operation: string,
  variables: (v: Record<string, unknown>) => boolean = () => true,
): number {
  return (subscriptions.get(page) ?? []).filter((s) => s.operation === operation && variables(s.variables)).length;
}

/**
 * Waits until `page` has sent an `operation` subscription (matching `variables`, when given):
 * before that, a change it should follow live may happen unseen.
 */
export async function untilSubscribed(
  page: Page,
  operation: string,
  variables?: (v: Record<string, unknown>) => boolean,
): Promise<void> {
  await expect.poll(() => subscriptionsStarted(page, operation, variables)).toBeGreaterThan(0);
}

/** A page in a browser context of its own (its own storage: one device or person each), in Chinese. */
async function newPage(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', ...options });
  const page = await context.newPage();
  trackSubscriptions(page);
  return page;
}

/** Taps digits on the on-screen keypad labelled `pad` (as a finger would: one button per digit). */
export async function tapDigits(page: Page, pad: string, digits: string): Promise<void> {
  const keypad = page.getByRole('group', { name: pad });
  for (const d of digits) await keypad.getByRole('button', { name: d, exact: true }).click();
}

/** The demo kiosk in portrait at 1080×1920, on its home screen. `query` e.g. "?idle=3&warn=3". */
export async function openKiosk({ browser, platform }: BrowserPlatform, query = ''): Promise<Page> {
  const page = await newPage(browser, { viewport: { width: 1080, height: 1920 }, hasTouch: true });
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

/** The demo kiosk with the demo resident signed in, on the notices of their building (1号楼). */
export async function openKioskSignedIn(e2e: BrowserPlatform, query = ''): Promise<Page> {
  const page = await openKiosk(e2e, query);
  await signInOnKiosk(page);
  await page.getByRole('heading', { name: '1号楼的通知' }).waitFor();
  return page;
}

/** On the kiosk, from any page with the 首页 link: the service corner, once it has loaded. */
export async function kioskToCorner(page: Page): Promise<void> {
  await page.getByRole('link', { name: '首页' }).click();
  await page.getByRole('link', { name: /^便民服务 / }).click();
  await page.getByRole('link', { name: /我的排号和预约/ }).waitFor();
}

/** On the kiosk, from the service corner: 我的排号和预约, where the resident's numbers and bookings are. */
export async function kioskToMine(page: Page): Promise<void> {
  await page.getByRole('link', { name: /我的排号和预约/ }).click();
  await page.getByRole('heading', { name: '我的预约' }).waitFor();
}

/**
 * On the kiosk's corner page (open now): taps an offering and lands on its ticket, once that page
 * follows the ticket's line live; returns the code.
 */
export async function takeTicketOnKiosk(page: Page, offering: string): Promise<string> {
  const ofLine = (v: Record<string, unknown>) => typeof v.offeringId === 'string';
  const before = subscriptionsStarted(page, 'QueueChanged', ofLine);
  await page.getByRole('button', { name: new RegExp(offering) }).click();
  await page.waitForURL(/\/corner\/ticket\//);
  const code = page.locator('#ticket-code');
  await code.waitFor();
  await expect.poll(() => subscriptionsStarted(page, 'QueueChanged', ofLine)).toBeGreaterThan(before);
  return (await code.textContent())!.trim();
}

/** On the kiosk's ticket page: the link its QR code encodes, for a phone to follow the ticket. */
export async function followLinkOnKiosk(page: Page): Promise<string> {
  const qr = page.locator('[data-follow-url]');
  await qr.waitFor();
  return (await qr.getAttribute('data-follow-url'))!;
}

/**
 * On the kiosk's corner page: books `offering` in the first opening with places left, through
 * the three steps (opening, a common problem when given, confirm), and waits for the success page.
 */
export async function bookOnKiosk(page: Page, offering: string, problem?: string): Promise<void> {
  await page.getByRole('link', { name: `预约${offering}` }).click();
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

/** A resident's phone (375×812, touch): no device token, no session; it opens a page of its own. */
export async function openPhone({ browser }: BrowserPlatform): Promise<Page> {
  return newPage(browser, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
}

/** The service-corner display (demo screen device) at 1920×1080, once it is live. `query` e.g. "?lang=en". */
export async function openCornerScreen({ browser, platform }: BrowserPlatform, query = ''): Promise<Page> {
  const page = await newPage(browser, { viewport: { width: 1920, height: 1080 } });
  await page.goto(`${platform.url}/screens/service-corner${query}#device=${platform.demoDevices.serviceScreenToken}`);
  await page.getByRole('heading', { level: 1, name: /^(便民服务角|Service corner)$/ }).waitFor();
  await expect.poll(() => subscriptionsStarted(page, 'CornerScreenQueueChanged')).toBeGreaterThan(0);
  return page;
}

/**
 * A screen's screenshot at its size and the same picture at half size, drawn by the browser (as
 * the back row of the room sees it): `<dir>/<name>.png` and `<dir>/<name>-half.png`.
 */
export async function screenShots(screen: Page, dir: string, name: string): Promise<void> {
  await screen.evaluate(() => document.fonts.ready);
  const png = await screen.screenshot({ path: path.join(dir, `${name}.png`) });
  const size = screen.viewportSize() ?? { width: 1920, height: 1080 };
  const [width, height] = [size.width / 2, size.height / 2];
  const half = await screen.context().newPage();
  await half.setViewportSize({ width, height });
  await half.setContent(
    `<body style="margin:0"><img style="display:block;width:${width}px;height:${height}px" src="data:image/png;base64,${png.toString('base64')}"></body>`,
  );
  await half.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  await half.screenshot({ path: path.join(dir, `${name}-half.png`) });
  await half.close();
}

/** The meeting-room screen (demo screen device) at 1920×1080, as it starts loading. */
export async function openMeetingScreen({ browser, platform }: BrowserPlatform): Promise<Page> {
  const page = await newPage(browser, { viewport: { width: 1920, height: 1080 } });
  await page.goto(`${platform.url}/screens/meeting-room#device=${platform.demoDevices.meetingScreenToken}`);
  return page;
}

/** The console in its own browser, a demo staff member signed in (on its home page). */
export async function openConsole(
  { browser, platform }: BrowserPlatform,
  username = 'admin',
  viewport = { width: 1440, height: 900 },
): Promise<Page> {
  const staff = DEMO.staff.find((s) => s.username === username)!;
  const page = await newPage(browser, { viewport });
  await page.goto(`${platform.url}/admin/`);
  await page.getByLabel('社区代码', { exact: true }).fill(DEMO.communityCode);
  await page.getByLabel('用户名', { exact: true }).fill(staff.username);
  await page.getByLabel('密码', { exact: true }).fill(staff.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL(/\/admin\/home/);
  return page;
}

/**
 * The console's desk view in its own browser, signed in as `username`, at `desk` (its
 * usual first line chosen), once it is live; focus is left on the page, so the shortcut keys act.
 */
export async function openDeskView(e2e: BrowserPlatform, desk = '1号台', username = 'staff'): Promise<Page> {
  const page = await openConsole(e2e, username);
  await page.getByRole('link', { name: '便民服务角' }).click();
  await page.getByRole('link', { name: '叫号台', exact: true }).click();
  await page.getByLabel('窗口', { exact: true }).selectOption({ label: desk });
  await page.getByRole('heading', { name: '便民服务角 · 叫号台' }).click();
  // The desk view's own subscription (offeringId null; the today board's sends no variables).
  await untilSubscribed(page, 'QueueChanged', (v) => v.offeringId === null);
  await deskSettled(page);
  return page;
}

/**
 * On the desk view: waits until it has settled (the chosen line and desk loaded, no action
 * on its way, no key press waiting), so what it shows is what the next key acts on.
 */
export async function deskSettled(page: Page): Promise<void> {
  await page.getByRole('region', { name: '当前号码' }).and(page.locator('[data-ready="true"]')).waitFor();
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

/** Offerings K–Z beside the demo's ten (A–J), with names as long as real ones get. */
export const MORE_OFFERINGS = [
  '老年人智能手机使用帮助',
  '血压血糖测量与咨询',
  '小家电清洗保养',
  '自行车电动车打气',
  '代收代寄快递包裹',
  '社保医保政策咨询',
  '眼镜清洗与螺丝紧固',
  '助听器电池更换',
  '心理疏导与陪伴聊天',
  '水电燃气缴费帮助',
  '旧衣物回收登记',
  '助餐助浴预约登记',
  '健康养生讲座报名',
  '防诈骗宣传咨询',
  '家政保洁服务预约',
  '居家适老化改造咨询',
];

/** Adds MORE_OFFERINGS as letters K–Z, active: the corner at its full 26. */
export async function addOfferingsToZ(platform: Platform): Promise<void> {
  await platform.sql(
    `INSERT INTO offering (id, community_id, letter, name, provider, typical_minutes, booking_capacity, active)
     SELECT gen_random_uuid(), c.id, chr(74 + m.n::int), m.name, '志愿者服务队', 10, 8, true
       FROM community c, unnest(string_to_array(?, '|')) WITH ORDINALITY AS m(name, n)`,
    [MORE_OFFERINGS.join('|')],
  );
}

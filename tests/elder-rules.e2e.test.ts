import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO } from '../api/src/seed/demo-seed.js';
import { localDate } from '../api/src/platform/time.js';
import { callNext, demoOfferingId, residentHeaders, staffHeaders, takeTicket } from './drivers.js';
import { describeFindings, elderAudit } from './elder-rules.js';
import { useBrowserPlatform, type BrowserPlatform, type Platform } from './platform-app.js';

/**
 * Issue 9: every kiosk page, signed out and signed in, in Chinese and in English, at the lobby
 * kiosk's 1080×1920, keeps the elder rules of tests/elder-rules.ts — each step of each flow and
 * the dialogs reachable without a race. Every +page.svelte under kiosk/src/routes/(kiosk) must be
 * audited in both languages, so a new page without coverage fails here.
 */

const KIOSK_ROUTES = fileURLToPath(new URL('../kiosk/src/routes/(kiosk)/', import.meta.url));

/** The route ids of the kiosk's pages, from the file tree: '/', '/corner/ticket/[id]', … */
function kioskRouteIds(): string[] {
  return readdirSync(KIOSK_ROUTES, { recursive: true, encoding: 'utf8' })
    .filter((f) => path.basename(f) === '+page.svelte')
    .map((f) => '/' + path.dirname(f).split(path.sep).join('/'))
    .map((id) => (id === '/.' ? '/' : id.replace(/\/\([^)]*\)/g, '')))
    .sort();
}

/** A route id as a pattern for pathnames (`[x]` one segment, `[[x]]` an optional one). */
function routePattern(id: string): RegExp {
  const body = id
    .split('/')
    .filter(Boolean)
    .map((seg) => (seg.startsWith('[[') ? '(?:/[^/]+)?' : seg.startsWith('[') ? '/[^/]+' : `/${seg}`))
    .join('');
  return new RegExp(`^${body || '/'}$`);
}

/** A walk audits up to 25 screens (axe-core on each): more than one test's usual minute on a busy machine. */
const WALK_TIMEOUT = 180_000;

type Lang = 'zh-CN' | 'en';
const LANGS: Lang[] = ['zh-CN', 'en'];

/** What was audited: route id → language → the states seen there. */
const audited = new Map<string, Map<Lang, string[]>>();
/** What each audit looked at (printed after the walks). */
const seen: string[] = [];
/** Every violation, by where it was seen (reported together at the end of each language's walk). */
const reports: string[] = [];

async function audit(page: Page, lang: Lang, state: string): Promise<void> {
  const pathname = new URL(page.url()).pathname;
  const route = kioskRouteIds().find((id) => routePattern(id).test(pathname)) ?? pathname;
  const byLang = audited.get(route) ?? new Map<Lang, string[]>();
  byLang.set(lang, [...(byLang.get(lang) ?? []), state]);
  audited.set(route, byLang);
  const { findings, checked } = await elderAudit(page, lang);
  // Something was looked at: a blank or half-loaded screen would pass every rule.
  expect(checked.targets, `${pathname} (${state}): no tap targets found`).toBeGreaterThan(0);
  expect(checked.texts, `${pathname} (${state}): no text found`).toBeGreaterThan(0);
  seen.push(
    `${lang} ${pathname} (${state}): ${checked.targets} targets (smallest side ${checked.smallestTarget} px), ` +
      `${checked.texts} texts (smallest ${checked.smallestText} px)`,
  );
  if (findings.length) reports.push(describeFindings(`${lang} ${pathname} (${state})`, findings));
}

/** The kiosk as paired (its device token in the address, as the demo link and openKiosk do). */
async function openKioskIn(e2e: BrowserPlatform, lang: Lang, at = '/'): Promise<Page> {
  const context = await e2e.browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 1080, height: 1920 },
    hasTouch: true,
  });
  const page = await context.newPage();
  // A long idle time: the walk pauses to audit, and the idle warning is audited on its own.
  await page.goto(`${e2e.platform.url}${at}?idle=900&warn=60#device=${e2e.platform.demoDevices.kioskToken}`);
  await page.locator('header .brand').waitFor();
  await inLanguage(page, lang);
  return page;
}

/** Switches the kiosk to `lang` with its own button (it starts in Chinese for each person). */
async function inLanguage(page: Page, lang: Lang): Promise<void> {
  await page.locator('html[lang]').waitFor({ state: 'attached' });
  const toggle = page.getByRole('button', { name: 'English', exact: true });
  if (lang === 'en') {
    // Under the idle warning (a modal) the button cannot be tapped; its click handler still runs.
    if (await page.getByRole('alertdialog').isVisible()) await toggle.dispatchEvent('click');
    else await toggle.click();
  }
  await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
}

/** Waits until nothing on the page is still loading. */
async function loaded(page: Page): Promise<void> {
  await page
    .locator('main p.status')
    .and(page.getByText(/正在加载|Loading/))
    .waitFor({ state: 'detached' });
}

/** The notices page, each of its pages: one screen each, no scrolling. */
async function noticePages(page: Page, lang: Lang, state: string): Promise<void> {
  await page.locator('#notice-list > li').first().waitFor();
  for (let n = 1; ; n++) {
    // The cards of this page have been measured and placed: the page is no taller than the screen.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollHeight), { message: `notices page ${n}` })
      .toBeLessThanOrEqual(1920);
    await audit(page, lang, `${state}, page ${n}`);
    const next = page.locator('nav.pager button.next');
    if (!(await next.isVisible()) || (await next.isDisabled())) break;
    await next.click();
    // 第 2 / 3 页 · Page 2 of 3
    await page
      .locator('nav.pager .page-no')
      .getByText(new RegExp(`^(第 ${n + 1} /|Page ${n + 1} of)`))
      .waitFor();
  }
}

/** Home, by the brand link at the top of every page. */
async function home(page: Page): Promise<void> {
  await page.locator('header a.brand').click();
  await page.locator('nav.tiles').waitFor();
}

async function toCorner(page: Page): Promise<void> {
  await home(page);
  await page.locator('nav.tiles a[href="/corner"]').click();
  await page.locator('#corner-offerings').waitFor();
}

async function tapDigits(page: Page, digits: string): Promise<void> {
  const keypad = page.locator('.keypad');
  for (const d of digits) await keypad.getByRole('button', { name: d, exact: true }).click();
}

/** A neighbour of the demo resident with a fresh set-up code from the office (their PIN is left alone). */
async function neighbourSetupCode(platform: Platform): Promise<{ phone: string; code: string }> {
  const admin = await staffHeaders(platform, 'admin');
  const { residents } = await platform.gql<{ residents: { items: Array<{ id: string }> } }>(
    '{ residents(search: "139", limit: 1) { items { id } } }',
    {},
    admin,
  );
  const [{ id }] = residents.items;
  const { residentRecord } = await platform.gql<{ residentRecord: { phone: string } }>(
    'query ($id: ID!) { residentRecord(id: $id) { phone } }',
    { id },
    admin,
  );
  const { phone } = residentRecord;
  const { issuePinSetupCode } = await platform.gql<{ issuePinSetupCode: { code: string } }>(
    'mutation ($id: ID!) { issuePinSetupCode(residentId: $id) { code } }',
    { id },
    admin,
  );
  return { phone, code: issuePinSetupCode.code };
}

/** Waits for step `n` of a PIN page's flow (第n步). */
async function pinStep(page: Page, n: number): Promise<void> {
  await page.locator('ol.steps li.current').getByText(String(n), { exact: true }).waitFor();
}

/** The demo resident's open work order with a follow-up, so 我的报修 has something to show. */
async function giveDemoResidentARepair(platform: Platform): Promise<void> {
  const resident = await residentHeaders(platform);
  await takeTicket(platform, resident, 'A', 'elder-rules-repair');
  const staff = await staffHeaders(platform);
  const called = await callNext(platform, staff, 'A', '1号台');
  const { createWorkOrder } = await platform.gql<{ createWorkOrder: { id: string } }>(
    'mutation ($input: CreateWorkOrderInput!) { createWorkOrder(input: $input) { id } }',
    {
      input: {
        ticketId: called!.id,
        description: '防盗门锁芯损坏，需订购配件后上门更换',
        owner: '王师傅',
        dueDate: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
      },
    },
    staff,
  );
  await platform.gql(
    'mutation ($input: WorkOrderNoteInput!) { addWorkOrderNote(input: $input) { id } }',
    { input: { workOrderId: createWorkOrder.id, text: '已联系厂家，配件周五到' } },
    staff,
  );
}

/** More suggestions of the demo resident's, so 我的建议 has a second page to audit. */
async function giveDemoResidentSuggestions(platform: Platform): Promise<void> {
  const resident = await residentHeaders(platform);
  for (const [i, title] of ['楼道灯坏了', '增加快递柜', '周末托管班', '小区绿化补种'].entries()) {
    await platform.gql(
      'mutation ($input: SubmitSuggestionInput!) { submitSuggestion(input: $input) { ref } }',
      { input: { category: 'OTHER', title, details: '', idempotencyKey: `elder-rules-${i}` } },
      resident,
    );
  }
}

/** A meeting today, so the home shows its check-in tile and 议事会签到 has a meeting to check in to. */
async function meetingToday(platform: Platform): Promise<void> {
  await platform.gql(
    'mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
    { input: { kind: 'OTHER', title: '老旧小区改造协商会', day: localDate(), place: '社区议事厅' } },
    await staffHeaders(platform, 'secretary'),
  );
}

describe('the elder rules on every kiosk page (issue 9)', () => {
  const e2e = useBrowserPlatform(async (platform) => {
    await platform.openCornerNow();
    await giveDemoResidentARepair(platform);
    await giveDemoResidentSuggestions(platform);
    await meetingToday(platform);
  });

  afterAll(() => {
    // What was walked, for the report of a run.
    console.log(seen.join('\n'));
    for (const [route, byLang] of [...audited].sort()) {
      console.log(`${route}: ${[...byLang].map(([l, s]) => `${l} [${s.join(', ')}]`).join('; ')}`);
    }
  });

  it('the route list comes from the file tree', () => {
    expect(kioskRouteIds()).toEqual(expect.arrayContaining(['/', '/notices', '/signin', '/corner', '/corner/mine']));
    expect(routePattern('/corner/book/[offeringId]/[[bookingId]]').test('/corner/book/a1/b2')).toBe(true);
    expect(routePattern('/corner/book/[offeringId]/[[bookingId]]').test('/corner/book/a1')).toBe(true);
    expect(routePattern('/corner/ticket/[id]').test('/corner/ticket')).toBe(false);
  });

  for (const lang of LANGS) {
    it(
      `signed out, in ${lang}: home, notices, the corner, sign-in (keypads, card), pages that need a resident`,
      async () => {
        reports.length = 0;
        await e2e.platform.openCornerNow();
        const page = await openKioskIn(e2e, lang);
        await page.locator('nav.tiles').waitFor();
        await loaded(page);
        await audit(page, lang, 'signed out');

        await page.locator('nav.tiles a[href="/notices"]').click();
        await page.locator('main h1').waitFor();
        await loaded(page);
        await noticePages(page, lang, 'signed out');

        // The council's board: all matters, then the answered ones.
        await home(page);
        await page.locator('nav.tiles a[href="/board"]').click();
        await page.locator('#board-matters').waitFor();
        await audit(page, lang, 'signed out, all');
        await page.locator('.chips button').nth(2).click();
        await page.locator('#board-matters li[data-status="CLOSED"]').first().waitFor();
        await audit(page, lang, 'signed out, answered');

        await toCorner(page);
        await audit(page, lang, 'signed out, open');

        await home(page);
        await page.locator('nav.tiles a[href="/signin"]').click();
        await page.locator('.keypad').waitFor();
        await audit(page, lang, 'phone keypad');
        await tapDigits(page, DEMO.resident.phone);
        await audit(page, lang, 'phone typed');
        await page.locator('button.primary.wide').click();
        await page.locator('.dots').waitFor();
        await tapDigits(page, '12');
        await audit(page, lang, 'PIN keypad');
        await page.getByRole('tab').nth(1).click();
        await page.locator('form.card input').waitFor();
        await audit(page, lang, 'card');
        await page.locator('form.card input').fill('NO-SUCH-CARD-1');
        await page.locator('form.card button[type=submit]').click();
        await page.getByRole('alert').waitFor();
        await audit(page, lang, 'card refused');

        // Forgot PIN, then setting a PIN with a set-up code, step by step (not sent at the end).
        const { phone, code } = await neighbourSetupCode(e2e.platform);
        await page.goto(`${e2e.platform.url}/pin/forgot`);
        await inLanguage(page, lang);
        await page.locator('main h1').waitFor();
        await audit(page, lang, 'forgot PIN');
        await page.locator('main a.big-link').click();
        await page.locator('.keypad').waitFor();
        await audit(page, lang, 'set-up: phone');
        await tapDigits(page, phone);
        await page.locator('.nav button.primary').click();
        await pinStep(page, 2);
        await tapDigits(
          page,
          code.replace(/^./, (d) => String((Number(d) + 1) % 10)),
        );
        await page.getByRole('alert').waitFor();
        await audit(page, lang, 'set-up: wrong code');
        await tapDigits(page, code);
        await pinStep(page, 3);
        await audit(page, lang, 'set-up: new PIN');
        await tapDigits(page, '123456');
        await page.locator('[role=alert] .why').waitFor();
        await audit(page, lang, 'set-up: PIN too simple');
        await tapDigits(page, '482915');
        await pinStep(page, 4);
        await audit(page, lang, 'set-up: PIN again');
        await tapDigits(page, '482916');
        await pinStep(page, 3);
        await page.getByRole('alert').waitFor();
        await audit(page, lang, 'set-up: PINs not the same');

        // The pages that need a resident, opened without one.
        for (const at of [
          '/pin/change',
          '/corner/mine',
          '/repairs',
          '/corner/ticket/none',
          `/corner/book/${await demoOfferingId(e2e.platform, 'B')}`,
          '/points',
          '/points/history',
          '/points/vouchers',
          '/points/voucher/none',
          '/suggest',
          '/suggestions',
          '/meeting-checkin',
        ]) {
          await page.goto(`${e2e.platform.url}${at}`);
          await inLanguage(page, lang);
          await page.locator('main h1').waitFor();
          await loaded(page);
          await audit(page, lang, 'signed out');
        }

        expect(reports, reports.join('\n\n')).toEqual([]);
      },
      WALK_TIMEOUT,
    );

    it(
      `in ${lang}: the pair page of a kiosk not yet paired, and the idle warning`,
      async () => {
        reports.length = 0;
        // A kiosk not yet paired: the pair page, and a wrong code's answer.
        const unpaired = await e2e.browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
        const pair = await unpaired.newPage();
        await pair.goto(`${e2e.platform.url}/`);
        await pair.waitForURL(/\/pair$/);
        await inLanguage(pair, lang);
        await pair.locator('form input').waitFor();
        await audit(pair, lang, 'unpaired');
        await pair.locator('form input').fill('ABCD-EFGH');
        await pair.locator('form button[type=submit]').click();
        await pair.getByRole('alert').waitFor();
        await audit(pair, lang, 'wrong code');

        // The idle warning, on a kiosk set to warn after a second.
        const idle = await e2e.browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
        const warned = await idle.newPage();
        await warned.goto(`${e2e.platform.url}/?idle=1&warn=600#device=${e2e.platform.demoDevices.kioskToken}`);
        // The warning first (it comes after a second), then the language: no race with the modal.
        await warned.getByRole('alertdialog').waitFor();
        await inLanguage(warned, lang);
        await audit(warned, lang, 'idle warning');

        expect(reports, reports.join('\n\n')).toEqual([]);
      },
      WALK_TIMEOUT,
    );

    it(
      `signed in, in ${lang}: notices, home, the corner, a ticket (waiting, called), mine, every booking step, a booking on its day, repairs, points, dialogs`,
      async () => {
        reports.length = 0;
        await e2e.platform.openCornerNow();
        const page = await openKioskIn(e2e, lang);
        await page.locator('nav.tiles a[href="/signin"]').click();
        await tapDigits(page, DEMO.resident.phone);
        await page.locator('button.primary.wide').click();
        await page.locator('.dots').waitFor();
        await tapDigits(page, DEMO.residentPin);
        await page.waitForURL(/\/notices$/);
        await loaded(page);
        await noticePages(page, lang, 'signed in');

        await home(page);
        await loaded(page);
        await audit(page, lang, 'signed in');

        // Take a ticket (letter B in Chinese, C in English: each walk its own line).
        await toCorner(page);
        await audit(page, lang, 'signed in, open');
        await page
          .locator('#corner-offerings button.offering')
          .nth(lang === 'zh-CN' ? 1 : 2)
          .click();
        await page.waitForURL(/\/corner\/ticket\//);
        await page.locator('#ticket-code').waitFor();
        await page.locator('[data-follow-url]').waitFor();
        await audit(page, lang, 'waiting');

        // 我的排号和预约 with the ticket, then its cancel dialog.
        await page.locator('a.back').click();
        await page.locator('a.mine').click();
        await page.locator('#tickets-title').waitFor();
        await loaded(page);
        await audit(page, lang, 'a ticket, no booking');

        // Book C or D through every step.
        await toCorner(page);
        await page
          .locator('#corner-offerings a.book')
          .nth(lang === 'zh-CN' ? 2 : 3)
          .click();
        await page.locator('button.opening').first().waitFor();
        await loaded(page);
        await audit(page, lang, 'booking: opening');
        await page.locator('button.opening:not([disabled])').first().click();
        await page.locator('.problems').waitFor();
        await audit(page, lang, 'booking: problem');
        await page.locator('.problems button').first().click();
        await audit(page, lang, 'booking: problem picked');
        // The last resort: a few words on the on-screen keys.
        await page.locator('button.write').click();
        const sheet = page.getByRole('dialog');
        await sheet.locator('.keyboard').waitFor();
        await audit(page, lang, 'booking: writing');
        if (lang === 'zh-CN') {
          for (const letter of 'men') await sheet.getByRole('button', { name: letter, exact: true }).click();
          await sheet.locator('button.char').first().waitFor();
          await audit(page, lang, 'booking: writing, characters to tap');
          await sheet.locator('button.char').first().click();
        } else {
          for (const letter of 'door') await sheet.getByRole('button', { name: letter, exact: true }).click();
        }
        await sheet.locator('.actions button.primary').click();
        await page.locator('.other-text').waitFor();
        await audit(page, lang, 'booking: problem written');
        await page.locator('.nav button.primary').click();
        await page.locator('ol.steps li[aria-current="step"]', { hasText: '3' }).waitFor();
        await audit(page, lang, 'booking: confirm');
        await page.locator('.nav button.primary').click();
        await page.locator('#done-title').waitFor();
        await audit(page, lang, 'booking: done');

        // Its day comes: mine offers the check-in.
        await e2e.platform.openBookedOpeningNow();
        await page.locator('main a[href="/corner/mine"]').click();
        await page.locator('#tickets-title').waitFor();
        await loaded(page);
        await audit(page, lang, 'a ticket and a booking to check in');

        // Change the booking: the flow's first step with its own opening marked.
        const change = page.locator('li.booking a[href^="/corner/book/"]');
        if (await change.count()) {
          await change.first().click();
          await page.locator('button.opening').first().waitFor();
          await audit(page, lang, 'changing a booking: opening');
          await page.locator('a.back').click();
          await page.locator('#tickets-title').waitFor();
          await loaded(page);
        }

        // The cancel dialogs: a booking's, then a ticket's (each cancelled for real).
        await page.locator('li.booking button.cancel').first().click();
        await page.locator('dialog.confirm-cancel[open]').waitFor();
        await audit(page, lang, 'cancel a booking?');
        await page.locator('dialog[open] button.leave').click();
        await page.locator('dialog.message[open]').waitFor();
        await audit(page, lang, 'booking cancelled: message');
        await page.locator('dialog[open] button.ok').click();
        await page.locator('dialog[open]').waitFor({ state: 'detached' });
        await page.locator('li.ticket button.cancel').first().click();
        await page.locator('dialog.confirm-cancel[open]').waitFor();
        await audit(page, lang, 'cancel a ticket?');
        await page.locator('dialog[open] button.leave').click();
        await page.locator('dialog.message[open]').waitFor();
        await audit(page, lang, 'ticket cancelled: message');
        await page.locator('dialog[open] button.ok').click();
        await page.locator('dialog[open]').waitFor({ state: 'detached' });
        await loaded(page);
        await audit(page, lang, 'after cancelling');

        // A number called to a desk: its page says where to go.
        const letter = lang === 'zh-CN' ? 'B' : 'C';
        await takeTicket(e2e.platform, await residentHeaders(e2e.platform), letter);
        const called = await callNext(
          e2e.platform,
          await staffHeaders(e2e.platform),
          letter,
          lang === 'zh-CN' ? '2号台' : '3号台',
        );
        await toCorner(page);
        await page.locator('a.mine').click();
        await page.locator(`li.ticket a[href="/corner/ticket/${called!.id}"]`).click();
        // The ticket's own page (the list before it shows called tickets too).
        await page.waitForURL(`**/corner/ticket/${called!.id}`);
        await page.locator('article.ticket.called').waitFor();
        await audit(page, lang, 'called');

        // Repairs: the open work order with its follow-up.
        await home(page);
        await page.locator('nav.tiles a[href="/repairs"]').click();
        await page.locator('.card-list').waitFor();
        await audit(page, lang, 'a work order');

        // Points: the page, a redemption's confirmation, its voucher, my vouchers, the history.
        await home(page);
        await page.locator('nav.tiles a[href="/points"]').click();
        await page.locator('#points-balance').waitFor();
        await audit(page, lang, 'points');
        await page.locator('li.reward button.redeem').first().click();
        await page.locator('dialog.confirm-redeem[open]').waitFor();
        await audit(page, lang, 'redeem?');
        await page.locator('dialog[open] button.yes').click();
        await page.locator('figure[data-voucher-code] img').waitFor();
        await audit(page, lang, 'a voucher');
        await page.locator('main a.back').click();
        await page.locator('li.voucher').first().waitFor();
        await audit(page, lang, 'my vouchers');
        await page.locator('main a.back').click();
        await page.locator('#points-balance').waitFor();
        await page.locator('main a[href="/points/history"]').click();
        await page.locator('#points-history').waitFor();
        await audit(page, lang, 'points history');

        // A suggestion, each step: category, title (none yet, then one tapped), details on the keys,
        // the confirmation, its number; then 我的建议 and its second page.
        await home(page);
        await page.locator('nav.tiles a[href="/suggest"]').click();
        await page.locator('.categories').waitFor();
        await audit(page, lang, 'suggest: category');
        await page.locator('.categories button').nth(2).click();
        await page.locator('.titles').waitFor();
        await audit(page, lang, 'suggest: title');
        await page.locator('.nav button.primary').click();
        await page.getByRole('alert').waitFor();
        await audit(page, lang, 'suggest: no title');
        await page.locator('.titles button').first().click();
        await page.locator('button.write-details').click();
        const details = page.getByRole('dialog');
        await details.locator('.keyboard').waitFor();
        await audit(page, lang, 'suggest: writing details');
        if (lang === 'zh-CN') {
          for (const letter of 'deng') await details.getByRole('button', { name: letter, exact: true }).click();
          await details.locator('button.char').first().click();
        } else {
          for (const letter of 'lamp') await details.getByRole('button', { name: letter, exact: true }).click();
        }
        await details.locator('.actions button.primary').click();
        await page.locator('.details-text').waitFor();
        await audit(page, lang, 'suggest: details written');
        await page.locator('.nav button.primary').click();
        await page.locator('dl.summary').waitFor();
        await audit(page, lang, 'suggest: confirm');
        await page.locator('.nav button.send').click();
        await page.locator('#suggestion-ref').waitFor();
        await audit(page, lang, 'suggest: done');
        await page.locator('main a[href="/suggestions"]').click();
        await page.locator('#my-suggestions').waitFor();
        await audit(page, lang, 'my suggestions');
        await page.locator('nav.pager button.next').click();
        await page
          .locator('nav.pager .page-no')
          .getByText(/^(第 2 \/|Page 2 of)/)
          .waitFor();
        await audit(page, lang, 'my suggestions, page 2');

        // The corner closed: an offering tapped says so in a message dialog.
        await e2e.platform.closeCornerNow();
        await toCorner(page);
        await loaded(page);
        await audit(page, lang, 'signed in, closed');
        await page.locator('#corner-offerings button.offering').first().click();
        await page.locator('dialog[open]').waitFor();
        await audit(page, lang, 'closed: message');
        await page.locator('dialog[open] button.ok').click();

        // 修改密码 from the home screen, each step (not sent at the end: the demo PIN stays).
        await home(page);
        await page.locator('.welcome a[href="/pin/change"]').click();
        await pinStep(page, 1);
        await audit(page, lang, 'change PIN: current');
        await tapDigits(page, DEMO.residentPin);
        await pinStep(page, 2);
        await audit(page, lang, 'change PIN: new');
        await tapDigits(page, '000000');
        await page.locator('[role=alert] .why').waitFor();
        await audit(page, lang, 'change PIN: too simple');
        await tapDigits(page, '482915');
        await pinStep(page, 3);
        await audit(page, lang, 'change PIN: again');
        await tapDigits(page, '482916');
        await pinStep(page, 2);
        await page.getByRole('alert').waitFor();
        await audit(page, lang, 'change PIN: not the same');

        // The meeting today: its tile, the check-in page, and its answer (checked in in the first
        // walk, already in the second). Last: the kiosk signs out by itself a few seconds after.
        await home(page);
        await page.locator('nav.tiles a[href="/meeting-checkin"]').click();
        await page.locator('main button.checkin').waitFor();
        await audit(page, lang, 'meeting check-in');
        await page.locator('main button.checkin').click();
        await page.locator('main section.done').waitFor();
        await audit(page, lang, lang === 'zh-CN' ? 'checked in' : 'checked in already');

        expect(reports, reports.join('\n\n')).toEqual([]);
      },
      WALK_TIMEOUT,
    );
  }

  it('audited every kiosk page in both languages', () => {
    const missing = kioskRouteIds().flatMap((route) =>
      LANGS.filter((lang) => !audited.get(route)?.get(lang)?.length).map((lang) => `${route} (${lang})`),
    );
    expect(missing, `kiosk pages the elder-rules walk never audited: ${missing.join(', ')}`).toEqual([]);
  });
});

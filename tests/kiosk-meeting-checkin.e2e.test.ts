import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../api/src/seed/demo-seed.js';
import { localDate } from '../api/src/platform/time.js';
import { kioskHeaders, openKiosk, staffHeaders, tapDigits } from './drivers.js';
import { useBrowserPlatform, type Platform } from './platform-app.js';

/**
 * Issue 12 at the kiosk: on a meeting's day the home shows 议事会签到; a signed-out resident taps
 * it, signs in as usual and is checked in (+10 once, through the meeting module); the points
 * history says so; a second check-in says 您已经签到过了 and adds nothing; a double tap checks in
 * once; after the answer the kiosk signs the resident out by itself.
 */

/** Screenshots at 1080×1920 (CHECKIN_SHOTS overrides where). */
const SHOTS = process.env.CHECKIN_SHOTS ?? '/tmp/kiosk-checkin';
mkdirSync(SHOTS, { recursive: true });

/** A screenshot (the whole page, to see what spills), then: it fits the portrait screen, no scrolling. */
async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollHeight), { message: name })
    .toBeLessThanOrEqual(1920);
}

const TITLE = '老旧小区改造议事会';

/** The resident's MEETING_ATTENDED entries and balance, read as the owner. */
async function credits(platform: Platform, phone: string): Promise<{ entries: number; balance: number }> {
  const [r] = (await platform.sql(
    `SELECT (SELECT count(*)::int FROM ledger_entry e WHERE e.account_id = a.id AND e.reason = 'MEETING_ATTENDED'
               AND e.source_kind = 'meeting' AND e.source_id = (SELECT id::text FROM meeting WHERE title = ?)) AS entries,
            a.balance::int AS balance
       FROM resident r JOIN ledger_account a ON a.resident_id = r.id AND a.kind = 'POINTS' WHERE r.phone = ?`,
    [TITLE, phone],
  )) as Array<{ entries: number; balance: number }>;
  return r ?? { entries: 0, balance: 0 };
}

/** A neighbour's PIN (set below with a set-up code). */
const NEIGHBOUR_PIN = '482915';

/** A neighbour of the demo resident, given a PIN with a set-up code from the office; their phone. */
async function neighbourWithPin(platform: Platform): Promise<string> {
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
  const { issuePinSetupCode } = await platform.gql<{ issuePinSetupCode: { code: string } }>(
    'mutation ($id: ID!) { issuePinSetupCode(residentId: $id) { code } }',
    { id },
    admin,
  );
  await platform.gql(
    'mutation ($input: SetPinInput!) { setPinWithCode(input: $input) { token } }',
    { input: { code: issuePinSetupCode.code, phone: residentRecord.phone, pin: NEIGHBOUR_PIN } },
    kioskHeaders(platform),
  );
  return residentRecord.phone;
}

/** From the sign-in page: phone and PIN on the keypads. */
async function signIn(page: Page, phone: string, pin: string = DEMO.residentPin): Promise<void> {
  await tapDigits(page, '手机号', phone);
  await page.getByRole('button', { name: '下一步' }).click();
  await tapDigits(page, '密码', pin);
}

describe('meeting check-in at the kiosk', () => {
  const e2e = useBrowserPlatform(async (platform) => {
    // A meeting today (an extra one besides the month's council meeting on the 15th).
    await platform.gql(
      'mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
      { input: { kind: 'OTHER', title: TITLE, day: localDate(), place: '社区议事厅' } },
      await staffHeaders(platform, 'secretary'),
    );
  });

  it('the tile, sign-in, +10 once, the history, then already; a double tap checks in once and signs out', async () => {
    const { platform } = e2e;
    const before = await credits(platform, DEMO.resident.phone);
    expect(before.entries).toBe(0);

    // Signed out, the home shows the meeting's tile with its title.
    const page = await openKiosk(e2e);
    const tile = page.getByRole('link', { name: /^议事会签到/ });
    await tile.waitFor();
    expect(await tile.textContent()).toContain(TITLE);
    await shot(page, '01-home-signed-out');

    // The check-in page: the meeting, and the way in.
    await tile.click();
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByText('社区议事厅').waitFor();
    await shot(page, '02-checkin-signed-out');
    await page.getByRole('button', { name: '登录后签到' }).click();

    // The usual sign-in (phone and PIN), then checked in without another tap.
    await page.waitForURL(/\/signin$/);
    await signIn(page, DEMO.resident.phone);
    const done = page.getByRole('status').filter({ hasText: '签到成功！积分 +10' });
    await done.waitFor();
    expect(await page.locator('section.done .quorum').textContent()).toMatch(/已有 \d+ 人签到/);
    await shot(page, '03-checked-in');
    await expect
      .poll(() => credits(platform, DEMO.resident.phone))
      .toEqual({
        entries: 1,
        balance: before.balance + 10,
      });

    // The points history at the kiosk says it in words.
    await page.getByRole('link', { name: '首页' }).click();
    await page.getByRole('link', { name: /^积分兑换/ }).click();
    await page.getByRole('link', { name: '积分记录' }).click();
    const history = page.locator('#points-history > li');
    await history.first().waitFor();
    const lines = (await history.allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
    expect(
      lines.some((l) => l.includes(`参加${TITLE}`) && /\+10$/.test(l)),
      lines.join('\n'),
    ).toBe(true);
    await shot(page, '04-history');

    // Again (signed in now): already, no second +10, no error look.
    await page.getByRole('link', { name: '首页' }).click();
    await page.getByRole('link', { name: /^议事会签到/ }).click();
    await page.getByRole('button', { name: '签到', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '您已经签到过了' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await shot(page, '05-already');
    expect(await credits(platform, DEMO.resident.phone)).toEqual({ entries: 1, balance: before.balance + 10 });
    await page.context().close();

    // A neighbour, signed in first, double-taps 签到: one check-in, +10 once.
    const phone = await neighbourWithPin(platform);
    const other = await openKiosk(e2e);
    const had = await credits(platform, phone);
    await other.getByRole('link', { name: /居民登录/ }).click();
    await signIn(other, phone, NEIGHBOUR_PIN);
    await other.waitForURL(/\/notices$/);
    await other.getByRole('link', { name: '首页' }).click();
    await other.getByRole('link', { name: /^议事会签到/ }).waitFor();
    await other.getByRole('link', { name: /^积分兑换/ }).waitFor();
    await shot(other, '06-home-signed-in');
    await other.getByRole('link', { name: /^议事会签到/ }).click();
    const button = other.getByRole('button', { name: '签到', exact: true });
    await button.waitFor();
    await shot(other, '07-checkin-signed-in');
    await button.dblclick();
    await other.getByRole('status').filter({ hasText: '签到成功！积分 +10' }).waitFor();
    await expect.poll(() => credits(platform, phone)).toEqual({ entries: 1, balance: had.balance + 10 });

    // Left alone, the kiosk signs the resident out for the next person.
    await other.getByText(/秒后自动退出/).waitFor();
    await other.getByRole('link', { name: /居民登录/ }).waitFor({ timeout: 20_000 });
    expect(new URL(other.url()).pathname).toBe('/');
    // Ready for the next person: the meeting's tile again.
    await other.getByRole('link', { name: /^议事会签到/ }).waitFor();
    await shot(other, '08-signed-out-after');
    expect(await credits(platform, phone)).toEqual({ entries: 1, balance: had.balance + 10 });
  });
});

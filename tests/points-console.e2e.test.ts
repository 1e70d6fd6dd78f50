import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../api/src/seed/demo-seed.js';
import { localDate } from '../api/src/platform/time.js';
import { openConsole, residentHeaders, staffHeaders } from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

/** Screenshots of the points pages (1440×900), to look at. */
const SHOTS = process.env.POINTS_SHOTS ?? '/tmp/console-points';
const shot = async (page: Page, name: string) => {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
};

describe('the console’s points pages', () => {
  const e2e = useBrowserPlatform();

  it('a secretary records hours, sees the line, fulfils a voucher by its code, adds stock, and the chart draws', async () => {
    const { platform } = e2e;
    const [{ id: residentId }] = (await platform.sql(`SELECT id FROM resident WHERE name = ?`, [
      DEMO.resident.name,
    ])) as Array<{ id: string }>;
    const page = await openConsole(e2e, 'secretary');

    // From the resident's page to their ledger.
    await page.goto(`${platform.url}/admin/residents/${residentId}`);
    await page.getByRole('link', { name: '查看积分明细、记积分' }).click();
    await page.getByRole('heading', { name: `${DEMO.resident.name} 的积分`, level: 1 }).waitFor();
    const balance = page.getByTestId('points-balance');
    await expect.poll(async () => Number(await balance.textContent())).toBeGreaterThan(0);
    const before = Number(await balance.textContent());

    // Volunteer hours: 2 hours at the demo rule (5 a hour) credit 10.
    await page.getByLabel('服务内容', { exact: true }).fill('花园除草');
    await page.getByLabel('时长（小时，按半小时）', { exact: true }).fill('2');
    await page.getByLabel('核实人', { exact: true }).fill('楼长王师傅');
    await page.getByRole('button', { name: '记录志愿时长' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `已记录 +10 分，现在共 ${before + 10} 分。` })
      .waitFor();
    const line = page.getByRole('row', { name: /志愿服务：花园除草（2 小时）/ });
    await line.waitFor();
    expect(await line.textContent()).toContain('李秘书');
    expect(await line.textContent()).toContain('+10');
    await expect.poll(async () => Number(await balance.textContent())).toBe(before + 10);

    // A meeting's attendance is the meeting module's: staff check the resident in twice at today's
    // meeting; the ledger shows one +10 line, and the second check-in adds nothing.
    const staff = await staffHeaders(platform, 'secretary');
    const { createMeeting } = await platform.gql<{ createMeeting: { id: string } }>(
      'mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
      { input: { kind: 'OTHER', title: '12月议事会', day: localDate() } },
      staff,
    );
    const CHECK_IN =
      'mutation ($input: CheckInResidentInput!) { checkInResident(input: $input) { alreadyCheckedIn pointsAwarded } }';
    const checkIn = () =>
      platform.gql<{ checkInResident: { alreadyCheckedIn: boolean; pointsAwarded: number } }>(
        CHECK_IN,
        { input: { meetingId: createMeeting.id, residentId } },
        staff,
      );
    expect((await checkIn()).checkInResident).toEqual({ alreadyCheckedIn: false, pointsAwarded: 10 });
    expect((await checkIn()).checkInResident).toEqual({ alreadyCheckedIn: true, pointsAwarded: 0 });
    await page.reload();
    await expect.poll(async () => Number(await balance.textContent())).toBe(before + 20);
    await expect.poll(() => page.getByRole('row', { name: /参加12月议事会/ }).count()).toBe(1);
    expect(await page.getByRole('row', { name: /参加12月议事会/ }).textContent()).toContain('+10');

    // The filters live in the address: only volunteer work.
    await page.getByRole('group', { name: '按事项筛选' }).getByRole('button', { name: '志愿服务' }).click();
    await page.waitForURL(/reasons=VOLUNTEER_HOUR/);
    await expect.poll(() => page.getByRole('row', { name: /参加12月议事会/ }).count()).toBe(0);
    await page.getByRole('row', { name: /花园除草/ }).waitFor();
    await shot(page, 'ledger.png');

    // A correction of the hours: the entry stays, marked, and its opposite is recorded with the reason.
    await page
      .getByRole('row', { name: /花园除草/ })
      .getByRole('button', { name: '更正' })
      .click();
    const dialog = page.getByRole('dialog', { name: '更正这笔积分' });
    await dialog.getByLabel('更正原因', { exact: true }).fill('记错了人');
    await shot(page, 'correction.png');
    await dialog.getByRole('button', { name: '记一笔更正' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(async () => Number(await balance.textContent())).toBe(before + 10);
    await page.getByRole('row', { name: /花园除草.*已更正/ }).waitFor();

    // The demo resident redeems 文具套装 at the kiosk (through the API here).
    const resident = await residentHeaders(platform);
    const { rewardCatalogue } = await platform.gql<{
      rewardCatalogue: { items: Array<{ reward: { id: string; name: string } }> };
    }>('{ rewardCatalogue { items { reward { id name } } } }', {}, resident);
    const stationery = rewardCatalogue.items.find((i) => i.reward.name === '文具套装')!.reward;
    const { redeemReward } = await platform.gql<{ redeemReward: { code: string } }>(
      'mutation ($input: RedeemInput!) { redeemReward(input: $input) { code } }',
      { input: { rewardId: stationery.id, idempotencyKey: 'e2e-console-points-1' } },
      resident,
    );

    // Fulfil it by typing its code and Enter, as a scanner would.
    await page.getByRole('link', { name: '兑换券核销' }).click();
    await page.getByRole('heading', { name: '兑换券', level: 1 }).waitFor();
    const box = page.getByLabel('券号', { exact: true });
    await box.fill(redeemReward.code.toLowerCase());
    await box.press('Enter');
    const voucher = page.getByTestId('voucher');
    await voucher.getByText(DEMO.resident.name).waitFor();
    await voucher.getByText('待兑换').waitFor();
    await page.getByRole('button', { name: '兑换完成' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `兑换券 ${redeemReward.code} 已兑换完成：文具套装。` })
      .waitFor();
    await voucher.getByText('已兑换', { exact: true }).waitFor();
    await shot(page, 'vouchers.png');

    // Stock received: +5 of 洗衣液一瓶.
    await page.getByRole('link', { name: '奖品目录' }).click();
    const stock = page.getByTestId('stock-洗衣液一瓶');
    await stock.waitFor();
    const had = Number(await stock.textContent());
    await page.getByLabel('“洗衣液一瓶”的数量', { exact: true }).fill('5');
    await page
      .getByRole('row', { name: /洗衣液一瓶/ })
      .getByRole('button', { name: '入库' })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: `“洗衣液一瓶”入库 5 件，现有 ${had + 5} 件。` })
      .waitFor();
    await expect.poll(async () => Number(await stock.textContent())).toBe(had + 5);
    await shot(page, 'rewards.png');

    // The overview's chart draws on a canvas of real size.
    await page.getByRole('link', { name: '概览' }).click();
    await page.getByRole('heading', { name: '每月积分：获得与兑换' }).waitFor();
    const canvas = page.locator('.chart canvas');
    await canvas.waitFor();
    const size = await canvas.boundingBox();
    expect(size?.width ?? 0).toBeGreaterThan(100);
    expect(size?.height ?? 0).toBeGreaterThan(100);
    await shot(page, 'overview.png');

    // Stars and rules render (looked at in the screenshots).
    await page.getByRole('link', { name: '治理之星' }).click();
    await page.getByText('积分相同时：参与次数多者在前；仍相同：先达到该积分者在前').waitFor();
    await page.getByRole('table').waitFor();
    await shot(page, 'stars.png');
    await page.getByRole('link', { name: '积分规则' }).click();
    await page.getByRole('heading', { name: '新增规则' }).waitFor();
    await shot(page, 'rules.png');
  });
});

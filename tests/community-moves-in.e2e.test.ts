import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../api/src/seed/demo-seed.js';
import { tapDigits } from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

/**
 * Issue 10, done when: a street office opens a community and its admin; the admin imports the
 * roster (a dry run shows two bad rows, fixed, then committed), issues a set-up code; the
 * resident sets a PIN at the kiosk and signs in; the admin replaces the resident's card and the
 * old one is refused; the audit log shows each step. Screenshots with MOVES_IN_SHOTS=<dir>.
 */

const SHOTS = process.env.MOVES_IN_SHOTS;
const shot = async (page: Page, name: string, fullPage = true) => {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, name), fullPage });
};

const CODE = `cf${String(Date.now()).slice(-6)}`;
const HEAD = '姓名,手机号,楼栋,单元,房号,出生日期,独居,行动不便,备注';
const ROWS = [
  '周桂英,13911110001,1,1,101,1944-04-18,是,否,住一楼',
  '吴建国,13911110002,1,2,201,1958-11-02,否,否,',
  '郑秀兰,13911110003,2,1,302,1939-07-30,是,是,需要上门服务',
  '冯子涵,13911110004,3,2,502,2001-01-09,否,否,',
];
const roster = (rows: string[]) => ({
  name: '春风里花名册.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from([HEAD, ...rows].join('\n')),
});

async function consolePage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}/admin/`);
  return page;
}

async function oneTimePassword(page: Page, title: RegExp): Promise<string> {
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  const password = await dialog.getByLabel('一次性密码', { exact: true }).inputValue();
  await dialog.getByRole('button', { name: '我已记下' }).click();
  await dialog.waitFor({ state: 'hidden' });
  return password;
}

async function checkRoster(page: Page, rows: string[]): Promise<void> {
  await page.getByTestId('roster-file').setInputFiles(roster(rows));
  await page.getByTestId('roster-chosen').waitFor();
  await page.getByRole('button', { name: '检查文件' }).click();
  await page.getByTestId('roster-report').waitFor();
}

describe('a real community moves in', () => {
  const e2e = useBrowserPlatform();

  it('street office → community and admin → roster import with a dry run → set-up code → PIN at the kiosk → card replaced → all in the audit log', async () => {
    const { browser, platform } = e2e;

    // 1. The street office opens 春风里社区 (3 buildings of 2 units) and its first admin.
    const office = await consolePage(browser, platform.url);
    await office.getByRole('radio', { name: '街道办' }).check();
    await office.getByLabel('用户名', { exact: true }).fill(DEMO.operator.username);
    await office.getByLabel('密码', { exact: true }).fill(DEMO.operator.password);
    await office.getByRole('button', { name: '登录', exact: true }).click();
    await office.waitForURL(/\/admin\/operator/);
    await office.getByLabel('社区名称', { exact: true }).fill('春风里社区');
    await office.getByLabel('社区代码', { exact: true }).fill(CODE);
    await office.getByLabel('地址', { exact: true }).fill('春风路 8 号');
    await office.getByLabel('楼栋数', { exact: true }).fill('3');
    await office.getByLabel('每栋单元数', { exact: true }).fill('2');
    await office.getByLabel('管理员姓名', { exact: true }).fill('周主任');
    await office.getByRole('button', { name: '开设社区', exact: true }).click();
    const once = await oneTimePassword(office, /已开设 春风里社区/);

    // 2. The admin signs in with it and chooses a password of their own.
    const admin = await consolePage(browser, platform.url);
    await admin.getByLabel('社区代码', { exact: true }).fill(CODE);
    await admin.getByLabel('用户名', { exact: true }).fill('admin');
    await admin.getByLabel('密码', { exact: true }).fill(once);
    await admin.getByRole('button', { name: '登录', exact: true }).click();
    await admin.waitForURL(/\/admin\/change-password/);
    await admin.getByLabel('一次性密码', { exact: true }).fill(once);
    await admin.getByLabel('新密码', { exact: true }).fill('spring-lane-7302');
    await admin.getByLabel('再次输入新密码', { exact: true }).fill('spring-lane-7302');
    await admin.getByRole('button', { name: '保存新密码' }).click();
    await admin.waitForURL(/\/admin\/home/);

    // 3. The roster: a dry run shows two bad rows (a phone of ten digits, building 9), nothing
    // written; the fixed file is checked clean and committed.
    await admin.goto(`${platform.url}/admin/residents/import`);
    await admin.getByRole('heading', { name: '导入居民花名册' }).waitFor();
    await checkRoster(admin, [
      ROWS[0],
      '吴建国,1391111000,1,2,201,1958-11-02,否,否,',
      ROWS[2],
      '冯子涵,13911110004,9,2,502,2001-01-09,否,否,',
    ]);
    const problems = admin.getByTestId('roster-problems');
    await problems.waitFor();
    const cells = (await problems.locator('tbody tr').allInnerTexts()).map((r) => r.split('\t')[0].trim());
    expect(cells).toEqual(['3', '5']);
    expect(await admin.getByRole('button', { name: '导入', exact: true }).isDisabled()).toBe(true);
    await shot(admin, 'import-dry-run.png');
    const [{ n: before }] = await platform.sql(
      'SELECT count(*)::int AS n FROM resident r JOIN community c ON c.id = r.community_id WHERE c.code = ?',
      [CODE],
    );
    expect(before).toBe(0);
    await checkRoster(admin, ROWS);
    expect(await admin.getByTestId('count-created').innerText()).toBe('4');
    await admin.getByRole('button', { name: '导入', exact: true }).click();
    await admin.getByTestId('roster-done').waitFor();
    await shot(admin, 'import-committed.png');

    // 4. The residents page finds her by pinyin initials; her record; a set-up code and a card.
    await admin.getByRole('link', { name: '居民', exact: true }).click();
    await admin.getByLabel('搜索居民').fill('zgy');
    await admin.getByRole('link', { name: '周桂英' }).click();
    await admin.getByRole('heading', { name: '周桂英' }).waitFor();
    await admin.getByText('13911110001', { exact: true }).waitFor();
    await admin.getByRole('button', { name: '发放密码设置码' }).click();
    await admin.getByRole('alertdialog', { name: '发放密码设置码？' }).getByRole('button', { name: '发放' }).click();
    const codeDialog = admin.getByRole('dialog', { name: '密码设置码' });
    const code = (await codeDialog.locator('.code').textContent())!.replace(/\s/g, '');
    expect(code).toMatch(/^\d{8}$/);
    await codeDialog.getByRole('button', { name: '完成' }).click();
    await admin.getByRole('button', { name: '发卡' }).click();
    const cardCode = admin.getByTestId('card-code');
    await cardCode.waitFor();
    const oldCard = (await cardCode.textContent())!.trim();

    // 5. At a kiosk of 春风里 (paired by the admin), she sets her own PIN with the code and is in.
    const { signInStaff } = await platform.gql<{ signInStaff: { token: string } }>(
      'mutation ($input: StaffSignInInput!) { signInStaff(input: $input) { token } }',
      { input: { community: CODE, username: 'admin', password: 'spring-lane-7302' } },
    );
    const { registerDevice } = await platform.gql<{ registerDevice: { token: string } }>(
      'mutation ($input: RegisterDeviceInput!) { registerDevice(input: $input) { token } }',
      { input: { kind: 'KIOSK', name: '大厅一体机', location: '1号楼大厅' } },
      { authorization: `Bearer ${signInStaff.token}` },
    );
    const kioskContext = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
    const kiosk = await kioskContext.newPage();
    await kiosk.goto(`${platform.url}/#device=${registerDevice.token}`);
    await kiosk.getByRole('link', { name: /居民登录/ }).click();
    await tapDigits(kiosk, '手机号', '13911110001');
    await kiosk.getByRole('button', { name: '下一步' }).click();
    await tapDigits(kiosk, '密码', '482915');
    await kiosk.getByRole('link', { name: '我有设置码' }).click();
    await kiosk.getByRole('heading', { name: '设置密码' }).waitFor();
    await kiosk.getByRole('button', { name: '下一步' }).click();
    await tapDigits(kiosk, '设置码', code);
    await kiosk.getByText('设置码对了').waitFor();
    await tapDigits(kiosk, '密码', '482915');
    await kiosk.getByText('第4步 / 共4步').waitFor();
    await tapDigits(kiosk, '密码', '482915');
    await kiosk.getByRole('status').filter({ hasText: '密码设置好了，请记住它' }).waitFor();
    await kiosk.getByRole('heading', { name: '您好，周桂英' }).waitFor();
    await shot(kiosk, 'kiosk-pin-set.png', false);
    await kiosk.getByRole('button', { name: /退出登录/ }).click();
    await kiosk.getByRole('link', { name: /居民登录/ }).waitFor();

    // 6. The admin replaces her card: the old one is refused at the kiosk, the new one works.
    await admin.getByRole('button', { name: '补办新卡' }).click();
    await admin.getByRole('alertdialog', { name: '补办新卡？' }).getByRole('button', { name: '补办' }).click();
    await expect.poll(async () => (await cardCode.textContent())?.trim()).not.toBe(oldCard);
    const newCard = (await cardCode.textContent())!.trim();
    await kiosk.keyboard.type(oldCard);
    await kiosk.keyboard.press('Enter');
    await expect.poll(() => kiosk.getByRole('alert').textContent()).toContain('没有找到这张居民卡');
    // Refused, the kiosk is on the card page with the code field in focus: the new card there.
    expect(await kiosk.getByRole('tab', { name: /居民卡登录/ }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => kiosk.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await kiosk.locator('input:focus').fill(newCard);
    await kiosk.keyboard.press('Enter');
    await kiosk.getByText('周桂英，您好').waitFor();

    // 7. The audit log shows each step, newest first, with who did it.
    await admin.getByRole('link', { name: '操作记录' }).click();
    await admin.getByRole('heading', { name: '操作记录', level: 1 }).waitFor();
    const rows = admin.locator('table.data tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(5);
    const actions = (await rows.allInnerTexts()).map((r) => r.split('\t')[1]?.trim());
    expect(actions.slice(0, 5)).toEqual(['发放居民卡', '发放居民卡', '发放密码设置码', '查看居民档案', '导入花名册']);
    expect(await rows.first().innerText()).toContain('补办');
    expect(await rows.first().innerText()).toContain('周桂英');
    await shot(admin, 'audit-log.png');
  });
});

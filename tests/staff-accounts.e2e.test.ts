import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../api/src/seed/demo-seed.js';
import { useBrowserPlatform } from './platform-app.js';

/** Where screenshots go when asked for (STAFF_SHOTS=/tmp/staff-shots). */
const SHOTS = process.env.STAFF_SHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
};

/** A console page in a browser context of its own (its own localStorage), in Chinese. */
async function consolePage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}/admin/`);
  return page;
}

async function signInStaff(page: Page, community: string | null, username: string, password: string) {
  if (community !== null) await page.getByLabel('社区代码', { exact: true }).fill(community);
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

/** The one-time password a dialog shows once; the dialog is closed after. */
async function readOneTimePassword(page: Page, title: RegExp): Promise<string> {
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.waitFor();
  const password = await dialog.getByLabel('一次性密码', { exact: true }).inputValue();
  expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  await dialog.getByRole('button', { name: '我已记下' }).click();
  await dialog.waitFor({ state: 'hidden' });
  return password;
}

describe('staff accounts, from the street office to a secretary', () => {
  const e2e = useBrowserPlatform();

  it('operator opens a community and its admin; the admin changes the one-time password, opens a secretary and resets its password', async () => {
    const { browser, platform } = e2e;

    // The street office signs in on the console's sign-in page and opens a community.
    const office = await consolePage(browser, platform.url);
    await office.getByRole('radio', { name: '街道办' }).check();
    await office.getByLabel('用户名', { exact: true }).fill(DEMO.operator.username);
    await office.getByLabel('密码', { exact: true }).fill(DEMO.operator.password);
    await office.getByRole('button', { name: '登录', exact: true }).click();
    await office.waitForURL(/\/admin\/operator/);
    await office.getByRole('heading', { name: '街道办 · 社区管理' }).waitFor();
    // The demo community is listed, with its size and nothing of its residents.
    const demoRow = office.getByRole('row', { name: new RegExp(DEMO.communityCode) });
    await demoRow.waitFor();
    expect(await demoRow.textContent()).toContain(DEMO.community);

    await office.getByLabel('社区名称', { exact: true }).fill('阳光苑社区');
    await office.getByLabel('社区代码', { exact: true }).fill('yangguang');
    await office.getByLabel('地址', { exact: true }).fill('阳光路 1 号');
    await office.getByLabel('楼栋数', { exact: true }).fill('6');
    await office.getByLabel('每栋单元数', { exact: true }).fill('2');
    expect(await office.getByLabel('管理员用户名', { exact: true }).inputValue()).toBe('admin');
    await office.getByLabel('管理员姓名', { exact: true }).fill('刘主任');
    await office.getByRole('button', { name: '开设社区', exact: true }).click();
    await office.getByRole('dialog', { name: /已开设 阳光苑社区/ }).waitFor();
    await shot(office, 'operator-created.png');
    const adminOnce = await readOneTimePassword(office, /已开设 阳光苑社区/);
    const row = office.getByRole('row', { name: /yangguang/ });
    await row.waitFor();
    expect((await row.textContent())?.replace(/\s+/g, ' ')).toMatch(/阳光苑社区.*yangguang.*阳光路 1 号.*6.*12.*1/);

    // The new admin signs in with the one-time password and must choose a password first.
    const admin = await consolePage(browser, platform.url);
    await signInStaff(admin, 'yangguang', 'admin', adminOnce);
    await admin.waitForURL(/\/admin\/change-password/);
    await admin.getByText('您使用的是一次性密码').waitFor();
    await admin.getByLabel('一次性密码', { exact: true }).fill(adminOnce);
    await admin.getByLabel('新密码', { exact: true }).fill('password123');
    await admin.getByLabel('再次输入新密码', { exact: true }).fill('password123');
    await admin.getByRole('button', { name: '保存新密码' }).click();
    // Refused by the policy, said next to the field.
    await admin.getByText('太常见或太容易猜到').waitFor();
    await shot(admin, 'change-password-refused.png');
    await admin.getByLabel('新密码', { exact: true }).fill('sunny-court-4821');
    await admin.getByLabel('再次输入新密码', { exact: true }).fill('sunny-court-4821');
    await admin.getByRole('button', { name: '保存新密码' }).click();
    await admin.waitForURL(/\/admin\/home/);

    // Staff accounts: open a secretary's.
    await admin.getByRole('link', { name: '员工账号' }).click();
    await admin.getByRole('heading', { name: '员工账号', level: 1 }).waitFor();
    await admin.getByLabel('用户名', { exact: true }).fill('lisi');
    await admin.getByLabel('姓名', { exact: true }).fill('李秘书');
    await admin.getByLabel('角色', { exact: true }).selectOption({ label: '议事会秘书' });
    await admin.getByRole('button', { name: '开设', exact: true }).click();
    const secretaryFirst = await readOneTimePassword(admin, /已为 李秘书 开设账号/);
    const secretaryRow = admin.getByRole('row', { name: /李秘书/ });
    await secretaryRow.getByText('待改密码').waitFor();
    await shot(admin, 'staff-accounts.png');

    // Reset its password: a new one-time password, the old one no longer works.
    await secretaryRow.getByRole('button', { name: '重设密码' }).click();
    const confirm = admin.getByRole('alertdialog');
    await confirm.waitFor();
    await confirm.getByRole('button', { name: '重设密码' }).click();
    const secretaryNew = await readOneTimePassword(admin, /李秘书 的新一次性密码/);
    expect(secretaryNew).not.toBe(secretaryFirst);

    const secretary = await consolePage(browser, platform.url);
    await signInStaff(secretary, 'yangguang', 'lisi', secretaryFirst);
    await secretary.getByRole('alert').getByText('社区代码、用户名或密码错误').waitFor();
    // The code is remembered in this browser once a sign-in succeeds; here it is still typed.
    await signInStaff(secretary, 'yangguang', 'lisi', secretaryNew);
    await secretary.waitForURL(/\/admin\/change-password/);

    // The admin's browser remembers the community: signed out, the code is already there.
    await admin.getByRole('button', { name: '退出登录' }).click();
    await admin.waitForURL(/\/admin\/?$/);
    expect(await admin.getByLabel('社区代码', { exact: true }).inputValue()).toBe('yangguang');
  });
});

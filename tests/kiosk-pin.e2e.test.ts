import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { kioskHeaders, openKiosk, staffHeaders, tapDigits } from './drivers.js';
import { useBrowserPlatform, type Platform } from './platform-app.js';

/**
 * Issue 10: PINs nobody else knows. Staff give a set-up code; the resident sets their own PIN at
 * the kiosk with it (trivial PINs refused with a kind reason), signs in with it, changes it; the
 * kiosk says where to get a code when the PIN is forgotten or locked.
 */

/** Where screenshots go when asked for (PIN_SHOTS=/tmp/pin-shots). */
const SHOTS = process.env.PIN_SHOTS;
if (SHOTS) mkdirSync(SHOTS, { recursive: true });

/** Fits the portrait screen (nothing cut, no scrolling); a screenshot when asked for. */
async function shot(page: Page, name: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollHeight), { message: name })
    .toBeLessThanOrEqual(1920);
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

interface Newcomer {
  id: string;
  phone: string;
}

/** A resident the office has just added: no PIN yet. Born 1950-06-18 (so 500618 is a birth date). */
async function newcomer(platform: Platform, staff: Record<string, string>, phone: string): Promise<Newcomer> {
  const { createResident } = await platform.gql<{ createResident: { id: string } }>(
    'mutation ($input: ResidentInput!) { createResident(input: $input) { id } }',
    { input: { name: '陈桂兰', phone, building: 1, room: '502', birthDate: '1950-06-18' } },
    staff,
  );
  return { id: createResident.id, phone };
}

async function issueCode(platform: Platform, staff: Record<string, string>, residentId: string): Promise<string> {
  const { issuePinSetupCode } = await platform.gql<{ issuePinSetupCode: { code: string } }>(
    'mutation ($id: ID!) { issuePinSetupCode(residentId: $id) { code } }',
    { id: residentId },
    staff,
  );
  return issuePinSetupCode.code;
}

/** A different 8-digit code than `code`. */
function wrongCode(code: string): string {
  return code.replace(/^./, (d) => String((Number(d) + 1) % 10));
}

const alert = (page: Page) => page.getByRole('alert');
const where = (page: Page, n: number, of: number) => page.getByText(`第${n}步 / 共${of}步`).waitFor();

/** From the kiosk's home: the sign-in page, phone typed, on the PIN step. */
async function toPinStep(page: Page, phone: string): Promise<void> {
  await page.getByRole('link', { name: /居民登录/ }).click();
  await tapDigits(page, '手机号', phone);
  await page.getByRole('button', { name: '下一步' }).click();
}

describe('a PIN of my own at the kiosk', () => {
  const e2e = useBrowserPlatform((platform) => platform.openCornerNow());

  it('first time: a set-up code from the staff, a wrong code, a trivial PIN, the birth date, a good PIN twice: signed in, and the PIN works', async () => {
    const { platform } = e2e;
    const admin = await staffHeaders(platform, 'admin');
    const me = await newcomer(platform, admin, '13700005566');
    const code = await issueCode(platform, admin, me.id);

    // No PIN yet: the sign-in page says so and offers the set-up code, with the phone carried over.
    const page = await openKiosk(e2e);
    await toPinStep(page, me.phone);
    await tapDigits(page, '密码', '482915');
    await expect.poll(() => alert(page).textContent()).toContain('您还没有设置密码');
    await shot(page, '01-signin-pin-not-set');
    await page.getByRole('link', { name: '我有设置码' }).click();

    // Step 1: the phone, already there.
    await page.getByRole('heading', { name: '设置密码' }).waitFor();
    await where(page, 1, 4);
    expect(await page.getByLabel('手机号', { exact: true }).first().textContent()).toBe('137 0000 5566');
    await shot(page, '02-setup-phone');
    await page.getByRole('button', { name: '下一步' }).click();

    // Step 2: a wrong code is said at once, with the tries left.
    await where(page, 2, 4);
    await shot(page, '03-setup-code');
    await tapDigits(page, '设置码', wrongCode(code));
    await expect.poll(() => alert(page).textContent()).toContain('设置码不对，还可以再试 4 次');
    await where(page, 2, 4);
    await shot(page, '04-setup-code-wrong');
    await tapDigits(page, '设置码', code);

    // Step 3: 123456 is refused before any round trip, saying why.
    await where(page, 3, 4);
    await page.getByText('设置码对了').waitFor();
    await shot(page, '05-setup-pin');
    await tapDigits(page, '密码', '123456');
    await expect.poll(() => alert(page).textContent()).toContain('不要用连续的数字');
    await where(page, 3, 4);
    await shot(page, '06-setup-pin-too-simple');
    await tapDigits(page, '密码', '777777');
    await expect.poll(() => alert(page).textContent()).toContain('不要用同一个数字重复');

    // The date of birth only the API knows: refused there, said the same way, back at step 3.
    await tapDigits(page, '密码', '500618');
    await where(page, 4, 4);
    await tapDigits(page, '密码', '500618');
    await expect.poll(() => alert(page).textContent()).toContain('不要用生日');
    await where(page, 3, 4);

    // Step 4: a different PIN the second time goes back to step 3, saying so.
    await tapDigits(page, '密码', '482915');
    await where(page, 4, 4);
    await shot(page, '07-setup-again');
    await tapDigits(page, '密码', '482916');
    await expect.poll(() => alert(page).textContent()).toContain('两次输入的不一样');
    await where(page, 3, 4);
    await shot(page, '08-setup-mismatch');

    // A good PIN twice: signed in, on the home screen, told to remember it.
    await tapDigits(page, '密码', '482915');
    await where(page, 4, 4);
    await tapDigits(page, '密码', '482915');
    await page.getByRole('status').filter({ hasText: '密码设置好了，请记住它' }).waitFor();
    await page.getByRole('heading', { name: '您好，陈桂兰' }).waitFor();
    await shot(page, '09-home-pin-set');

    // Signed out, then in again with the new PIN.
    await page.getByRole('button', { name: /退出登录/ }).click();
    await toPinStep(page, me.phone);
    await tapDigits(page, '密码', '482915');
    await page.getByRole('heading', { name: '1号楼的通知' }).waitFor();
    await page.getByText('陈桂兰，您好').waitFor();

    // The code was used up: it sets no PIN again.
    await expect(
      platform.gql(
        'mutation ($input: SetupCodeCheckInput!) { checkPinSetupCode(input: $input) }',
        { input: { phone: me.phone, code } },
        kioskHeaders(platform),
      ),
    ).rejects.toThrow(/SETUP_CODE_WRONG/);
  });

  it('a signed-in resident changes their PIN: a wrong current PIN (tries left), a trivial one, then a good one', async () => {
    const { platform } = e2e;
    const admin = await staffHeaders(platform, 'admin');
    const me = await newcomer(platform, admin, '13700007788');
    await platform.gql(
      'mutation ($input: SetPinInput!) { setPinWithCode(input: $input) { token } }',
      { input: { phone: me.phone, code: await issueCode(platform, admin, me.id), pin: '482915' } },
      kioskHeaders(platform),
    );

    const page = await openKiosk(e2e);
    await toPinStep(page, me.phone);
    await tapDigits(page, '密码', '482915');
    await page.getByRole('heading', { name: '1号楼的通知' }).waitFor();
    await page.getByRole('link', { name: '首页' }).click();
    await page.getByRole('link', { name: '修改密码' }).click();

    await page.getByRole('heading', { name: '修改密码' }).waitFor();
    await where(page, 1, 3);
    await shot(page, '10-change-current');
    // A wrong current PIN is known only once both new PINs are typed: back to step 1, tries left.
    await tapDigits(page, '密码', '111333');
    await where(page, 2, 3);
    await tapDigits(page, '密码', '935184');
    await where(page, 3, 3);
    await tapDigits(page, '密码', '935184');
    await expect.poll(() => alert(page).textContent()).toContain('密码不对，还可以再试 4 次');
    await where(page, 1, 3);
    await shot(page, '11-change-wrong-current');

    // The last six digits of the phone: only the API knows the phone here, and says so.
    await tapDigits(page, '密码', '482915');
    await tapDigits(page, '密码', '007788');
    await where(page, 3, 3);
    await tapDigits(page, '密码', '007788');
    await expect.poll(() => alert(page).textContent()).toContain('不要用手机号后六位');
    await where(page, 2, 3);

    await tapDigits(page, '密码', '935184');
    await where(page, 3, 3);
    await tapDigits(page, '密码', '935184');
    await page.getByRole('status').filter({ hasText: '密码改好了' }).waitFor();
    await shot(page, '12-change-done');

    // The old PIN no longer works; the new one does.
    await page.getByRole('button', { name: '退出', exact: true }).click();
    await toPinStep(page, me.phone);
    await tapDigits(page, '密码', '482915');
    await expect.poll(() => alert(page).textContent()).toContain('密码不对');
    await tapDigits(page, '密码', '935184');
    await page.getByRole('heading', { name: '1号楼的通知' }).waitFor();
  });

  it('forgot PIN: where to get a code and when, then the set-up flow or the card (Chinese and English)', async () => {
    const page = await openKiosk(e2e);
    await page.getByRole('link', { name: /居民登录/ }).click();
    await page.getByRole('link', { name: '忘记密码' }).click();
    await page.getByRole('heading', { name: '忘记密码了？' }).waitFor();
    await page.getByText('到社区服务站，找工作人员').waitFor();
    await page.getByText('24小时内有效').first().waitFor();
    // The corner is open (openCornerNow): the hours say until when.
    await page.getByText(/服务站现在开放，到 \d\d:\d\d/).waitFor();
    await shot(page, '13-forgot');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Forgot your PIN?' }).waitFor();
    await shot(page, '14-forgot-en');
    await page.getByRole('button', { name: '中文' }).click();

    await page.getByRole('link', { name: '用居民卡登录' }).click();
    await page.waitForURL(/\/signin\?mode=card$/);
    expect(await page.getByRole('tab', { name: /居民卡登录/ }).getAttribute('aria-selected')).toBe('true');
    await page.goBack();
    await page.getByRole('link', { name: '我有设置码' }).click();
    await page.getByRole('heading', { name: '设置密码' }).waitFor();
    await where(page, 1, 4);
    // 返回 on the first step goes back where the resident came from.
    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('heading', { name: '忘记密码了？' }).waitFor();
  });

  it('locked out: the sign-in page offers the set-up code; a code or a lifted lock lets the resident set a PIN', async () => {
    const { platform } = e2e;
    const admin = await staffHeaders(platform, 'admin');
    const me = await newcomer(platform, admin, '13700009900');
    await platform.gql(
      'mutation ($input: SetPinInput!) { setPinWithCode(input: $input) { token } }',
      { input: { phone: me.phone, code: await issueCode(platform, admin, me.id), pin: '482915' } },
      kioskHeaders(platform),
    );
    await platform.sql(`UPDATE resident SET pin_locked_until = now() + interval '15 minutes' WHERE phone = ?`, [
      me.phone,
    ]);

    const page = await openKiosk(e2e);
    await toPinStep(page, me.phone);
    await tapDigits(page, '密码', '482915');
    await expect.poll(() => alert(page).textContent()).toContain('领一个设置码');
    await shot(page, '15-signin-locked');
    await page.getByRole('link', { name: '我有设置码' }).click();
    await where(page, 1, 4);
    await page.getByRole('button', { name: '下一步' }).click();

    // A code from the office lifts the lock with it. Locked again before it is used (five wrong
    // tries meanwhile), the code step says so, and what the staff can do.
    const code = await issueCode(platform, admin, me.id);
    await platform.sql(`UPDATE resident SET pin_locked_until = now() + interval '15 minutes' WHERE phone = ?`, [
      me.phone,
    ]);
    await tapDigits(page, '设置码', code);
    await expect.poll(() => alert(page).textContent()).toContain('请工作人员解锁');
    await expect.poll(() => alert(page).textContent()).toContain('用同一个设置码接着设置');
    await shot(page, '16-setup-locked');

    // At the office: the lock lifted. The same code now works.
    await platform.gql('mutation ($id: ID!) { liftPinLock(residentId: $id) }', { id: me.id }, admin);
    await tapDigits(page, '设置码', code);
    await where(page, 3, 4);
    await tapDigits(page, '密码', '935184');
    await tapDigits(page, '密码', '935184');
    await page.getByRole('status').filter({ hasText: '密码设置好了' }).waitFor();
  });
});

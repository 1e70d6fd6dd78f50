import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkResident } from '../api/src/modules/resident/index.js';
import { DEMO } from '../api/src/seed/demo-seed.js';
import { checkDraft, type ResidentDraft } from '../admin/src/routes/(console)/residents/[id]/resident-rules.js';
import { openConsole } from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

/** Where screenshots go when asked for (RESIDENT_SHOTS=/tmp/resident-shots). */
const SHOTS = process.env.RESIDENT_SHOTS;
const shot = async (page: Page, name: string, fullPage = true) => {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, name), fullPage });
};

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/** WCAG A/AA problems axe-core finds on the page (rule id and the elements), none expected. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(o: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ html: string }> }> }> };
      }
    ).axe;
    return axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

const error = (page: Page, field: string) => page.locator(`#resident-${field}-error`);

describe("the console's form checks each field as the API does", () => {
  const TODAY = '2026-12-03';
  // Building 1 has 3 units, building 2 one; no building 9.
  const units = (b: number) => (b === 1 ? 3 : b === 2 ? 1 : undefined);
  const buildings = new Map([
    [1, 3],
    [2, 1],
  ]);
  const base: ResidentDraft = {
    name: '张秀英',
    phone: '13800000099',
    phone2: '',
    birthDate: '',
    building: '1',
    unit: '1',
    room: '302',
    livesAlone: false,
    limitedMobility: false,
    notes: '',
  };
  const variations: Array<Partial<ResidentDraft>> = [
    {},
    { name: '' },
    { name: '  ' },
    { name: '张'.repeat(41) },
    { name: '张\u0007秀英' },
    { name: '张\u200b秀英' },
    { name: 'Ｚｈａｎｇ　Ｘｉｕ' },
    { phone: '' },
    { phone: '1380000' },
    { phone: '+86 138-0000-0099' },
    { phone: '0086 13800000099' },
    { phone: '23800000099' },
    { phone2: '13800000099' },
    { phone2: '139 0000 0099' },
    { phone2: '12345' },
    { birthDate: '1948-03-12' },
    { birthDate: '1948/3/2' },
    { birthDate: '19480312' },
    { birthDate: '1948年3月12日' },
    { birthDate: '12/03/1948' },
    { birthDate: '1948-02-30' },
    { birthDate: '2023-02-29' },
    { birthDate: '2026-12-04' },
    { birthDate: TODAY },
    { birthDate: '1899-12-31' },
    { building: '' },
    { building: '9' },
    { building: '2号楼' },
    { building: 'x' },
    { unit: '' },
    { unit: '0' },
    { unit: '3' },
    { unit: '4' },
    { unit: '2单元' },
    { building: '2', unit: '2' },
    { room: '' },
    { room: '302室' },
    { room: 'b-1203' },
    { room: '3楼2号' },
    { room: '12345678901' },
    { notes: 'a\nb' },
    { notes: 'a\tb' },
    { notes: 'x'.repeat(500) },
    { notes: 'x'.repeat(501) },
    { name: '', phone: '1', birthDate: '2099-01-01', building: '9', room: '' },
  ];

  it.each(variations.map((v) => [JSON.stringify(v), v] as const))('%s', (_, variation) => {
    const draft = { ...base, ...variation };
    const api = checkResident(draft, TODAY, units);
    const apiFirst =
      'problems' in api ? Object.fromEntries(Object.entries(api.problems).map(([f, p]) => [f, p![0]])) : {};
    expect(checkDraft(draft, TODAY, buildings)).toEqual(apiFirst);
  });
});

describe("a resident's page in the console", () => {
  const e2e = useBrowserPlatform(async () => {
    if (SHOTS) await mkdir(SHOTS, { recursive: true });
  });

  it('staff add a resident, edit them against a colleague, issue a set-up code, replace the card and mark them moved away', async () => {
    const { platform } = e2e;
    const staff = await openConsole(e2e, 'staff');
    const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

    // Adding: a bad phone and a birth date in the future are named beside their fields.
    await staff.goto(`${platform.url}/admin/residents/new`);
    await staff.getByRole('heading', { name: '新增居民' }).waitFor();
    await staff.getByLabel('姓名', { exact: true }).fill('欧阳秀兰');
    await staff.getByLabel('手机号', { exact: true }).fill('1380000');
    await staff.getByLabel('出生日期', { exact: true }).fill('2099-01-01');
    await staff.getByLabel('楼栋', { exact: true }).selectOption({ label: '3号楼' });
    await staff.getByLabel('房号', { exact: true }).fill('302');
    await staff.getByLabel('独居').check();
    await staff.getByRole('button', { name: '添加居民' }).click();
    await expect.poll(() => error(staff, 'phone').textContent()).toBe('手机号为 11 位数字，以 1 开头');
    expect(await error(staff, 'birth').textContent()).toBe('出生日期不能晚于今天');
    expect(await staff.getByLabel('手机号', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await shot(staff, 'new-problems.png');
    expect(await axeViolations(staff)).toEqual([]);

    // A phone another resident has: the API's reason, beside the phone.
    await staff.getByLabel('手机号', { exact: true }).fill(DEMO.resident.phone);
    await staff.getByLabel('出生日期', { exact: true }).fill('1946-05-20');
    await staff.getByRole('button', { name: '添加居民' }).click();
    await expect.poll(() => error(staff, 'phone').textContent()).toBe('本社区已有居民使用这个手机号');
    expect(await error(staff, 'birth').count()).toBe(0);

    await staff.getByLabel('手机号', { exact: true }).fill(phone);
    await staff.getByRole('button', { name: '添加居民' }).click();
    await staff.waitForURL(/\/admin\/residents\/[0-9a-f-]{36}$/);
    const id = staff.url().split('/').pop()!;
    await staff.getByRole('heading', { name: '欧阳秀兰' }).waitFor();
    // The full phone, only here; the household links to the list at that household.
    await staff.getByText(phone, { exact: true }).waitFor();
    // (the list filtered to the household, its household panel open: the building by its id).
    const [{ id: building3 }] = await platform.sql(
      'SELECT b.id FROM building b JOIN community c ON c.id = b.community_id WHERE c.code = ? AND b.number = 3',
      [DEMO.communityCode],
    );
    expect(await staff.getByRole('link', { name: '3号楼 1单元 302', exact: true }).getAttribute('href')).toBe(
      `/admin/residents?building=${building3}&unit=1&room=302&hh=${building3}%7E1%7E302`,
    );

    // Editing: moved to another room.
    await staff.getByRole('button', { name: '编辑' }).click();
    await staff.getByRole('group', { name: '住址（换房：改这里即可）' }).waitFor();
    await staff.getByLabel('房号', { exact: true }).fill('303');
    await staff.getByRole('button', { name: '保存' }).click();
    await staff.getByText('已保存。').waitFor();
    await staff.getByRole('link', { name: '3号楼 1单元 303', exact: true }).waitFor();

    // Two editors: the secretary saves first, the staff member's save is refused, nothing overwritten.
    await staff.getByRole('button', { name: '编辑' }).click();
    const secretary = await openConsole(e2e, 'secretary');
    await secretary.goto(`${platform.url}/admin/residents/${id}`);
    await secretary.getByRole('button', { name: '编辑' }).click();
    await secretary.getByLabel('备注', { exact: true }).fill('女儿每周六来看望');
    await secretary.getByRole('button', { name: '保存' }).click();
    await secretary.getByText('已保存。').waitFor();

    await staff.getByLabel('备注', { exact: true }).fill('住三楼，没有电梯');
    await staff.getByRole('button', { name: '保存' }).click();
    const changed = staff.getByRole('alert').filter({ hasText: '别人先保存了' });
    await changed.waitFor();
    const [stored] = await platform.sql('SELECT notes FROM resident WHERE id = ?', [id]);
    expect(stored.notes).toBe('女儿每周六来看望');
    await shot(staff, 'changed.png');
    await changed.getByRole('button', { name: '载入他们的版本' }).click();
    await expect.poll(() => staff.getByLabel('备注', { exact: true }).inputValue()).toBe('女儿每周六来看望');
    await staff.getByRole('button', { name: '取消' }).click();

    // A PIN set-up code: shown once, big, in two groups of four, with a slip to print.
    await staff.getByRole('button', { name: '发放密码设置码' }).click();
    await staff.getByRole('alertdialog', { name: '发放密码设置码？' }).getByRole('button', { name: '发放' }).click();
    const codeDialog = staff.getByRole('dialog', { name: '密码设置码' });
    await codeDialog.waitFor();
    expect(await codeDialog.locator('.code').textContent()).toMatch(/^\d{4} \d{4}$/);
    await codeDialog.getByText('设置码只显示这一次').waitFor();
    await shot(staff, 'setup-code.png', false);
    await staff.evaluate(() => (window.print = () => undefined));
    await codeDialog.getByRole('button', { name: '打印设置码条' }).click();
    expect(await staff.evaluate(() => document.body.dataset.print)).toBe('slip');
    await staff.emulateMedia({ media: 'print' });
    const slip = staff.locator('[data-sheet="slip"]');
    expect(await slip.textContent()).toContain('设置密码');
    await slip.screenshot({ path: SHOTS ? path.join(SHOTS, 'slip-print.png') : undefined });
    await staff.emulateMedia({ media: 'screen' });
    await staff.evaluate(() => delete document.body.dataset.print);
    await codeDialog.getByRole('button', { name: '完成' }).click();
    await staff.getByText(/有一个设置码未使用/).waitFor();

    // The card: issued, then replaced (the old code stops working), then printed.
    await staff.getByRole('button', { name: '发卡' }).click();
    const cardCode = staff.getByTestId('card-code');
    await cardCode.waitFor();
    const first = await cardCode.textContent();
    await staff.getByRole('button', { name: '补办新卡' }).click();
    const replace = staff.getByRole('alertdialog', { name: '补办新卡？' });
    await replace.getByText('旧卡立刻失效').waitFor();
    await replace.getByRole('button', { name: '补办' }).click();
    await expect.poll(() => cardCode.textContent()).not.toBe(first);
    const second = (await cardCode.textContent())!;
    const [row] = await platform.sql('SELECT card_code FROM resident WHERE id = ?', [id]);
    expect(row.card_code).toBe(second);
    await shot(staff, 'record.png');
    expect(await axeViolations(staff)).toEqual([]);

    await staff.getByRole('button', { name: '打印居民卡' }).click();
    expect(await staff.evaluate(() => document.body.dataset.print)).toBe('card');
    await staff.emulateMedia({ media: 'print' });
    const card = staff.locator('[data-sheet="card"]');
    expect(await card.textContent()).toContain(second);
    expect(await card.getByRole('img', { name: second }).isVisible()).toBe(true);
    if (SHOTS) {
      await card.screenshot({ path: path.join(SHOTS, 'card-print.png') });
      await staff.pdf({ path: path.join(SHOTS, 'card.pdf'), preferCSSPageSize: true, printBackground: true });
    }
    await staff.emulateMedia({ media: 'screen' });
    await staff.evaluate(() => delete document.body.dataset.print);

    // Moved away: kept, off the lists, no more edits.
    await staff.getByRole('button', { name: '标记为已搬离' }).click();
    const away = staff.getByRole('alertdialog', { name: '标记为已搬离？' });
    await away.getByText('档案会保留备查').waitFor();
    await away.getByRole('button', { name: '标记搬离' }).click();
    await staff.getByText('这位居民已搬离').waitFor();
    expect(await staff.getByRole('button', { name: '编辑' }).count()).toBe(0);
    const [gone] = await platform.sql('SELECT moved_away_at, card_code FROM resident WHERE id = ?', [id]);
    expect(gone.moved_away_at).not.toBeNull();
    expect(gone.card_code).toBeNull();

    // The record was read once per visit (the staff member's, their reload, the secretary's),
    // however often the page re-rendered; every step is in the audit log.
    const actions = await platform.sql(
      `SELECT action, count(*)::int AS n FROM audit_entry WHERE resident_id = ? GROUP BY action ORDER BY action`,
      [id],
    );
    expect(Object.fromEntries(actions.map((a) => [a.action, a.n]))).toEqual({
      CARD_ISSUED: 2,
      PIN_SETUP_CODE_ISSUED: 1,
      RESIDENT_CREATED: 1,
      RESIDENT_EDITED: 2,
      RESIDENT_MOVED_AWAY: 1,
      RESIDENT_VIEWED: 3,
    });
  });

  it('an admin lifts a PIN lock and erases a resident on request, in English too', async () => {
    const { platform } = e2e;
    const phone = `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const [building] = await platform.sql(`SELECT id, community_id FROM building WHERE number = 5`);
    const [resident] = await platform.sql(
      `INSERT INTO resident (id, community_id, building_id, unit, room, name, name_initials, name_pinyin, phone,
         birth_date, lives_alone, limited_mobility, pin_failures, pin_locked_until, created_at, version)
       VALUES (gen_random_uuid(), ?, ?, 1, '501', '钱桂芳', 'qgf', 'qianguifang', ?, '1940-02-29', false, true, 5,
         now() + interval '10 minutes', now(), 1)
       RETURNING id`,
      [building.community_id, building.id, phone],
    );
    const admin = await openConsole(e2e, 'admin');
    await admin.goto(`${platform.url}/admin/residents/${resident.id}`);
    await admin.getByRole('heading', { name: '钱桂芳' }).waitFor();
    await admin.getByText(/输错次数过多，锁定到/).waitFor();

    await admin.getByRole('button', { name: '解除密码锁定' }).click();
    await admin.getByRole('alertdialog', { name: '解除密码锁定？' }).getByRole('button', { name: '解除锁定' }).click();
    await admin.getByText('已解除锁定。').waitFor();
    expect(await admin.getByText(/输错次数过多/).count()).toBe(0);
    const [unlocked] = await platform.sql('SELECT pin_locked_until, pin_failures FROM resident WHERE id = ?', [
      resident.id,
    ]);
    expect(unlocked).toEqual({ pin_locked_until: null, pin_failures: 0 });

    await admin.getByRole('button', { name: 'English' }).click();
    await admin.getByRole('button', { name: 'Edit' }).waitFor();
    await shot(admin, 'record-en.png');
    await admin.getByRole('button', { name: 'Edit' }).click();
    await admin.getByLabel('Date of birth', { exact: true }).fill('1941-02-29');
    await admin.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => error(admin, 'birth').textContent()).toBe('No such day in the calendar');
    await admin.getByRole('button', { name: 'Cancel' }).click();

    // Erasing: only once the resident's name is typed.
    await admin.getByRole('button', { name: 'Erase personal data (PIPL)' }).click();
    const erase = admin.getByRole('alertdialog', { name: "Erase this resident's personal data?" });
    await erase.getByText('Only an anonymous id and the household remain', { exact: false }).waitFor();
    const confirm = erase.getByRole('button', { name: 'Erase for good' });
    expect(await confirm.isDisabled()).toBe(true);
    await erase.getByRole('textbox').fill('钱桂');
    expect(await confirm.isDisabled()).toBe(true);
    await erase.getByRole('textbox').fill('钱桂芳');
    await confirm.click();
    await admin.getByText('Erased (personal data deleted under PIPL)').first().waitFor();
    expect(await admin.getByText(phone).count()).toBe(0);
    const [erased] = await platform.sql('SELECT name, phone, erased_at FROM resident WHERE id = ?', [resident.id]);
    expect(erased.phone).toBeNull();
    expect(erased.erased_at).not.toBeNull();
  });
});

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../api/src/seed/demo-seed.js';
import { openConsole } from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

/** Screenshots of the deliberation pages (1440×900), to look at. */
const SHOTS = process.env.DELIBERATION_SHOTS ?? '/tmp/console-delib';
const shot = async (page: Page, name: string) => {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
};

/** 2026-12-10 → "12月10日", as the console writes a day. */
const zhDay = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

/** A day plus n days, YYYY-MM-DD. */
const plusDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

describe('the console’s deliberation pages', () => {
  const e2e = useBrowserPlatform();

  it('a secretary classifies a new matter, moves its deadline, decides, carries it out and answers; a stale edit is refused', async () => {
    const { platform } = e2e;
    const page = await openConsole(e2e, 'secretary');

    // 议事 → the current round with its seeded matters.
    await page.getByRole('link', { name: '议事', exact: true }).click();
    await page.getByRole('heading', { name: '议事 · 本轮事项', level: 1 }).waitFor();
    const header = page.getByTestId('round-header');
    await expect
      .poll(async () => (await header.textContent()) ?? '')
      .toMatch(/^\d{1,2}月轮次 · 收集截至\d{1,2}月\d{1,2}日 · 议事会\d{1,2}月\d{1,2}日（周.）$/);
    const table = page.getByRole('table', { name: '事项列表' });
    await table.getByRole('row', { name: /楼道加装扶手/ }).waitFor();
    await table.getByRole('row', { name: /儿童游乐区地面破损.*已答复/ }).waitFor();
    const fresh = table.getByRole('row', { name: /小区路灯不亮/ });
    expect(await fresh.textContent()).toContain('待分类');
    await shot(page, 'matters.png');

    // A suggestion given on paper to the building leader, entered for the demo resident.
    await page.getByRole('button', { name: '代录建议' }).click();
    const enter = page.getByRole('dialog', { name: '代录居民建议' });
    await enter.getByLabel('查找居民', { exact: true }).fill(DEMO.resident.name);
    await enter.getByRole('button', { name: '查找', exact: true }).click();
    await enter
      .getByRole('button', { name: `选择 ${DEMO.resident.name}` })
      .first()
      .click();
    await enter.getByText(`建议人：${DEMO.resident.name}`).waitFor();
    await enter.getByLabel('来源', { exact: true }).selectOption({ label: '楼长转交' });
    await enter.getByLabel('类别', { exact: true }).selectOption({ label: '便民服务' });
    await enter.getByLabel('标题（2–40字）', { exact: true }).fill('快递柜增加冷藏格');
    await enter.getByLabel('具体内容', { exact: true }).fill('夏天生鲜放久了会坏。');
    await shot(page, 'enter.png');
    await enter.getByRole('button', { name: '录入建议' }).click();
    await enter.waitFor({ state: 'hidden' });
    await page
      .getByRole('status')
      .filter({ hasText: /已录入，编号 \d{4}-\d{3}：快递柜增加冷藏格/ })
      .waitFor();
    await table.getByRole('row', { name: /快递柜增加冷藏格.*待分类/ }).waitFor();

    // The filters live in the address.
    await page.getByLabel('状态', { exact: true }).selectOption({ label: '待分类' });
    await page.waitForURL(/status=NEW/);
    await expect.poll(() => table.getByRole('row', { name: /楼道加装扶手/ }).count()).toBe(0);
    await table.getByRole('row', { name: /小区路灯不亮/ }).waitFor();

    // The next round (from the picker) says what it knows of its meeting day.
    const current = await page.getByLabel('轮次', { exact: true }).inputValue();
    const [y, mo] = current.split('-').map(Number);
    const next = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
    await page.getByLabel('轮次', { exact: true }).selectOption(next);
    await page.waitForURL(new RegExp(`round=${next}`));
    await expect
      .poll(async () => (await header.textContent()) ?? '')
      .toMatch(new RegExp(`^${Number(next.slice(5))}月轮次`));
    await shot(page, 'next-round.png');
    await page.getByLabel('轮次', { exact: true }).selectOption(current);
    await expect.poll(() => new URL(page.url()).searchParams.get('round')).toBeNull();

    // Open the new one and classify it 紧急 with the property company as owner.
    await table.getByRole('link', { name: '小区路灯不亮' }).click();
    await page.getByRole('heading', { level: 1, name: /小区路灯不亮/ }).waitFor();
    const status = page.getByTestId('matter-status');
    expect(await status.textContent()).toContain('待分类');
    await page.getByRole('button', { name: '分类', exact: true }).click();
    const classify = page.getByRole('dialog', { name: '分类事项' });
    await classify.getByLabel('紧急', { exact: true }).check();
    await classify.getByTestId('due-rule').filter({ hasText: '紧急：7天内' }).waitFor();
    await classify.getByLabel('负责', { exact: true }).selectOption({ label: '幸福物业服务有限公司' });
    await shot(page, 'classify.png');
    await classify.getByRole('button', { name: '确定分类' }).click();
    await classify.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: '已分类：紧急：7天内' }).waitFor();
    await expect.poll(async () => (await status.textContent())?.trim()).toBe('办理中');

    const [{ due_day: due }] = (await platform.sql(
      `SELECT to_char(due_day, 'YYYY-MM-DD') AS due_day FROM matter WHERE title = '小区路灯不亮'`,
    )) as Array<{ due_day: string }>;
    const timeline = page.getByRole('region', { name: '事项档案' });
    await timeline
      .getByRole('listitem')
      .filter({ hasText: `分类为紧急，负责：幸福物业服务有限公司，期限${zhDay(due)}` })
      .filter({ hasText: '居民可见' })
      .filter({ hasText: '李秘书' })
      .waitFor();
    expect(await page.getByTestId('matter-due').textContent()).toContain(zhDay(due));
    await shot(page, 'classified.png');

    // A second browser reads the matter now (version as classified) …
    const other = await openConsole(e2e, 'secretary');
    await other.goto(page.url());
    await other.getByRole('heading', { level: 1, name: /小区路灯不亮/ }).waitFor();
    await other.getByRole('button', { name: '调整期限' }).waitFor();

    // … the first moves the deadline, with the reason.
    const later = plusDays(due, 5);
    await page.getByRole('button', { name: '调整期限' }).click();
    const move = page.getByRole('dialog', { name: '调整期限' });
    await move.getByRole('button', { name: '调整期限' }).click();
    await move.getByText('请写明调整原因（至少2个字）。').waitFor();
    await move.getByLabel('新期限', { exact: true }).fill(later);
    await move.getByLabel('调整原因（必填）', { exact: true }).fill('等待灯具到货');
    await move.getByRole('button', { name: '调整期限' }).click();
    await move.waitFor({ state: 'hidden' });
    const moved = timeline.getByRole('listitem').filter({ hasText: `期限调整：${zhDay(due)} → ${zhDay(later)}` });
    await moved.waitFor();
    expect(await moved.textContent()).toContain('原因：等待灯具到货');

    // The second's edit, made on what it read, is refused: someone else changed it.
    await other.getByRole('button', { name: '作出决定' }).click();
    const stale = other.getByRole('dialog', { name: '作出决定' });
    await stale.getByLabel('决定内容', { exact: true }).fill('同意更换路灯');
    await stale.getByRole('button', { name: '记录决定' }).click();
    await stale.getByRole('alert').filter({ hasText: '这件事项刚被别人改过，请重新加载后再操作。' }).waitFor();
    await shot(other, 'stale.png');
    await stale.getByRole('button', { name: '重新加载' }).click();
    await stale.waitFor({ state: 'hidden' });
    await other
      .getByRole('region', { name: '事项档案' })
      .getByRole('listitem')
      .filter({ hasText: '期限调整' })
      .waitFor();
    await other.context().close();

    // Decide: adopt.
    await page.getByRole('button', { name: '作出决定' }).click();
    const decide = page.getByRole('dialog', { name: '作出决定' });
    await decide.getByLabel('采纳', { exact: true }).check();
    await decide.getByLabel('决定内容', { exact: true }).fill('同意由物业更换路灯');
    await decide.getByRole('button', { name: '记录决定' }).click();
    await decide.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await status.textContent())?.trim()).toBe('已采纳');
    await timeline
      .getByRole('listitem')
      .filter({ hasText: '决定：采纳' })
      .filter({ hasText: '同意由物业更换路灯' })
      .waitFor();

    // Carried out: each suggester +30.
    await page.getByRole('button', { name: '落实完成' }).click();
    const complete = page.getByRole('dialog', { name: '落实完成' });
    await complete.getByText('每位建议人 +30 积分').waitFor();
    await complete.getByLabel('落实情况', { exact: true }).fill('物业已更换两盏路灯');
    await complete.getByRole('button', { name: '确认落实' }).click();
    await complete.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await status.textContent())?.trim()).toBe('已落实');

    // Answered: closed.
    await page.getByRole('button', { name: '答复并办结' }).click();
    const answer = page.getByRole('dialog', { name: '答复并办结' });
    await answer.getByLabel('给建议人的答复', { exact: true }).fill('路灯已修好，谢谢您的建议。');
    await answer.getByRole('button', { name: '答复并办结' }).click();
    await answer.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await status.textContent())?.trim()).toBe('已答复');
    await timeline.getByRole('listitem').filter({ hasText: '答复建议人，事项办结' }).waitFor();
    await page.getByText('答复：路灯已修好，谢谢您的建议。').waitFor();
    // The timeline in order: intake first, the answer last.
    const kinds = await timeline
      .getByRole('listitem')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds).toEqual(['SUBMITTED', 'CLASSIFIED', 'DEADLINE_CHANGED', 'DECIDED', 'DONE', 'ANSWERED']);
    await shot(page, 'answered.png');

    // The other pages render (looked at in the screenshots).
    await page.getByRole('link', { name: '统计' }).click();
    await page.getByRole('heading', { name: '议事 · 统计', level: 1 }).waitFor();
    const canvas = page.locator('.chart canvas');
    await canvas.waitFor();
    expect((await canvas.boundingBox())?.width ?? 0).toBeGreaterThan(100);
    await page.getByRole('cell', { name: '合计' }).waitFor();
    await shot(page, 'stats.png');
    await page.getByRole('link', { name: '协作单位' }).click();
    await page.getByRole('cell', { name: '幸福里派出所', exact: true }).waitFor();
    await page.getByRole('button', { name: '编辑 幸福里派出所' }).click();
    const party = page.getByRole('dialog', { name: '编辑 幸福里派出所' });
    await party.getByLabel('联系人', { exact: true }).fill('陈警官');
    await party.getByRole('button', { name: '保存' }).click();
    await party.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: '已保存：幸福里派出所' }).waitFor();
    await page.getByRole('row', { name: /幸福里派出所.*陈警官/ }).waitFor();
    await shot(page, 'parties.png');
    await page.getByRole('link', { name: '设置' }).click();
    await page.getByText('只有管理员可以修改这些设置。').waitFor();
    expect(await page.getByLabel('紧急事项期限（天，1–60）', { exact: true }).isDisabled()).toBe(true);
    await shot(page, 'settings.png');

    // An admin sets working days and a shorter urgent window.
    const admin = await openConsole(e2e, 'admin');
    await admin.goto(`${platform.url}/admin/deliberation/settings`);
    await admin.getByLabel('按工作日（跳过周末和法定节假日）', { exact: true }).check();
    await admin.getByLabel('紧急事项期限（天，1–60）', { exact: true }).fill('5');
    await admin.getByRole('button', { name: '保存设置' }).click();
    await admin.getByRole('status').filter({ hasText: '设置已保存' }).waitFor();
    const [saved] = (await platform.sql(`SELECT counting, urgent_days FROM deliberation_setting`)) as Array<{
      counting: string;
      urgent_days: number;
    }>;
    expect(saved).toEqual({ counting: 'WORKING', urgent_days: 5 });
    await shot(admin, 'settings-admin.png');
  });
});

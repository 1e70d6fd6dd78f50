import { describe, expect, it } from 'vitest';
import { DEMO } from '../api/src/seed/demo-seed.js';
import { deskSettled, openDeskView, takeDemoTicket } from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

describe('work orders in the staff console', () => {
  const e2e = useBrowserPlatform((platform) => platform.openCornerNow());

  it('a called ticket becomes a work order at the desk, gets a follow-up and is closed', async () => {
    const code = await takeDemoTicket(e2e.platform, 'A', 'work-order-e2e-1');
    const description = '防盗门锁芯损坏，需订购配件后上门更换';

    const page = await openDeskView(e2e, '1号台', 'staff');
    await page.getByRole('region', { name: '接下来' }).getByText(code).waitFor();
    await deskSettled(page);
    await page.keyboard.press('n');
    // The call done and the line loaded again: W acts on the number called.
    await deskSettled(page);
    await expect.poll(() => page.getByTestId('current-code').textContent()).toBe(code);

    // W opens the dialog for the current number, with the provider as owner and a due date ahead.
    await page.keyboard.press('w');
    const dialog = page.getByRole('dialog', { name: `${code} 转维修工单` });
    await dialog.waitFor();
    expect(await dialog.getByLabel('负责人').inputValue()).not.toBe('');
    expect(await dialog.getByLabel('截止日期').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // The description is required: said next to the field, nothing sent.
    await dialog.getByRole('button', { name: '创建工单' }).click();
    await dialog.getByText('请填写问题描述').waitFor();
    expect(await dialog.getByLabel('问题描述').getAttribute('aria-invalid')).toBe('true');

    await dialog.getByLabel('问题描述').fill(description);
    await dialog.getByRole('button', { name: '创建工单' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`${code} 已转为维修工单`);
    // The ticket is done: the desk is free for the next number.
    await deskSettled(page);
    await page.getByText('空闲', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /叫号/ }).isEnabled()).toBe(true);

    // The third tab lists it among the open work orders.
    await page.getByRole('navigation', { name: '便民服务角' }).getByRole('link', { name: '维修工单' }).click();
    await page.getByRole('heading', { name: '便民服务角 · 维修工单' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(description) });
    await row.waitFor();
    expect(await row.textContent()).toContain(code);
    expect(await row.textContent()).toContain('未完成');

    // A follow-up.
    await row.getByRole('button', { name: /查看/ }).click();
    const detail = page.getByRole('dialog', { name: /维修工单 · / });
    await detail.waitFor();
    await detail.getByLabel('跟进内容').fill('已联系厂家，配件周五到');
    await detail.getByRole('button', { name: '添加跟进' }).click();
    await detail.getByRole('status').getByText('已添加跟进').waitFor();
    await detail.getByRole('listitem').getByText('已联系厂家，配件周五到').waitFor();
    // Who wrote it: the signed-in staff member.
    const staff = DEMO.staff.find((s) => s.username === 'staff')!;
    expect(await detail.getByRole('listitem').textContent()).toContain(staff.displayName);

    // Closing needs an outcome, then a confirmation.
    await detail.getByRole('button', { name: '完成工单' }).click();
    await detail.getByText('请填写处理结果').waitFor();
    await detail.getByLabel('处理结果').fill('已上门更换锁芯，居民确认可用');
    await detail.getByRole('button', { name: '完成工单' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.waitFor();
    await confirm.getByRole('button', { name: '完成工单' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await detail.getByRole('status').getByText('工单已完成').waitFor();
    await detail.getByText('已上门更换锁芯，居民确认可用').waitFor();
    await detail.getByRole('button', { name: '关闭', exact: true }).click();

    // It has left the open list, and is under 已完成.
    await page.getByText('没有未完成的工单。').waitFor();
    expect(await page.getByRole('row', { name: new RegExp(description) }).count()).toBe(0);
    await page.getByRole('button', { name: '已完成', exact: true }).click();
    const closed = page.getByRole('row', { name: new RegExp(description) });
    await closed.waitFor();
    expect(await closed.textContent()).toContain('已完成');
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openConsole, openCounterView, takeDemoTicket } from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

describe('the service corner in the staff console', () => {
  const e2e = useBrowserPlatform((platform) => platform.openCornerNow());

  /** Line A's figure in a column of the today board (served, waiting, noShow). */
  const lineA = (page: Page, column: string) =>
    page.getByRole('row', { name: /修锁配钥匙/ }).locator(`td[data-col="${column}"]`);

  it('a counter calls, serves and completes a ticket from the keyboard; the today board follows live', async () => {
    const code = await takeDemoTicket(e2e.platform, 'A', 'console-e2e-1');
    expect(code).toBe('A001');

    const board = await openConsole(e2e, 'staff');
    await board.getByRole('link', { name: '便民服务角' }).click();
    await board.getByRole('heading', { name: '便民服务角 · 今日' }).waitFor();
    await board.getByText('正在开放').waitFor();
    await expect.poll(() => lineA(board, 'waiting').textContent()).toBe('1');
    expect(await lineA(board, 'served').textContent()).toBe('0');

    // The counter, in a second tab of the same browser (same staff session).
    const counter = await board.context().newPage();
    await counter.goto(`${e2e.platform.url}/admin/corner`);
    await counter.getByRole('link', { name: '叫号台', exact: true }).click();
    await counter.getByLabel('服务队列').waitFor();
    expect(await counter.getByLabel('服务队列').inputValue()).not.toBe('');
    await counter.getByLabel('窗口', { exact: true }).selectOption({ label: '1号台' });
    await counter.getByRole('heading', { name: '便民服务角 · 叫号台' }).click();
    await counter.getByRole('region', { name: '接下来' }).getByText(code).waitFor();

    await counter.keyboard.press('n');
    await expect.poll(() => counter.getByTestId('current-code').textContent()).toBe(code);
    await counter.getByText(`请 ${code} 到 1号台`).waitFor();
    // The board shows who is being called where, without a reload.
    await expect.poll(() => board.getByRole('row', { name: /修锁配钥匙/ }).textContent()).toContain('1号台');

    // A no-show needs a recall first.
    await counter.keyboard.press('x');
    await expect.poll(() => counter.getByRole('status').textContent()).toBe('重呼至少一次后才能过号。');
    expect(await counter.getByRole('alertdialog').count()).toBe(0);

    await counter.keyboard.press('s');
    await counter.getByText('服务中', { exact: true }).waitFor();
    await counter.keyboard.press('c');
    await expect.poll(() => counter.getByRole('status').textContent()).toBe(`${code} 已完成`);
    await counter.getByText('空闲', { exact: true }).waitFor();

    // Nobody else is waiting.
    await counter.keyboard.press('n');
    await expect.poll(() => counter.getByRole('status').textContent()).toBe('暂无排队');

    // The board that stayed open has caught up; a fresh one says the same.
    await expect.poll(() => lineA(board, 'served').textContent(), { timeout: 10_000 }).toBe('1');
    expect(await lineA(board, 'waiting').textContent()).toBe('0');
    await counter.getByRole('link', { name: '今日', exact: true }).click();
    await expect.poll(() => lineA(counter, 'served').textContent()).toBe('1');
  });

  it('a counter calls a given number (G, type it, Enter), also from another line, and hears why one cannot be called', async () => {
    expect(await takeDemoTicket(e2e.platform, 'A', 'console-e2e-2')).toBe('A002');
    expect(await takeDemoTicket(e2e.platform, 'B', 'console-e2e-3')).toBe('B001');
    const counter = await openCounterView(e2e, '1号台');
    await counter.getByRole('region', { name: '接下来' }).getByText('A002').waitFor();
    const field = counter.getByLabel('叫指定号');
    const focused = () => field.evaluate((el) => el === document.activeElement);
    const panel = counter.getByRole('region', { name: '当前号码' });
    // Keys go in once the counter is done with the last action (it moves focus when it is).
    const press = async (key: string) => {
      await expect.poll(() => panel.getAttribute('aria-busy')).toBe('false');
      await counter.keyboard.press(key);
    };
    /** Types into the focused field and presses Enter. */
    const enter = async (text: string) => {
      await expect.poll(() => panel.getAttribute('aria-busy')).toBe('false');
      await counter.keyboard.type(text);
      await counter.keyboard.press('Enter');
    };

    await press('g');
    await expect.poll(focused).toBe(true);
    await enter('7');
    await expect.poll(() => counter.getByRole('alert').textContent()).toBe('这一场还没有发出 A007 这个号。');
    // Still in the field, the number selected: the next one replaces it.
    expect(await focused()).toBe(true);
    await enter('A001');
    await expect.poll(() => counter.getByRole('alert').textContent()).toContain('A001 现在不在等候');
    expect(await field.inputValue()).toBe('A001');

    // Escape leaves the field; G comes back to it. Another line's number, by its letter.
    await press('Escape');
    expect(await focused()).toBe(false);
    await press('g');
    await expect.poll(focused).toBe(true);
    await enter('b1');
    await expect.poll(() => counter.getByTestId('current-code').textContent()).toBe('B001');
    await expect.poll(() => counter.getByRole('status').textContent()).toBe('已呼叫 B001');
    expect(await field.inputValue()).toBe('');
    expect(await counter.getByRole('alert').count()).toBe(0);

    // While B001 is open here, no number is called; completed, the counter calls the one typed.
    await press('g');
    await enter('2');
    await expect.poll(() => counter.getByRole('status').textContent()).toBe('请先完成或过号当前号码，再叫下一位。');
    await press('Escape');
    await press('c');
    await counter.getByText('空闲', { exact: true }).waitFor();
    await press('g');
    await enter('2');
    await expect.poll(() => counter.getByTestId('current-code').textContent()).toBe('A002');
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.js';
import { signInOnConsole, takeDemoTicket } from './drivers.js';
import { startPlatform, type Platform } from './platform-app.js';

describe('the service corner in the staff console', () => {
  let platform: Platform;
  let browser: Browser;

  /** Line A's figure in a column of the today board (served, waiting, noShow). */
  const lineA = (page: Page, column: string) =>
    page.getByRole('row', { name: /修锁配钥匙/ }).locator(`td[data-col="${column}"]`);

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchBrowser();
    await platform.openCornerNow();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.cleanup();
  });

  it('a counter calls, serves and completes a ticket from the keyboard; the today board follows live', async () => {
    const code = await takeDemoTicket(platform, 'A', 'console-e2e-1');
    expect(code).toBe('A001');

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const board = await context.newPage();
    await signInOnConsole(board, platform, 'staff');
    await board.getByRole('link', { name: '便民服务角' }).click();
    await board.getByRole('heading', { name: '便民服务角 · 今日' }).waitFor();
    await board.getByText('正在开放').waitFor();
    await expect.poll(() => lineA(board, 'waiting').textContent()).toBe('1');
    expect(await lineA(board, 'served').textContent()).toBe('0');

    // The counter, in a second tab of the same browser (same staff session).
    const counter = await context.newPage();
    await counter.goto(`${platform.url}/admin/corner`);
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
    await context.close();
  });
});

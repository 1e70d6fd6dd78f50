import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  deskSettled,
  neighbourPhone,
  openConsole,
  openDeskView,
  residentHeaders,
  staffHeaders,
  takeDemoTicket,
  takeTicket,
  untilSubscribed,
} from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

/**
 * Holds the page's GraphQL requests of `operation` (e.g. "CallNext") on their way to the server
 * until `release`: the page stays in the middle of that action or load for as long as a test needs.
 */
async function hold(page: Page, operation: string): Promise<{ release: () => void }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const named = new RegExp(`(query|mutation) ${operation}\\b`);
  await page.route('**/graphql', async (route: Route) => {
    if (named.test(route.request().postData() ?? '')) await released;
    await route.fallback();
  });
  return { release };
}

/** The keys the desk view shows as waiting their turn. */
const waitingKeys = (page: Page) => page.getByTestId('pending-keys').locator('kbd').allTextContents();

describe('the service corner in the staff console', () => {
  const e2e = useBrowserPlatform((platform) => platform.openCornerNow());

  /** Line A's figure in a column of the today board (served, waiting, noShow). */
  const lineA = (page: Page, column: string) =>
    page.getByRole('row', { name: /修锁配钥匙/ }).locator(`td[data-col="${column}"]`);

  it('a desk calls, serves and completes a ticket from the keyboard; the today board follows live', async () => {
    const code = await takeDemoTicket(e2e.platform, 'A', 'console-e2e-1');
    expect(code).toBe('A001');

    const board = await openConsole(e2e, 'staff');
    await board.getByRole('link', { name: '便民服务角' }).click();
    await board.getByRole('heading', { name: '便民服务角 · 今日' }).waitFor();
    await board.getByText('正在开放').waitFor();
    await expect.poll(() => lineA(board, 'waiting').textContent()).toBe('1');
    expect(await lineA(board, 'served').textContent()).toBe('0');
    // The board follows the desk live from here on (its subscription has no variables).
    await untilSubscribed(board, 'QueueChanged', (v) => !('offeringId' in v));

    // The desk, in a second tab of the same browser (same staff session).
    const desk = await board.context().newPage();
    await desk.goto(`${e2e.platform.url}/admin/corner`);
    await desk.getByRole('link', { name: '叫号台', exact: true }).click();
    await desk.getByLabel('服务队列').waitFor();
    expect(await desk.getByLabel('服务队列').inputValue()).not.toBe('');
    await desk.getByLabel('窗口', { exact: true }).selectOption({ label: '1号台' });
    await desk.getByRole('heading', { name: '便民服务角 · 叫号台' }).click();
    await desk.getByRole('region', { name: '接下来' }).getByText(code).waitFor();

    // Each key once the desk has settled from the last one: these steps check what each key does.
    await deskSettled(desk);
    await desk.keyboard.press('n');
    await deskSettled(desk);
    await expect.poll(() => desk.getByTestId('current-code').textContent()).toBe(code);
    await desk.getByText(`请 ${code} 到 1号台`).waitFor();
    // The board shows who is being called where, without a reload.
    await expect.poll(() => board.getByRole('row', { name: /修锁配钥匙/ }).textContent()).toContain('1号台');

    // A no-show needs a recall first.
    await desk.keyboard.press('x');
    await expect.poll(() => desk.getByRole('status').textContent()).toBe('重呼至少一次后才能过号。');
    expect(await desk.getByRole('alertdialog').count()).toBe(0);

    await desk.keyboard.press('s');
    await deskSettled(desk);
    await desk.getByText('服务中', { exact: true }).waitFor();
    await desk.keyboard.press('c');
    await deskSettled(desk);
    await expect.poll(() => desk.getByRole('status').textContent()).toBe(`${code} 已完成`);
    await desk.getByText('空闲', { exact: true }).waitFor();

    // Nobody else is waiting.
    await desk.keyboard.press('n');
    await deskSettled(desk);
    await expect.poll(() => desk.getByRole('status').textContent()).toBe('暂无排队');

    // The board that stayed open has caught up; a fresh one says the same.
    await expect.poll(() => lineA(board, 'served').textContent(), { timeout: 10_000 }).toBe('1');
    expect(await lineA(board, 'waiting').textContent()).toBe('0');
    await desk.getByRole('link', { name: '今日', exact: true }).click();
    await expect.poll(() => lineA(desk, 'served').textContent()).toBe('1');
  });

  it('a desk calls a given number (G, type it, Enter), also from another line, and hears why one cannot be called', async () => {
    expect(await takeDemoTicket(e2e.platform, 'A', 'console-e2e-2')).toBe('A002');
    expect(await takeDemoTicket(e2e.platform, 'B', 'console-e2e-3')).toBe('B001');
    const desk = await openDeskView(e2e, '1号台');
    await desk.getByRole('region', { name: '接下来' }).getByText('A002').waitFor();
    const field = desk.getByLabel('叫指定号');
    const focused = () => field.evaluate((el) => el === document.activeElement);
    // Keys go in once the desk has settled from the last one: these steps check what each does.
    const press = async (key: string) => {
      await deskSettled(desk);
      await desk.keyboard.press(key);
    };
    /** Types into the focused field and presses Enter. */
    const enter = async (text: string) => {
      await deskSettled(desk);
      await desk.keyboard.type(text);
      await desk.keyboard.press('Enter');
    };

    await press('g');
    await expect.poll(focused).toBe(true);
    await enter('7');
    await expect.poll(() => desk.getByRole('alert').textContent()).toBe('这一场还没有发出 A007 这个号。');
    // Still in the field, the number selected: the next one replaces it.
    expect(await focused()).toBe(true);
    await enter('A001');
    await expect.poll(() => desk.getByRole('alert').textContent()).toContain('A001 现在不在等候');
    expect(await field.inputValue()).toBe('A001');

    // Escape leaves the field; G comes back to it. Another line's number, by its letter.
    await press('Escape');
    expect(await focused()).toBe(false);
    await press('g');
    await expect.poll(focused).toBe(true);
    await enter('b1');
    await expect.poll(() => desk.getByTestId('current-code').textContent()).toBe('B001');
    await expect.poll(() => desk.getByRole('status').textContent()).toBe('已呼叫 B001');
    expect(await field.inputValue()).toBe('');
    expect(await desk.getByRole('alert').count()).toBe(0);

    // While B001 is open here, no number is called; completed, the desk calls the one typed.
    await press('g');
    await enter('2');
    await expect.poll(() => desk.getByRole('status').textContent()).toBe('请先完成或过号当前号码，再叫下一位。');
    await press('Escape');
    await press('c');
    await desk.getByText('空闲', { exact: true }).waitFor();
    await press('g');
    await enter('2');
    await expect.poll(() => desk.getByTestId('current-code').textContent()).toBe('A002');
  });

  it('a fast typist: keys pressed while the desk is busy or loading wait their turn, shown, and run in order; after a failure they are dropped', async () => {
    const { platform } = e2e;
    const staff = await staffHeaders(platform);
    const neighbour = await residentHeaders(platform, await neighbourPhone(platform, staff));
    // 2号台 usually serves line C first, 3号台 line F.
    expect(await takeDemoTicket(platform, 'C', 'console-e2e-4')).toBe('C001');
    expect(await takeTicket(platform, neighbour, 'C')).toBe('C002');
    expect(await takeDemoTicket(platform, 'F', 'console-e2e-5')).toBe('F001');
    expect(await takeTicket(platform, neighbour, 'F')).toBe('F002');
    const desk = await openDeskView(e2e, '2号台');
    await desk.getByRole('region', { name: '接下来' }).getByText('C002').waitFor();
    await deskSettled(desk);

    // N, and while its call is on its way S C N: shown as waiting, then run one after the other,
    // each against the state the one before left (C001 called, served, completed; C002 called).
    const calling = await hold(desk, 'CallNext');
    await desk.keyboard.type('nscn');
    await expect.poll(() => waitingKeys(desk)).toEqual(['S', 'C', 'N']);
    calling.release();
    await deskSettled(desk);
    expect(await desk.getByTestId('current-code').textContent()).toBe('C002');
    expect(await desk.getByRole('status').textContent()).toBe('已呼叫 C002');
    expect(await waitingKeys(desk)).toEqual([]);
    const states = await platform.sql(
      `SELECT t.status, t.desk_name FROM ticket t JOIN queue_line l ON l.id = t.line_id
         JOIN offering s ON s.id = l.offering_id WHERE s.letter = 'C' ORDER BY t.number`,
    );
    expect(states).toEqual([
      { status: 'DONE', desk_name: '2号台' },
      { status: 'CALLED', desk_name: '2号台' },
    ]);

    // Another desk chosen: a key pressed before its state is in waits for it, and calls there.
    const loading = await hold(desk, 'DeskLine');
    await desk.getByLabel('窗口', { exact: true }).selectOption({ label: '3号台' });
    await desk.getByRole('heading', { name: '便民服务角 · 叫号台' }).click();
    await desk.keyboard.press('n');
    await expect.poll(() => waitingKeys(desk)).toEqual(['N']);
    loading.release();
    await deskSettled(desk);
    expect(await desk.getByTestId('current-code').textContent()).toBe('F001');
    await desk.getByText('请 F001 到 3号台').waitFor();

    // S on its way, C N pressed after it; meanwhile F001 is finished elsewhere, so S fails: C and N
    // were meant for a served F001 and are not run (F002 is not called), and the desk says so.
    const starting = await hold(desk, 'StartServing');
    await desk.keyboard.type('scn');
    await expect.poll(() => waitingKeys(desk)).toEqual(['C', 'N']);
    const [f001] = await platform.sql(`SELECT id FROM ticket WHERE status = 'CALLED' AND desk_name = '3号台'`);
    await platform.gql(
      'mutation($id: ID!) { completeTicket(input: { ticketId: $id }) { status } }',
      { id: f001.id },
      staff,
    );
    starting.release();
    await deskSettled(desk);
    expect(await desk.getByRole('alert').textContent()).toBe(
      '这个号已被其他窗口处理 前一个操作没有成功，之后按的键都没有执行。',
    );
    expect(await waitingKeys(desk)).toEqual([]);
    await desk.getByText('空闲', { exact: true }).waitFor();
    const [{ open }] = await platform.sql(
      `SELECT count(*)::int AS open FROM ticket WHERE desk_name = '3号台' AND status IN ('CALLED', 'SERVING')`,
    );
    expect(open).toBe(0);
    await desk.getByRole('region', { name: '接下来' }).getByText('F002').waitFor();
  });
});

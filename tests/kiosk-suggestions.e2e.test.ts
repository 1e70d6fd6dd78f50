import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dayWords } from '../kiosk/src/lib/points/words.js';
import { DEMO } from '../api/src/seed/demo-seed.js';
import { openKiosk, openKioskSignedIn, staffHeaders } from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

/**
 * Issue 12 at the kiosk: the demo resident makes a suggestion in a few taps (category, a one-tap
 * title, confirm) and gets its reference number; a double tap on the confirmation makes one
 * suggestion; 我的建议 shows it as 已收到; the secretary classifies it (urgent) and the kiosk marks
 * it changed with its class and due day; signed out, the public board shows it.
 */

/** Screenshots at 1080×1920 (DELIB_SHOTS overrides where). */
const SHOTS = process.env.DELIB_SHOTS ?? '/tmp/kiosk-delib';
mkdirSync(SHOTS, { recursive: true });

/** A screenshot (the whole page, to see what spills), then: it fits the portrait screen, no scrolling. */
async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollHeight), { message: name })
    .toBeLessThanOrEqual(1920);
}

const TITLE = '路灯不亮';

describe('suggestions at the kiosk', () => {
  const e2e = useBrowserPlatform();

  it('a suggestion in a few taps with its number, one for a double tap, then its progress and the board', async () => {
    const { platform } = e2e;

    // Signed out: the council's board beside the notices.
    const out = await openKiosk(e2e);
    await out.getByRole('link', { name: /^议事公开栏/ }).waitFor();
    await shot(out, '01-home-signed-out');
    await out.context().close();

    const page = await openKioskSignedIn(e2e);
    await page.getByRole('link', { name: '首页' }).click();
    await page.getByRole('link', { name: /^提建议/ }).waitFor();
    await shot(page, '02-home-signed-in');

    // 提建议 → 便民服务 → 路灯不亮 (one tap fills the title) → 下一步 → 提交建议.
    await page.getByRole('link', { name: /^提建议/ }).click();
    await page.getByRole('heading', { name: '您的建议是哪一类？' }).waitFor();
    await shot(page, '03-category');
    await page.getByRole('button', { name: '便民服务' }).click();
    await page.getByRole('heading', { name: '点一个最接近的，或者自己写' }).waitFor();
    // 下一步 without a title says what to do, in words.
    await page.getByRole('button', { name: /下一步/ }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('请点一个建议，或者自己写几个字');
    await page.getByRole('button', { name: TITLE }).click();
    await expect.poll(() => page.getByRole('button', { name: TITLE }).getAttribute('aria-pressed')).toBe('true');
    await shot(page, '04-title');
    await page.getByRole('button', { name: /下一步/ }).click();
    await page.getByRole('heading', { name: /请核对/ }).waitFor();
    await page.locator('dd.big', { hasText: TITLE }).waitFor();
    await shot(page, '05-confirm');

    // A double tap on 提交建议: one suggestion.
    await page.getByRole('button', { name: /提交建议/ }).dblclick();
    const ref = page.locator('#suggestion-ref');
    await ref.waitFor();
    const number = (await ref.textContent())!.trim();
    expect(number).toMatch(/^\d{4}-\d{3}$/);
    await page.getByText(`您的建议编号 ${number}，请记下`).waitFor();
    await page.getByText('每月5日前收集，15日议事会协商，办理进展可在“我的建议”查看').waitFor();
    await page.getByRole('button', { name: /打印/ }).waitFor();
    await shot(page, '06-done');
    // The printer gets the slip alone: the buttons are not printed.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: /打印/ }).isVisible()).toBe(false);
    await page.screenshot({ path: path.join(SHOTS, '06-done-print.png') });
    await page.emulateMedia({ media: 'screen' });
    const [{ n }] = await platform.sql(
      `SELECT count(*)::int AS n FROM suggestion s JOIN resident r ON r.id = s.resident_id
        WHERE r.phone = ? AND s.title = ?`,
      [DEMO.resident.phone, TITLE],
    );
    expect(n).toBe(1);

    // 我的建议: on top, 已收到.
    await page.getByRole('link', { name: /看我的建议/ }).click();
    const mine = page.locator(`#my-suggestions li[data-ref="${number}"]`);
    await mine.waitFor();
    expect(await page.locator('#my-suggestions li').first().getAttribute('data-ref')).toBe(number);
    expect((await mine.locator('.state').textContent())!.trim()).toBe('已收到');
    await mine.getByText('已收到您的建议').waitFor();
    await shot(page, '07-mine-received');

    // The secretary classifies it: urgent, with its due day.
    const secretary = await staffHeaders(platform, 'secretary');
    const { matters } = await platform.gql<{ matters: Array<{ id: string; ref: string; version: number }> }>(
      '{ matters(status: NEW) { id ref version } }',
      {},
      secretary,
    );
    const matter = matters.find((m) => m.ref === number)!;
    expect(matter).toBeTruthy();
    const { classifyMatter } = await platform.gql<{ classifyMatter: { matter: { dueDay: string } } }>(
      `mutation ($input: ClassifyMatterInput!) { classifyMatter(input: $input) { matter { dueDay } } }`,
      { input: { matterId: matter.id, version: matter.version, urgency: 'URGENT', category: 'CONVENIENCE' } },
      secretary,
    );
    const due = classifyMatter.matter.dueDay;
    const year = String(new Date().getFullYear());

    // Home: 我的建议 has news; there, the card is marked 新, 办理中, 紧急 with its day.
    await page.getByRole('link', { name: '首页' }).click();
    await page.getByRole('link', { name: /^我的建议.*有新进展/ }).waitFor();
    await shot(page, '08-home-changed');
    await page.getByRole('link', { name: /^我的建议/ }).click();
    await mine.waitFor();
    await mine.locator('.new').waitFor();
    expect((await mine.locator('.state').textContent())!.trim()).toBe('办理中');
    await mine.getByText('已分类（紧急）').waitFor();
    await mine.getByText(`紧急 · ${dayWords(due, 'zh-CN', year)}前办好`).waitFor();
    await shot(page, '09-mine-changed');

    // Seen: the next visit has no news.
    await expect
      .poll(async () => {
        const [row] = await platform.sql(
          `SELECT bool_and(s.seen_at IS NOT NULL) AS seen FROM suggestion s JOIN resident r ON r.id = s.resident_id
            WHERE r.phone = ?`,
          [DEMO.resident.phone],
        );
        return row.seen;
      })
      .toBe(true);
    await page.getByRole('link', { name: '首页' }).click();
    await page.getByRole('link', { name: /^我的建议/ }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: /^我的建议/ }).textContent()).not.toContain('有新进展');

    // Signed out, the board shows it, with its class and day; the chips filter it.
    await page.getByRole('button', { name: /退出/ }).click();
    await page.getByRole('link', { name: /^议事公开栏/ }).click();
    const onBoard = page.locator(`#board-matters li[data-ref="${number}"]`);
    await onBoard.waitFor();
    expect((await onBoard.locator('.state').textContent())!.trim()).toBe('办理中');
    await onBoard.getByText(`紧急 · ${dayWords(due, 'zh-CN', year)}前办好`).waitFor();
    await onBoard.getByText('1 位居民提出').waitFor();
    await shot(page, '10-board');
    await page.getByRole('button', { name: '已答复' }).click();
    await page.locator('#board-matters li[data-status="CLOSED"]').first().waitFor();
    await expect.poll(() => onBoard.count()).toBe(0);
    await shot(page, '11-board-answered');
    await page.getByRole('button', { name: '办理中' }).click();
    await onBoard.waitFor();
  });

  it('a title written on the keys, too short, is refused in words before sending', async () => {
    const page = await openKioskSignedIn(e2e);
    await page.getByRole('link', { name: '首页' }).click();
    await page.getByRole('link', { name: /^提建议/ }).click();
    await page.getByRole('button', { name: '养老服务' }).click();
    await page.getByRole('button', { name: /自己写/ }).click();
    const sheet = page.getByRole('dialog');
    await sheet.locator('.keyboard').waitFor();
    for (const letter of 'deng') await sheet.getByRole('button', { name: letter, exact: true }).click();
    await sheet.locator('button.char').first().click();
    await shot(page, '12-writing');
    await sheet.getByRole('button', { name: /写好了/ }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('建议太短了，请至少写2个字');
    await page.getByRole('button', { name: /下一步/ }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('建议太短了，请至少写2个字');
    await shot(page, '13-too-short');
  });

  it('in English too: the home, each step, my suggestions and the board fit the screen', async () => {
    const page = await openKioskSignedIn(e2e);
    await page.getByRole('link', { name: '首页' }).click();
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await page.getByRole('link', { name: /^Suggest/ }).waitFor();
    await shot(page, '20-en-home-signed-in');
    await page.getByRole('link', { name: /^Suggest/ }).click();
    await page.getByRole('button', { name: 'Elderly care' }).waitFor();
    await shot(page, '21-en-category');
    await page.getByRole('button', { name: 'Elderly care' }).click();
    await page.getByRole('button', { name: 'Handrails in stairwells' }).click();
    await shot(page, '22-en-title');
    await page.getByRole('button', { name: /Next/ }).click();
    await page.getByRole('button', { name: /Send/ }).click();
    await page.locator('#suggestion-ref').waitFor();
    await shot(page, '23-en-done');
    await page.getByRole('link', { name: /My suggestions/ }).click();
    await page.locator('#my-suggestions li').first().waitFor();
    await shot(page, '24-en-mine');
    await page
      .getByRole('button', { name: /Sign out|退出/ })
      .first()
      .click();
    await page.getByRole('link', { name: /^Council board|^议事公开栏/ }).waitFor();
    if (!(await page.locator('html[lang="en"]').count())) {
      await page.getByRole('button', { name: 'English', exact: true }).click();
    }
    // Looked at, not held to one screen: in English the signed-out home was taller than the screen
    // before the board's tile (2,034 px on main: the welcome and the corner's words wrap).
    await page.screenshot({ path: path.join(SHOTS, '25-en-home-signed-out.png'), fullPage: true });
    await page.getByRole('link', { name: /^Council board/ }).click();
    await page.locator('#board-matters li').first().waitFor();
    await shot(page, '26-en-board');
  });
});

import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  markDocument,
  openConsole,
  openKiosk,
  openKioskSignedIn,
  openMeetingScreen,
  staffHeaders,
  untilSubscribed,
} from './drivers.js';
import { useBrowserPlatform, type Platform } from './platform-app.js';

/** Where screenshots go when asked for (NOTICE_SHOTS=/tmp/notices-shots). */
const SHOTS = process.env.NOTICE_SHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, name) });
};

/** Publishes a notice to every building, as the console would; returns its id. */
async function publish(platform: Platform, title: string, body = '请大家相互转告。'): Promise<string> {
  const staff = await staffHeaders(platform);
  const { buildings } = await platform.gql<{ buildings: Array<{ id: string }> }>('{ buildings { id } }', {}, staff);
  const { publishNotice } = await platform.gql<{ publishNotice: { id: string } }>(
    'mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { id } }',
    { input: { category: 'PROPERTY', title, body, buildingIds: buildings.map((b) => b.id) } },
    staff,
  );
  return publishNotice.id;
}

const unique = (title: string) => `${title} ${Math.floor(Math.random() * 1e6)}`;

/** The kiosk signed out (home), signed in (building notices) and the meeting-room screen, each showing `title` and following changes. */
async function openBoards(e2e: ReturnType<typeof useBrowserPlatform>, title: string) {
  const home = await openKiosk(e2e);
  await home.getByText(title).waitFor();
  await untilSubscribed(home, 'NoticeChanged');
  const signedIn = await openKioskSignedIn(e2e);
  await signedIn.getByText(title).waitFor();
  await untilSubscribed(signedIn, 'NoticeChanged');
  const screen = await openMeetingScreen(e2e);
  await screen.getByText(title).waitFor();
  await untilSubscribed(screen, 'NoticeChanged');
  const boards = [home, signedIn, screen];
  const unchanged = await Promise.all(boards.map((page) => markDocument(page)));
  return { boards, notReloaded: async () => (await Promise.all(unchanged.map((same) => same()))).every(Boolean) };
}

async function consoleNotices(e2e: ReturnType<typeof useBrowserPlatform>): Promise<Page> {
  const admin = await openConsole(e2e);
  await admin.getByRole('link', { name: '通知公告' }).click();
  await admin.getByRole('heading', { name: '已发布的通知' }).waitFor();
  return admin;
}

describe('notices change live on every board', () => {
  const e2e = useBrowserPlatform();

  it('a notice deleted in the console leaves the kiosk (signed out and in) and the meeting-room screen without reload', async () => {
    const title = unique('临时停车通知');
    await publish(e2e.platform, title);
    const { boards, notReloaded } = await openBoards(e2e, title);

    const admin = await consoleNotices(e2e);
    await admin
      .getByRole('row', { name: new RegExp(title) })
      .getByRole('button', { name: '删除' })
      .click();
    await admin.getByRole('alertdialog').getByRole('button', { name: '删除', exact: true }).click();
    await admin.getByRole('row', { name: new RegExp(title) }).waitFor({ state: 'detached' });

    for (const page of boards) await page.getByText(title).waitFor({ state: 'detached' });
    expect(await notReloaded()).toBe(true);
  });

  it('a notice corrected in the console changes on every board without reload; the home follows new ones too', async () => {
    const home = await openKiosk(e2e);
    await untilSubscribed(home, 'NoticePublished');
    const title = unique('消防演练');
    await publish(e2e.platform, title, '周五上午十点在小区广场。');
    // The signed-out home's latest notices follow new ones.
    await home.getByText(title).waitFor();
    const { boards, notReloaded } = await openBoards(e2e, title);

    const admin = await consoleNotices(e2e);
    await admin
      .getByRole('row', { name: new RegExp(title) })
      .getByRole('button', { name: '修改' })
      .click();
    const dialog = admin.getByRole('dialog', { name: /修改通知/ });
    await dialog.waitFor();
    const corrected = `${title}（改期）`;
    await dialog.getByRole('textbox', { name: '标题', exact: true }).fill(corrected);
    await dialog.getByLabel('内容', { exact: true }).fill('改为周六上午十点,地点不变。');
    await shot(admin, 'console-edit-dialog.png');
    await dialog.getByRole('button', { name: '保存修改' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await admin.getByText(corrected).waitFor();

    for (const page of [...boards, home]) await page.getByText(corrected).waitFor();
    await boards[1].getByText('改为周六上午十点,地点不变。').waitFor();
    for (const page of [...boards, home]) expect(await page.getByText(title, { exact: true }).count()).toBe(0);
    expect(await notReloaded()).toBe(true);
  });

  it('the meeting-room screen fits 1920×1080 with many notices: no scrolling, whole cards, "+N more"', async () => {
    const titles: string[] = [];
    for (let i = 0; i < 12; i++) {
      const title = unique(`社区通知 ${i + 1}`);
      titles.push(title);
      const body = i % 3 === 0 ? '本通知内容较长,'.repeat(20) : '请相互转告。';
      await publish(e2e.platform, title, body);
    }
    const screen = await openMeetingScreen(e2e);
    await screen.getByText(titles[11]).waitFor();
    const more = screen.getByText(/还有 \d+ 条/);
    await more.waitFor();
    await shot(screen, 'meeting-room-1920x1080.png');

    const fit = await screen.evaluate(() => {
      const shown = Array.from(document.querySelectorAll('li')).filter(
        (li) => getComputedStyle(li).visibility !== 'hidden',
      );
      return {
        scrollHeight: document.scrollingElement!.scrollHeight,
        innerHeight: window.innerHeight,
        scrollWidth: document.scrollingElement!.scrollWidth,
        innerWidth: window.innerWidth,
        shown: shown.length,
        lowest: Math.max(...shown.map((li) => li.getBoundingClientRect().bottom)),
      };
    });
    expect(fit.scrollHeight).toBeLessThanOrEqual(fit.innerHeight);
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.innerWidth);
    expect(fit.shown).toBeGreaterThanOrEqual(2);
    expect(fit.lowest).toBeLessThanOrEqual(fit.innerHeight);
    // Newest first; the count says how many were left out.
    const total = await screen.locator('li').count();
    expect(await more.textContent()).toContain(`还有 ${total - fit.shown} 条`);
    expect(await screen.locator('li').first().textContent()).toContain(titles[11]);
  });
});

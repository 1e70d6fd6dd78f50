import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openConsole } from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

/** Where screenshots go when asked for (RESIDENTS_SHOTS=/tmp/residents-shots). */
const SHOTS = process.env.RESIDENTS_SHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
};

const rows = (page: Page) => page.locator('table.data tbody tr');

/** Waits until the list has loaded what the address asks for. */
async function settled(page: Page): Promise<void> {
  await page.locator('.table-wrap[aria-busy="false"]').waitFor();
}

describe('the console residents page', () => {
  const e2e = useBrowserPlatform();

  it('searches by pinyin initials, filters 80+ living alone, pages, and opens a household', async () => {
    const page = await openConsole(e2e, 'staff');
    await page.getByRole('link', { name: '居民', exact: true }).click();
    await page.waitForURL(/\/admin\/residents/);
    await settled(page);
    await page.getByRole('link', { name: '添加居民' }).waitFor();
    await shot(page, 'residents-1440.png');

    // Initials: zxy finds 张秀英; the search is in the address, so a reload keeps it.
    await page.getByLabel('搜索居民').fill('zxy');
    await page.waitForURL(/q=zxy/);
    await settled(page);
    await expect.poll(() => rows(page).first().innerText()).toContain('张秀英');
    expect(await rows(page).first().innerText()).toMatch(/138\*{4}0001/);
    await page.reload();
    await settled(page);
    expect(await page.getByLabel('搜索居民').inputValue()).toBe('zxy');
    await expect.poll(() => rows(page).first().innerText()).toContain('张秀英');

    // Her household, from her address: a panel beside the list.
    await rows(page)
      .first()
      .getByRole('button', { name: /查看 .* 这一户/ })
      .click();
    const panel = page.getByTestId('household-panel');
    await panel.getByRole('link', { name: '张秀英' }).waitFor();
    expect(await panel.getByRole('heading').innerText()).toMatch(/^\d+-\d+-\d+ 户$/);
    await shot(page, 'residents-household.png');
    await panel.getByRole('button', { name: '关闭' }).click();
    await panel.waitFor({ state: 'detached' });

    // 80+ living alone: everyone listed is 80 or older and lives alone.
    await page.getByRole('button', { name: '清除条件' }).click();
    await page.waitForURL((url) => !url.search.includes('q='));
    await page.getByRole('button', { name: '80 岁以上独居' }).click();
    await page.waitForURL(/f=80alone/);
    await settled(page);
    await expect.poll(() => rows(page).count()).toBeGreaterThan(0);
    for (const text of await rows(page).allInnerTexts()) {
      const age = Number(text.split('\t')[1]);
      expect(age, text).toBeGreaterThanOrEqual(80);
      expect(text).toContain('独居');
    }
    expect(await page.getByRole('button', { name: '80 岁以上独居' }).getAttribute('aria-pressed')).toBe('true');
    await shot(page, 'residents-80-alone.png');

    // Page 2 of everyone; back returns to page 1.
    await page.getByRole('button', { name: '80 岁以上独居' }).click();
    await page.waitForURL((url) => !url.search.includes('f='));
    await settled(page);
    const firstOnPage1 = await rows(page).first().innerText();
    await page.getByRole('button', { name: '第 2 页' }).click();
    await page.waitForURL(/page=2/);
    await settled(page);
    await page
      .getByRole('status')
      .filter({ hasText: /第 26–50 条，共 \d+ 条/ })
      .waitFor();
    expect(await rows(page).count()).toBe(25);
    expect(await rows(page).first().innerText()).not.toBe(firstOnPage1);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('page='));
    await page
      .getByRole('status')
      .filter({ hasText: /第 1–25 条/ })
      .waitFor();
  });

  it('says so when nothing matches', async () => {
    const page = await openConsole(e2e, 'staff');
    await page.goto(`${e2e.platform.url}/admin/residents?q=${encodeURIComponent('没有这个人')}`);
    await page.getByText('没有符合条件的居民').waitFor();
    await page.getByRole('status').filter({ hasText: '共 0 条' }).waitFor();
  });
});

import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openConsole, staffHeaders } from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

/** Where screenshots go when asked for (ROSTER_SHOTS=/tmp/roster-shots). */
const SHOTS = process.env.ROSTER_SHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
};

const HEAD = '姓名,手机号,楼栋,单元,房号,出生日期,第二手机号,独居,行动不便,备注';
const tag = String(Math.floor(Math.random() * 1e4)).padStart(4, '0');
const good = (i: number) =>
  `导入居民${i},186${tag}${String(i).padStart(4, '0')},${(i % 2) + 1},1,${201 + i},1951-05-0${i + 1},,否,否,`;

function csv(lines: string[]): { name: string; mimeType: string; buffer: Buffer } {
  return { name: '花名册.csv', mimeType: 'text/csv', buffer: Buffer.from([HEAD, ...lines].join('\n')) };
}

async function check(page: Page, file: ReturnType<typeof csv>) {
  await page.getByTestId('roster-file').setInputFiles(file);
  await page.getByTestId('roster-chosen').waitFor();
  await page.getByRole('button', { name: '检查文件' }).click();
  await page.getByTestId('roster-report').waitFor();
}

describe('the roster import in the console', () => {
  const e2e = useBrowserPlatform();

  it('a dry run shows two bad rows; the fixed file is committed and the residents are there', async () => {
    const page = await openConsole(e2e, 'admin');
    await page.goto(`${e2e.platform.url}/admin/residents/import`);
    await page.getByRole('heading', { name: '导入居民花名册' }).waitFor();

    // Row 3: a phone of ten digits; row 5: building 99, which the community lacks.
    const bad = csv([
      good(0),
      `导入居民1,186${tag}000,1,1,202,,,否,否,`,
      good(2),
      `导入居民3,186${tag}0003,99,1,204,,,是,否,`,
    ]);
    await check(page, bad);
    const problems = page.getByTestId('roster-problems');
    await problems.waitFor();
    const rows = await problems.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\t').map((c) => c.trim()))).toEqual([
      ['3', '手机号', '手机号应为 11 位数字，以 1 开头'],
      ['5', '楼栋', '本社区没有这栋楼'],
    ]);
    expect(await page.getByTestId('count-errors').innerText()).toBe('2');
    // Nothing can be committed from a file with problems.
    expect(await page.getByRole('button', { name: '导入', exact: true }).isDisabled()).toBe(true);
    await shot(page, 'roster-dry-run-report.png');

    // Fixed and checked again: clean, and the commit goes through.
    await check(page, csv([good(0), good(1), good(2), good(3)]));
    await page.getByText('没有发现问题，可以导入。').waitFor();
    expect(await page.getByTestId('count-created').innerText()).toBe('4');
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.getByTestId('roster-done').waitFor();
    expect(await page.getByTestId('roster-done').innerText()).toContain('新增 4 位');
    await shot(page, 'roster-committed.png');

    const staff = await staffHeaders(e2e.platform, 'admin');
    const { residents } = await e2e.platform.gql<{ residents: { total: number; items: { name: string }[] } }>(
      'query($s: String) { residents(search: $s, limit: 10) { total items { name } } }',
      { s: `186${tag}` },
      staff,
    );
    expect(residents.items.map((r) => r.name).sort()).toEqual(['导入居民0', '导入居民1', '导入居民2', '导入居民3']);
  });
});

import { describe, expect, it } from 'vitest';
import { patternSlots, workingSlots } from '../api/src/modules/corner/index.js';
import { bookOffering, deskSettled, openConsole, residentHeaders, takeDemoTicket } from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

/** The Shanghai month (YYYY-MM) of an instant. */
const monthOf = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);

describe('setting the service corner up in the staff console', () => {
  const e2e = useBrowserPlatform();

  it('a secretary adds an offering and a desk, generates openings, closes a day, and the new desk calls', async () => {
    const { platform } = e2e;
    const page = await openConsole(e2e, 'secretary', { width: 1440, height: 1000 });
    await page.goto(`${platform.url}/admin/corner`);
    await page.getByRole('navigation', { name: '便民服务角' }).getByRole('link', { name: '设置' }).click();
    await page.getByRole('heading', { name: '便民服务角 · 设置' }).waitFor();

    // An offering: a letter in use is refused next to the field, a free one is added.
    const offerings = page.getByRole('region', { name: '服务项目' });
    await offerings.getByLabel('字母').fill('A');
    await offerings.getByLabel('服务名称').fill('修眼镜');
    await offerings.getByLabel('服务提供方').fill('眼镜店 孙师傅');
    await offerings.getByRole('button', { name: '添加', exact: true }).click();
    await offerings.getByText('字母 A 已被其他服务使用').waitFor();
    await offerings.getByLabel('字母').fill('k');
    await offerings.getByRole('button', { name: '添加', exact: true }).click();
    await offerings.getByText('已添加服务 K · 修眼镜。').waitFor();
    await offerings
      .getByRole('row', { name: /修眼镜/ })
      .getByText('眼镜店 孙师傅')
      .waitFor();

    // A desk that usually serves it.
    const desks = page.getByRole('region', { name: '叫号窗口' });
    await desks.getByLabel('窗口名称').fill('4号台');
    await desks.getByLabel('K · 修眼镜').check();
    await desks.getByRole('button', { name: '添加窗口' }).click();
    await desks.getByText('已添加窗口 4号台。').waitFor();
    expect(await desks.getByRole('row', { name: /4号台/ }).textContent()).toContain('K');

    // Openings: Tuesdays for two weeks; the count is what the pattern gives (nothing there yet).
    const openings = page.getByRole('region', { name: '开放时间' });
    // Statutory holidays stay closed unless confirmed: the console asks when the pattern meets one.
    const pattern = patternSlots({ weekdays: [2], startTime: '09:00', endTime: '12:00', weeks: 2 });
    const tuesdays = workingSlots(pattern).length;
    const holidays = pattern.length - tuesdays;
    const generate = async () => {
      await openings.getByRole('button', { name: '生成' }).click();
      if (holidays) {
        const dialog = page.getByRole('dialog', { name: '法定节假日' });
        await dialog.getByRole('button', { name: '生成' }).click();
      }
    };
    const generated = (created: number, kept: number) =>
      `新增 ${created} 场，已有的 ${kept} 场保持不变` + (holidays ? `；${holidays} 个法定节假日不开放。` : '。');
    await openings.getByLabel('周三').uncheck();
    await openings.getByLabel('周六').uncheck();
    await openings.getByLabel('周二').check();
    await openings.getByLabel('未来几周').fill('2');
    await generate();
    await openings.getByText(generated(tuesdays, 0), { exact: false }).waitFor();
    const [{ n }] = await platform.sql(
      `SELECT count(*)::int AS n FROM opening
        WHERE extract(isodow FROM starts_at AT TIME ZONE 'Asia/Shanghai') = 2`,
    );
    expect(n).toBe(tuesdays);

    // Close the next opening, which the demo resident has booked: the console says so first.
    const [next] = await platform.sql(
      'SELECT id, starts_at FROM opening WHERE NOT cancelled AND starts_at > now() ORDER BY starts_at LIMIT 1',
    );
    const resident = await residentHeaders(platform);
    await bookOffering(platform, resident, 'A', next.id as string);
    // Generating again adds nothing, and the list shows the new booking.
    await generate();
    await openings.getByText(generated(0, tuesdays), { exact: false }).waitFor();
    const startsAt = new Date(next.starts_at as string);
    // The list opened on the month of the next opening by itself (the next month, late in one).
    const [year, month] = monthOf(startsAt).split('-').map(Number);
    await openings.getByRole('heading', { name: `${year}年${month}月` }).waitFor();
    const row = openings.getByRole('row').filter({ has: page.locator(`#opening-${String(next.id)}`) });
    await expect.poll(() => row.locator('td.num').textContent()).toBe('1');
    await row.getByRole('button', { name: '停开这一天' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByText(/已有 1 个预约/).waitFor();
    await confirm.getByRole('button', { name: '停开并取消 1 个预约' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await openings.getByText(/取消了 1 个预约/).waitFor();
    await row.getByText('停开', { exact: true }).waitFor();
    const { myBookings } = await platform.gql<{ myBookings: Array<{ status: string; cancelReason: string }> }>(
      '{ myBookings { status cancelReason } }',
      {},
      resident,
    );
    expect(myBookings).toEqual([{ status: 'CANCELLED', cancelReason: 'CORNER_CLOSED' }]);

    // The corner opens; a resident takes a K ticket; the new desk calls it.
    await platform.openCornerNow();
    const code = await takeDemoTicket(platform, 'K', 'setup-e2e-ticket');
    expect(code).toBe('K001');
    await page.getByRole('navigation', { name: '便民服务角' }).getByRole('link', { name: '叫号台' }).click();
    await page.getByRole('heading', { name: '便民服务角 · 叫号台' }).waitFor();
    await page.getByLabel('窗口', { exact: true }).selectOption({ label: '4号台' });
    // Its usual line comes up by itself.
    await expect
      .poll(() => page.getByLabel('服务队列').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent))
      .toContain('修眼镜');
    await page.getByRole('region', { name: '接下来' }).getByText(code).waitFor();
    await page.getByRole('heading', { name: '便民服务角 · 叫号台' }).click();
    await deskSettled(page);
    await page.keyboard.press('n');
    await expect.poll(() => page.getByTestId('current-code').textContent()).toBe(code);
    await page.getByText(`请 ${code} 到 4号台`).waitFor();
    const [ticket] = await platform.sql('SELECT desk_name, desk_id FROM ticket WHERE desk_name IS NOT NULL');
    expect(ticket.desk_name).toBe('4号台');

    // The choice of desk is remembered on this computer.
    await page.reload();
    await page.getByRole('heading', { name: '便民服务角 · 叫号台' }).waitFor();
    await expect
      .poll(() =>
        page.getByLabel('窗口', { exact: true }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent),
      )
      .toBe('4号台');
    await expect.poll(() => page.getByTestId('current-code').textContent()).toBe(code);
  });
});

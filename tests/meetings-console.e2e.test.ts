import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../api/src/seed/demo-seed.js';
import { openConsole, staffHeaders, untilSubscribed } from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

/** Screenshots of the meeting pages (1440×900; the chair view at 1024×768 and 768×1024), to look at. */
const SHOTS = process.env.MEETINGS_SHOTS ?? '/tmp/meetings-console';
const shot = async (page: Page, name: string, fullPage = true) => {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, name), fullPage });
};

/** Today in Shanghai, YYYY-MM-DD. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

describe('the console’s meeting pages', () => {
  const e2e = useBrowserPlatform();

  it('a secretary plans a meeting, chairs it from two devices live, closes it and gets its minutes', async () => {
    const { platform } = e2e;
    const secretary = await staffHeaders(platform, 'secretary');

    // A matter to put on the agenda: a suggestion entered for the demo resident, classified.
    const [{ id: residentId }] = (await platform.sql(`SELECT id FROM resident WHERE phone = ?`, [
      DEMO.resident.phone,
    ])) as Array<{ id: string }>;
    const { enterSuggestion } = await platform.gql<{ enterSuggestion: { ref: string } }>(
      `mutation ($input: EnterSuggestionInput!) { enterSuggestion(input: $input) { ref } }`,
      {
        input: {
          residentId,
          source: 'PAPER',
          category: 'CONVENIENCE',
          title: '增设电动车充电桩',
          details: '楼下充电排队。',
          idempotencyKey: crypto.randomUUID(),
        },
      },
      secretary,
    );
    const ref = enterSuggestion.ref;
    const { matters } = await platform.gql<{ matters: Array<{ id: string; ref: string; version: number }> }>(
      '{ matters(status: NEW) { id ref version } }',
      {},
      secretary,
    );
    const matter = matters.find((m) => m.ref === ref)!;
    await platform.gql(
      `mutation ($input: ClassifyMatterInput!) { classifyMatter(input: $input) { matter { id } } }`,
      { input: { matterId: matter.id, version: matter.version, urgency: 'KEY', category: 'CONVENIENCE' } },
      secretary,
    );
    // The council's sitting members (seeded: seven).
    const council = (await platform.sql(
      `SELECT r.id, r.name FROM council_member c JOIN resident r ON r.id = c.resident_id
        WHERE c.until IS NULL ORDER BY c.role, r.name`,
    )) as Array<{ id: string; name: string }>;
    expect(council.length).toBe(7);

    // 会议 → 新建会议, held today.
    const page = await openConsole(e2e, 'secretary');
    await page.getByRole('link', { name: '会议', exact: true }).click();
    await page.getByRole('heading', { name: '会议', level: 1 }).waitFor();
    await page
      .getByRole('table', { name: '即将召开' })
      .getByRole('row', { name: /居民议事会/ })
      .first()
      .waitFor();
    await page.getByRole('button', { name: '新建会议' }).click();
    await page.getByLabel('类型', { exact: true }).selectOption({ label: '其他会议' });
    await page.getByLabel('名称', { exact: true }).fill('充电设施协商会');
    await page.getByLabel('日期', { exact: true }).fill(today());
    await page.getByLabel('地点', { exact: true }).fill('社区议事厅');
    await shot(page, 'list-create.png');
    await page.getByRole('button', { name: '建立会议' }).click();
    await page.getByRole('heading', { name: '充电设施协商会', level: 1 }).waitFor();
    const meetingUrl = page.url();
    const meetingId = meetingUrl.split('/').pop()!;

    // The agenda: the classified matter from the candidates, a free item; reordered; a time box.
    const candidate = page.locator(`[data-testid="candidate"][data-ref="${ref}"]`);
    await candidate.getByTestId('candidate-add').click();
    await page
      .getByRole('status')
      .filter({ hasText: `已加入议程：${ref}` })
      .waitFor();
    await expect.poll(() => candidate.count()).toBe(0);
    const agenda = page.getByTestId('agenda-item');
    await page.getByLabel('自由议题', { exact: true }).fill('楼道堆物清理');
    await page.getByLabel('时长（分钟）', { exact: true }).fill('15');
    await page.getByRole('button', { name: '加入议程', exact: true }).click();
    await expect.poll(() => agenda.count()).toBe(2);
    expect(await agenda.nth(0).textContent()).toContain('增设电动车充电桩');
    await page.getByRole('button', { name: '上移 楼道堆物清理' }).click();
    await expect.poll(async () => (await agenda.nth(0).textContent()) ?? '').toContain('楼道堆物清理');
    expect(await agenda.nth(1).textContent()).toContain(ref);
    const box = page.getByLabel('增设电动车充电桩 的时长（分钟）', { exact: true });
    await box.fill('20');
    await box.press('Tab');
    await page.getByRole('status').filter({ hasText: '时长已设定。' }).waitFor();
    await expect.poll(() => box.inputValue()).toBe('20');

    // A second console that hears no events (they are dropped on its way) still shows the
    // version it read; its edit is refused, it says so and shows the meeting as it is now.
    const stale = await openConsole(e2e, 'secretary');
    await stale.routeWebSocket(/\/graphql/, (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((m) => server.send(m));
      server.onMessage((m) => {
        if (typeof m === 'string' && (JSON.parse(m) as { type?: string }).type === 'next') return;
        ws.send(m);
      });
    });
    await stale.goto(meetingUrl);
    await stale.getByRole('heading', { name: '充电设施协商会', level: 1 }).waitFor();
    const freeBox = page.getByLabel('楼道堆物清理 的时长（分钟）', { exact: true });
    await freeBox.fill('12');
    await freeBox.press('Tab');
    await expect.poll(() => freeBox.inputValue()).toBe('12');
    await page.getByRole('status').filter({ hasText: '时长已设定。' }).waitFor();
    expect(await stale.getByLabel('楼道堆物清理 的时长（分钟）', { exact: true }).inputValue()).toBe('15');
    await stale.getByRole('button', { name: '下移 楼道堆物清理' }).click();
    await stale.getByRole('status').filter({ hasText: '别人刚改过，已重新载入。' }).waitFor();
    await expect.poll(() => stale.getByLabel('楼道堆物清理 的时长（分钟）', { exact: true }).inputValue()).toBe('12');
    expect(await stale.getByTestId('agenda-item').nth(0).textContent()).toContain('楼道堆物清理');
    await shot(stale, 'meeting-stale.png');

    // Check-in: one council member by card here; three more by staff elsewhere (the quorum: 4 of 7).
    await page.getByLabel('刷居民卡', { exact: true }).check();
    await page.getByLabel('查找签到居民', { exact: true }).fill(council[0].name);
    await page.getByRole('button', { name: '查找', exact: true }).last().click();
    await page
      .getByRole('button', { name: `签到 ${council[0].name}` })
      .first()
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: `${council[0].name} 已签到` })
      .waitFor();
    for (const member of council.slice(1, 4)) {
      await platform.gql(
        `mutation ($input: CheckInResidentInput!) { checkInResident(input: $input) { residentId } }`,
        { input: { meetingId, residentId: member.id } },
        secretary,
      );
    }
    const quorum = page.getByTestId('quorum');
    await expect.poll(async () => (await quorum.textContent()) ?? '').toContain('议事会成员到会 4 人 / 法定人数 4 人');
    expect(await quorum.getAttribute('data-met')).toBe('true');
    await shot(page, 'meeting.png');

    // The chair view; a second chair device (a tablet) follows it.
    await page.getByRole('link', { name: '主持视图' }).click();
    const chair = page.locator('[data-version]');
    await page.getByTestId('chair-start').waitFor();
    const tablet = await openConsole(e2e, 'secretary', { width: 1024, height: 768 });
    await tablet.goto(page.url());
    await tablet.getByTestId('chair-start').waitFor();
    await untilSubscribed(tablet, 'MeetingChanged', (v) => v.meetingId === meetingId);
    await untilSubscribed(page, 'MeetingChanged', (v) => v.meetingId === meetingId);
    await shot(tablet, 'chair-ready-1024.png', false);

    const versionBefore = Number(await chair.getAttribute('data-version'));
    await page.getByTestId('chair-start').click();
    await expect.poll(async () => (await page.getByTestId('chair-current').textContent())?.trim()).toBe('楼道堆物清理');
    expect(Number(await chair.getAttribute('data-version'))).toBeGreaterThan(versionBefore);
    await expect
      .poll(async () => (await tablet.getByTestId('chair-current').textContent())?.trim())
      .toBe('楼道堆物清理');
    expect(await page.getByTestId('chair-countdown').textContent()).toContain('12:00');
    await tablet.getByTestId('chair-up-next').filter({ hasText: '下一项：增设电动车充电桩' }).waitFor();

    // The timer: started here, paused on the tablet, seen on both.
    await page.getByTestId('chair-timer-start').click();
    await tablet.getByTestId('chair-timer-pause').waitFor();
    await expect.poll(() => tablet.getByTestId('chair-countdown').getAttribute('data-running')).toBe('true');
    await tablet.getByTestId('chair-timer-pause').click();
    await page.getByTestId('chair-timer-start').waitFor();
    await expect.poll(() => page.getByTestId('chair-countdown').getAttribute('data-running')).toBe('false');

    // Next: the matter.
    await page.getByTestId('chair-next').click();
    await expect
      .poll(async () => (await tablet.getByTestId('chair-current').textContent())?.trim())
      .toBe('增设电动车充电桩');
    await expect.poll(async () => (await page.getByTestId('chair-countdown').textContent())?.trim()).toBe('20:00');

    // A show of hands: 3 for, 1 against → 通过, on both devices.
    await page.getByTestId('vote-for').fill('3');
    await page.getByTestId('vote-against').fill('1');
    await page.getByTestId('vote-abstain').fill('0');
    await page.getByTestId('vote-submit').click();
    await expect.poll(async () => (await page.getByTestId('vote-result').textContent()) ?? '').toContain('通过');
    expect(await page.getByTestId('vote-result').textContent()).not.toContain('未通过');
    await expect.poll(async () => (await tablet.getByTestId('vote-result').textContent()) ?? '').toContain('赞成 3');

    // The decision, then an action for the property company's manager.
    await page.getByTestId('decision-outcome').selectOption('ADOPTED');
    await page.getByTestId('decision-text').fill('在3号楼北侧增设充电桩10个');
    await page.getByTestId('decision-submit').click();
    await expect
      .poll(async () => (await tablet.getByTestId('decision-recorded').textContent()) ?? '')
      .toContain('在3号楼北侧增设充电桩10个');
    await tablet.getByLabel('任务内容', { exact: true }).fill('联系供电所勘察线路');
    await tablet.getByLabel('负责', { exact: true }).selectOption({ label: '李秘书' });
    await tablet.getByLabel('完成期限', { exact: true }).fill('2027-01-15');
    await tablet.getByTestId('action-submit').click();
    await expect
      .poll(async () => (await page.getByTestId('chair-actions').textContent()) ?? '')
      .toContain('联系供电所勘察线路 · 李秘书');
    await shot(tablet, 'chair-live-1024.png', false);
    await shot(tablet, 'chair-live-1024-full.png');
    await tablet.setViewportSize({ width: 768, height: 1024 });
    await shot(tablet, 'chair-live-768-portrait.png', false);
    await shot(page, 'chair-live-1440.png');
    // Tablet-sized buttons.
    for (const id of ['chair-next', 'chair-timer-start', 'vote-submit', 'decision-submit', 'chair-close']) {
      const size = await tablet.getByTestId(id).boundingBox();
      expect(size!.height, id).toBeGreaterThanOrEqual(48);
    }

    // The last item done; closed after a confirmation; the tablet sees it.
    await page.getByTestId('chair-next').click();
    await tablet.getByText('议程已全部讨论完毕。').waitFor();
    await page.getByTestId('chair-close').click();
    await page.getByTestId('chair-close-confirm').click();
    await page.getByTestId('chair-closed').waitFor();
    await tablet.getByTestId('chair-closed').waitFor();
    expect(await chair.getAttribute('data-status')).toBe('CLOSED');

    // The minutes: the record, printable, and as Word.
    await page.getByRole('link', { name: '会议纪要' }).click();
    const minutes = page.getByRole('article', { name: '会议纪要' });
    await minutes.getByRole('heading', { name: /充电设施协商会/ }).waitFor();
    await minutes.getByTestId('minutes-quorum').filter({ hasText: '议事会成员到会 4 人，法定人数 4 人' }).waitFor();
    const items = minutes.getByTestId('minutes-item');
    await expect.poll(() => items.count()).toBe(2);
    const second = (await items.nth(1).textContent()) ?? '';
    expect(second).toContain('增设电动车充电桩');
    expect(await items.nth(0).textContent()).toContain('时长 12 分钟');
    expect(second).toContain('赞成 3，反对 1，弃权 0');
    expect(second).toContain('通过');
    expect(second).toContain('在3号楼北侧增设充电桩10个');
    expect(second).toContain('联系供电所勘察线路，负责：李秘书');
    await shot(page, 'minutes.png');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: '主导航' }).isVisible()).toBe(false);
    expect(await page.getByTestId('minutes-docx').isVisible()).toBe(false);
    await shot(page, 'minutes-print.png');
    await page.emulateMedia({ media: 'screen' });

    const download = page.waitForEvent('download');
    await page.getByTestId('minutes-docx').click();
    expect((await download).suggestedFilename()).toMatch(/\.docx$/);
    const answer = await page.evaluate(async (id) => {
      const token = localStorage.getItem('linli.admin.token');
      const res = await fetch(`/api/meeting/minutes?id=${id}`, { headers: { authorization: `Bearer ${token}` } });
      return { status: res.status, type: res.headers.get('content-type'), size: (await res.arrayBuffer()).byteLength };
    }, meetingId);
    expect(answer.status).toBe(200);
    expect(answer.type).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(answer.size).toBeGreaterThan(1000);

    // The list shows it among past meetings? Today's closed meeting is past.
    await page.goto(`${platform.url}/admin/meetings`);
    await page
      .getByRole('table', { name: '往期会议' })
      .getByRole('row', { name: /充电设施协商会.*已结束/ })
      .waitFor();
    await shot(page, 'list.png');
  });

  it('the council meeting moves with a reason the list shows; the council gains a member and loses one', async () => {
    const { platform } = e2e;
    const page = await openConsole(e2e, 'secretary');
    await page.goto(`${platform.url}/admin/meetings`);
    const month = Number(today().slice(5, 7));
    await page.getByRole('link', { name: `${month}月居民议事会` }).click();
    await page.getByRole('heading', { name: `${month}月居民议事会`, level: 1 }).waitFor();
    const [{ planned }] = (await platform.sql(
      `SELECT to_char(planned_day, 'YYYY-MM-DD') AS planned FROM meeting WHERE kind = 'COUNCIL' AND status = 'PLANNED'`,
    )) as Array<{ planned: string }>;
    const later = new Date(`${planned}T00:00:00Z`);
    later.setUTCDate(later.getUTCDate() + 1);
    await page.getByLabel('日期', { exact: true }).fill(later.toISOString().slice(0, 10));
    await page.getByLabel('改期原因（必填）', { exact: true }).fill('议事厅检修');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '已保存。' }).waitFor();
    await page.getByText(/^原定.+，因议事厅检修改期$/).waitFor();
    await page.getByRole('link', { name: '返回会议列表' }).click();
    await page
      .getByRole('table', { name: '即将召开' })
      .getByRole('row', { name: /原定.+，因议事厅检修改期.*居民议事会/ })
      .waitFor();
    await shot(page, 'list-moved.png');

    // The council: a resident takes a seat, then ends it.
    const [{ name }] = (await platform.sql(
      `SELECT r.name FROM resident r WHERE NOT EXISTS (SELECT 1 FROM council_member c WHERE c.resident_id = r.id)
          AND NOT EXISTS (SELECT 1 FROM resident o WHERE o.name = r.name AND o.id <> r.id)
        ORDER BY r.name LIMIT 1`,
    )) as Array<{ name: string }>;
    await page.getByRole('link', { name: '议事会成员', exact: true }).click();
    const table = page.getByRole('table', { name: '议事会成员' });
    await expect.poll(() => table.getByRole('row').count()).toBe(8);
    await page.getByLabel('查找居民', { exact: true }).fill(name);
    await page.getByRole('button', { name: '查找', exact: true }).click();
    await page.getByRole('button', { name: `设为成员 ${name}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${name} 已加入议事会。` })
      .waitFor();
    await table.getByRole('row', { name: new RegExp(`${name}.*成员`) }).waitFor();
    await shot(page, 'council.png');
    await page.getByRole('button', { name: `${name} 卸任` }).click();
    await page.getByRole('button', { name: '确定卸任' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${name} 已卸任。` })
      .waitFor();
    await expect.poll(() => table.getByRole('row', { name: new RegExp(name) }).count()).toBe(0);

    // In English: the planning page and the chair view (a landscape tablet) read whole.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Meetings', exact: true }).first().click();
    await page.getByRole('link', { name: `${month}月居民议事会` }).click();
    await page.getByRole('heading', { name: 'Agenda', level: 2 }).waitFor();
    await page.getByText(/^Moved from .+: 议事厅检修$/).waitFor();
    await shot(page, 'meeting-en.png');
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByRole('link', { name: 'Chair view' }).click();
    await page.getByTestId('chair-start').filter({ hasText: 'Start meeting' }).waitFor();
    await shot(page, 'chair-en-1024.png', false);
  });
});

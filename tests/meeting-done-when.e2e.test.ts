import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../api/src/seed/demo-seed.js';
import { localDate } from '../api/src/platform/time.js';
import { openConsole, openKioskSignedIn, openMeetingScreen, screenShots, staffHeaders } from './drivers.js';
import { useBrowserPlatform } from './platform-app.js';

/**
 * Issue 12's "done when": a resident submits a suggestion at the kiosk → the secretary classifies
 * it (its clock shows) → it goes on the council meeting's agenda → the chair runs the meeting from
 * the console (a tablet) while a second browser shows the meeting-room screen following live
 * through item changes, a vote and a decision → the matter is carried out and answered → the
 * resident sees the answer at the kiosk and the +30 and +10 in their points.
 */
const SHOTS = process.env.MEETING_SHOTS ?? '/tmp/meeting-done-when';
mkdirSync(SHOTS, { recursive: true });
const TITLE = '路灯不亮';

/** The version a page shows (the chair view's and the screen's roots carry it). */
const versionOf = async (page: Page, root: string) => Number(await page.locator(root).getAttribute('data-version'));

describe('a suggestion through the council meeting and back, end to end', () => {
  const e2e = useBrowserPlatform();

  it('kiosk → classified → agenda → chaired live on the screen → answered, +30 and +10', async () => {
    const { platform } = e2e;
    const secretary = await staffHeaders(platform, 'secretary');

    // 1. The kiosk: the demo resident (a council member) suggests 路灯不亮 and keeps its number.
    const kiosk = await openKioskSignedIn(e2e);
    await kiosk.getByRole('link', { name: '首页' }).click();
    await kiosk.getByRole('link', { name: /^提建议/ }).click();
    await kiosk.getByRole('button', { name: '便民服务' }).click();
    await kiosk.getByRole('button', { name: TITLE }).click();
    await kiosk.getByRole('button', { name: /下一步/ }).click();
    await kiosk.getByRole('button', { name: /提交建议/ }).click();
    const ref = (await kiosk.locator('#suggestion-ref').textContent())!.trim();
    expect(ref).toMatch(/^\d{4}-\d{3}$/);

    // 2. The console: the secretary classifies it 重点; its clock shows.
    const desk = await openConsole(e2e, 'secretary');
    await desk.getByRole('link', { name: '议事', exact: true }).click();
    const table = desk.getByRole('table', { name: '事项列表' });
    await table.getByRole('link', { name: TITLE, exact: true }).click();
    await desk.getByRole('heading', { level: 1, name: new RegExp(TITLE) }).waitFor();
    await desk.getByRole('button', { name: '分类', exact: true }).click();
    const classify = desk.getByRole('dialog', { name: '分类事项' });
    await classify.getByLabel('重点', { exact: true }).check();
    await classify.getByLabel('负责', { exact: true }).selectOption({ label: '幸福物业服务有限公司' });
    await classify.getByRole('button', { name: '确定分类' }).click();
    await classify.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await desk.getByTestId('matter-due').textContent()) ?? '').toMatch(/\d+月\d+日/);
    const matterUrl = desk.url();
    await desk.screenshot({ path: path.join(SHOTS, '1-classified.png'), fullPage: true });

    // The council meeting is this month's; the council brings it forward to today (so the kiosk's
    // check-in is open), with the reason recorded.
    const round = new Date().toISOString().slice(0, 7);
    const [meeting] = (await platform.sql(
      `SELECT id, version, title, to_char(day, 'YYYY-MM-DD') AS day FROM meeting WHERE kind = 'COUNCIL' AND round = ?`,
      [round],
    )) as Array<{ id: string; version: number; title: string; day: string }>;
    if (meeting.day !== localDate()) {
      await platform.gql(
        'mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { day } }',
        {
          input: {
            meetingId: meeting.id,
            version: meeting.version,
            day: localDate(),
            movedReason: '路灯问题急需协商，提前开会',
          },
        },
        secretary,
      );
    }

    // 3. On the agenda: the secretary adds it from the candidates.
    await desk.goto(`${platform.url}/admin/meetings/${meeting.id}`);
    const candidate = desk.locator(`[data-testid="candidate"][data-ref="${ref}"]`);
    await candidate.getByTestId('candidate-add').click();
    await expect.poll(() => candidate.count()).toBe(0);
    await desk.getByTestId('agenda-item').filter({ hasText: TITLE }).waitFor();
    await desk.screenshot({ path: path.join(SHOTS, '2-agenda.png'), fullPage: true });

    // 4. Attendance: the resident checks in at the kiosk (+10); three more council members are
    // checked in by staff (the quorum: 4 of 7).
    const lobby = await openKioskSignedIn(e2e);
    await lobby.getByRole('link', { name: '首页' }).click();
    await lobby.getByRole('link', { name: /^议事会签到/ }).click();
    await lobby.getByRole('button', { name: '签到', exact: true }).click();
    await lobby.getByRole('status').filter({ hasText: '签到成功！积分 +10' }).waitFor();
    const { councilMembers } = await platform.gql<{ councilMembers: Array<{ residentId: string; name: string }> }>(
      '{ councilMembers { residentId name } }',
      {},
      secretary,
    );
    for (const member of councilMembers.filter((m) => m.name !== DEMO.resident.name).slice(0, 3)) {
      await platform.gql(
        'mutation ($input: CheckInResidentInput!) { checkInResident(input: $input) { residentId } }',
        { input: { meetingId: meeting.id, residentId: member.residentId } },
        secretary,
      );
    }

    // 5. The meeting-room screen and the chair's tablet; every chair step shows on the screen.
    const screen = await openMeetingScreen(e2e);
    const room = screen.getByTestId('meeting-screen');
    await expect.poll(() => room.getAttribute('data-meeting')).toBe(meeting.id);
    await expect.poll(() => room.getAttribute('data-status')).toBe('PLANNED');
    const chair = await openConsole(e2e, 'secretary', { width: 1024, height: 768 });
    await chair.goto(`${platform.url}/admin/meetings/${meeting.id}/chair`);
    const chairRoot = chair.locator('[data-version]');
    const step = async (testId: string) => {
      const before = await versionOf(chair, '[data-version]');
      await chair.getByTestId(testId).click();
      await expect.poll(() => versionOf(chair, '[data-version]')).toBeGreaterThan(before);
      const after = await versionOf(chair, '[data-version]');
      await expect.poll(() => versionOf(screen, '[data-testid="meeting-screen"]')).toBe(after);
    };
    const onScreen = async (testId: string) =>
      ((await screen.getByTestId(testId).textContent()) ?? '').replace(/\s+/g, ' ');
    await screenShots(screen, SHOTS, '3-screen-planned');

    await step('chair-start');
    expect(await room.getAttribute('data-status')).toBe('LIVE');
    expect(await onScreen('attendance')).toContain('4');
    // Through the agenda to 路灯不亮: the screen shows each item the chair does.
    for (let i = 0; (await chair.getByTestId('chair-current').textContent())?.trim() !== TITLE; i++) {
      expect(i, 'the matter is on the agenda').toBeLessThan(5);
      const current = (await chair.getByTestId('chair-current').textContent())!.trim();
      expect(await onScreen('current-item')).toContain(current);
      await step('chair-next');
    }
    expect(await onScreen('current-item')).toContain(TITLE);
    await step('chair-timer-start');
    expect(await screen.getByTestId('countdown').getAttribute('data-state')).toBe('running');
    await screenShots(screen, SHOTS, '4-screen-item');

    // The vote (4 present: 3 for, 1 against) and the decision.
    await chair.getByTestId('vote-for').fill('3');
    await chair.getByTestId('vote-against').fill('1');
    await chair.getByTestId('vote-abstain').fill('0');
    await step('vote-submit');
    expect(await onScreen('last-vote')).toContain('赞成 3 · 反对 1 · 弃权 0');
    await chair.getByTestId('decision-outcome').selectOption('ADOPTED');
    await chair.getByTestId('decision-text').fill('请物业一周内修好路灯');
    await step('decision-submit');
    expect(await onScreen('decisions')).toContain('请物业一周内修好路灯');
    await screenShots(screen, SHOTS, '5-screen-decided');
    await chair.screenshot({ path: path.join(SHOTS, '5-chair.png') });

    // Closed: the screen says so, with the decision.
    await chair.getByTestId('chair-close').click();
    const before = await versionOf(chair, '[data-version]');
    await chair.getByTestId('chair-close-confirm').click();
    await expect.poll(() => chairRoot.getAttribute('data-status')).toBe('CLOSED');
    await expect.poll(() => versionOf(screen, '[data-testid="meeting-screen"]')).toBeGreaterThan(before);
    await expect.poll(() => room.getAttribute('data-status')).toBe('CLOSED');
    expect(await onScreen('decisions')).toContain('请物业一周内修好路灯');
    await screenShots(screen, SHOTS, '6-screen-closed');

    // 6. The console: carried out (the suggester's +30), then answered.
    await desk.goto(matterUrl);
    await desk.getByRole('heading', { level: 1, name: new RegExp(TITLE) }).waitFor();
    await desk.getByRole('button', { name: '落实完成' }).click();
    const complete = desk.getByRole('dialog', { name: '落实完成' });
    await complete.getByLabel('落实情况', { exact: true }).fill('物业已更换两盏路灯');
    await complete.getByRole('button', { name: '确认落实' }).click();
    await complete.waitFor({ state: 'hidden' });
    await desk.getByRole('button', { name: '答复并办结' }).click();
    const answer = desk.getByRole('dialog', { name: '答复并办结' });
    await answer.getByLabel('给建议人的答复', { exact: true }).fill('路灯已修好，谢谢您的建议。');
    await answer.getByRole('button', { name: '答复并办结' }).click();
    await answer.waitFor({ state: 'hidden' });
    await desk.screenshot({ path: path.join(SHOTS, '6-answered.png'), fullPage: true });

    // 7. The kiosk: the answer on 我的建议, the +30 and +10 in the points history.
    const home = await openKioskSignedIn(e2e);
    await home.getByRole('link', { name: '首页' }).click();
    await home.getByRole('link', { name: /^我的建议/ }).click();
    const mine = home.locator(`#my-suggestions li[data-ref="${ref}"]`);
    await mine.getByText('路灯已修好，谢谢您的建议。').waitFor();
    expect(await mine.getAttribute('data-status')).toBe('CLOSED');
    await home.screenshot({ path: path.join(SHOTS, '7-mine.png') });
    await home.getByRole('link', { name: '首页' }).click();
    await home.getByRole('link', { name: /^积分兑换/ }).click();
    await home.getByRole('link', { name: '积分记录' }).click();
    const history = home.locator('#points-history > li');
    await history.first().waitFor();
    const lines = (await history.allTextContents()).map((l) => l.replace(/\s+/g, ' ').trim());
    expect(
      lines.filter((l) => l.includes(`建议被采纳：${TITLE}`) && /\+30$/.test(l)),
      lines.join('\n'),
    ).toHaveLength(1);
    expect(
      lines.filter((l) => l.includes(`参加${meeting.title}`) && /\+10$/.test(l)),
      lines.join('\n'),
    ).toHaveLength(1);
    await home.screenshot({ path: path.join(SHOTS, '7-points.png') });
  }, 240_000); // the whole journey, three browsers: 30–40 s quiet, over a minute on a loaded machine
});

import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openMeetingScreen, screenShots, staffHeaders, untilSubscribed } from './drivers.js';
import { useBrowserPlatform, useSharedPlatforms, type Platform } from './platform-app.js';

/** Screenshots at 1920×1080 (and each at half size, as the back row sees it). */
const SHOTS = '/tmp/meeting-screen';

const STATE = `id version status currentItemId
  items { id title status }
  invitees { residentId councilRole present }`;

interface State {
  id: string;
  version: number;
  status: string;
  currentItemId: string | null;
  items: Array<{ id: string; title: string; status: string }>;
  invitees: Array<{ residentId: string | null; councilRole: string | null; present: boolean }>;
}

/** The chair's console, over GraphQL: each action on the version read, answering the new state. */
function chairOf(platform: Platform, headers: Record<string, string>) {
  const act = async (mutation: string, input: Record<string, unknown>, inputType: string): Promise<State> => {
    const data = await platform.gql<Record<string, State>>(
      `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { ${STATE} } }`,
      { input },
      headers,
    );
    return data[mutation];
  };
  return {
    read: async (id: string) =>
      (await platform.gql<{ meeting: State }>(`query ($id: ID!) { meeting(id: $id) { ${STATE} } }`, { id }, headers))
        .meeting,
    current: async (device: string) =>
      (
        await platform.gql<{ currentMeeting: State | null }>(
          `{ currentMeeting { ${STATE} } }`,
          {},
          {
            authorization: `Bearer ${device}`,
          },
        )
      ).currentMeeting,
    step: (mutation: string, m: State, extra: Record<string, unknown> = {}, inputType = 'MeetingVersionInput') =>
      act(mutation, { meetingId: m.id, version: m.version, ...extra }, inputType),
    checkIn: async (meetingId: string, residentId: string) =>
      platform.gql(
        'mutation ($input: CheckInResidentInput!) { checkInResident(input: $input) { alreadyCheckedIn } }',
        { input: { meetingId, residentId } },
        headers,
      ),
  };
}

/** Waits until the screen shows `version` (or a later one) of the meeting. */
async function shows(screen: Page, version: number, status?: string): Promise<void> {
  const root = screen.getByTestId('meeting-screen');
  await expect.poll(async () => Number(await root.getAttribute('data-version'))).toBeGreaterThanOrEqual(version);
  if (status) expect(await root.getAttribute('data-status')).toBe(status);
}

const shot = (screen: Page, name: string) => screenShots(screen, SHOTS, name);

const text = async (screen: Page, testId: string) =>
  (await screen.getByTestId(testId).innerText()).replace(/\s+/g, ' ');

const LONG_TITLE = '关于3号楼与5号楼之间消防通道长期被私家车占用、夜间照明不足以及垃圾分类投放点搬迁的综合整治方案';

describe('the meeting-room screen in Chromium', () => {
  const e2e = useBrowserPlatform();

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
  });

  it('follows the meeting live: planned, items, timer, check-ins, a vote, a decision, closed', async () => {
    const { platform } = e2e;
    const chair = chairOf(platform, await staffHeaders(platform, 'secretary'));
    let m = (await chair.current(platform.demoDevices.meetingScreenToken))!;
    expect(m.status).toBe('PLANNED');

    const screen = await openMeetingScreen(e2e);
    await shows(screen, m.version, 'PLANNED');
    await screen.getByRole('heading', { name: '下次会议' }).waitFor();
    await screen
      .getByText(/\d+月\d+日星期./)
      .first()
      .waitFor();
    await screen.getByText('最新通知').waitFor();
    await untilSubscribed(screen, 'MeetingScreenChanged');
    await shot(screen, '1-planned');

    // A long item is added first on the agenda; the chair starts the meeting.
    m = await chair.step('addAgendaItem', m, { title: LONG_TITLE, timeBoxMinutes: 15 }, 'AddAgendaItemInput');
    const long = m.items.find((i) => i.title === LONG_TITLE)!;
    m = await chair.step(
      'reorderAgenda',
      m,
      { itemIds: [long.id, ...m.items.filter((i) => i !== long).map((i) => i.id)] },
      'ReorderAgendaInput',
    );
    await shows(screen, m.version);
    m = await chair.step('startMeeting', m);
    await shows(screen, m.version, 'LIVE');
    const title = screen.getByTestId('current-item');
    expect(await title.innerText()).toBe(LONG_TITLE);
    // Readable from the back of the room: at least 64 px, all of it shown (fitted once the font is in).
    const measure = () =>
      title.evaluate((el) => ({
        size: parseFloat(getComputedStyle(el).fontSize),
        // Nothing hidden: no wider than itself, and all of it inside its panel.
        clipped:
          el.scrollWidth > el.clientWidth + 1 ||
          el.getBoundingClientRect().bottom > el.closest('section')!.getBoundingClientRect().bottom,
        lines: Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
      }));
    await screen.evaluate(() => document.fonts.ready);
    await expect.poll(async () => (await measure()).clipped, { timeout: 5000 }).toBe(false);
    const box = await measure();
    expect(box.size).toBeGreaterThanOrEqual(64);
    expect(box.lines).toBeLessThanOrEqual(3);
    expect(await text(screen, 'countdown')).toContain('未开始计时');
    expect(await text(screen, 'countdown')).toContain('15:00');
    expect(await text(screen, 'next-items')).toContain('上月议定事项落实情况通报');
    expect(await text(screen, 'attendance')).toContain('出席 0 / 应到 7');
    expect(await text(screen, 'attendance')).toContain('还差 4 人');
    expect(await text(screen, 'last-vote')).toContain('还没有表决');

    // Council members check in (by staff): attendance follows, then the quorum is reached.
    const members = m.invitees.filter((i) => i.councilRole && i.residentId).map((i) => i.residentId!);
    for (const resident of members.slice(0, 3)) await chair.checkIn(m.id, resident);
    m = await chair.read(m.id);
    await shows(screen, m.version);
    expect(await text(screen, 'attendance')).toContain('出席 3 / 应到 7');
    expect(await text(screen, 'attendance')).toContain('还差 1 人');
    await chair.checkIn(m.id, members[3]);
    m = await chair.read(m.id);
    await shows(screen, m.version);
    expect(await text(screen, 'attendance')).toContain('出席 4 / 应到 7');
    expect(await text(screen, 'attendance')).toContain('已达法定人数');

    // The timer runs; paused, it says so.
    m = await chair.step('startItemTimer', m);
    await shows(screen, m.version);
    await expect.poll(() => screen.getByTestId('countdown').getAttribute('data-state')).toBe('running');
    expect(await text(screen, 'countdown')).toContain('剩余时间');
    await expect.poll(() => text(screen, 'countdown')).toMatch(/14:5\d/);
    await shot(screen, '2-live-timer');
    m = await chair.step('pauseItemTimer', m);
    await shows(screen, m.version);
    expect(await text(screen, 'countdown')).toContain('已暂停');

    // A show of hands, and the decision.
    m = await chair.step(
      'recordVote',
      m,
      { question: '是否同意整治方案', for: 3, against: 1, abstain: 0 },
      'RecordVoteInput',
    );
    await shows(screen, m.version);
    expect(await text(screen, 'last-vote')).toContain('赞成 3 · 反对 1 · 弃权 0');
    expect(await text(screen, 'last-vote')).toContain('通过');
    await shot(screen, '3-after-vote');
    m = await chair.step(
      'recordDecision',
      m,
      { outcome: 'ADOPTED', decision: '物业两周内清理通道并加装路灯' },
      'RecordDecisionInput',
    );
    await shows(screen, m.version);
    expect(await text(screen, 'decisions')).toContain('物业两周内清理通道并加装路灯');
    expect(await text(screen, 'decisions')).toContain('采纳');

    // The next item; its time box overrun (time passed, as if the discussion ran long).
    m = await chair.step('nextAgendaItem', m);
    await shows(screen, m.version);
    expect(await title.innerText()).toBe('上月议定事项落实情况通报');
    expect(await text(screen, 'next-items')).toContain('楼道堆物清理方案讨论');
    expect(await text(screen, 'next-items')).not.toContain('上月议定事项落实情况通报');
    await platform.sql(`UPDATE agenda_item SET timer_used_ms = 12 * 60000 + 5000 WHERE id = ?`, [m.currentItemId]);
    m = await chair.step('startItemTimer', m);
    await shows(screen, m.version);
    await expect.poll(() => screen.getByTestId('countdown').getAttribute('data-state')).toBe('overrun');
    expect(await text(screen, 'countdown')).toMatch(/超时 \+02:0\d/);
    await shot(screen, '4-after-decision-overrun');

    // A vote that fails.
    m = await chair.step('recordVote', m, { question: '是否通报', for: 1, against: 2, abstain: 1 }, 'RecordVoteInput');
    await shows(screen, m.version);
    expect(await text(screen, 'last-vote')).toContain('未通过');

    // The same screen in English (a second browser on the same device, its clock an hour fast).
    const english = await openEnglish(e2e.browser, platform);
    await shows(english, m.version, 'LIVE');
    expect(await text(english, 'attendance')).toContain('Quorum reached');
    expect(await text(english, 'last-vote')).toContain('Not carried');
    expect(await text(english, 'countdown')).toContain('Over time');
    expect((await english.evaluate(() => Date.now())) - Date.now()).toBeGreaterThan(3_000_000);
    expect(await text(english, 'countdown')).toMatch(/\+0[2-4]:\d\d/); // not +62:…
    await shot(english, '6-english');
    await english.context().close();

    m = await chair.step('closeMeeting', m);
    await shows(screen, m.version, 'CLOSED');
    await screen.getByRole('heading', { name: '会议已结束' }).waitFor();
    expect(await text(screen, 'decisions')).toContain('物业两周内清理通道并加装路灯');
    await shot(screen, '5-closed');
    // Opened anew later that day (a power cut, the nightly restart): still the meeting that ended.
    await screen.reload();
    await shows(screen, m.version, 'CLOSED');
    await screen.getByRole('heading', { name: '会议已结束' }).waitFor();
  });
});

async function openEnglish(browser: Browser, platform: Platform): Promise<Page> {
  const context = await browser.newContext({ locale: 'en', viewport: { width: 1920, height: 1080 } });
  // This device's clock is an hour fast: the screen counts on the server's clock all the same.
  await context.clock.install({ time: Date.now() + 3600_000 });
  const page = await context.newPage();
  await page.goto(`${platform.url}/screens/meeting-room?lang=en#device=${platform.demoDevices.meetingScreenToken}`);
  return page;
}

/**
 * Two API instances on one database. The screen follows instance A; A restarts while B's chair
 * moves the meeting on, so the screen misses those events — and must show the newer state once
 * it is back.
 */
describe('the meeting-room screen across an API restart', () => {
  const instances = useSharedPlatforms('linli-e2e-meeting-');
  const start = (onPort?: number) => instances.start(onPort);

  it('catches up with the items moved on while it was disconnected', async () => {
    const a = await start(instances.port);
    const b = await start(0);
    const chairB = chairOf(b, await staffHeaders(b, 'secretary'));
    let m = (await chairB.current(a.demoDevices.meetingScreenToken))!;
    m = await chairB.step('startMeeting', m);

    const screen = await openMeetingScreen({ browser: instances.browser, platform: a });
    await shows(screen, m.version, 'LIVE');
    await untilSubscribed(screen, 'MeetingScreenChanged');
    const first = await screen.getByTestId('current-item').innerText();

    // A goes away; B's chair moves to the next item and starts its timer.
    await instances.stop(a);
    m = await chairB.step('nextAgendaItem', m);
    m = await chairB.step('startItemTimer', m);
    const second = m.items.find((i) => i.id === m.currentItemId)!.title;
    expect(second).not.toBe(first);

    // A is back on the same address: the screen reconnects by itself and re-reads the meeting.
    await start(instances.port);
    await shows(screen, m.version, 'LIVE');
    expect(await screen.getByTestId('current-item').innerText()).toBe(second);
    await expect.poll(() => screen.getByTestId('countdown').getAttribute('data-state')).toBe('running');

    // And live events flow again afterwards.
    m = await chairB.step('pauseItemTimer', m);
    await shows(screen, m.version);
    expect(await screen.getByTestId('countdown').getAttribute('data-state')).toBe('paused');
    await screen.context().close();
  });
});

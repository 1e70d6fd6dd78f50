import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, expectError } from '../../../test/harness.js';
import { meetingWorld, must, type Live } from '../../../test/meeting.js';
import type { Context } from '../../platform/context.js';
import { localDate } from '../../platform/time.js';
import { StaffRole } from '../staff/index.js';
import { hooks } from './meeting.hooks.js';
import { Meetings, type ItemEvent } from './index.js';

const VOTE = {
  fields: ', question: $q, for: $f, against: $a, abstain: $x',
  args: ', $q: String!, $f: Int!, $a: Int!, $x: Int!',
};
const DECIDE = {
  fields: ', outcome: $o, decision: $d',
  args: ', $o: ItemOutcome!, $d: String!',
};
const ACTION = { fields: ', what: $w, ownerName: $n, due: $due', args: ', $w: String!, $n: String!, $due: String' };

describe('meeting: the chair', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ config: { logLevel: 'silent' } });
  });
  afterAll(() => t.stop());

  async function raceNext(ways: number) {
    const w = await meetingWorld(t, { items: 3 });
    const started = (await w.chair('startMeeting')).data!.startMeeting;
    expect(started.status).toBe('LIVE');
    expect(started.items[0].status).toBe('CURRENT');
    const secretaries = [
      w.secretary,
      ...(await Promise.all(Array.from({ length: ways - 1 }, () => newChair(w.communityId)))),
    ];
    const results = await Promise.all(secretaries.map((who) => w.chair('nextAgendaItem', {}, started.version, who)));
    const moved = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(moved).toHaveLength(1);
    expect(refused).toHaveLength(ways - 1);
    const after = await w.read();
    for (const r of refused) expectError(r, 'CONFLICT', { reason: 'MEETING_CHANGED' });
    // Each refusal says a version at least the winner's (the one the UI then re-reads).
    for (const r of refused) expect(r.errors![0].extensions!.version).toBeGreaterThan(started.version);
    expect(after.items.map((i) => i.status)).toEqual(['DONE', 'CURRENT', 'PENDING']);
    expect(after.currentItemId).toBe(after.items[1].id);
    const [{ n }] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM agenda_item WHERE meeting_id = ? AND status = 'CURRENT'`,
      [w.meetingId],
    );
    expect(n).toBe(1);
  }

  async function newChair(communityId: string) {
    return { token: (await t.newStaff(communityId, StaffRole.SECRETARY)).token };
  }

  it('two chair devices pressing "next item" on one version move it once', () => raceNext(2));
  it('and eight at once', () => raceNext(8));

  it('chair devices pressing the timer and "next item" on one version at once: one of them gets through', async () => {
    const w = await meetingWorld(t, { items: 3 });
    const started = (await w.chair('startMeeting')).data!.startMeeting;
    const others = await Promise.all(Array.from({ length: 5 }, () => newChair(w.communityId)));
    const actions = [
      'startItemTimer',
      'nextAgendaItem',
      'startItemTimer',
      'nextAgendaItem',
      'startItemTimer',
      'startItemTimer',
    ];
    const results = await Promise.all(
      [w.secretary, ...others].map((who, i) => w.chair(actions[i], {}, started.version, who)),
    );
    const through = results.filter((r) => !r.errors);
    expect(through).toHaveLength(1);
    for (const r of results.filter((r) => r.errors)) expectError(r, 'CONFLICT', { reason: 'MEETING_CHANGED' });
    const after = await w.read();
    expect(after.version).toBe(started.version + 1);
    const timerStarted = after.items[0].runningSince !== null;
    const moved = after.items[0].status === 'DONE';
    expect(timerStarted !== moved).toBe(true);
  });

  it('runs a meeting: start, timer, votes with and without quorum, decision, action, next, close', async () => {
    const w = await meetingWorld(t, { council: 5, items: 2 });
    // Before it starts: the chair's actions that need a live meeting are refused.
    expectError(await w.chair('nextAgendaItem'), 'CONFLICT', { reason: 'MEETING_STATE' });
    let live = (await w.chair('startMeeting')).data!.startMeeting;
    expect(live.currentItemId).toBe(live.items[0].id);
    expect(live.items[0].usedMs).toBe(0);

    // The timer grows only while it runs.
    live = (await w.chair('startItemTimer')).data!.startItemTimer;
    expect(live.items[0].runningSince).not.toBeNull();
    expectError(await w.chair('startItemTimer'), 'CONFLICT', { reason: 'TIMER_RUNNING' });
    t.app.clock.travel(60_000);
    expect((await w.read()).items[0].usedMs).toBeGreaterThanOrEqual(60_000);
    live = (await w.chair('pauseItemTimer')).data!.pauseItemTimer;
    const paused = live.items[0].usedMs;
    expect(paused).toBeGreaterThanOrEqual(60_000);
    expect(live.items[0].runningSince).toBeNull();
    t.app.clock.travel(120_000);
    expect((await w.read()).items[0].usedMs).toBe(paused);
    expectError(await w.chair('pauseItemTimer'), 'CONFLICT', { reason: 'TIMER_NOT_RUNNING' });
    await must(w.chair('startItemTimer'));
    t.app.clock.travel(30_000);
    expect((await w.read()).items[0].usedMs).toBeGreaterThanOrEqual(paused + 30_000);

    // Two of five council members here: no quorum (3 needed); the vote is kept and never carries.
    for (const r of w.residents.slice(0, 2)) await must(w.checkInByStaff(r.id));
    live = (await w.chair('recordVote', { ...VOTE, vars: { q: '是否通过', f: 2, a: 0, x: 0 } })).data!.recordVote;
    expect(live.quorum).toMatchObject({ councilSize: 5, present: 2, needed: 3, met: false });
    expect(live.lastVote).toMatchObject({ for: 2, quorumMet: false, carried: false, present: 2 });
    // More hands than members here is refused.
    expectError(await w.chair('recordVote', { ...VOTE, vars: { q: '是否通过', f: 3, a: 0, x: 0 } }), 'BAD_USER_INPUT');
    // A third member arrives: quorum; 2 for of 3 cast carries, 1 of 3 does not.
    await must(w.checkInByStaff(w.residents[2].id));
    live = (await w.chair('recordVote', { ...VOTE, vars: { q: '是否通过', f: 1, a: 1, x: 1 } })).data!.recordVote;
    expect(live.lastVote).toMatchObject({ quorumMet: true, carried: false, present: 3 });
    live = (await w.chair('recordVote', { ...VOTE, vars: { q: '是否通过', f: 2, a: 1, x: 0 } })).data!.recordVote;
    expect(live.lastVote).toMatchObject({ quorumMet: true, carried: true });

    live = (await w.chair('recordDecision', { ...DECIDE, vars: { o: 'ADOPTED', d: '同意实施' } })).data!.recordDecision;
    expect(live.decisions).toEqual([{ id: live.items[0].id, outcome: 'ADOPTED', decision: '同意实施' }]);
    live = (await w.chair('assignAction', { ...ACTION, vars: { w: '联系物业', n: '王师傅', due: '2099-01-31' } })).data!
      .assignAction;
    expect(live.actions).toEqual([{ what: '联系物业', ownerName: '王师傅', due: '2099-01-31' }]);

    // Next: item 1 done with its timer stopped; item 2 current.
    live = (await w.chair('nextAgendaItem')).data!.nextAgendaItem;
    expect(live.items.map((i) => i.status)).toEqual(['DONE', 'CURRENT']);
    expect(live.items[0].runningSince).toBeNull();
    const done = live.items[0].usedMs;
    t.app.clock.travel(60_000);
    expect((await w.read()).items[0].usedMs).toBe(done);

    await must(w.chair('startItemTimer'));
    live = (await w.chair('closeMeeting')).data!.closeMeeting;
    expect(live.status).toBe('CLOSED');
    expect(live.currentItemId).toBeNull();
    expect(live.items.every((i) => i.status === 'DONE' && i.runningSince === null)).toBe(true);
    expectError(await w.chair('startItemTimer'), 'CONFLICT', { reason: 'MEETING_STATE' });

    const minutes = await must(
      t.gql<{
        meetingMinutes: {
          quorum: { met: boolean };
          attendees: unknown[];
          items: Array<{ votes: unknown[]; decision: string | null; actions: unknown[] }>;
        };
      }>(
        `query($id: ID!) { meetingMinutes(id: $id) { community title kind day place chair quorum { needed present met }
           attendees { name building role } invitedParties { name present }
           items { position title matterRef timeBoxMinutes discussion decision votes { question for carried quorumMet } actions { what owner due } } } }`,
        { id: w.meetingId },
        w.staff,
      ),
    );
    expect(minutes.meetingMinutes.quorum.met).toBe(true);
    expect(minutes.meetingMinutes.attendees).toHaveLength(3);
    expect(minutes.meetingMinutes.items[0].votes).toHaveLength(3);
    expect(minutes.meetingMinutes.items[0].decision).toBe('同意实施');
    expect(minutes.meetingMinutes.items[0].actions).toHaveLength(1);
  });

  it('tells deliberation about items on matters inside the chair’s transaction; a hook that throws rolls back', async () => {
    const w = await meetingWorld(t, { council: 3, items: 0 });
    const matterId = '00000000-0000-4000-8000-000000000001';
    Meetings.setAgendaSource(async (ctx) =>
      ctx.principal.communityId === w.communityId
        ? [
            {
              matterId,
              ref: '2026-12-001',
              title: '加装休息长椅',
              overdue: true,
              party: { partyId: 'p1', name: '物业公司' },
            },
          ]
        : [],
    );
    const heard: Array<{ e: ItemEvent; inTransaction: boolean; votesSeen: number }> = [];
    let fail = false;
    const hook = async (em: EntityManager, _ctx: Context, e: ItemEvent) => {
      // The hook sees the chair's own writes: it runs in the same transaction.
      const [{ n }] = await em
        .getConnection()
        .execute<Array<{ n: number }>>(
          'SELECT count(*)::int AS n FROM meeting_vote WHERE meeting_id = ?',
          [e.meetingId],
          'all',
          em.getTransactionContext(),
        );
      heard.push({ e, inTransaction: em.isInTransaction(), votesSeen: n });
      if (fail) throw new Error('the matter file refused');
    };
    Meetings.onItemEvent(hook);
    try {
      const candidates = await must(
        t.gql<{ agendaCandidates: Array<{ matterId: string; ref: string; overdue: boolean }> }>(
          'query($m: ID!) { agendaCandidates(meetingId: $m) { matterId ref title overdue } }',
          { m: w.meetingId },
          w.staff,
        ),
      );
      expect(candidates.agendaCandidates).toMatchObject([{ matterId, ref: '2026-12-001', overdue: true }]);
      const add = (version: number) =>
        t.gql<{ addAgendaItem: Live }>(
          'mutation($m: ID!, $v: Int!, $x: ID!) { addAgendaItem(input: { meetingId: $m, version: $v, matterId: $x }) { items { matterId } invitees { partyId name } version } }',
          { m: w.meetingId, v: version, x: matterId },
          w.staff,
        );
      const added = (await must(add((await w.read()).version))).addAgendaItem;
      expect(added.items.map((i) => i.matterId)).toEqual([matterId]);
      expect(added.invitees.filter((i) => i.partyId)).toEqual([{ partyId: 'p1', name: '物业公司' }]);
      expectError(await add(added.version), 'CONFLICT', { reason: 'ALREADY_ON_AGENDA' });
      expect(
        (
          await must(
            t.gql<{ agendaCandidates: unknown[] }>(
              'query($m: ID!) { agendaCandidates(meetingId: $m) { matterId } }',
              { m: w.meetingId },
              w.staff,
            ),
          )
        ).agendaCandidates,
      ).toEqual([]);

      for (const r of w.residents.slice(0, 2)) await must(w.checkInByStaff(r.id));
      await must(w.chair('startMeeting'));
      await must(w.chair('recordVote', { ...VOTE, vars: { q: '是否采纳', f: 2, a: 0, x: 0 } }));
      await must(w.chair('recordDecision', { ...DECIDE, vars: { o: 'ADOPTED', d: '采纳' } }));
      await must(w.chair('assignAction', { ...ACTION, vars: { w: '安装长椅', n: '物业公司', due: null } }));
      expect(heard.map((h) => h.e.kind)).toEqual(['VOTED', 'DECIDED', 'ACTION']);
      expect(heard.every((h) => h.inTransaction)).toBe(true);
      expect(heard[0].votesSeen).toBe(1);
      expect(heard[0].e).toMatchObject({ matterId, meetingId: w.meetingId, for: 2, quorumMet: true, carried: true });
      expect(heard[1].e).toMatchObject({ outcome: 'ADOPTED', decision: '采纳' });
      expect(heard[2].e).toMatchObject({ what: '安装长椅', ownerName: '物业公司', due: null, ownerStaffId: null });

      // A hook that throws: the chair's vote is not recorded, the version does not move.
      fail = true;
      const before = await w.read();
      const res = await w.chair('recordVote', { ...VOTE, vars: { q: '再次表决', f: 1, a: 1, x: 0 } });
      expect(res.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      const after = await w.read();
      expect(after.version).toBe(before.version);
      expect(after.lastVote).toEqual(before.lastVote);
      const [{ n }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM meeting_vote WHERE meeting_id = ?', [
        w.meetingId,
      ]);
      expect(n).toBe(1);
    } finally {
      Meetings.setAgendaSource(async () => []);
      hooks.remove(hook);
    }
  });

  it('makes the month’s council meeting once for the calendar, and puts an overdue matter on it once', async () => {
    const w = await meetingWorld(t, { council: 3, items: 0 });
    const sys = t.systemContext(w.communityId);
    const item = { matterId: '00000000-0000-4000-8000-0000000000aa', ref: 'R-1', title: '路灯', overdue: true };
    const draft = { round: '2099-01', day: '2099-01-15', plannedDay: '2099-01-15', movedReason: null, items: [item] };
    const [a, b] = await Promise.all([
      sys.run((ctx) => Meetings.draftCouncil(ctx, draft)),
      sys.run((ctx) => Meetings.draftCouncil(ctx, draft)),
    ]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(a.meetingId).toBe(b.meetingId);
    const other = { ...item, matterId: '00000000-0000-4000-8000-0000000000bb', ref: 'R-2' };
    // Today's meeting (w's) is the next planned council meeting.
    const first = await sys.run((ctx) => Meetings.addToNextCouncil(ctx, other));
    const again = await sys.run((ctx) => Meetings.addToNextCouncil(ctx, other));
    expect(first.meetingId).toBe(w.meetingId);
    expect(again.meetingId).toBe(w.meetingId);
    expect((await w.read()).items.map((i) => i.matterId)).toEqual([other.matterId]);
    const drafted = await must(
      t.gql<{ meeting: Live }>(
        'query($id: ID!) { meeting(id: $id) { items { matterId } invitees { councilRole } } }',
        { id: a.meetingId },
        w.staff,
      ),
    );
    expect(drafted.meeting.items.map((i) => i.matterId)).toEqual([item.matterId]);
    // Council members are invited by default.
    expect(drafted.meeting.invitees).toHaveLength(3);
  });

  it('keeps residents from chairing and other communities out', async () => {
    const w = await meetingWorld(t, { council: 1, items: 1 });
    const resident = await t.residentSession(w.kiosk, w.residents[0].phone);
    expectError(await w.chair('startMeeting', {}, undefined, resident), 'FORBIDDEN');
    expectError(await w.chair('startMeeting', {}, undefined, w.staff), 'FORBIDDEN');
    expectError(await w.chair('startMeeting', {}, undefined, w.screen), 'FORBIDDEN');
    // The screen reads the meeting; the resident at the kiosk may too (the kiosk's device).
    expect((await w.read(w.screen)).id).toBe(w.meetingId);
    // … by its counts: who is invited and who came, by name, is for staff.
    expect((await w.read()).invitees.length).toBeGreaterThan(0);
    expect((await w.read(w.screen)).invitees).toEqual([]);
    expect((await w.read(resident)).invitees).toEqual([]);
    const current = () =>
      must(
        t.gql<{ currentMeeting: { id: string; status: string } | null }>(
          '{ currentMeeting { id status } }',
          {},
          w.screen,
        ),
      );
    expect((await current()).currentMeeting).toEqual({ id: w.meetingId, status: 'PLANNED' });
    const other = await meetingWorld(t, { council: 1, items: 0 });
    expectError(
      await t.gql('query($id: ID!) { meeting(id: $id) { id } }', { id: w.meetingId }, other.staff),
      'NOT_FOUND',
    );
    expectError(await w.chair('startMeeting', {}, 1, other.secretary), 'NOT_FOUND');
    expect((await w.read()).status).toBe('PLANNED');
  });

  it('keeps impossible states out of the database, whoever writes', async () => {
    const w = await meetingWorld(t, { council: 1, items: 2 });
    const live = (await must(w.chair('startMeeting'))).startMeeting;
    // Two current items: the partial unique index.
    await expect(
      t.sql(`UPDATE agenda_item SET status = 'CURRENT' WHERE id = ?`, [live.items[1].id]),
    ).rejects.toMatchObject({ code: '23505' });
    // A running timer on an item not current: a CHECK.
    await expect(
      t.sql(`UPDATE agenda_item SET timer_running_since = now() WHERE id = ?`, [live.items[1].id]),
    ).rejects.toMatchObject({ code: '23514' });
    // A closed meeting with a current item (or a running timer on it): the commit-time check.
    await expect(
      t.sql(`UPDATE meeting SET status = 'CLOSED', closed_at = now(), current_item_id = NULL WHERE id = ?`, [
        w.meetingId,
      ]),
    ).rejects.toMatchObject({ code: '23514' });
    // The meeting pointing at another item than its current one.
    await expect(
      t.sql(`UPDATE meeting SET current_item_id = ? WHERE id = ?`, [live.items[1].id, w.meetingId]),
    ).rejects.toMatchObject({ code: '23514' });
    expect((await w.read()).status).toBe('LIVE');
    await must(w.chair('closeMeeting'));
  });

  it('refuses a stale version for management too, and reorders with the full list', async () => {
    const w = await meetingWorld(t, { council: 1, items: 3 });
    const m = await w.read();
    const ids = m.items.map((i) => i.id);
    const reorder = (v: number, itemIds: string[]) =>
      t.gql<{ reorderAgenda: Live }>(
        'mutation($m: ID!, $v: Int!, $ids: [ID!]!) { reorderAgenda(input: { meetingId: $m, version: $v, itemIds: $ids }) { version items { id } } }',
        { m: w.meetingId, v, ids: itemIds },
        w.staff,
      );
    expectError(await reorder(m.version, ids.slice(0, 2)), 'CONFLICT', { reason: 'AGENDA_MISMATCH' });
    const done = (await must(reorder(m.version, [...ids].reverse()))).reorderAgenda;
    expect(done.items.map((i) => i.id)).toEqual([...ids].reverse());
    expectError(await reorder(m.version, ids), 'CONFLICT', { reason: 'MEETING_CHANGED', version: done.version });
  });
  it('currentMeeting: live first, then planned today, then closed today (for the screen), then the next planned', async () => {
    const w = await meetingWorld(t, { council: 1, items: 1 });
    const current = async () =>
      (
        await must(
          t.gql<{ currentMeeting: { id: string; status: string } | null }>(
            '{ currentMeeting { id status } }',
            {},
            w.screen,
          ),
        )
      ).currentMeeting;
    const create = async (day: string) =>
      (
        await must(
          t.gql<{ createMeeting: { id: string } }>(
            'mutation($day: String!) { createMeeting(input: { kind: OTHER, title: "家长会", day: $day }) { id } }',
            { day },
            w.staff,
          ),
        )
      ).createMeeting.id;
    const later = await create(localDate(new Date(t.app.clock.now().getTime() + 5 * 86_400_000)));
    await must(w.chair('startMeeting'));
    expect(await current()).toEqual({ id: w.meetingId, status: 'LIVE' });
    await must(w.chair('closeMeeting'));
    // Closed today: still the screen's meeting ("会议已结束" with its decisions), not the one in five days.
    expect(await current()).toEqual({ id: w.meetingId, status: 'CLOSED' });
    // A meeting planned for later today comes before it.
    const tonight = await create(localDate(t.app.clock.now()));
    expect(await current()).toEqual({ id: tonight, status: 'PLANNED' });
    // Once the day is over, the next one planned.
    t.app.clock.travel(2 * 86_400_000);
    expect(await current()).toEqual({ id: later, status: 'PLANNED' });
  });
});

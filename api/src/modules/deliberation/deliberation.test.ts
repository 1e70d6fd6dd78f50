import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, expectError, type Auth } from '../../../test/harness.js';
import { addPointsRules, must } from '../../../test/points.js';
import { StaffRole } from '../staff/index.js';
import { calendarTick } from './calendar.service.js';

const SUBMIT = `mutation($c: MatterCategory! = ELDERLY, $title: String!, $details: String! = "", $key: String!) {
  submitSuggestion(input: { category: $c, title: $title, details: $details, idempotencyKey: $key }) {
    id ref title status changed latest { kind } }
}`;
type Submitted = { submitSuggestion: { id: string; ref: string; title: string; status: string; changed: boolean } };
const MINE = `{ mySuggestions { id ref status changed urgency dueDay answer latest { kind text } } }`;
type Mine = {
  mySuggestions: Array<{
    id: string;
    ref: string;
    status: string;
    changed: boolean;
    urgency: string | null;
    dueDay: string | null;
    answer: string | null;
    latest: { kind: string; text: string | null } | null;
  }>;
};
const MATTERS = `query($round: String) { matters(round: $round) { id ref round status version suggesters dueDay } }`;
type Matters = {
  matters: Array<{
    id: string;
    ref: string;
    round: string;
    status: string;
    version: number;
    suggesters: number;
    dueDay: string | null;
  }>;
};
const FILE = `query($id: ID!) { matter(id: $id) {
  matter { id ref status version urgency dueDay daysLeft overdue owner { name } answer suggesters }
  suggestions { residentName source enteredByName }
  events { kind public text reason dueDay previousDueDay subject byName }
} }`;
type File = {
  matter: {
    matter: {
      id: string;
      ref: string;
      status: string;
      version: number;
      urgency: string | null;
      dueDay: string | null;
      daysLeft: number | null;
      overdue: boolean;
      owner: { name: string } | null;
      answer: string | null;
      suggesters: number;
    };
    suggestions: Array<{ residentName: string; source: string; enteredByName: string | null }>;
    events: Array<{
      kind: string;
      public: boolean;
      text: string | null;
      reason: string | null;
      dueDay: string | null;
      previousDueDay: string | null;
      subject: string | null;
      byName: string | null;
    }>;
  };
};
const CLASSIFY = `mutation($id: ID!, $v: Int!, $u: MatterUrgency! = URGENT, $staff: ID, $party: ID, $q: String) {
  classifyMatter(input: { matterId: $id, version: $v, urgency: $u, category: ELDERLY, ownerStaffId: $staff, ownerPartyId: $party, targetQuarter: $q }) {
    matter { version dueDay status } } }`;
type Classified = { classifyMatter: { matter: { version: number; dueDay: string; status: string } } };
const DECIDE = `mutation($id: ID!, $v: Int!, $adopt: Boolean!) {
  decideMatter(input: { matterId: $id, version: $v, adopt: $adopt, text: "议事会同意实施" }) { matter { version status } } }`;
const COMPLETE = `mutation($id: ID!, $v: Int!) {
  completeMatter(input: { matterId: $id, version: $v, text: "扶手已装好" }) { matter { version status } } }`;
const ANSWER = `mutation($id: ID!, $v: Int!, $a: String! = "扶手已于本月装好，谢谢您的建议") {
  answerMatter(input: { matterId: $id, version: $v, answer: $a }) { matter { version status answer } } }`;
type Versioned<K extends string> = { [k in K]: { matter: { version: number; status: string } } };

describe('deliberation: suggestions, matters, their files and clocks', () => {
  let t: TestApp;
  let travelled = 0;
  /** Moves the platform's clock to an instant (Asia/Shanghai), undone after each test. */
  const travelTo = (iso: string) => {
    const by = new Date(iso).getTime() - t.app.clock.now().getTime();
    t.app.clock.travel(by);
    travelled += by;
  };

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterEach(() => {
    t.app.clock.travel(-travelled);
    travelled = 0;
  });
  afterAll(() => t.stop());

  async function world() {
    const { community, buildings } = await t.newCommunity();
    const secretary: Auth = { token: (await t.newStaff(community.id, StaffRole.SECRETARY)).token };
    const staff = await t.newStaff(community.id, StaffRole.STAFF);
    const { token: kiosk } = await t.newDevice(community.id);
    await addPointsRules(t, community.id);
    const residents = [];
    for (let i = 0; i < 3; i++) {
      const r = await t.newResident(buildings[i], { name: `居民${i + 1}` });
      residents.push({ id: r.resident.id, auth: await t.residentSession(kiosk, r.phone), building: buildings[i].id });
    }
    return {
      communityId: community.id,
      secretary,
      staff: { token: staff.token },
      staffUser: staff.user,
      kiosk,
      residents,
    };
  }

  it('numbers suggestions per round, puts late ones in the next round, and makes a double tap one', async () => {
    const w = await world();
    travelTo('2027-03-05T20:00:00+08:00');
    const key = randomUUID();
    const taps = await Promise.all(
      Array.from({ length: 5 }, () => t.gql<Submitted>(SUBMIT, { title: '楼道加装扶手', key }, w.residents[0].auth)),
    );
    for (const r of taps) expect(r.data?.submitSuggestion).toEqual(taps[0].data!.submitSuggestion);
    expect(taps[0].data!.submitSuggestion).toMatchObject({ ref: '2703-001', status: 'NEW', changed: false });
    const [{ n }] = await t.sql<{ n: string }>('SELECT count(*)::text AS n FROM suggestion WHERE community_id = ?', [
      w.communityId,
    ]);
    expect(n).toBe('1');
    // The 6th is after the cut-off: April's round.
    travelTo('2027-03-06T09:00:00+08:00');
    const late = await must<Submitted>(t.gql(SUBMIT, { title: '增设快递柜', key: randomUUID() }, w.residents[1].auth));
    expect(late.submitSuggestion.ref).toBe('2704-001');
    const march = await must<Matters>(t.gql(MATTERS, { round: '2027-03' }, w.secretary));
    expect(march.matters.map((m) => m.ref)).toEqual(['2703-001']);
    // Staff enter one given on paper; the source and who entered it are kept.
    const paper = await must<{ enterSuggestion: { ref: string } }>(
      t.gql(
        `mutation($r: ID!, $key: String!) { enterSuggestion(input: { residentId: $r, source: PAPER, category: CONVENIENCE,
           title: "路灯不亮", details: "3号楼前", idempotencyKey: $key }) { ref } }`,
        { r: w.residents[2].id, key: randomUUID() },
        w.staff,
      ),
    );
    expect(paper.enterSuggestion.ref).toBe('2704-002');
    const mine = await must<Mine>(t.gql(MINE, {}, w.residents[2].auth));
    expect(mine.mySuggestions).toMatchObject([{ ref: '2704-002', status: 'NEW', changed: false }]);
    expectError(
      await t.gql(
        `mutation($r: ID!) { enterSuggestion(input: { residentId: $r, source: KIOSK, category: OTHER, title: "代填",
           details: "", idempotencyKey: "abcdefgh1" }) { ref } }`,
        { r: w.residents[2].id },
        w.staff,
      ),
      'BAD_USER_INPUT',
    );
  });

  it('classifies with a clock, moves a deadline only with a reason, refuses a stale edit, and marks what changed', async () => {
    const w = await world();
    travelTo('2027-03-01T10:00:00+08:00');
    const made = await must<Submitted>(
      t.gql(SUBMIT, { title: '楼道加装扶手', key: randomUUID() }, w.residents[0].auth),
    );
    const [matter] = (await must<Matters>(t.gql(MATTERS, {}, w.secretary))).matters;
    const classified = await must<Classified>(
      t.gql(CLASSIFY, { id: matter.id, v: matter.version, staff: w.staffUser.id }, w.secretary),
    );
    // Urgent: 7 calendar days from the day it was classified.
    expect(classified.classifyMatter.matter).toMatchObject({ dueDay: '2027-03-08', status: 'OPEN' });
    expectError(await t.gql(CLASSIFY, { id: matter.id, v: matter.version }, w.secretary), 'CONFLICT', {
      reason: 'MATTER_CHANGED',
    });
    let mine = await must<Mine>(t.gql(MINE, {}, w.residents[0].auth));
    expect(mine.mySuggestions[0]).toMatchObject({ id: made.submitSuggestion.id, changed: true, urgency: 'URGENT' });
    await must(t.gql('mutation { markSuggestionsSeen }', {}, w.residents[0].auth));
    mine = await must<Mine>(t.gql(MINE, {}, w.residents[0].auth));
    expect(mine.mySuggestions[0].changed).toBe(false);

    const move = `mutation($id: ID!, $v: Int!, $due: String!, $reason: String!) {
      moveMatterDeadline(input: { matterId: $id, version: $v, dueDay: $due, reason: $reason }) { matter { version dueDay } } }`;
    const v = classified.classifyMatter.matter.version;
    expectError(
      await t.gql(move, { id: matter.id, v, due: '2027-03-20', reason: '  ' }, w.secretary),
      'BAD_USER_INPUT',
    );
    expectError(await t.gql(move, { id: matter.id, v, due: '2027-02-20', reason: '等材料' }, w.secretary), 'CONFLICT', {
      reason: 'DEADLINE_IN_PAST',
    });
    await must(t.gql(move, { id: matter.id, v, due: '2027-03-20', reason: '扶手材料下周到货' }, w.secretary));
    const file = await must<File>(t.gql(FILE, { id: matter.id }, w.secretary));
    expect(file.matter.matter).toMatchObject({ dueDay: '2027-03-20', daysLeft: 19, overdue: false });
    expect(file.matter.events.map((e) => e.kind)).toEqual(['SUBMITTED', 'CLASSIFIED', 'DEADLINE_CHANGED']);
    expect(file.matter.events[2]).toMatchObject({
      reason: '扶手材料下周到货',
      dueDay: '2027-03-20',
      previousDueDay: '2027-03-08',
      public: true,
    });
    // The file is append-only, for the owner too.
    await expect(t.sql(`UPDATE matter_event SET text = 'x' WHERE matter_id = ?`, [matter.id])).rejects.toThrow();
    await expect(t.sql(`DELETE FROM matter_event WHERE matter_id = ?`, [matter.id])).rejects.toThrow();
  });

  it('merges near-duplicates, credits every suggester once when carried out, and answers them all', async () => {
    const w = await world();
    travelTo('2027-04-02T10:00:00+08:00');
    for (const r of w.residents.slice(0, 2)) {
      await must(t.gql(SUBMIT, { title: '楼道加装扶手', key: randomUUID() }, r.auth));
    }
    const [a, b] = (await must<Matters>(t.gql(MATTERS, {}, w.secretary))).matters;
    const merge = `mutation($into: ID!, $from: ID!, $v: Int!) { mergeMatters(input: { intoId: $into, fromId: $from, fromVersion: $v }) {
      matter { version suggesters } } }`;
    const merged = await must<{ mergeMatters: { matter: { version: number; suggesters: number } } }>(
      t.gql(merge, { into: a.id, from: b.id, v: b.version }, w.secretary),
    );
    expect(merged.mergeMatters.matter.suggesters).toBe(2);
    expectError(await t.gql(merge, { into: a.id, from: b.id, v: b.version + 1 }, w.secretary), 'CONFLICT', {
      reason: 'CANNOT_MERGE',
    });
    let v = merged.mergeMatters.matter.version;
    v = (await must<Classified>(t.gql(CLASSIFY, { id: a.id, v }, w.secretary))).classifyMatter.matter.version;
    // Not decided yet: it cannot be answered and closed.
    expectError(await t.gql(ANSWER, { id: a.id, v }, w.secretary), 'CONFLICT', { reason: 'MATTER_STATE' });
    v = (await must<Versioned<'decideMatter'>>(t.gql(DECIDE, { id: a.id, v, adopt: true }, w.secretary))).decideMatter
      .matter.version;
    // Carried out, twice at once: it completes once and each suggester earns +30 once.
    const done = await Promise.all(
      [1, 2].map(() => t.gql<Versioned<'completeMatter'>>(COMPLETE, { id: a.id, v }, w.secretary)),
    );
    const ok = done.filter((r) => r.data?.completeMatter);
    expect(ok).toHaveLength(1);
    v = ok[0].data!.completeMatter.matter.version;
    const points = await t.sql<{ resident_id: string; balance: string }>(
      `SELECT resident_id, balance::text FROM ledger_account WHERE community_id = ? ORDER BY resident_id`,
      [w.communityId],
    );
    expect(points.map((p) => p.balance)).toEqual(['30', '30']);
    expect(points.map((p) => p.resident_id).sort()).toEqual(
      w.residents
        .slice(0, 2)
        .map((r) => r.id)
        .sort(),
    );
    await must(t.gql(ANSWER, { id: a.id, v }, w.secretary));
    for (const r of w.residents.slice(0, 2)) {
      const mine = await must<Mine>(t.gql(MINE, {}, r.auth));
      expect(mine.mySuggestions[0]).toMatchObject({
        status: 'CLOSED',
        changed: true,
        answer: '扶手已于本月装好，谢谢您的建议',
        latest: { kind: 'ANSWERED' },
      });
    }
    // The answer is a notice on both suggesters' buildings.
    const notices = await t.sql<{ n: string }>(
      `SELECT count(DISTINCT nb.building_id)::text AS n FROM notice n JOIN notice_building nb ON nb.notice_id = n.id
        WHERE n.community_id = ? AND n.title LIKE '议事回音%'`,
      [w.communityId],
    );
    expect(notices[0].n).toBe('2');
    // The board shows it, without names.
    const board = await must<{ suggestionBoard: Array<Record<string, unknown>> }>(
      t.gql('{ suggestionBoard { ref title status suggesters answer latest { kind } } }', {}, { token: w.kiosk }),
    );
    expect(board.suggestionBoard).toEqual([
      expect.objectContaining({ ref: a.ref, status: 'CLOSED', suggesters: 2, latest: { kind: 'ANSWERED' } }),
    ]);
    expect(JSON.stringify(board)).not.toContain('居民');
  });

  it('flags an overdue matter once, however often the calendar runs, and closes a round once', async () => {
    const w = await world();
    travelTo('2027-05-03T10:00:00+08:00');
    await must(t.gql(SUBMIT, { title: '电动车乱停', key: randomUUID() }, w.residents[0].auth));
    const [m] = (await must<Matters>(t.gql(MATTERS, {}, w.secretary))).matters;
    await must(t.gql(CLASSIFY, { id: m.id, v: m.version }, w.secretary));
    travelTo('2027-05-11T00:10:00+08:00');
    const runs = await Promise.all([1, 2, 3].map(() => t.systemContext(w.communityId).run((ctx) => calendarTick(ctx))));
    expect(runs.flatMap((r) => r.flagged)).toEqual([m.ref]);
    expect(runs.map((r) => r.closedRound).filter(Boolean)).toEqual(['2027-05']);
    const file = await must<File>(t.gql(FILE, { id: m.id }, w.secretary));
    expect(file.matter.matter).toMatchObject({ overdue: true, daysLeft: -1, dueDay: '2027-05-10' });
    expect(file.matter.events.filter((e) => e.kind === 'OVERDUE')).toHaveLength(1);
    expect(file.matter.events.filter((e) => e.kind === 'ESCALATED')).toHaveLength(1);
    await t.systemContext(w.communityId).run((ctx) => calendarTick(ctx));
    expect(
      (await must<File>(t.gql(FILE, { id: m.id }, w.secretary))).matter.events.filter((e) => e.kind === 'OVERDUE'),
    ).toHaveLength(1);
  });

  it('drafts the council meeting with the open matters once the round closes; the chair’s decision lands in the file', async () => {
    const w = await world();
    travelTo('2027-05-04T10:00:00+08:00');
    await must(t.gql(SUBMIT, { title: '楼道加装扶手', key: randomUUID() }, w.residents[0].auth));
    const [m] = (await must<Matters>(t.gql(MATTERS, {}, w.secretary))).matters;
    const party = await must<{ saveParty: { id: string } }>(
      t.gql('mutation { saveParty(input: { name: "幸福物业", kind: PROPERTY }) { id } }', {}, w.secretary),
    );
    await must(t.gql(CLASSIFY, { id: m.id, v: m.version, u: 'KEY', party: party.saveParty.id }, w.secretary));
    // The 6th: May's round (cut-off the 5th) closes, and its meeting is drafted for the 15th — a
    // Saturday in 2027, a year the holiday data does not know yet: the next weekday, Monday the 17th.
    travelTo('2027-05-06T00:10:00+08:00');
    const tick = await t.systemContext(w.communityId).run((ctx) => calendarTick(ctx));
    expect(tick.closedRound).toBe('2027-05');
    const state = `query($id: ID!) { meeting(id: $id) { id version day plannedDay movedReason status
      items { id matterId matterRef title } invitees { partyId name } } }`;
    type State = {
      meeting: {
        id: string;
        version: number;
        day: string;
        plannedDay: string;
        movedReason: string | null;
        items: Array<{ id: string; matterId: string | null; matterRef: string | null }>;
        invitees: Array<{ partyId: string | null; name: string }>;
      };
    };
    let meeting = (await must<State>(t.gql(state, { id: tick.meetingId }, w.secretary))).meeting;
    expect(meeting).toMatchObject({ day: '2027-05-17', plannedDay: '2027-05-15', movedReason: '周末' });
    expect(meeting.items).toMatchObject([{ matterId: m.id, matterRef: m.ref }]);
    expect(meeting.invitees.filter((i) => i.partyId)).toEqual([{ partyId: party.saveParty.id, name: '幸福物业' }]);
    // A second run changes nothing.
    expect((await t.systemContext(w.communityId).run((ctx) => calendarTick(ctx))).closedRound).toBeNull();
    // The meeting day: the chair starts it and decides the matter.
    travelTo('2027-05-17T19:00:00+08:00');
    const chair = async (field: string, extra = '') => {
      const res = await must<Record<string, { version: number }>>(
        t.gql(
          `mutation($m: ID!, $v: Int!) { ${field}(input: { meetingId: $m, version: $v ${extra} }) { version } }`,
          { m: meeting.id, v: meeting.version },
          w.secretary,
        ),
      );
      meeting = { ...meeting, version: res[field].version };
    };
    await chair('startMeeting');
    await chair('recordDecision', ', outcome: ADOPTED, decision: "同意加装，物业两周内完成"');
    await chair('assignAction', ', what: "采购并安装扶手", ownerName: "幸福物业", due: "2027-05-31"');
    const file = await must<File>(t.gql(FILE, { id: m.id }, w.secretary));
    expect(file.matter.matter.status).toBe('ADOPTED');
    expect(file.matter.events.map((e) => e.kind)).toEqual([
      'SUBMITTED',
      'CLASSIFIED',
      'ON_AGENDA',
      'DECIDED',
      'ACTION',
    ]);
    expect(file.matter.events.at(-1)).toMatchObject({
      text: '采购并安装扶手',
      subject: '幸福物业',
      dueDay: '2027-05-31',
    });
    const mine = await must<Mine>(t.gql(MINE, {}, w.residents[0].auth));
    expect(mine.mySuggestions[0]).toMatchObject({ status: 'ADOPTED', changed: true, latest: { kind: 'ACTION' } });
    // The minutes as Word, for staff only; the decision is in them.
    await chair('closeMeeting');
    const docx = await t.http(`/api/meeting/minutes?id=${meeting.id}`, {
      headers: { authorization: `Bearer ${w.secretary.token}` },
    });
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    const bytes = Buffer.from(await docx.arrayBuffer());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain('同意加装，物业两周内完成');
    expect(xml).toContain('采购并安装扶手');
    expect((await t.http(`/api/meeting/minutes?id=${meeting.id}`)).status).toBe(401);
  });

  it("keeps one community's matters from another's staff and residents", async () => {
    const w = await world();
    const other = await world();
    await must(t.gql(SUBMIT, { title: '楼道加装扶手', key: randomUUID() }, w.residents[0].auth));
    const [m] = (await must<Matters>(t.gql(MATTERS, {}, w.secretary))).matters;
    expectError(await t.gql(FILE, { id: m.id }, other.secretary), 'NOT_FOUND');
    expectError(await t.gql(CLASSIFY, { id: m.id, v: m.version }, other.secretary), 'NOT_FOUND');
    expect((await must<Matters>(t.gql(MATTERS, {}, other.secretary))).matters).toEqual([]);
    expect((await must<Mine>(t.gql(MINE, {}, other.residents[0].auth))).mySuggestions).toEqual([]);
    // A resident cannot classify; a staff member (not the secretary) neither.
    expectError(await t.gql(CLASSIFY, { id: m.id, v: m.version }, w.residents[0].auth), 'FORBIDDEN');
    expectError(await t.gql(CLASSIFY, { id: m.id, v: m.version }, w.staff), 'FORBIDDEN');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, expectError } from '../../../test/harness.js';
import { meetingWorld, must } from '../../../test/meeting.js';

const KIOSK_CHECK_IN = `mutation($m: ID!) { checkInToMeeting(meetingId: $m) {
  alreadyCheckedIn pointsAwarded residentName quorum { attendees present needed met } } }`;

type KioskCheckIn = {
  checkInToMeeting: {
    alreadyCheckedIn: boolean;
    pointsAwarded: number;
    quorum: { attendees: number; present: number };
  };
};

describe('meeting attendance', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ config: { logLevel: 'silent' } });
  });
  afterAll(() => t.stop());

  const balance = async (residentId: string) => {
    const rows = await t.sql<{ balance: number }>(
      `SELECT balance::int AS balance FROM ledger_account WHERE resident_id = ? AND kind = 'POINTS'`,
      [residentId],
    );
    return rows[0]?.balance ?? 0;
  };

  it('the same resident checked in at a kiosk and by two staff at once: one attendance, +10 once', async () => {
    const w = await meetingWorld(t, { council: 3, others: 1 });
    const member = w.residents[0];
    const session = await t.residentSession(w.kiosk, member.phone);
    const otherStaff = { token: (await t.newStaff(w.communityId)).token };
    const before = (await w.read()).version;
    const [kiosk, byStaff, byOther] = await Promise.all([
      t.gql<KioskCheckIn>(KIOSK_CHECK_IN, { m: w.meetingId }, session),
      w.checkInByStaff(member.id),
      w.checkInByStaff(member.id, otherStaff),
    ]);
    for (const r of [kiosk, byStaff, byOther]) expect(r.errors).toBeUndefined();
    const answers = [kiosk.data!.checkInToMeeting, byStaff.data!.checkInResident, byOther.data!.checkInResident];
    expect(answers.filter((a) => !a.alreadyCheckedIn)).toHaveLength(1);
    expect(answers.map((a) => a.pointsAwarded).sort()).toEqual([0, 0, 10]);
    expect(await balance(member.id)).toBe(10);
    const [{ n }] = await t.sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM meeting_attendance WHERE meeting_id = ? AND resident_id = ?',
      [w.meetingId, member.id],
    );
    expect(n).toBe(1);
    const [{ entries }] = await t.sql<{ entries: number }>(
      `SELECT count(*)::int AS entries FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id
        WHERE a.resident_id = ? AND e.reason = 'MEETING_ATTENDED'`,
      [member.id],
    );
    expect(entries).toBe(1);
    const live = await w.read();
    // One attendance: the version moved once.
    expect(live.version).toBe(before + 1);
    expect(live.quorum).toMatchObject({ attendees: 1, councilSize: 3, present: 1, needed: 2, met: false });

    // A resident who is not on the council counts as attending, not towards the quorum.
    await must(w.checkInByStaff(w.residents[3].id));
    expect((await w.read()).quorum).toMatchObject({ attendees: 2, present: 1, met: false });
    await must(w.checkInByStaff(w.residents[1].id));
    expect((await w.read()).quorum).toMatchObject({ attendees: 3, present: 2, needed: 2, met: true });
    expect(await balance(w.residents[3].id)).toBe(10);
  });

  it('opens check-in on the meeting day and while it runs; a closed meeting takes staff’s paper sign-ins only', async () => {
    const w = await meetingWorld(t, { council: 2, others: 2, items: 1 });
    // A meeting next month: not yet.
    const later = await must(
      t.gql<{ createMeeting: { id: string } }>(
        'mutation { createMeeting(input: { kind: OTHER, title: "季度会", day: "2099-03-01" }) { id } }',
        {},
        w.staff,
      ),
    );
    const session = await t.residentSession(w.kiosk, w.residents[2].phone);
    expectError(await t.gql(KIOSK_CHECK_IN, { m: later.createMeeting.id }, session), 'CONFLICT', {
      reason: 'NOT_CHECK_IN_WINDOW',
    });
    // Today's, planned: open.
    await must(t.gql<KioskCheckIn>(KIOSK_CHECK_IN, { m: w.meetingId }, session));
    await must(w.chair('startMeeting'));
    await must(w.chair('closeMeeting'));
    const late = await t.residentSession(w.kiosk, w.residents[3].phone);
    expectError(await t.gql(KIOSK_CHECK_IN, { m: w.meetingId }, late), 'CONFLICT', {
      reason: 'NOT_CHECK_IN_WINDOW',
    });
    const paper = await must(w.checkInByStaff(w.residents[3].id));
    expect(paper.checkInResident.pointsAwarded).toBe(10);
    // A screen cannot check anyone in; a kiosk without a signed-in resident is asked to sign in.
    expectError(await w.checkInByStaff(w.residents[0].id, w.screen), 'FORBIDDEN');
    expectError(await t.gql(KIOSK_CHECK_IN, { m: w.meetingId }, { token: w.kiosk }), 'UNAUTHENTICATED');
  });
});

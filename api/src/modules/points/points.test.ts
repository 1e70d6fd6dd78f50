import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, expectError } from '../../../test/harness.js';
import { ADJUST, REDEEM, attend, must, pointsWorld, today } from '../../../test/points.js';
import { StaffRole } from '../staff/index.js';
import { addDays, quarterOf, quarterRange } from './points.time.js';

const HISTORY = `query($r: ID!, $reasons: [PointsReasonCode!]) {
  residentPoints(residentId: $r, reasons: $reasons) { balance history { id amount reason title day hours note reversed reversesId } }
}`;
type History = {
  residentPoints: {
    balance: number;
    history: Array<{
      id: string;
      amount: number;
      reason: string;
      title: string | null;
      day: string | null;
      hours: number | null;
      note: string | null;
      reversed: boolean;
      reversesId: string | null;
    }>;
  };
};
const HOURS = `mutation($r: ID!, $day: String!, $hours: Float!, $activity: String! = "楼道清洁") {
  recordVolunteerHours(input: { residentId: $r, day: $day, activity: $activity, hours: $hours, verifiedBy: "王组长" }) {
    balance alreadyRecorded entry { amount hours title }
  }
}`;
const RULE = `mutation($reason: EarningReason!, $points: Int!, $from: String!) {
  addPointsRule(input: { reason: $reason, points: $points, effectiveFrom: $from }) { reason points effectiveFrom current }
}`;
const DAY = 24 * 3600_000;

describe('earning points', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('credits volunteer hours at the rule of their day, half up, once per resident, day and activity', async () => {
    const w = await pointsWorld(t);
    const r = w.residents[0].id;
    const res = await must<{ recordVolunteerHours: { balance: number; entry: { amount: number; hours: number } } }>(
      t.gql(HOURS, { r, day: today(), hours: 1.5 }, w.secretary),
    );
    expect(res.recordVolunteerHours).toMatchObject({ balance: 8, entry: { amount: 8, hours: 1.5 } });
    expectError(await t.gql(HOURS, { r, day: today(), hours: 2 }, w.secretary), 'CONFLICT', {
      reason: 'SHIFT_RECORDED',
    });
    expectError(await t.gql(HOURS, { r, day: addDays(today(), 1), hours: 2 }, w.secretary), 'BAD_USER_INPUT');
    expectError(await t.gql(HOURS, { r, day: today(), hours: 0.7, activity: '其他' }, w.secretary), 'BAD_USER_INPUT');
  });

  it('applies a new amount from its day on; what was credited keeps its value; a rule in force stays', async () => {
    const w = await pointsWorld(t);
    const r = w.residents[0].id;
    await attend(t, w.secretary, r, '2026-03-15');
    const tomorrow = addDays(today(), 1);
    const rules = await must<{ addPointsRule: Array<{ reason: string; points: number; current: boolean }> }>(
      t.gql(RULE, { reason: 'MEETING_ATTENDED', points: 12, from: tomorrow }, w.secretary),
    );
    expect(
      rules.addPointsRule.filter((x) => x.reason === 'MEETING_ATTENDED').map((x) => [x.points, x.current]),
    ).toEqual([
      [12, false],
      [10, true],
    ]);
    // A future rule can still be rewritten; one in force cannot.
    await must(t.gql(RULE, { reason: 'MEETING_ATTENDED', points: 15, from: tomorrow }, w.secretary));
    expectError(
      await t.gql(RULE, { reason: 'MEETING_ATTENDED', points: 15, from: '2020-01-01' }, w.secretary),
      'BAD_USER_INPUT',
    );
    t.app.clock.travel(2 * DAY);
    try {
      const later = addDays(today(), 2);
      expectError(
        await t.gql(RULE, { reason: 'MEETING_ATTENDED', points: 20, from: tomorrow }, w.secretary),
        'BAD_USER_INPUT',
      );
      await attend(t, w.secretary, r, later);
    } finally {
      t.app.clock.travel(-2 * DAY);
    }
    const h = await must<History>(t.gql(HISTORY, { r }, w.secretary));
    expect(h.residentPoints.history.map((x) => x.amount)).toEqual([15, 10]);
    expect(h.residentPoints.balance).toBe(25);
  });

  it('corrects an entry once by reversing it, and leaves voucher entries to the voucher', async () => {
    const w = await pointsWorld(t, { balance: 100, cost: 30 });
    const r = w.residents[0].id;
    await attend(t, w.secretary, r, '2026-03-15');
    await must(t.gql(REDEEM, { reward: w.rewardId, key: randomUUID() }, w.residents[0].auth));
    const before = await must<History>(t.gql(HISTORY, { r }, w.secretary));
    const [debit, meeting] = before.residentPoints.history;
    const REVERSE =
      'mutation($id: ID!) { reversePointsEntry(input: { entryId: $id, note: "记错了人" }) { balance alreadyRecorded entry { amount reason note title } } }';
    const done = await must<{ reversePointsEntry: { balance: number; alreadyRecorded: boolean; entry: object } }>(
      t.gql(REVERSE, { id: meeting.id }, w.secretary),
    );
    expect(done.reversePointsEntry).toEqual({
      balance: 70,
      alreadyRecorded: false,
      entry: { amount: -10, reason: 'CORRECTION', note: '记错了人', title: '议事会' },
    });
    expect(
      (
        await must<{ reversePointsEntry: { alreadyRecorded: boolean } }>(
          t.gql(REVERSE, { id: meeting.id }, w.secretary),
        )
      ).reversePointsEntry.alreadyRecorded,
    ).toBe(true);
    expectError(await t.gql(REVERSE, { id: debit.id }, w.secretary), 'CONFLICT', { reason: 'ENTRY_OF_VOUCHER' });
    const after = await must<History>(t.gql(HISTORY, { r, reasons: ['MEETING_ATTENDED'] }, w.secretary));
    expect(after.residentPoints.history).toEqual([expect.objectContaining({ id: meeting.id, reversed: true })]);
    // A plain staff member may record, not correct.
    const { token } = await t.newStaff(w.communityId, StaffRole.STAFF);
    expectError(await t.gql(ADJUST, { r, p: 5, key: randomUUID() }, { token }), 'FORBIDDEN');
  });

  it("lists a resident's own lines by their days (a backdated one in its place, paged once each); staff read posting order", async () => {
    const w = await pointsWorld(t);
    const [r] = w.residents;
    // Posted in this order: yesterday, today, then a week ago (recorded late).
    for (const [days, activity] of [
      [1, '楼道清洁'],
      [0, '敬老陪伴'],
      [7, '垃圾分类'],
    ] as const) {
      await must(t.gql(HOURS, { r: r.id, day: addDays(today(), -days), hours: 1, activity }, w.secretary));
    }
    const MINE = `query($before: String) { myPoints(first: 2, before: $before) { more history { cursor title } } }`;
    type Mine = { myPoints: { more: boolean; history: Array<{ cursor: string; title: string }> } };
    const first = await must<Mine>(t.gql(MINE, {}, r.auth));
    expect(first.myPoints.more).toBe(true);
    const second = await must<Mine>(t.gql(MINE, { before: first.myPoints.history[1].cursor }, r.auth));
    expect(second.myPoints.more).toBe(false);
    expect([...first.myPoints.history, ...second.myPoints.history].map((l) => l.title)).toEqual([
      '敬老陪伴',
      '楼道清洁',
      '垃圾分类',
    ]);
    const statement = await must<History>(t.gql(HISTORY, { r: r.id }, w.secretary));
    expect(statement.residentPoints.history.map((l) => l.title)).toEqual(['垃圾分类', '敬老陪伴', '楼道清洁']);
  });

  it('credits nobody who has moved away', async () => {
    const w = await pointsWorld(t);
    await t.sql('UPDATE resident SET moved_away_at = now() WHERE id = ?', [w.residents[0].id]);
    expectError(await t.gql(HOURS, { r: w.residents[0].id, day: today(), hours: 2 }, w.secretary), 'CONFLICT', {
      reason: 'RESIDENT_GONE',
    });
  });
});

describe('governance stars', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  const QUARTER = `query($q: String!) { starsOfQuarter(quarter: $q) { quarter confirmed over stars { rank residentId name building points occasions } } }`;
  type Quarter = {
    starsOfQuarter: {
      confirmed: boolean;
      over: boolean;
      stars: Array<{ rank: number; residentId: string; name: string; points: number; occasions: number }>;
    };
  };
  const CONFIRM =
    'mutation($q: String!, $ids: [ID!]!) { confirmStars(input: { quarter: $q, residentIds: $ids }) { confirmed stars { rank name } } }';

  it('ranks by points earned, then occasions, then who got there first; the secretary confirms once', async () => {
    const w = await pointsWorld(t, { residents: 4, cost: 20 });
    const [a, b, c, d] = w.residents;
    const award = (r: string, p: number) => must(t.gql(ADJUST, { r, p, key: randomUUID() }, w.secretary));
    await award(a.id, 30); // 30 in one occasion
    await award(b.id, 10);
    await award(b.id, 20); // 30 in two: ranks above a
    await award(c.id, 30); // 30 in one, later than a: below a
    await award(d.id, 50);
    await must(t.gql(REDEEM, { reward: w.rewardId, key: randomUUID() }, d.auth)); // spending does not count
    const q = quarterOf(today());
    const now = await must<Quarter>(t.gql(QUARTER, { q }, w.secretary));
    expect(now.starsOfQuarter.stars.map((s) => [s.residentId, s.points, s.occasions])).toEqual([
      [d.id, 50, 1],
      [b.id, 30, 2],
      [a.id, 30, 1],
      [c.id, 30, 1],
    ]);
    const ids = now.starsOfQuarter.stars.map((s) => s.residentId);
    expectError(await t.gql(CONFIRM, { q, ids }, w.secretary), 'CONFLICT', { reason: 'QUARTER_NOT_OVER' });

    // c asks not to be named; the quarter ends.
    await must(t.gql('mutation { setStarPreference(hideName: true) { hideName } }', {}, c.auth));
    const untilEnd = quarterRange(q).until.getTime() - Date.now() + DAY;
    t.app.clock.travel(untilEnd);
    try {
      expectError(await t.gql(CONFIRM, { q, ids: [ids[1], ids[0], ids[2], ids[3]] }, w.secretary), 'CONFLICT', {
        reason: 'STARS_CHANGED',
      });
      const { token: staffOnly } = await t.newStaff(w.communityId, StaffRole.STAFF);
      expectError(await t.gql(CONFIRM, { q, ids }, { token: staffOnly }), 'FORBIDDEN');
      const confirmed = await must<{ confirmStars: { confirmed: boolean } }>(t.gql(CONFIRM, { q, ids }, w.secretary));
      expect(confirmed.confirmStars.confirmed).toBe(true);
      expectError(await t.gql(CONFIRM, { q, ids }, w.secretary), 'CONFLICT', { reason: 'STARS_CONFIRMED' });
    } finally {
      t.app.clock.travel(-untilEnd);
    }
    // The kiosk shows them, c unnamed; a notice names them.
    const kiosk = await must<{
      governanceStars: {
        quarter: string;
        stars: Array<{ rank: number; name: string | null; residentId: string | null }>;
      };
    }>(t.gql('query { governanceStars { quarter stars { rank name residentId } } }', {}, { token: w.kiosk }));
    expect(kiosk.governanceStars.quarter).toBe(q);
    expect(kiosk.governanceStars.stars.map((s) => [s.rank, s.name, s.residentId])).toEqual([
      [1, '居民4', null],
      [2, '居民2', null],
      [3, '居民1', null],
      [4, null, null],
    ]);
    const [notice] = await t.sql<{ title: string; body: string }>(
      'SELECT title, body FROM notice WHERE community_id = ? ORDER BY published_at DESC LIMIT 1',
      [w.communityId],
    );
    expect(notice.title).toContain('社区治理之星');
    expect(notice.body).toContain('居民4');
    expect(notice.body).toContain('一位居民');
    expect(notice.body).not.toContain('居民3');
  });
});

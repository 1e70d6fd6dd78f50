import { randomUUID } from 'node:crypto';
import type { Auth, TestApp } from './harness.js';
import { StaffRole } from '../src/modules/staff/index.js';
import { localDate } from '../src/platform/time.js';

/** A community with earning rules, a reward, a secretary, a kiosk and signed-in residents holding points. */
export interface PointsWorld {
  communityId: string;
  secretary: Auth;
  kiosk: string;
  residents: Array<{ id: string; auth: Auth; phone: string }>;
  rewardId: string;
}

/** Every field of a Voucher. */
export const VOUCHER_FIELDS =
  'id code status cost rewardId rewardName residentId residentName building issuedAt expiresAt closedAt cancelNote';
export const REDEEM = `mutation($reward: ID!, $key: String!) {
  redeemReward(input: { rewardId: $reward, idempotencyKey: $key }) { ${VOUCHER_FIELDS} }
}`;
export type Redeemed = {
  redeemReward: {
    id: string;
    code: string;
    status: string;
    cost: number;
    rewardId: string;
    rewardName: string;
    residentId: string;
    residentName: string;
    building: number;
    issuedAt: string;
    expiresAt: string;
    closedAt: string | null;
    cancelNote: string | null;
  };
};

export const ADJUST = `mutation($r: ID!, $p: Int!, $key: String!, $note: String! = "测试") {
  adjustPoints(input: { residentId: $r, points: $p, note: $note, idempotencyKey: $key }) { balance alreadyRecorded entry { id amount } }
}`;

export const CREATE_REWARD = `mutation($name: String!, $cost: Int!, $stock: Int!) {
  createReward(input: { kind: GOODS, name: $name, cost: $cost, stock: $stock }) { id stock version }
}`;

/** Throws with the errors when a request fails (set-up must not). */
export async function must<T>(p: Promise<{ data?: T | null; errors?: unknown }>): Promise<T> {
  const res = await p;
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

/** The council's earning rules (+10 a meeting, +30 an adopted suggestion, +5 an hour), in force since 2020. */
export async function addPointsRules(t: TestApp, communityId: string): Promise<void> {
  for (const [reason, points] of [
    ['MEETING_ATTENDED', 10],
    ['SUGGESTION_ADOPTED', 30],
    ['VOLUNTEER_HOUR', 5],
  ] as const) {
    await t.sql(
      `INSERT INTO points_rule (id, community_id, reason, points, effective_from, created_at)
       VALUES (gen_random_uuid(), ?, ?, ?, '2020-01-01', now())`,
      [communityId, reason, points],
    );
  }
}

export async function pointsWorld(
  t: TestApp,
  {
    residents = 1,
    balance = 0,
    cost = 50,
    stock = 100,
  }: { residents?: number; balance?: number; cost?: number; stock?: number } = {},
): Promise<PointsWorld> {
  const { community, buildings } = await t.newCommunity();
  const { token } = await t.newStaff(community.id, StaffRole.SECRETARY);
  const secretary = { token };
  const { token: kiosk } = await t.newDevice(community.id);
  await addPointsRules(t, community.id);
  const reward = await must<{ createReward: { id: string } }>(
    t.gql(CREATE_REWARD, { name: '洗衣液', cost, stock }, secretary),
  );
  const made = [];
  for (let i = 0; i < residents; i++) {
    const r = await t.newResident(buildings[i % buildings.length], { name: `居民${i + 1}` });
    const auth = await t.residentSession(kiosk, r.phone);
    if (balance > 0) await must(t.gql(ADJUST, { r: r.resident.id, p: balance, key: randomUUID() }, secretary));
    made.push({ id: r.resident.id, auth, phone: r.phone });
  }
  return { communityId: community.id, secretary, kiosk, residents: made, rewardId: reward.createReward.id };
}

/** Every account's balance against the sum of its entries, and voucher/debit pairs, read as the owner. */
export async function ledgerInvariants(t: TestApp, communityId: string) {
  const accounts = await t.sql<{ resident_id: string; balance: string; sum: string }>(
    `SELECT a.resident_id, a.balance::text, coalesce(sum(e.amount), 0)::text AS sum
       FROM ledger_account a LEFT JOIN ledger_entry e ON e.account_id = a.id
      WHERE a.community_id = ? GROUP BY a.id`,
    [communityId],
  );
  const orphanVouchers = await t.sql<{ n: string }>(
    `SELECT count(*)::text AS n FROM voucher v LEFT JOIN ledger_entry d ON d.id = v.debit_entry_id
      WHERE v.community_id = ? AND (d.id IS NULL OR d.amount <> -v.cost)`,
    [communityId],
  );
  return { accounts, orphanVouchers: Number(orphanVouchers[0].n) };
}

export const today = () => localDate();

const CREATE_MEETING = `mutation($title: String!, $day: String!) {
  createMeeting(input: { kind: OTHER, title: $title, day: $day }) { id }
}`;
export const CHECK_IN_RESIDENT = `mutation($m: ID!, $r: ID!) {
  checkInResident(input: { meetingId: $m, residentId: $r }) { alreadyCheckedIn pointsAwarded }
}`;

/** A meeting attendance credited through the meeting module, as a posting: the entry it made (none when already). */
export interface Attended {
  meetingId: string;
  alreadyRecorded: boolean;
  balance: number;
  entry: { id: string; amount: number; reversesId: string | null } | null;
}

/** The meeting each staff member's community holds on a day (made once, then reused). */
const meetings = new Map<string, string>();

/**
 * The meeting held on `day` in `staff`'s community (an OTHER meeting, so any number of days a
 * month): made by staff the first time; a past one is closed (staff then record its paper
 * sign-ins), as a meeting that has been held.
 */
export async function meetingOn(t: TestApp, staff: Auth, day: string, title = '议事会'): Promise<string> {
  const key = `${staff.token}:${day}`;
  let id = meetings.get(key);
  if (!id) {
    const made = await must<{ createMeeting: { id: string } }>(t.gql(CREATE_MEETING, { title, day }, staff));
    id = made.createMeeting.id;
  }
  // Its day is over (the clock may have moved since it was made): it was held, and is closed.
  if (day < localDate(t.app.clock.now())) {
    await t.sql(
      `UPDATE meeting SET status = 'CLOSED', started_at = day + interval '19 hours', closed_at = day + interval '21 hours'
        WHERE id = ? AND status <> 'CLOSED'`,
      [id],
    );
  }
  meetings.set(key, id);
  return id;
}

/**
 * A resident attends the meeting on `day`: staff check them in (the meeting module credits the
 * MEETING_ATTENDED rule once per resident and meeting). Answers like a points posting.
 */
export async function attend(
  t: TestApp,
  staff: Auth,
  residentId: string,
  day: string,
  title = '议事会',
): Promise<Attended> {
  const meetingId = await meetingOn(t, staff, day, title);
  const res = await t.gql<{ checkInResident: { alreadyCheckedIn: boolean; pointsAwarded: number } }>(
    CHECK_IN_RESIDENT,
    { m: meetingId, r: residentId },
    staff,
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return { meetingId, ...(await postingOf(t, meetingId, residentId, res.data.checkInResident.alreadyCheckedIn)) };
}

/** The resident's balance and (unless already) the meeting's credit entry, read as the owner. */
async function postingOf(t: TestApp, meetingId: string, residentId: string, already: boolean) {
  const [account] = await t.sql<{ balance: number }>(
    `SELECT balance::int AS balance FROM ledger_account WHERE resident_id = ? AND kind = 'POINTS'`,
    [residentId],
  );
  const [entry] = already
    ? []
    : await t.sql<{ id: string; amount: number }>(
        `SELECT e.id, e.amount::int AS amount FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id
          WHERE a.resident_id = ? AND e.source_kind = 'meeting' AND e.source_id = ?`,
        [residentId, meetingId],
      );
  return {
    alreadyRecorded: already,
    balance: account?.balance ?? 0,
    entry: entry ? { id: entry.id, amount: entry.amount, reversesId: null } : null,
  };
}

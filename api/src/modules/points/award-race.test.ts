import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from '../../../test/harness.js';
import {
  CHECK_IN_RESIDENT,
  REDEEM,
  ledgerInvariants,
  meetingOn,
  pointsWorld,
  today,
  type Redeemed,
} from '../../../test/points.js';

const POSTING = 'balance alreadyRecorded entry { id amount }';
type Posting = { balance: number; alreadyRecorded: boolean; entry: { id: string; amount: number } };

/**
 * The same credit recorded many times at the same moment (two staff members, two API instances,
 * a retry): one entry, and every answer a normal one ("credited" once, "already recorded" for
 * the rest), never an internal error from the key's unique index.
 */
describe('the same credit recorded at the same moment', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('credits an attendance once and answers every request', async () => {
    const w = await pointsWorld(t);
    const meetingId = await meetingOn(t, w.secretary, today());
    const res = await Promise.all(
      Array.from({ length: 12 }, () =>
        t.gql<{ checkInResident: { alreadyCheckedIn: boolean; pointsAwarded: number } }>(
          CHECK_IN_RESIDENT,
          { m: meetingId, r: w.residents[0].id },
          w.secretary,
        ),
      ),
    );
    expect(res.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok')).toEqual(Array(12).fill('ok'));
    expect(res.filter((r) => !r.data!.checkInResident.alreadyCheckedIn)).toHaveLength(1);
    expect(res.map((r) => r.data!.checkInResident.pointsAwarded).reduce((a, b) => a + b, 0)).toBe(10);
    const inv = await ledgerInvariants(t, w.communityId);
    expect(inv.accounts.map((a) => a.balance)).toEqual(['10']);
  });

  it('posts a manual award once per key and a correction (a debit) once per entry', async () => {
    const w = await pointsWorld(t);
    const key = randomUUID();
    const awards = await Promise.all(
      Array.from({ length: 8 }, () =>
        t.gql<{ adjustPoints: Posting }>(
          `mutation($r: ID!, $key: String!) { adjustPoints(input: { residentId: $r, points: 40, note: "测试", idempotencyKey: $key }) { ${POSTING} } }`,
          { r: w.residents[0].id, key },
          w.secretary,
        ),
      ),
    );
    expect(awards.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok')).toEqual(Array(8).fill('ok'));
    expect(awards.filter((r) => !r.data!.adjustPoints.alreadyRecorded)).toHaveLength(1);
    const entry = awards[0].data!.adjustPoints.entry.id;
    const corrections = await Promise.all(
      Array.from({ length: 8 }, () =>
        t.gql<{ reversePointsEntry: Posting }>(
          `mutation($e: ID!) { reversePointsEntry(input: { entryId: $e, note: "记错了" }) { ${POSTING} } }`,
          { e: entry },
          w.secretary,
        ),
      ),
    );
    expect(corrections.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok')).toEqual(Array(8).fill('ok'));
    expect(corrections.filter((r) => !r.data!.reversePointsEntry.alreadyRecorded)).toHaveLength(1);
    const inv = await ledgerInvariants(t, w.communityId);
    expect(inv.accounts.map((a) => a.balance)).toEqual(['0']);
  });

  it('answers every retry of one redemption key with the voucher, when the balance and stock cover only one', async () => {
    const w = await pointsWorld(t, { balance: 50, cost: 50, stock: 1 });
    const key = randomUUID();
    const tries = await Promise.all(
      Array.from({ length: 10 }, () => t.gql<Redeemed>(REDEEM, { reward: w.rewardId, key }, w.residents[0].auth)),
    );
    expect(tries.map((r) => r.errors?.[0]?.extensions?.reason ?? 'ok')).toEqual(Array(10).fill('ok'));
    expect(new Set(tries.map((r) => r.data!.redeemReward.id)).size).toBe(1);
    const inv = await ledgerInvariants(t, w.communityId);
    expect(inv.accounts.map((a) => a.balance)).toEqual(['0']);
  });

  it('cancels and redeems on one account and one reward at once without a deadlock', async () => {
    const w = await pointsWorld(t, { balance: 600, cost: 50, stock: 20 });
    const me = w.residents[0].auth;
    const first = await Promise.all(
      Array.from({ length: 6 }, () => t.gql<Redeemed>(REDEEM, { reward: w.rewardId, key: randomUUID() }, me)),
    );
    const mixed = await Promise.all([
      ...first.map((r) =>
        t.gql(
          'mutation($id: ID!) { cancelVoucher(input: { voucherId: $id, note: "不要了" }) { status } }',
          { id: r.data!.redeemReward.id },
          w.secretary,
        ),
      ),
      ...Array.from({ length: 6 }, () => t.gql<Redeemed>(REDEEM, { reward: w.rewardId, key: randomUUID() }, me)),
    ]);
    expect(mixed.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok')).toEqual(Array(12).fill('ok'));
    const inv = await ledgerInvariants(t, w.communityId);
    expect(inv.accounts.map((a) => a.balance)).toEqual(['300']);
    const [reward] = await t.sql<{ stock: number }>('SELECT stock FROM reward WHERE id = ?', [w.rewardId]);
    expect(reward.stock).toBe(14);
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, expectError } from '../../../test/harness.js';
import {
  ADJUST,
  CREATE_REWARD,
  REDEEM,
  VOUCHER_FIELDS,
  ledgerInvariants,
  must,
  pointsWorld,
  type Redeemed,
} from '../../../test/points.js';

const BALANCE = 'query { myPoints(first: 50) { balance history { amount reason title voucherCode balanceAfter } } }';
type Balance = {
  myPoints: {
    balance: number;
    history: Array<{
      amount: number;
      reason: string;
      title: string | null;
      voucherCode: string | null;
      balanceAfter: number;
    }>;
  };
};
const DAY = 24 * 3600_000;

describe('redeeming rewards', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('lets exactly 7 of 50 concurrent redemptions through a balance that covers 7', async () => {
    const w = await pointsWorld(t, { balance: 7 * 30 + 29, cost: 30, stock: 100 });
    const me = w.residents[0].auth;
    const results = await Promise.all(
      Array.from({ length: 50 }, () => t.gql<Redeemed>(REDEEM, { reward: w.rewardId, key: randomUUID() }, me)),
    );
    const ok = results.filter((r) => r.data);
    expect(ok.length).toBe(7);
    for (const r of results.filter((r) => !r.data)) {
      expectError(r, 'CONFLICT', { reason: 'NOT_ENOUGH_POINTS', needed: 30 });
      expect(r.errors![0].extensions!.balance).toBeLessThan(30);
    }
    expect(new Set(ok.map((r) => r.data!.redeemReward.code)).size).toBe(7);
    const mine = await must<Balance>(t.gql(BALANCE, {}, me));
    expect(mine.myPoints.balance).toBe(29);
    expect(mine.myPoints.history.filter((h) => h.reason === 'REWARD_REDEEMED')).toHaveLength(7);
    const [reward] = await t.sql<{ stock: number }>('SELECT stock FROM reward WHERE id = ?', [w.rewardId]);
    expect(reward.stock).toBe(93);
    const inv = await ledgerInvariants(t, w.communityId);
    for (const a of inv.accounts) expect(a.balance).toBe(a.sum);
    expect(inv.orphanVouchers).toBe(0);
  });

  it('gives the last item to one of two residents; the other hears it is sold out', async () => {
    const w = await pointsWorld(t, { residents: 2, balance: 100, cost: 50, stock: 1 });
    const [a, b] = await Promise.all(
      w.residents.map((r) => t.gql<Redeemed>(REDEEM, { reward: w.rewardId, key: randomUUID() }, r.auth)),
    );
    const won = [a, b].filter((r) => r.data);
    expect(won).toHaveLength(1);
    expectError(
      [a, b].find((r) => !r.data)!,
      'CONFLICT',
      { reason: 'SOLD_OUT' },
    );
    const balances = await Promise.all(w.residents.map((r) => must<Balance>(t.gql(BALANCE, {}, r.auth))));
    expect(balances.map((x) => x.myPoints.balance).sort()).toEqual([100, 50]);
  });

  it('answers 10 retries of one key with one voucher, and refuses the key for another reward', async () => {
    const w = await pointsWorld(t, { balance: 500, cost: 50 });
    const me = w.residents[0].auth;
    const key = randomUUID();
    const tries = await Promise.all(
      Array.from({ length: 10 }, () => t.gql<Redeemed>(REDEEM, { reward: w.rewardId, key }, me)),
    );
    for (const r of tries) expect(r.data?.redeemReward).toEqual(tries[0].data!.redeemReward);
    const again = await t.gql<Redeemed>(REDEEM, { reward: w.rewardId, key }, me);
    expect(again.data!.redeemReward).toEqual(tries[0].data!.redeemReward);
    // The answer is the voucher as stored.
    const mine = await must<{ myVouchers: Redeemed['redeemReward'][] }>(
      t.gql(`{ myVouchers { ${VOUCHER_FIELDS} } }`, {}, me),
    );
    expect(mine.myVouchers).toEqual([tries[0].data!.redeemReward]);
    expect(mine.myVouchers[0]).toMatchObject({ status: 'ISSUED', cost: 50, rewardId: w.rewardId, closedAt: null });
    expect((await must<Balance>(t.gql(BALANCE, {}, me))).myPoints.balance).toBe(450);
    const other = await must<{ createReward: { id: string } }>(
      t.gql(CREATE_REWARD, { name: '文具', cost: 30, stock: 5 }, w.secretary),
    );
    expectError(await t.gql(REDEEM, { reward: other.createReward.id, key }, me), 'CONFLICT', {
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('fulfils a voucher once, cancels one with its points and stock back, and expires one by the clock', async () => {
    const w = await pointsWorld(t, { balance: 150, cost: 50, stock: 10 });
    const me = w.residents[0].auth;
    const vouchers = [];
    for (let i = 0; i < 3; i++) {
      vouchers.push((await must<Redeemed>(t.gql(REDEEM, { reward: w.rewardId, key: randomUUID() }, me))).redeemReward);
    }
    const FULFIL = 'mutation($c: String!) { fulfilVoucher(input: { code: $c }) { status } }';
    const typed = `${vouchers[0].code.slice(0, 4).toLowerCase()} ${vouchers[0].code.slice(4)}`;
    expect(
      (await must<{ fulfilVoucher: { status: string } }>(t.gql(FULFIL, { c: typed }, w.secretary))).fulfilVoucher
        .status,
    ).toBe('FULFILLED');
    expectError(await t.gql(FULFIL, { c: vouchers[0].code }, w.secretary), 'CONFLICT', {
      reason: 'VOUCHER_STATE',
      voucherStatus: 'FULFILLED',
    });
    expectError(await t.gql(FULFIL, { c: 'AAAA-AAAA' }, w.secretary), 'NOT_FOUND', { reason: 'VOUCHER_UNKNOWN' });

    const CANCEL = 'mutation($id: ID!) { cancelVoucher(input: { voucherId: $id, note: "居民不要了" }) { status } }';
    expect(
      (await must<{ cancelVoucher: { status: string } }>(t.gql(CANCEL, { id: vouchers[1].id }, w.secretary)))
        .cancelVoucher.status,
    ).toBe('CANCELLED');
    expectError(await t.gql(CANCEL, { id: vouchers[1].id }, w.secretary), 'CONFLICT', { reason: 'VOUCHER_STATE' });
    expect((await must<Balance>(t.gql(BALANCE, {}, me))).myPoints.balance).toBe(50);

    // A month on, the third has expired: it cannot be fulfilled, and the expiry refunds it once.
    t.app.clock.travel(31 * DAY);
    try {
      expectError(await t.gql(FULFIL, { c: vouchers[2].code }, w.secretary), 'CONFLICT', { reason: 'VOUCHER_EXPIRED' });
      // The job queue runs the expiry (as its schedule would); a second run refunds nothing more.
      await t.app.jobs.run('points.expire-vouchers');
      await t.app.jobs.run('points.expire-vouchers');
    } finally {
      t.app.clock.travel(-31 * DAY);
    }
    const after = await must<Balance>(t.gql(BALANCE, {}, me));
    expect(after.myPoints.balance).toBe(100);
    expect(after.myPoints.history.slice(0, 2).map((h) => [h.reason, h.amount, h.title])).toEqual([
      ['VOUCHER_EXPIRED', 50, '洗衣液'],
      ['VOUCHER_CANCELLED', 50, '洗衣液'],
    ]);
    const [reward] = await t.sql<{ stock: number }>('SELECT stock FROM reward WHERE id = ?', [w.rewardId]);
    expect(reward.stock).toBe(9);
    const inv = await ledgerInvariants(t, w.communityId);
    for (const a of inv.accounts) expect(a.balance).toBe(a.sum);
  });

  it('says how many points each reward still needs', async () => {
    const w = await pointsWorld(t, { balance: 40, cost: 50 });
    await must(t.gql(CREATE_REWARD, { name: '文具', cost: 30, stock: 5 }, w.secretary));
    const res = await must<{
      rewardCatalogue: {
        balance: number;
        items: Array<{ affordable: boolean; short: number; reward: { name: string } }>;
      };
    }>(
      t.gql(
        'query { rewardCatalogue { balance items { affordable short reward { name } } } }',
        {},
        w.residents[0].auth,
      ),
    );
    expect(res.rewardCatalogue.balance).toBe(40);
    expect(res.rewardCatalogue.items.map((i) => [i.reward.name, i.affordable, i.short])).toEqual([
      ['文具', true, 0],
      ['洗衣液', false, 10],
    ]);
  });

  it('refuses a deduction below zero, saying the balance', async () => {
    const w = await pointsWorld(t, { balance: 20 });
    expectError(await t.gql(ADJUST, { r: w.residents[0].id, p: -30, key: randomUUID() }, w.secretary), 'CONFLICT', {
      reason: 'NOT_ENOUGH_POINTS',
      balance: 20,
      needed: 30,
    });
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusedAtCommit, failCommitsWhere, hearEvents } from '../../../test/events.js';
import { TestApp } from '../../../test/harness.js';
import { REDEEM, ledgerInvariants, must, pointsWorld, type Redeemed } from '../../../test/points.js';

describe('points events leave with their change only', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The refused commits are unexpected errors to the API, which logs them: quiet here.
    t = await TestApp.start({ config: { logLevel: 'silent' } });
  });
  afterAll(() => t.stop());

  it('sends no VOUCHER_CHANGED or LEDGER_POSTED for a redemption whose commit fails, and keeps nothing of it', async () => {
    const w = await pointsWorld(t, { balance: 100, cost: 30, stock: 5 });
    const me = w.residents[0];
    await failCommitsWhere(t, 'voucher', `NEW.cost = 30 AND NEW.status = 'ISSUED'`);
    const events = await hearEvents(t);
    try {
      expectRefusedAtCommit(await t.gql(REDEEM, { reward: w.rewardId, key: randomUUID() }, me.auth));
      await t.sql(
        `DO $$ DECLARE r record; BEGIN
           FOR r IN SELECT tgname FROM pg_trigger WHERE tgrelid = 'voucher'::regclass AND tgname LIKE 'fail_commit_%' LOOP
             EXECUTE format('DROP TRIGGER %I ON voucher', r.tgname);
           END LOOP; END $$`,
      );
      const ok = await must<Redeemed>(t.gql(REDEEM, { reward: w.rewardId, key: randomUUID() }, me.auth));
      // Events arrive in commit order: the first ones heard are the kept redemption's.
      const posted = await events.first('LEDGER_POSTED');
      expect(posted.d).toEqual({ kind: 'POINTS', residentId: me.id, entryId: expect.any(String), balance: 70 });
      const voucher = await events.first('VOUCHER_CHANGED');
      expect(voucher.d).toEqual({ voucherId: ok.redeemReward.id, residentId: me.id, status: 'ISSUED' });
      const [reward] = await t.sql<{ stock: number }>('SELECT stock FROM reward WHERE id = ?', [w.rewardId]);
      expect(reward.stock).toBe(4);
      const inv = await ledgerInvariants(t, w.communityId);
      expect(inv.accounts).toEqual([{ resident_id: me.id, balance: '70', sum: '70' }]);
    } finally {
      await events.stop();
    }
  });
});

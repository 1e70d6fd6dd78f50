import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, twoInstances } from '../../../test/harness.js';
import { StaffRole } from '../staff/index.js';
import {
  ADJUST,
  CHECK_IN_RESIDENT,
  REDEEM,
  ledgerInvariants,
  meetingOn,
  must,
  pointsWorld,
} from '../../../test/points.js';

const VERIFY = 'mutation { verifyLedger { ok accounts entries mismatches { residentId balance sum last } problems } }';
type Verified = {
  verifyLedger: {
    ok: boolean;
    accounts: number;
    entries: number;
    mismatches: Array<{ residentId: string; balance: number; sum: number; last: number | null }>;
    problems: string[];
  };
};

/** The database's error for a statement run as the API's role (linli_app) in the community's scope, on a connection of its own. */
async function asApp(t: TestApp, communityId: string, statement: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: t.databaseUrl });
  await client.connect();
  try {
    await client.query('SET ROLE linli_app');
    await client.query("SELECT set_config('linli.community_id', $1, false)", [communityId]);
    let n = 0;
    await client.query(
      statement.replace(/\?/g, () => `$${++n}`),
      params,
    );
    return null;
  } catch (err) {
    return err as { code?: string; message: string };
  } finally {
    await client.end();
  }
}

describe('the ledger', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('refuses to change or delete an entry, and to move a balance but by an entry, whoever asks', async () => {
    const w = await pointsWorld(t, { balance: 40 });
    const [entry] = await t.sql<{ id: string; account_id: string }>(
      'SELECT id, account_id FROM ledger_entry WHERE community_id = ?',
      [w.communityId],
    );
    // The owner (migrations' role) is refused by triggers …
    for (const statement of [
      'UPDATE ledger_entry SET amount = 1000 WHERE id = ?',
      'DELETE FROM ledger_entry WHERE id = ?',
    ]) {
      await expect(t.sql(statement, [entry.id])).rejects.toThrow(/append only/);
    }
    await expect(t.sql('UPDATE ledger_account SET balance = 1000 WHERE id = ?', [entry.account_id])).rejects.toThrow(
      /moves only by an entry/,
    );
    await expect(t.sql('DELETE FROM ledger_account WHERE id = ?', [entry.account_id])).rejects.toThrow(/append only/);
    await expect(t.sql('TRUNCATE ledger_entry CASCADE')).rejects.toThrow();
    // … and the API's role has no such privilege at all.
    expect(
      (await asApp(t, w.communityId, 'UPDATE ledger_account SET balance = 1 WHERE id = ?', [entry.account_id]))?.code,
    ).toBe('42501');
    expect((await asApp(t, w.communityId, 'DELETE FROM ledger_entry WHERE id = ?', [entry.id]))?.code).toBe('42501');
    // An entry's balance_after is the database's, whatever the insert says; an overdraft breaks the CHECK.
    const overdraft = await asApp(
      t,
      w.communityId,
      `INSERT INTO ledger_entry (id, community_id, account_id, amount, balance_after, reason, idempotency_key)
       VALUES (gen_random_uuid(), ?, ?, -41, 999, 'MANUAL_DEDUCTION', ?)`,
      [w.communityId, entry.account_id, randomUUID()],
    );
    expect(overdraft?.code).toBe('23514');
    const [account] = await t.sql<{ balance: string }>('SELECT balance::text FROM ledger_account WHERE id = ?', [
      entry.account_id,
    ]);
    expect(account.balance).toBe('40');
  });

  it('refuses a reversal that is not the exact opposite of an entry of its own account', async () => {
    const w = await pointsWorld(t, { residents: 2, balance: 40 });
    const entries = await t.sql<{ id: string; account_id: string }>(
      'SELECT id, account_id FROM ledger_entry WHERE community_id = ? ORDER BY seq',
      [w.communityId],
    );
    const [a, b] = entries;
    for (const [account, amount] of [
      [b.account_id, -40],
      [a.account_id, -39],
    ] as const) {
      const err = await asApp(
        t,
        w.communityId,
        `INSERT INTO ledger_entry (id, community_id, account_id, amount, balance_after, reason, reverses_id, idempotency_key)
         VALUES (gen_random_uuid(), ?, ?, ?, 0, 'CORRECTION', ?, ?)`,
        [w.communityId, account, amount, a.id, randomUUID()],
      );
      expect(err?.message).toMatch(/reversal/);
    }
  });

  it('verifies every balance against its entries, and reports one that was tampered with', async () => {
    const w = await pointsWorld(t, { residents: 2, balance: 100, cost: 30 });
    await must(t.gql(REDEEM, { reward: w.rewardId, key: randomUUID() }, w.residents[0].auth));
    const admin = { token: (await t.newStaff(w.communityId, StaffRole.ADMIN)).token };
    const clean = await must<Verified>(t.gql(VERIFY, {}, admin));
    expect(clean.verifyLedger).toMatchObject({ ok: true, accounts: 2, entries: 3, mismatches: [], problems: [] });
    // Someone with the owner's password switches the guard off and edits a balance.
    await t.sql('ALTER TABLE ledger_account DISABLE TRIGGER ledger_account_guard');
    try {
      await t.sql('UPDATE ledger_account SET balance = balance + 5 WHERE resident_id = ?', [w.residents[1].id]);
    } finally {
      await t.sql('ALTER TABLE ledger_account ENABLE TRIGGER ledger_account_guard');
    }
    const found = await must<Verified>(t.gql(VERIFY, {}, admin));
    expect(found.verifyLedger.ok).toBe(false);
    expect(found.verifyLedger.mismatches).toEqual([
      { residentId: w.residents[1].id, balance: 105, sum: 100, last: 100 },
    ]);
  });

  it('lets only admins verify', async () => {
    const w = await pointsWorld(t);
    const res = await t.gql(VERIFY, {}, w.secretary);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('one source, one credit', () => {
  const apps = twoInstances();

  it('credits an attendance once when two staff record it at once on two instances', async () => {
    const { a, b } = apps;
    const w = await pointsWorld(a, { residents: 1 });
    const { token: other } = await a.newStaff(w.communityId);
    // The meeting module's check-in is the award: two staff on two instances check one resident in.
    const meetingId = await meetingOn(a, w.secretary, '2026-03-15', '3月议事会');
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        (i % 2 ? b : a).gql<{ checkInResident: { alreadyCheckedIn: boolean; pointsAwarded: number } }>(
          CHECK_IN_RESIDENT,
          { m: meetingId, r: w.residents[0].id },
          i % 2 ? { token: other } : w.secretary,
        ),
      ),
    );
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok')).toEqual(Array(8).fill('ok'));
    const answers = results.map((r) => r.data!.checkInResident);
    expect(answers.filter((x) => !x.alreadyCheckedIn)).toHaveLength(1);
    expect(answers.map((x) => x.pointsAwarded).sort()).toEqual([0, 0, 0, 0, 0, 0, 0, 10]);
    const entries = await a.sql<{ id: string }>(
      `SELECT e.id FROM ledger_entry e JOIN ledger_account acc ON acc.id = e.account_id
        WHERE acc.resident_id = ? AND e.reason = 'MEETING_ATTENDED'`,
      [w.residents[0].id],
    );
    expect(entries).toHaveLength(1);
    const inv = await ledgerInvariants(a, w.communityId);
    expect(inv.accounts).toEqual([{ resident_id: w.residents[0].id, balance: '10', sum: '10' }]);
  });

  it('keeps one manual award per form key, across instances', async () => {
    const { a, b } = apps;
    const w = await pointsWorld(a);
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 ? b : a).gql<{ adjustPoints: { balance: number } }>(
          ADJUST,
          { r: w.residents[0].id, p: 25, key },
          w.secretary,
        ),
      ),
    );
    for (const r of results) expect(r.data!.adjustPoints.balance).toBe(25);
  });
});

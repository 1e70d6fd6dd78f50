import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, expectError, type GqlResult } from '../../../test/harness.js';
import type { Context } from '../../platform/context.js';
import { withCommunity } from '../../platform/row-security.js';
import { StaffRole } from '../staff/index.js';
import { Audit, AuditAction, type AuditRecord } from './index.js';

const LOG = `query($action: AuditAction, $residentId: ID, $staffId: ID, $after: String, $first: Int! = 50) {
  auditLog(action: $action, residentId: $residentId, staffId: $staffId, after: $after, first: $first) {
    lines { id at action staffId staffName residentId residentName address detail }
    nextCursor
  }
}`;
type Line = {
  id: string;
  action: AuditAction;
  staffId: string;
  staffName: string | null;
  residentId: string | null;
  residentName: string | null;
  address: string | null;
  detail: string | null;
};
type Log = GqlResult<{ auditLog: { lines: Line[]; nextCursor: string | null } }>;

describe('the audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  async function community() {
    const { community, buildings } = await t.newCommunity();
    const admin = await t.newStaff(community.id, StaffRole.ADMIN);
    const staff = await t.newStaff(community.id, StaffRole.STAFF);
    const resident = await t.newResident(buildings[0], { name: '张秀英' });
    /** Records as `who` would, in a transaction of the API's own role that commits unless `fail`. */
    const record = async (who: { id: string }, entry: AuditRecord, fail = false) =>
      withCommunity(community.id, () =>
        t.app.orm.em.fork().transactional(async (em) => {
          const ctx = {
            em,
            clientIp: '10.0.0.7',
            principal: { communityId: community.id, staff: { id: who.id, role: 'STAFF', sessionId: 's' } },
          } as unknown as Context;
          await Audit.record(ctx, em, entry);
          if (fail) throw new Error('the action failed after its audit line');
        }),
      );
    const log = (vars: Record<string, unknown> = {}) => t.gql(LOG, vars, { token: admin.token }) as Promise<Log>;
    return { community, admin, staff, resident, record, log };
  }

  it('records who did what to which resident, from where, with the action that committed and never without it', async () => {
    const { staff, resident, record, log } = await community();
    await record(staff.user, { action: AuditAction.PIN_SETUP_CODE_ISSUED, residentId: resident.resident.id });
    await expect(
      record(staff.user, { action: AuditAction.CARD_REVOKED, residentId: resident.resident.id }, true),
    ).rejects.toThrow('failed after');
    await record(staff.user, { action: AuditAction.RESIDENTS_EXPORTED, detail: { rows: 12, filter: '80+' } });

    const res = await log();
    expect(res.errors).toBeUndefined();
    const lines = res.data!.auditLog.lines;
    expect(lines.map((l) => l.action)).toEqual([AuditAction.RESIDENTS_EXPORTED, AuditAction.PIN_SETUP_CODE_ISSUED]);
    expect(lines[1]).toMatchObject({
      staffId: staff.user.id,
      staffName: 'Test Staff',
      residentId: resident.resident.id,
      residentName: '张秀英',
      address: '10.0.0.7',
      detail: null,
    });
    expect(JSON.parse(lines[0].detail!)).toEqual({ rows: 12, filter: '80+' });
    expect(lines[0].residentId).toBeNull();
  });

  it('filters by action, resident and staff member, and pages newest first without gaps or repeats', async () => {
    const { admin, staff, resident, record, log } = await community();
    for (let i = 0; i < 5; i++) {
      await record(i % 2 ? admin.user : staff.user, {
        action: AuditAction.RESIDENT_VIEWED,
        residentId: resident.resident.id,
      });
    }
    await record(staff.user, { action: AuditAction.CARD_ISSUED, residentId: resident.resident.id });

    expect((await log({ action: 'CARD_ISSUED' })).data!.auditLog.lines).toHaveLength(1);
    expect((await log({ staffId: admin.user.id })).data!.auditLog.lines).toHaveLength(2);
    expect((await log({ residentId: resident.resident.id })).data!.auditLog.lines).toHaveLength(6);

    const all = (await log()).data!.auditLog.lines.map((l) => l.id);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: Log = await log({ first: 4, after });
      paged.push(...page.data!.auditLog.lines.map((l) => l.id));
      after = page.data!.auditLog.nextCursor;
    } while (after);
    expect(paged).toEqual(all);
    expect(all).toHaveLength(6);
  });

  it('is read by admins only, each its own community’s, and refuses a malformed cursor with a reason', async () => {
    const one = await community();
    const other = await community();
    await one.record(one.staff.user, { action: AuditAction.RESIDENT_VIEWED, residentId: one.resident.resident.id });
    expect((await other.log()).data!.auditLog.lines).toEqual([]);
    expectError(await t.gql(LOG, {}, { token: one.staff.token }), 'FORBIDDEN');
    expectError(await t.gql(LOG, {}), 'UNAUTHENTICATED');
    expectError(await one.log({ after: 'yesterday' }), 'BAD_USER_INPUT');
  });

  it('is append only: the API role may not change or remove a line, nor may the owner', async () => {
    const { community: c, staff, resident, record } = await community();
    await record(staff.user, { action: AuditAction.RESIDENT_EDITED, residentId: resident.resident.id });
    const asApp = (sql: string) => withCommunity(c.id, () => t.app.orm.em.fork().getConnection().execute(sql, [c.id]));
    for (const sql of [
      `UPDATE audit_entry SET action = 'RESIDENT_VIEWED' WHERE community_id = ?`,
      'DELETE FROM audit_entry WHERE community_id = ?',
    ]) {
      await expect(asApp(sql), sql).rejects.toMatchObject({ code: '42501' });
      await expect(t.sql(sql, [c.id]), `owner: ${sql}`).rejects.toThrow(/append only/);
    }
    await expect(t.sql('TRUNCATE audit_entry')).rejects.toThrow(/append only/);
    const [{ n }] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_entry WHERE community_id = ? AND action = 'RESIDENT_EDITED'`,
      [c.id],
    );
    expect(n).toBe(1);
  });
});

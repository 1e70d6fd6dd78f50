import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, expectError, watch, type GqlResult } from '../../../test/harness.js';
import { StaffRole } from './staff-user.entity.js';

const STAFF_USERS = '{ staffUsers { id username displayName role deactivatedAt mustChangePassword version } }';
const CREATE = `mutation($u: String!, $n: String!, $r: StaffRole!) {
  createStaff(input: { username: $u, displayName: $n, role: $r }) { oneTimePassword staff { id username role version mustChangePassword } }
}`;
const SET_ROLE = `mutation($id: ID!, $v: Int!, $r: StaffRole!) {
  setStaffRole(input: { staffId: $id, version: $v, role: $r }) { id role version }
}`;
const DEACTIVATE =
  'mutation($id: ID!, $v: Int!) { deactivateStaff(input: { staffId: $id, version: $v }) { id deactivatedAt version } }';
const REACTIVATE =
  'mutation($id: ID!, $v: Int!) { reactivateStaff(input: { staffId: $id, version: $v }) { id deactivatedAt version } }';
const RESET = `mutation($id: ID!, $v: Int!) {
  resetStaffPassword(input: { staffId: $id, version: $v }) { oneTimePassword staff { id version mustChangePassword } }
}`;
const CHANGE_MINE = `mutation($c: String!, $n: String!) { changeMyPassword(input: { currentPassword: $c, newPassword: $n }) }`;
const VIEWER = '{ viewer { mustChangePassword staff { id mustChangePassword } } }';
const SIGN_IN = `mutation($c: String!, $u: String!, $p: String!) {
  signInStaff(input: { community: $c, username: $u, password: $p }) { token }
}`;
const AUDIT = '{ auditLog(first: 50) { lines { action staffId detail } } }';

type Created = { createStaff: { oneTimePassword: string; staff: { id: string; username: string; version: number } } };

describe('staff accounts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  async function community() {
    const { community } = await t.newCommunity();
    const admin = await t.newStaff(community.id, StaffRole.ADMIN);
    return { id: community.id, code: await t.communityCode(community.id), admin };
  }

  async function create(token: string, username: string, role = StaffRole.STAFF) {
    const res = await t.gql<Created>(CREATE, { u: username, n: '新同事', r: role }, { token });
    expect(res.errors).toBeUndefined();
    return res.data!.createStaff;
  }

  const versionOf = async (id: string) =>
    (await t.sql<{ version: number }>('SELECT version FROM staff_user WHERE id = ?', [id]))[0].version;

  it('creates an account with a one-time password it must change before anything else', async () => {
    const c = await community();
    const made = await create(c.admin.token, 'xiaoli');
    expect(made.oneTimePassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(made.staff).toMatchObject({ username: 'xiaoli', role: 'STAFF', version: 1, mustChangePassword: true });

    const signIn = await t.gql<{ signInStaff: { token: string } }>(SIGN_IN, {
      c: c.code,
      u: 'xiaoli',
      p: made.oneTimePassword,
    });
    const token = signIn.data!.signInStaff.token;
    // Only viewer, changeMyPassword and signOut until then.
    const me = await t.gql<{ viewer: { mustChangePassword: boolean } }>(VIEWER, {}, { token });
    expect(me.data?.viewer).toMatchObject({ mustChangePassword: true, staff: { mustChangePassword: true } });
    expectError(await t.gql('{ notices { id } }', {}, { token }), 'FORBIDDEN', { reason: 'PASSWORD_CHANGE_REQUIRED' });
    expectError(await t.gql('{ buildings { id } }', {}, { token }), 'FORBIDDEN', {
      reason: 'PASSWORD_CHANGE_REQUIRED',
    });

    // The policy: too short, too common, the same; the wrong current one.
    const change = (current: string, next: string) =>
      t.gql<{ changeMyPassword: boolean }>(CHANGE_MINE, { c: current, n: next }, { token });
    expectError(await change(made.oneTimePassword, 'short1'), 'BAD_USER_INPUT', {
      reason: 'PASSWORD_TOO_SHORT',
      fields: { newPassword: ['PASSWORD_TOO_SHORT'] },
    });
    expectError(await change(made.oneTimePassword, 'password123'), 'BAD_USER_INPUT', {
      reason: 'PASSWORD_TOO_COMMON',
    });
    expectError(await change(made.oneTimePassword, 'xiaoli12345'), 'BAD_USER_INPUT', {
      reason: 'PASSWORD_TOO_COMMON',
    });
    expectError(await change(made.oneTimePassword, made.oneTimePassword), 'BAD_USER_INPUT', {
      reason: 'PASSWORD_UNCHANGED',
    });
    expectError(await change('not-the-password', 'tulip-harbor-93'), 'BAD_USER_INPUT', {
      reason: 'CURRENT_PASSWORD_WRONG',
      fields: { currentPassword: ['CURRENT_PASSWORD_WRONG'] },
    });
    expect((await change(made.oneTimePassword, 'tulip-harbor-93')).data?.changeMyPassword).toBe(true);

    // The same session goes on, now without the restriction.
    expect((await t.gql('{ buildings { id } }', {}, { token })).errors).toBeUndefined();
    const again = await t.gql(SIGN_IN, { c: c.code, u: 'xiaoli', p: 'tulip-harbor-93' });
    expect(again.errors).toBeUndefined();
    expectError(await t.gql(SIGN_IN, { c: c.code, u: 'xiaoli', p: made.oneTimePassword }), 'UNAUTHENTICATED', {
      reason: 'PASSWORD_WRONG',
    });
  });

  it('lets only admins manage accounts', async () => {
    const c = await community();
    const secretary = await t.newStaff(c.id, StaffRole.SECRETARY);
    expectError(await t.gql(STAFF_USERS, {}, { token: secretary.token }), 'FORBIDDEN');
    expectError(await t.gql(CREATE, { u: 'x1', n: 'x', r: 'STAFF' }, { token: secretary.token }), 'FORBIDDEN');
    const list = await t.gql<{ staffUsers: Array<{ id: string }> }>(STAFF_USERS, {}, { token: c.admin.token });
    expect(list.data?.staffUsers.map((s) => s.id).sort()).toEqual([c.admin.user.id, secretary.user.id].sort());
  });

  it('keeps usernames unique within a community, and the same name in two communities apart', async () => {
    const a = await community();
    const b = await community();
    const inA = await create(a.admin.token, 'zhangsan');
    expectError(await t.gql(CREATE, { u: 'zhangsan', n: 'x', r: 'STAFF' }, { token: a.admin.token }), 'CONFLICT', {
      reason: 'USERNAME_TAKEN',
    });
    const inB = await create(b.admin.token, 'zhangsan');
    expect(inB.staff.id).not.toBe(inA.staff.id);
    // Each signs in to their own community with their own password; not to the other.
    expect((await t.gql(SIGN_IN, { c: a.code, u: 'zhangsan', p: inA.oneTimePassword })).errors).toBeUndefined();
    expect((await t.gql(SIGN_IN, { c: b.code, u: 'zhangsan', p: inB.oneTimePassword })).errors).toBeUndefined();
    expectError(await t.gql(SIGN_IN, { c: b.code, u: 'zhangsan', p: inA.oneTimePassword }), 'UNAUTHENTICATED', {
      reason: 'PASSWORD_WRONG',
    });
    // An unknown community code gets the wrong password's answer.
    expectError(
      await t.gql(SIGN_IN, { c: 'no-such-place', u: 'zhangsan', p: inA.oneTimePassword }),
      'UNAUTHENTICATED',
      { reason: 'PASSWORD_WRONG' },
    );
  });

  it('refuses to change one’s own role or deactivate oneself', async () => {
    const c = await community();
    await t.newStaff(c.id, StaffRole.ADMIN); // not the last admin: the own-account rule answers
    const v = await versionOf(c.admin.user.id);
    expectError(await t.gql(SET_ROLE, { id: c.admin.user.id, v, r: 'STAFF' }, { token: c.admin.token }), 'FORBIDDEN', {
      reason: 'OWN_ACCOUNT',
    });
    expectError(await t.gql(DEACTIVATE, { id: c.admin.user.id, v }, { token: c.admin.token }), 'FORBIDDEN', {
      reason: 'OWN_ACCOUNT',
    });
    expectError(await t.gql(RESET, { id: c.admin.user.id, v }, { token: c.admin.token }), 'FORBIDDEN', {
      reason: 'OWN_ACCOUNT',
    });
    const [row] = await t.sql<{ role: string; deactivated: boolean }>(
      'SELECT role, deactivated_at IS NOT NULL AS deactivated FROM staff_user WHERE id = ?',
      [c.admin.user.id],
    );
    expect(row).toEqual({ role: 'ADMIN', deactivated: false });
  });

  it("keeps the community's last active admin: it cannot remove itself, and nobody else is left to", async () => {
    const c = await community();
    const other = await t.newStaff(c.id, StaffRole.ADMIN);
    const deactivated = await t.gql(
      DEACTIVATE,
      { id: other.user.id, v: await versionOf(other.user.id) },
      { token: c.admin.token },
    );
    expect(deactivated.errors).toBeUndefined();
    // The other admin's session ended with it.
    expectError(await t.gql(STAFF_USERS, {}, { token: other.token }), 'UNAUTHENTICATED');
    const v = await versionOf(c.admin.user.id);
    expectError(await t.gql(SET_ROLE, { id: c.admin.user.id, v, r: 'STAFF' }, { token: c.admin.token }), 'FORBIDDEN', {
      reason: 'OWN_ACCOUNT',
    });
    // A secretary may not act at all.
    const secretary = await t.newStaff(c.id, StaffRole.SECRETARY);
    expectError(await t.gql(DEACTIVATE, { id: c.admin.user.id, v }, { token: secretary.token }), 'FORBIDDEN');
    const [{ n }] = await t.sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM staff_user WHERE community_id = ? AND role = 'ADMIN' AND deactivated_at IS NULL",
      [c.id],
    );
    expect(n).toBe(1);
  });

  it('lets one of two admins demoting each other at once win, never both: one admin is left', async () => {
    for (const how of ['demote', 'deactivate'] as const) {
      const c = await community();
      const b = await t.newStaff(c.id, StaffRole.ADMIN);
      const [va, vb] = [await versionOf(c.admin.user.id), await versionOf(b.user.id)];
      const act = (id: string, v: number, token: string) =>
        how === 'demote' ? t.gql(SET_ROLE, { id, v, r: 'STAFF' }, { token }) : t.gql(DEACTIVATE, { id, v }, { token });
      // Both requests are let go together: the test holds the community's admin lock until both
      // wait for it (seen in pg_locks), so they truly overlap, whichever then goes first.
      const holder = new pg.Client({ connectionString: t.databaseUrl });
      await holder.connect();
      let results: GqlResult[];
      try {
        await holder.query('BEGIN');
        await holder.query("SELECT pg_advisory_xact_lock(hashtextextended('linli.staff-admins:' || $1, 0))", [c.id]);
        const both = Promise.all([act(b.user.id, vb, c.admin.token), act(c.admin.user.id, va, b.token)]);
        for (;;) {
          const { rows } = await holder.query<{ n: number }>(
            "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted",
          );
          if (rows[0].n >= 2) break;
          await new Promise((r) => setTimeout(r, 20));
        }
        await holder.query('COMMIT');
        results = await both;
      } finally {
        await holder.end();
      }
      const ok = results.filter((r) => !r.errors);
      const refused = results.filter((r) => r.errors);
      expect(ok, how).toHaveLength(1);
      expect(refused, how).toHaveLength(1);
      expectError(refused[0], 'CONFLICT', { reason: 'LAST_ADMIN' });
      const [{ n }] = await t.sql<{ n: number }>(
        "SELECT count(*)::int AS n FROM staff_user WHERE community_id = ? AND role = 'ADMIN' AND deactivated_at IS NULL",
        [c.id],
      );
      expect(n, how).toBe(1);
    }
  });

  it('refuses an edit made on an older version: changed by someone else', async () => {
    const c = await community();
    const second = await t.newStaff(c.id, StaffRole.ADMIN);
    const target = await create(c.admin.token, 'laozhou');
    const v = target.staff.version;
    const first = await t.gql<{ setStaffRole: { version: number } }>(
      SET_ROLE,
      { id: target.staff.id, v, r: 'SECRETARY' },
      { token: c.admin.token },
    );
    expect(first.data?.setStaffRole.version).toBe(v + 1);
    expectError(await t.gql(SET_ROLE, { id: target.staff.id, v, r: 'ADMIN' }, { token: second.token }), 'CONFLICT', {
      reason: 'STAFF_CHANGED_MEANWHILE',
    });
    expectError(await t.gql(DEACTIVATE, { id: target.staff.id, v }, { token: second.token }), 'CONFLICT', {
      reason: 'STAFF_CHANGED_MEANWHILE',
    });
    const [row] = await t.sql<{ role: string }>('SELECT role FROM staff_user WHERE id = ?', [target.staff.id]);
    expect(row.role).toBe('SECRETARY');
  });

  it('ends every session of a deactivated account at once (open sockets too); it cannot sign in until reactivated', async () => {
    const c = await community();
    const colleague = await t.newStaff(c.id, StaffRole.STAFF);
    const socket = t.ws({ token: colleague.token });
    const live = watch(socket, 'subscription { noticePublished { id } }');
    // The socket is open and authorised; deactivation must close it.
    const closed = live.until(() => false, 15_000).catch((err: Error) => err);
    const res = await t.gql<{ deactivateStaff: { deactivatedAt: string | null; version: number } }>(
      DEACTIVATE,
      { id: colleague.user.id, v: await versionOf(colleague.user.id) },
      { token: c.admin.token },
    );
    expect(res.data?.deactivateStaff.deactivatedAt).toBeTruthy();
    expect(String(await closed)).toMatch(/4403|closed/);
    expectError(await t.gql(VIEWER, {}, { token: colleague.token }), 'UNAUTHENTICATED', { reason: 'SESSION_EXPIRED' });
    const [{ open }] = await t.sql<{ open: number }>(
      'SELECT count(*)::int AS open FROM session WHERE staff_user_id = ? AND ended_at IS NULL',
      [colleague.user.id],
    );
    expect(open).toBe(0);
    // Deactivated: the right password gets the wrong password's answer.
    expectError(
      await t.gql(SIGN_IN, { c: c.code, u: colleague.user.username, p: 'correct horse' }),
      'UNAUTHENTICATED',
      { reason: 'PASSWORD_WRONG' },
    );
    const back = await t.gql(
      REACTIVATE,
      { id: colleague.user.id, v: await versionOf(colleague.user.id) },
      { token: c.admin.token },
    );
    expect(back.errors).toBeUndefined();
    expect(
      (await t.gql(SIGN_IN, { c: c.code, u: colleague.user.username, p: 'correct horse' })).errors,
    ).toBeUndefined();
    live.stop();
  });

  it('resets a password: a new one-time password, sessions ended, must change; audited', async () => {
    const c = await community();
    const colleague = await t.newStaff(c.id, StaffRole.SECRETARY);
    const res = await t.gql<{
      resetStaffPassword: { oneTimePassword: string; staff: { mustChangePassword: boolean } };
    }>(RESET, { id: colleague.user.id, v: await versionOf(colleague.user.id) }, { token: c.admin.token });
    expect(res.data?.resetStaffPassword.staff.mustChangePassword).toBe(true);
    expectError(await t.gql(VIEWER, {}, { token: colleague.token }), 'UNAUTHENTICATED', { reason: 'SESSION_EXPIRED' });
    expectError(await t.gql(SIGN_IN, { c: c.code, u: colleague.user.username, p: 'correct horse' }), 'UNAUTHENTICATED');
    const fresh = await t.gql<{ signInStaff: { token: string } }>(SIGN_IN, {
      c: c.code,
      u: colleague.user.username,
      p: res.data!.resetStaffPassword.oneTimePassword,
    });
    const token = fresh.data!.signInStaff.token;
    expectError(await t.gql('{ notices { id } }', {}, { token }), 'FORBIDDEN', { reason: 'PASSWORD_CHANGE_REQUIRED' });

    const log = await t.gql<{ auditLog: { lines: Array<{ action: string; staffId: string; detail: string }> } }>(
      AUDIT,
      {},
      { token: c.admin.token },
    );
    const reset = log.data!.auditLog.lines.find((l) => l.action === 'STAFF_PASSWORD_RESET');
    expect(reset).toMatchObject({ staffId: c.admin.user.id });
    expect(JSON.parse(reset!.detail)).toMatchObject({ staffId: colleague.user.id });
    // The one-time password is nowhere in the log.
    expect(JSON.stringify(log.data)).not.toContain(res.data!.resetStaffPassword.oneTimePassword);
  });

  it('audits creation, role changes and deactivation in the same transaction', async () => {
    const c = await community();
    const made = await create(c.admin.token, 'auditee');
    await t.gql(SET_ROLE, { id: made.staff.id, v: 1, r: 'SECRETARY' }, { token: c.admin.token });
    await t.gql(DEACTIVATE, { id: made.staff.id, v: 2 }, { token: c.admin.token });
    // A refused change leaves no line.
    await t.gql(DEACTIVATE, { id: made.staff.id, v: 1 }, { token: c.admin.token });
    const log = await t.gql<{ auditLog: { lines: Array<{ action: string }> } }>(AUDIT, {}, { token: c.admin.token });
    expect(log.data!.auditLog.lines.map((l) => l.action)).toEqual([
      'STAFF_DEACTIVATED',
      'STAFF_ROLE_CHANGED',
      'STAFF_CREATED',
    ]);
  });
});

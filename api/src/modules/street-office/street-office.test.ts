import argon2 from 'argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, expectError } from '../../../test/harness.js';
import { StaffRole } from '../staff/index.js';

const SIGN_IN = `mutation($u: String!, $p: String!) { signInOperator(input: { username: $u, password: $p }) { token operator { username } } }`;
const COMMUNITIES = '{ officeCommunities { id name code address buildingCount unitCount staffCount createdAt } }';
const CREATE = `mutation($input: CreateCommunityInput!) {
  createCommunity(input: $input) { adminUsername oneTimePassword community { id code buildingCount unitCount staffCount } }
}`;
const SIGN_IN_STAFF = `mutation($c: String!, $u: String!, $p: String!) {
  signInStaff(input: { community: $c, username: $u, password: $p }) { token }
}`;

let counter = 0;
const input = (over: Record<string, unknown> = {}) => ({
  name: '阳光苑社区',
  code: `yangguang-${process.pid}-${counter++}`,
  address: '阳光路 1 号',
  buildingCount: 4,
  unitsPerBuilding: 2,
  adminUsername: 'admin',
  adminDisplayName: '刘主任',
  ...over,
});

describe('the street office', () => {
  let t: TestApp;
  let operator: string;
  beforeAll(async () => {
    t = await TestApp.start();
    const hash = await argon2.hash('street-office-pw', { memoryCost: 1024, timeCost: 1, parallelism: 1 });
    await t.sql(
      `INSERT INTO operator_user (id, username, display_name, password_hash, created_at)
       VALUES (gen_random_uuid(), 'street', '街道办', ?, now())`,
      [hash],
    );
    const res = await t.gql<{ signInOperator: { token: string } }>(SIGN_IN, { u: 'street', p: 'street-office-pw' });
    expect(res.errors).toBeUndefined();
    operator = res.data!.signInOperator.token;
    expect(operator).toMatch(/^llo_/);
  });
  afterAll(() => t.stop());

  it('allows one operator sign-in per request, as for staff', async () => {
    const res = await t.gql(
      `mutation { a: signInOperator(input: { username: "street", password: "x1" }) { token }
                  b: signInOperator(input: { username: "street", password: "x2" }) { token } }`,
    );
    expect(res.errors?.[0].extensions).toMatchObject({ reason: 'ONE_SIGN_IN_PER_REQUEST' });
  });

  it('refuses a wrong operator password or an unknown operator alike', async () => {
    expectError(await t.gql(SIGN_IN, { u: 'street', p: 'wrong' }), 'UNAUTHENTICATED', { reason: 'PASSWORD_WRONG' });
    expectError(await t.gql(SIGN_IN, { u: 'nobody', p: 'wrong' }), 'UNAUTHENTICATED', { reason: 'PASSWORD_WRONG' });
  });

  it('creates a community, its buildings and its first admin in one go; the admin must change the one-time password', async () => {
    const made = await t.gql<{
      createCommunity: {
        adminUsername: string;
        oneTimePassword: string;
        community: { id: string; code: string; buildingCount: number; unitCount: number; staffCount: number };
      };
    }>(CREATE, { input: input({ code: 'Mingyue-1'.toLowerCase() }) }, { token: operator });
    expect(made.errors).toBeUndefined();
    const created = made.data!.createCommunity;
    expect(created.community).toMatchObject({ code: 'mingyue-1', buildingCount: 4, unitCount: 8, staffCount: 1 });
    const buildings = await t.sql<{ number: number; unit_count: number }>(
      'SELECT number, unit_count FROM building WHERE community_id = ? ORDER BY number',
      [created.community.id],
    );
    expect(buildings).toEqual([1, 2, 3, 4].map((n) => ({ number: n, unit_count: 2 })));

    const signIn = await t.gql<{ signInStaff: { token: string } }>(SIGN_IN_STAFF, {
      c: 'mingyue-1',
      u: created.adminUsername,
      p: created.oneTimePassword,
    });
    const token = signIn.data!.signInStaff.token;
    expectError(await t.gql('{ staffUsers { id } }', {}, { token }), 'FORBIDDEN', {
      reason: 'PASSWORD_CHANGE_REQUIRED',
    });
    const changed = await t.gql(
      'mutation($c: String!, $n: String!) { changeMyPassword(input: { currentPassword: $c, newPassword: $n }) }',
      { c: created.oneTimePassword, n: 'moonlit-garden-77' },
      { token },
    );
    expect(changed.errors).toBeUndefined();
    const staff = await t.gql<{ staffUsers: Array<{ role: string }> }>('{ staffUsers { role } }', {}, { token });
    expect(staff.data?.staffUsers).toEqual([{ role: 'ADMIN' }]);

    // The list shows it, with its size.
    const list = await t.gql<{ officeCommunities: Array<{ code: string; buildingCount: number; staffCount: number }> }>(
      COMMUNITIES,
      {},
      { token: operator },
    );
    expect(list.data?.officeCommunities.find((c) => c.code === 'mingyue-1')).toMatchObject({
      buildingCount: 4,
      staffCount: 1,
    });
  });

  it('refuses a taken code, and then nothing of the new community exists', async () => {
    const first = await t.gql(CREATE, { input: input({ code: 'taken-code' }) }, { token: operator });
    expect(first.errors).toBeUndefined();
    const again = await t.gql(CREATE, { input: input({ code: 'taken-code', name: '重复社区' }) }, { token: operator });
    expectError(again, 'CONFLICT', { reason: 'COMMUNITY_CODE_TAKEN' });
    expect(await t.sql("SELECT id FROM community WHERE name = '重复社区'")).toEqual([]);
    expectError(await t.gql(CREATE, { input: input({ code: 'Bad Code!' }) }, { token: operator }), 'BAD_USER_INPUT');
  });

  it('keeps the operator sealed from every community’s data: FORBIDDEN, and no community at all', async () => {
    const { community, buildings } = await t.newCommunity();
    await t.newResident(buildings[0]);
    for (const query of [
      '{ residents { total } }',
      '{ staffUsers { id } }',
      '{ buildings { id } }',
      '{ notices { id } }',
      '{ devices { id } }',
      '{ auditLog(first: 5) { lines { id } } }',
      '{ workOrders { id } }',
    ]) {
      const res = await t.gql(query, {}, { token: operator });
      expectError(res, 'FORBIDDEN');
    }
    expectError(
      await t.gql(
        'mutation { createStaff(input: { username: "sneak", displayName: "x", role: ADMIN }) { oneTimePassword } }',
        {},
        { token: operator },
      ),
      'FORBIDDEN',
    );
    const me = await t.gql<{ viewer: { operator: boolean; community: unknown; staff: unknown } }>(
      '{ viewer { operator community { id } staff { id } } }',
      {},
      { token: operator },
    );
    expect(me.data?.viewer).toEqual({ operator: true, community: null, staff: null });
    // And staff of a community cannot use the operator's tools.
    const admin = await t.newStaff(community.id, StaffRole.ADMIN);
    expectError(await t.gql(COMMUNITIES, {}, { token: admin.token }), 'FORBIDDEN');
    expectError(await t.gql(CREATE, { input: input() }, { token: admin.token }), 'FORBIDDEN');
  });

  it('ends the operator session on signOut', async () => {
    const res = await t.gql<{ signInOperator: { token: string } }>(SIGN_IN, { u: 'street', p: 'street-office-pw' });
    const token = res.data!.signInOperator.token;
    expect((await t.gql(COMMUNITIES, {}, { token })).errors).toBeUndefined();
    expect((await t.gql<{ signOut: boolean }>('mutation { signOut }', {}, { token })).data?.signOut).toBe(true);
    expectError(await t.gql(COMMUNITIES, {}, { token }), 'UNAUTHENTICATED', { reason: 'SESSION_EXPIRED' });
  });
});

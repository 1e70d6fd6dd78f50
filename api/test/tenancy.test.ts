import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffRole } from '../src/modules/staff/index.js';
import { TestApp, expectError } from './harness.js';

const PUBLISH = `mutation($ids: [ID!]!) {
  publishNotice(input: { category: PROPERTY, title: "Notice", body: "Body", buildingIds: $ids }) { id }
}`;
const SIGN_IN_PIN = `mutation($phone: String!, $pin: String!) {
  signInWithPin(input: { phone: $phone, pin: $pin }) { token resident { id } }
}`;
const SIGN_IN_CARD = 'mutation($code: String!) { signInWithCard(input: { code: $code }) { token resident { id } } }';

/** Two communities, each with its own admin, kiosk, resident and notice. */
describe('tenancy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  async function community() {
    const { community, buildings } = await t.newCommunity(undefined, 2);
    const admin = await t.newStaff(community.id, StaffRole.ADMIN);
    const kiosk = await t.newDevice(community.id);
    const resident = await t.newResident(buildings[0]);
    const res = await t.gql<{ publishNotice: { id: string } }>(
      PUBLISH,
      { ids: buildings.map((b) => b.id) },
      { token: admin.token },
    );
    return { community, buildings, admin, kiosk, resident, noticeId: res.data!.publishNotice.id };
  }

  it("does not show staff another community's residents, notices, devices or buildings", async () => {
    const a = await community();
    const b = await community();
    const as = { token: a.admin.token };

    const residents = await t.gql<{ residents: { total: number; items: Array<{ id: string }> } }>(
      '{ residents { total items { id } } }',
      {},
      as,
    );
    expect(residents.data?.residents).toEqual({ total: 1, items: [{ id: a.resident.resident.id }] });
    const inB = await t.gql('query($b: ID) { residents(buildingId: $b) { total } }', { b: b.buildings[0].id }, as);
    expect(inB.data).toEqual({ residents: { total: 0 } });

    const notices = await t.gql<{ notices: Array<{ id: string }> }>('{ notices { id } }', {}, as);
    expect(notices.data?.notices).toEqual([{ id: a.noticeId }]);
    const noticesInB = await t.gql('query($b: ID) { notices(buildingId: $b) { id } }', { b: b.buildings[0].id }, as);
    expect(noticesInB.data).toEqual({ notices: [] });

    const devices = await t.gql<{ devices: Array<{ id: string }> }>('{ devices { id } }', {}, as);
    expect(devices.data?.devices).toEqual([{ id: a.kiosk.device.id }]);

    const buildings = await t.gql<{ buildings: Array<{ id: string }> }>('{ buildings { id } }', {}, as);
    expect(buildings.data?.buildings).toEqual(a.buildings.map((x) => ({ id: x.id })));

    // And the same from a kiosk.
    const fromKiosk = await t.gql<{ notices: Array<{ id: string }> }>(
      '{ notices { id } }',
      {},
      { token: a.kiosk.token },
    );
    expect(fromKiosk.data?.notices).toEqual([{ id: a.noticeId }]);
  });

  it("does not let staff change another community's data", async () => {
    const a = await community();
    const b = await community();
    const as = { token: a.admin.token };

    expectError(await t.gql(PUBLISH, { ids: [b.buildings[0].id] }, as), 'NOT_FOUND');
    expectError(await t.gql(PUBLISH, { ids: [a.buildings[0].id, b.buildings[1].id] }, as), 'NOT_FOUND');
    const [{ n }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM notice WHERE community_id IN (?, ?)', [
      a.community.id,
      b.community.id,
    ]);
    expect(n).toBe(2);

    expectError(await t.gql('mutation($id: ID!) { deleteNotice(id: $id) }', { id: b.noticeId }, as), 'NOT_FOUND');
    const bNotices = await t.gql<{ notices: Array<{ id: string }> }>(
      '{ notices { id } }',
      {},
      { token: b.admin.token },
    );
    expect(bNotices.data?.notices).toEqual([{ id: b.noticeId }]);

    expectError(
      await t.gql('mutation($id: ID!) { revokeDevice(id: $id) { id } }', { id: b.kiosk.device.id }, as),
      'NOT_FOUND',
    );
    expectError(
      await t.gql('mutation($id: ID!) { renewPairingCode(id: $id) }', { id: b.kiosk.device.id }, as),
      'NOT_FOUND',
    );
    const bKiosk = await t.gql<{ viewer: { device: { id: string } } }>(
      '{ viewer { device { id } } }',
      {},
      {
        token: b.kiosk.token,
      },
    );
    expect(bKiosk.data?.viewer.device.id).toBe(b.kiosk.device.id);
  });

  it("does not let a kiosk sign in another community's resident", async () => {
    const a = await community();
    const b = await community();
    const byPhone = await t.gql(
      SIGN_IN_PIN,
      { phone: b.resident.phone, pin: b.resident.pin },
      { token: a.kiosk.token },
    );
    expectError(byPhone, 'UNAUTHENTICATED', { reason: 'PHONE_UNKNOWN' });
    const byCard = await t.gql(SIGN_IN_CARD, { code: b.resident.cardCode }, { token: a.kiosk.token });
    expectError(byCard, 'UNAUTHENTICATED', { reason: 'CARD_UNKNOWN' });
    const [row] = await t.sql<{ pin_failures: number }>('SELECT pin_failures FROM resident WHERE id = ?', [
      b.resident.resident.id,
    ]);
    expect(row.pin_failures).toBe(0);
  });

  it('signs in the resident of its own community when two share a phone number', async () => {
    const a = await community();
    const b = await community();
    await t.sql('UPDATE resident SET phone = ? WHERE id = ?', [a.resident.phone, b.resident.resident.id]);
    for (const [kiosk, resident] of [
      [a.kiosk, a.resident],
      [b.kiosk, b.resident],
    ] as const) {
      const res = await t.gql<{ signInWithPin: { resident: { id: string } } }>(
        SIGN_IN_PIN,
        { phone: a.resident.phone, pin: resident.pin },
        { token: kiosk.token },
      );
      expect(res.data?.signInWithPin.resident.id).toBe(resident.resident.id);
    }
    // A wrong PIN at A's kiosk counts against A's resident only.
    await t.gql(SIGN_IN_PIN, { phone: a.resident.phone, pin: '000000' }, { token: a.kiosk.token });
    const rows = await t.sql<{ id: string; pin_failures: number }>(
      'SELECT id, pin_failures FROM resident WHERE id IN (?, ?)',
      [a.resident.resident.id, b.resident.resident.id],
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, r.pin_failures]))).toEqual({
      [a.resident.resident.id]: 1,
      [b.resident.resident.id]: 0,
    });
  });

  it("does not accept a resident session at another community's kiosk", async () => {
    const a = await community();
    const b = await community();
    const session = await t.residentSession(a.kiosk.token, a.resident.phone);
    const res = await t.gql('{ myNotices { id } }', {}, { token: b.kiosk.token, residentToken: session.residentToken });
    expectError(res, 'UNAUTHENTICATED');
    expect((await t.gql('{ myNotices { id } }', {}, session)).data).toEqual({ myNotices: [{ id: a.noticeId }] });
  });
});

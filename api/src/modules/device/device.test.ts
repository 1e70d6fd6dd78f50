import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TestApp, expectError, type GqlResult } from '../../../test/harness.js';
import { addressKey } from '../../platform/rate-limit.js';
import { credentialLimiters } from '../auth/index.js';
import { StaffRole } from '../staff/index.js';

const REGISTER = `mutation($kind: DeviceKind!, $name: String!) {
  registerDevice(input: { kind: $kind, name: $name, location: "Hall" }) {
    token pairingCode device { id kind name location active pairingExpiresAt revokedAt }
  }
}`;
const PAIR = 'mutation($code: String!) { pairDevice(code: $code) { token device { id active } } }';
const RENEW = 'mutation($id: ID!) { renewPairingCode(id: $id) }';
const REVOKE = 'mutation($id: ID!) { revokeDevice(id: $id) { id active revokedAt } }';
const VIEWER = '{ viewer { community { id } device { id kind } } }';

type Registered = {
  registerDevice: {
    token: string;
    pairingCode: string;
    device: { id: string; kind: string; active: boolean; pairingExpiresAt: string | null; revokedAt: string | null };
  };
};
type Paired = GqlResult<{ pairDevice: { token: string; device: { id: string; active: boolean } } }>;

/** Eight characters from the unambiguous alphabet, dashed in the middle. */
const PAIRING_CODE = /^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/;

describe('DeviceService', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());
  // Pairing attempts are budgeted per address, and every test here pairs from 127.0.0.1.
  beforeEach(async () => {
    const { pairing } = credentialLimiters(t.app.orm);
    await Promise.all(['127.0.0.1', '::1'].map((ip) => pairing.delete(addressKey(ip))));
  });

  async function setup() {
    const { community } = await t.newCommunity();
    const admin = await t.newStaff(community.id, StaffRole.ADMIN);
    const register = async (kind = 'KIOSK') => {
      const res = await t.gql<Registered>(REGISTER, { kind, name: 'Lobby' }, { token: admin.token });
      expect(res.errors).toBeUndefined();
      return res.data!.registerDevice;
    };
    const pair = (code: string): Promise<Paired> => t.gql(PAIR, { code });
    const renew = async (id: string) => {
      const res = await t.gql<{ renewPairingCode: string }>(RENEW, { id }, { token: admin.token });
      expect(res.errors).toBeUndefined();
      return res.data!.renewPairingCode;
    };
    return { community, admin, register, pair, renew };
  }

  it('registers a device whose token works at once, with a XXXX-XXXX pairing code', async () => {
    const { community, admin, register } = await setup();
    const reg = await register('SCREEN');
    expect(reg.token).toMatch(/^lld_/);
    expect(reg.pairingCode).toMatch(PAIRING_CODE);
    expect(reg.device).toMatchObject({
      kind: 'SCREEN',
      name: 'Lobby',
      location: 'Hall',
      active: true,
      revokedAt: null,
    });
    expect(new Date(reg.device.pairingExpiresAt!).getTime()).toBeGreaterThan(Date.now());

    const me = await t.gql(VIEWER, {}, { token: reg.token });
    expect(me.data).toEqual({
      viewer: { community: { id: community.id }, device: { id: reg.device.id, kind: 'SCREEN' } },
    });
    const list = await t.gql<{ devices: Array<{ id: string }> }>('{ devices { id } }', {}, { token: admin.token });
    expect(list.data?.devices.map((d) => d.id)).toEqual([reg.device.id]);
  });

  it('pairs with the code typed in any case, with or without the dash, and only once', async () => {
    const { register, pair, renew } = await setup();
    const reg = await register();

    const first = await pair(reg.pairingCode.toLowerCase());
    expect(first.errors).toBeUndefined();
    expect(first.data?.pairDevice.device).toEqual({ id: reg.device.id, active: true });
    const token = first.data!.pairDevice.token;
    expect(token).toMatch(/^lld_/);
    expect(token).not.toBe(reg.token);
    expect((await t.gql(VIEWER, {}, { token })).data).toMatchObject({ viewer: { device: { id: reg.device.id } } });
    // Pairing replaces the registration token.
    expectError(await t.gql(VIEWER, {}, { token: reg.token }), 'UNAUTHENTICATED', { reason: 'DEVICE_REVOKED' });

    expectError(await pair(reg.pairingCode), 'UNAUTHENTICATED', { reason: 'PAIRING_CODE_INVALID' });

    const second = await renew(reg.device.id);
    expect(second).toMatch(PAIRING_CODE);
    const undashed = await pair(second.replace('-', ''));
    expect(undashed.data?.pairDevice.device.id).toBe(reg.device.id);
    expectError(await t.gql(VIEWER, {}, { token }), 'UNAUTHENTICATED');

    const third = await renew(reg.device.id);
    expect((await pair(` ${third.toLowerCase().replace('-', ' ')} `)).data?.pairDevice.device.id).toBe(reg.device.id);
  });

  it('refuses a wrong, replaced or expired pairing code', async () => {
    const { register, pair, renew } = await setup();
    const reg = await register();
    expectError(await pair('ZZZZ-ZZZZ'), 'UNAUTHENTICATED', { reason: 'PAIRING_CODE_INVALID' });
    expectError(await pair(''), 'UNAUTHENTICATED', { reason: 'PAIRING_CODE_INVALID' });

    const renewed = await renew(reg.device.id);
    expectError(await pair(reg.pairingCode), 'UNAUTHENTICATED', { reason: 'PAIRING_CODE_INVALID' });

    await t.sql(`UPDATE device SET pairing_expires_at = now() - interval '1 second' WHERE id = ?`, [reg.device.id]);
    expectError(await pair(renewed), 'UNAUTHENTICATED', { reason: 'PAIRING_CODE_INVALID' });
    // The registration token was never replaced.
    expect((await t.gql(VIEWER, {}, { token: reg.token })).errors).toBeUndefined();
  });

  it('revokes a device: its token and its pairing code stop working', async () => {
    const { admin, register, pair } = await setup();
    const reg = await register();
    const res = await t.gql<{ revokeDevice: { id: string; active: boolean; revokedAt: string } }>(
      REVOKE,
      { id: reg.device.id },
      { token: admin.token },
    );
    expect(res.data?.revokeDevice).toMatchObject({ id: reg.device.id, active: false });
    const revokedAt = res.data!.revokeDevice.revokedAt;
    expect(revokedAt).toBeTruthy();

    const refused = await t.gql(VIEWER, {}, { token: reg.token });
    expect(refused.status).toBe(401);
    expectError(refused, 'UNAUTHENTICATED', { reason: 'DEVICE_REVOKED' });
    expectError(await pair(reg.pairingCode), 'UNAUTHENTICATED', { reason: 'PAIRING_CODE_INVALID' });
    expectError(await t.gql(RENEW, { id: reg.device.id }, { token: admin.token }), 'NOT_FOUND');

    const again = await t.gql<{ revokeDevice: { revokedAt: string } }>(
      REVOKE,
      { id: reg.device.id },
      { token: admin.token },
    );
    expect(again.data?.revokeDevice.revokedAt).toBe(revokedAt);
  });

  it('answers NOT_FOUND for ids that are not UUIDs or not there', async () => {
    const { admin } = await setup();
    for (const id of ['1', 'not-a-uuid', "'; DROP TABLE device; --", randomUUID()]) {
      expectError(await t.gql(REVOKE, { id }, { token: admin.token }), 'NOT_FOUND');
      expectError(await t.gql(RENEW, { id }, { token: admin.token }), 'NOT_FOUND');
    }
  });

  it('lets only admins list and manage devices', async () => {
    const { community, register } = await setup();
    const reg = await register();
    const staff = await t.newStaff(community.id, StaffRole.SECRETARY);
    const kiosk = await t.newDevice(community.id);
    for (const token of [staff.token, kiosk.token]) {
      expectError(await t.gql('{ devices { id } }', {}, { token }), 'FORBIDDEN');
      expectError(await t.gql(REVOKE, { id: reg.device.id }, { token }), 'FORBIDDEN');
      expectError(await t.gql(RENEW, { id: reg.device.id }, { token }), 'FORBIDDEN');
    }
    expect((await t.gql(VIEWER, {}, { token: reg.token })).errors).toBeUndefined();
  });

  it('validates the registration input', async () => {
    const { admin } = await setup();
    const blank = await t.gql(REGISTER, { kind: 'KIOSK', name: '' }, { token: admin.token });
    expectError(blank, 'BAD_USER_INPUT', { fields: { name: ['notBlank'] } });
    const spaces = await t.gql(REGISTER, { kind: 'KIOSK', name: ' \u3000 ' }, { token: admin.token });
    expectError(spaces, 'BAD_USER_INPUT', { fields: { name: ['notBlank'] } });
    const badKind = await t.gql(REGISTER, { kind: 'TOASTER', name: 'x' }, { token: admin.token });
    expect(badKind.status).toBe(400);
    expectError(badKind, 'BAD_USER_INPUT');
  });

  it('gives each address a budget of pairing attempts', async () => {
    const { register, pair } = await setup();
    const reg = await register();
    for (let i = 0; i < 20; i++) {
      expectError(await pair(`WRONG${i}`), 'UNAUTHENTICATED', { reason: 'PAIRING_CODE_INVALID' });
    }
    const spent = await pair(reg.pairingCode);
    expectError(spent, 'RATE_LIMITED');
    expect(spent.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });
});

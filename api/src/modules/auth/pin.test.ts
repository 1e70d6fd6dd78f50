import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, expectError, type GqlResult } from '../../../test/harness.js';
import { StaffRole } from '../staff/index.js';
import { PIN_MAX_TRIES } from './auth.service.js';

const ISSUE = `mutation($id: ID!) { issuePinSetupCode(residentId: $id) { code expiresAt } }`;
const LIFT = `mutation($id: ID!) { liftPinLock(residentId: $id) }`;
const CHECK = `mutation($phone: String!, $code: String!) { checkPinSetupCode(input: { phone: $phone, code: $code }) }`;
const SET = `mutation($phone: String!, $code: String!, $pin: String!) {
  setPinWithCode(input: { phone: $phone, code: $code, pin: $pin }) { token resident { id } } }`;
const CHANGE = `mutation($currentPin: String!, $newPin: String!) { changeMyPin(input: { currentPin: $currentPin, newPin: $newPin }) }`;
const PIN = `mutation($phone: String!, $pin: String!) { signInWithPin(input: { phone: $phone, pin: $pin }) { token } }`;
const ME = '{ viewer { resident { id } } }';
const AUDIT = `query($id: ID) { auditLog(residentId: $id) { lines { action detail } } }`;

type Issued = GqlResult<{ issuePinSetupCode: { code: string; expiresAt: string } }>;

describe('PINs nobody else knows: set-up codes, the resident’s own PIN, locks lifted', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  async function community() {
    const { community, buildings } = await t.newCommunity();
    const staff = await t.newStaff(community.id, StaffRole.STAFF);
    const admin = await t.newStaff(community.id, StaffRole.ADMIN);
    const kiosk = await t.newDevice(community.id);
    const r = await t.newResident(buildings[0], { birthDate: '1948-03-12' });
    const issue = async () => {
      const res = (await t.gql(ISSUE, { id: r.resident.id }, { token: staff.token })) as Issued;
      expect(res.errors).toBeUndefined();
      return res.data!.issuePinSetupCode;
    };
    const kioskCall = (q: string, vars: Record<string, unknown>) => t.gql(q, vars, { token: kiosk.token });
    return { community, staff, admin, kiosk, r, issue, kioskCall };
  }

  it('staff issue a one-time code valid 24 hours; only its hash is kept; it ends the resident’s sessions', async () => {
    const { r, kiosk, issue } = await community();
    const session = await t.residentSession(kiosk.token, r.phone);
    const before = Date.now();
    const { code, expiresAt } = await issue();
    expect(code).toMatch(/^\d{8}$/);
    const hours = (new Date(expiresAt).getTime() - before) / 3600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThan(24.1);
    const [row] = await t.sql<{ pin_setup_hash: string }>('SELECT pin_setup_hash FROM resident WHERE id = ?', [
      r.resident.id,
    ]);
    expect(row.pin_setup_hash).not.toContain(code);
    const me = await t.gql<{ viewer: { resident: unknown } }>(ME, {}, session);
    expect(me.data?.viewer.resident ?? null).toBeNull();
  });

  it('the resident sets their own PIN with it at a kiosk, is signed in, and the code is used up', async () => {
    const { r, issue, kioskCall, kiosk } = await community();
    const { code } = await issue();
    expect((await kioskCall(CHECK, { phone: r.phone, code })).data).toEqual({ checkPinSetupCode: true });
    const set = await kioskCall(SET, { phone: r.phone, code, pin: '385170' });
    expect(set.errors).toBeUndefined();
    const token = (set.data as { setPinWithCode: { token: string } }).setPinWithCode.token;
    const me = await t.gql<{ viewer: { resident: { id: string } } }>(
      ME,
      {},
      { token: kiosk.token, residentToken: token },
    );
    expect(me.data!.viewer.resident.id).toBe(r.resident.id);
    // The old PIN is gone, the new one works, the code works no more.
    expectError(await kioskCall(PIN, { phone: r.phone, pin: '123456' }), 'UNAUTHENTICATED', { reason: 'PIN_WRONG' });
    expect((await kioskCall(PIN, { phone: r.phone, pin: '385170' })).errors).toBeUndefined();
    expectError(await kioskCall(SET, { phone: r.phone, code, pin: '902615' }), 'UNAUTHENTICATED', {
      reason: 'SETUP_CODE_WRONG',
    });
  });

  it('refuses a PIN too easy to guess, with why, and keeps the code for a better one', async () => {
    const { r, issue, kioskCall } = await community();
    const { code } = await issue();
    for (const [pin, why] of [
      ['123456', 'SEQUENCE'],
      ['000000', 'REPEATED'],
      ['480312', 'BIRTH_DATE'],
      [r.phone.slice(-6), 'PHONE'],
    ]) {
      expectError(await kioskCall(SET, { phone: r.phone, code, pin }), 'BAD_USER_INPUT', {
        reason: 'PIN_TOO_SIMPLE',
        why,
      });
    }
    expect((await kioskCall(SET, { phone: r.phone, code, pin: '385170' })).errors).toBeUndefined();
  });

  it('counts wrong codes with wrong PINs, one budget per resident: five and the resident is locked', async () => {
    const { r, issue, kioskCall } = await community();
    const { code } = await issue();
    const wrong = code === '11111111' ? '22222222' : '11111111';
    for (let i = 1; i < PIN_MAX_TRIES; i++) {
      const q = i % 2 ? CHECK : PIN;
      const vars = i % 2 ? { phone: r.phone, code: wrong } : { phone: r.phone, pin: '999999' };
      expectError(await kioskCall(q, vars), 'UNAUTHENTICATED', { triesLeft: PIN_MAX_TRIES - i });
    }
    expectError(await kioskCall(CHECK, { phone: r.phone, code: wrong }), 'RATE_LIMITED', { reason: 'PIN_LOCKED' });
    // Locked: even the right code waits …
    expectError(await kioskCall(CHECK, { phone: r.phone, code }), 'RATE_LIMITED', { reason: 'PIN_LOCKED' });
    // … until staff, with the resident in front of them, give a new code: that lifts the lock.
    const fresh = await issue();
    expect((await kioskCall(CHECK, { phone: r.phone, code: fresh.code })).errors).toBeUndefined();
  });

  it('counts every one of many parallel guesses: no more than five are ever checked', async () => {
    const { r, issue, kioskCall } = await community();
    const { code } = await issue();
    const guesses = Array.from({ length: 12 }, (_, i) => String((Number(code) + 1 + i) % 1e8).padStart(8, '0'));
    const results = await Promise.all(guesses.map((g) => kioskCall(CHECK, { phone: r.phone, code: g })));
    const reasons = results.map((res) => res.errors?.[0].extensions?.reason);
    expect(reasons.filter((x) => x === 'SETUP_CODE_WRONG').length).toBeLessThanOrEqual(PIN_MAX_TRIES - 1);
    expect(reasons.every((x) => x === 'SETUP_CODE_WRONG' || x === 'PIN_LOCKED')).toBe(true);
    const [row] = await t.sql<{ locked: boolean }>(
      'SELECT pin_locked_until > now() AS locked FROM resident WHERE id = ?',
      [r.resident.id],
    );
    expect(row.locked).toBe(true);
  });

  it('staff lift a lock for the resident in front of them, and the log says so', async () => {
    const { r, staff, admin, kioskCall } = await community();
    for (let i = 0; i < PIN_MAX_TRIES; i++) await kioskCall(PIN, { phone: r.phone, pin: '999999' });
    expectError(await kioskCall(PIN, { phone: r.phone, pin: '123456' }), 'RATE_LIMITED', { reason: 'PIN_LOCKED' });
    expect((await t.gql(LIFT, { id: r.resident.id }, { token: staff.token })).data).toEqual({ liftPinLock: true });
    expect((await kioskCall(PIN, { phone: r.phone, pin: '123456' })).errors).toBeUndefined();
    expect((await t.gql(LIFT, { id: r.resident.id }, { token: staff.token })).data).toEqual({ liftPinLock: false });
    const log = await t.gql<{ auditLog: { lines: { action: string; detail: string }[] } }>(
      AUDIT,
      { id: r.resident.id },
      { token: admin.token },
    );
    expect(log.data!.auditLog.lines.map((l) => [l.action, JSON.parse(l.detail)])).toEqual([
      ['PIN_LOCK_LIFTED', { wasLocked: false }],
      ['PIN_LOCK_LIFTED', { wasLocked: true }],
    ]);
  });

  it('an expired code is said to be expired (after the right code, not to a guesser)', async () => {
    const { r, issue, kioskCall } = await community();
    const { code } = await issue();
    await t.sql("UPDATE resident SET pin_setup_expires_at = now() - interval '1 minute' WHERE id = ?", [r.resident.id]);
    expectError(await kioskCall(CHECK, { phone: r.phone, code }), 'UNAUTHENTICATED', { reason: 'SETUP_CODE_EXPIRED' });
    const wrong = code === '11111111' ? '22222222' : '11111111';
    expectError(await kioskCall(CHECK, { phone: r.phone, code: wrong }), 'UNAUTHENTICATED', {
      reason: 'SETUP_CODE_WRONG',
    });
  });

  it('a signed-in resident changes their PIN: the current one first, a guessable one refused', async () => {
    const { r, kiosk, kioskCall } = await community();
    const session = await t.residentSession(kiosk.token, r.phone);
    expectError(await t.gql(CHANGE, { currentPin: '999999', newPin: '385170' }, session), 'UNAUTHENTICATED', {
      reason: 'PIN_WRONG',
    });
    expectError(await t.gql(CHANGE, { currentPin: '123456', newPin: '111111' }, session), 'BAD_USER_INPUT', {
      reason: 'PIN_TOO_SIMPLE',
      why: 'REPEATED',
    });
    expect((await t.gql(CHANGE, { currentPin: '123456', newPin: '385170' }, session)).errors).toBeUndefined();
    expect((await kioskCall(PIN, { phone: r.phone, pin: '385170' })).errors).toBeUndefined();
    expectError(
      await t.gql(CHANGE, { currentPin: '123456', newPin: '902615' }, { token: kiosk.token }),
      'UNAUTHENTICATED',
    );
  });

  it('codes are for staff to issue and kiosks to use: nobody else', async () => {
    const { r, kiosk, kioskCall, issue } = await community();
    const other = await community();
    expectError(await t.gql(ISSUE, { id: r.resident.id }, { token: kiosk.token }), 'FORBIDDEN');
    expectError(await t.gql(ISSUE, { id: r.resident.id }, { token: other.staff.token }), 'NOT_FOUND');
    expectError(await t.gql(LIFT, { id: r.resident.id }, { token: other.staff.token }), 'NOT_FOUND');
    const { code } = await issue();
    expectError(await t.gql(CHECK, { phone: r.phone, code }, { token: other.staff.token }), 'FORBIDDEN');
    // Another community's kiosk does not know the phone.
    expectError(await other.kioskCall(CHECK, { phone: r.phone, code }), 'UNAUTHENTICATED', { reason: 'PHONE_UNKNOWN' });
    expect((await kioskCall(CHECK, { phone: r.phone, code })).errors).toBeUndefined();
  });
});

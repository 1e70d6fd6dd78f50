import argon2 from 'argon2';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TestApp, expectError, type GqlResult } from '../../../test/harness.js';
import { DeviceKind } from '../device/index.js';
import { StaffRole } from '../staff/index.js';
import { BUDGETS } from './budgets.js';
import { PIN_LOCK_MINUTES, PIN_MAX_TRIES } from './auth.service.js';

const SIGN_IN_STAFF = `mutation($c: String!, $u: String!, $p: String!) {
  signInStaff(input: { community: $c, username: $u, password: $p }) { token staff { id role } }
}`;
const SIGN_IN_PIN = `mutation($phone: String!, $pin: String!) {
  signInWithPin(input: { phone: $phone, pin: $pin }) { token resident { id name phoneTail } }
}`;
const SIGN_IN_CARD = `mutation($code: String!) { signInWithCard(input: { code: $code }) { token resident { id } } }`;
const VIEWER = '{ viewer { community { id } staff { id role } device { id kind } resident { id name } } }';
const MY_NOTICES = '{ myNotices { id } }';
const REGISTER_DEVICE = 'mutation { registerDevice(input: { kind: KIOSK, name: "Lobby" }) { token device { id } } }';
const SIGN_OUT = 'mutation { signOut }';

type Viewer = {
  viewer: {
    community: { id: string } | null;
    staff: { id: string; role: string } | null;
    device: { id: string; kind: string } | null;
    resident: { id: string; name: string } | null;
  };
};
type PinResult = GqlResult<{ signInWithPin: { token: string; resident: { id: string } } }>;

describe('AuthService: staff', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('signs in with the right password and refuses a wrong one or an unknown user', async () => {
    const { community } = await t.newCommunity();
    const { user } = await t.newStaff(community.id, StaffRole.SECRETARY, 'right password');

    const ok = await t.gql<{ signInStaff: { token: string; staff: { id: string; role: string } } }>(SIGN_IN_STAFF, {
      c: await t.communityCode(community.id),
      u: `  ${user.username.toUpperCase()} `,
      p: 'right password',
    });
    expect(ok.data?.signInStaff.token).toMatch(/^lls_/);
    expect(ok.data?.signInStaff.staff).toEqual({ id: user.id, role: 'SECRETARY' });
    const me = await t.gql<Viewer>(VIEWER, {}, { token: ok.data!.signInStaff.token });
    expect(me.data?.viewer).toMatchObject({ community: { id: community.id }, staff: { id: user.id }, device: null });

    const wrong = await t.gql(SIGN_IN_STAFF, {
      c: await t.communityCode(community.id),
      u: user.username,
      p: 'wrong password',
    });
    expectError(wrong, 'UNAUTHENTICATED', { reason: 'PASSWORD_WRONG' });
    expect(wrong.data).toBeNull();
    const unknown = await t.gql(SIGN_IN_STAFF, {
      c: await t.communityCode(community.id),
      u: 'nobody-here',
      p: 'right password',
    });
    expectError(unknown, 'UNAUTHENTICATED', { reason: 'PASSWORD_WRONG' });
    const blank = await t.gql(SIGN_IN_STAFF, { c: '', u: '', p: '' });
    expectError(blank, 'BAD_USER_INPUT', {
      fields: { community: ['isNotEmpty'], username: ['isNotEmpty'], password: ['isNotEmpty'] },
    });
  });

  it('lets an ADMIN register a device and forbids it to STAFF', async () => {
    const { community } = await t.newCommunity();
    const staff = await t.newStaff(community.id, StaffRole.STAFF);
    const secretary = await t.newStaff(community.id, StaffRole.SECRETARY);
    const admin = await t.newStaff(community.id, StaffRole.ADMIN);

    expectError(await t.gql(REGISTER_DEVICE, {}, { token: staff.token }), 'FORBIDDEN');
    expectError(await t.gql(REGISTER_DEVICE, {}, { token: secretary.token }), 'FORBIDDEN');
    const [{ n }] = await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM device WHERE community_id = ?', [
      community.id,
    ]);
    expect(n).toBe(0);

    const ok = await t.gql<{ registerDevice: { token: string } }>(REGISTER_DEVICE, {}, { token: admin.token });
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.registerDevice.token).toMatch(/^lld_/);
  });

  it('asks a caller without a token to sign in', async () => {
    const noToken = await t.gql(REGISTER_DEVICE);
    expectError(noToken, 'UNAUTHENTICATED');
    expectError(await t.gql('{ notices { id } }'), 'UNAUTHENTICATED');
    expectError(await t.gql('{ residents { total } }'), 'UNAUTHENTICATED');
    // Public fields still answer.
    expect(await t.gql('{ viewer { staff { id } } }')).toMatchObject({ data: { viewer: { staff: null } } });
  });

  it('ends only the current session on signOut', async () => {
    const { community } = await t.newCommunity();
    const first = await t.newStaff(community.id);
    const second = await t.gql<{ signInStaff: { token: string } }>(SIGN_IN_STAFF, {
      c: await t.communityCode(community.id),
      u: first.user.username,
      p: 'correct horse',
    });
    const otherToken = second.data!.signInStaff.token;

    expect(await t.gql(SIGN_OUT, {}, { token: first.token })).toMatchObject({ data: { signOut: true } });
    const after = await t.gql(VIEWER, {}, { token: first.token });
    expect(after.status).toBe(401);
    expectError(after, 'UNAUTHENTICATED', { reason: 'SESSION_EXPIRED' });
    const [session] = await t.sql<{ ended: boolean }>(
      'SELECT ended_at IS NOT NULL AS ended FROM session WHERE staff_user_id = ? ORDER BY created_at LIMIT 1',
      [first.user.id],
    );
    expect(session.ended).toBe(true);

    const other = await t.gql<Viewer>(VIEWER, {}, { token: otherToken });
    expect(other.data?.viewer.staff?.id).toBe(first.user.id);
  });

  it('refuses even the right password once a username has used up its attempts at this address', async () => {
    const { community } = await t.newCommunity();
    const { user } = await t.newStaff(community.id);
    const other = await t.newStaff(community.id);
    for (let i = 0; i < BUDGETS.staffUserAddress.points; i++) {
      expectError(
        await t.gql(SIGN_IN_STAFF, {
          c: await t.communityCode(community.id),
          u: user.username,
          p: 'wrong',
        }),
        'UNAUTHENTICATED',
        {
          reason: 'PASSWORD_WRONG',
        },
      );
    }
    const res = await t.gql(SIGN_IN_STAFF, {
      c: await t.communityCode(community.id),
      u: user.username,
      p: 'correct horse',
    });
    expectError(res, 'RATE_LIMITED');
    expect(res.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    const unaffected = await t.gql(SIGN_IN_STAFF, {
      c: await t.communityCode(community.id),
      u: other.user.username,
      p: 'correct horse',
    });
    expect(unaffected.errors).toBeUndefined();
  });

  it('ends a staff session at its expiry time', async () => {
    const { community } = await t.newCommunity();
    const { user, token } = await t.newStaff(community.id);
    await t.sql(`UPDATE session SET expires_at = now() - interval '1 second' WHERE staff_user_id = ?`, [user.id]);
    expectError(await t.gql(VIEWER, {}, { token }), 'UNAUTHENTICATED', { reason: 'SESSION_EXPIRED' });
  });

  it('refuses garbage bearer tokens with UNAUTHENTICATED (401)', async () => {
    const cases: Array<[string, string | undefined]> = [
      ['garbage', undefined],
      ['lls_not-a-session', 'SESSION_EXPIRED'],
      ['lld_not-a-device', 'DEVICE_REVOKED'],
      ['llr_a-resident-token-is-no-bearer', undefined],
    ];
    for (const [token, reason] of cases) {
      const res = await t.gql('{ ping }', {}, { token });
      expect(res.status, token).toBe(401);
      expectError(res, 'UNAUTHENTICATED', reason ? { reason } : {});
      expect(res.data, token).toBeUndefined();
    }
  });
});

describe('AuthService: resident PIN sign-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** A community with a kiosk and one resident whose PIN is 123456. */
  async function setup() {
    const { community, buildings } = await t.newCommunity();
    const kiosk = await t.newDevice(community.id);
    const resident = await t.newResident(buildings[0]);
    const signIn = (pin: string, phone = resident.phone): Promise<PinResult> =>
      t.gql(SIGN_IN_PIN, { phone, pin }, { token: kiosk.token });
    const pinState = async () => {
      const [row] = await t.sql<{ failures: number; locked: boolean }>(
        'SELECT pin_failures AS failures, coalesce(pin_locked_until > now(), false) AS locked FROM resident WHERE id = ?',
        [resident.resident.id],
      );
      return row;
    };
    return { community, buildings, kiosk, resident, signIn, pinState };
  }

  it('signs in with the right PIN', async () => {
    const { resident, signIn } = await setup();
    const res = await signIn('123456');
    expect(res.errors).toBeUndefined();
    expect(res.data?.signInWithPin.token).toMatch(/^llr_/);
    expect(res.data?.signInWithPin.resident).toEqual({
      id: resident.resident.id,
      name: '测试居民',
      phoneTail: resident.phone.slice(-4),
    });
  });

  it('counts down the tries on wrong PINs, then locks even the right PIN out', async () => {
    const { signIn, pinState } = await setup();
    for (const triesLeft of [4, 3, 2, 1]) {
      const res = await signIn('000000');
      expectError(res, 'UNAUTHENTICATED', { reason: 'PIN_WRONG', triesLeft });
    }
    const fifth = await signIn('000000');
    expectError(fifth, 'RATE_LIMITED', { reason: 'PIN_LOCKED', triesLeft: 0 });
    expect(fifth.errors![0].extensions!.retryAfterSeconds).toBe(PIN_LOCK_MINUTES * 60);

    const right = await signIn('123456');
    expectError(right, 'RATE_LIMITED', { reason: 'PIN_LOCKED' });
    const retryAfter = right.errors![0].extensions!.retryAfterSeconds as number;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(PIN_LOCK_MINUTES * 60);
    expect(right.data).toBeNull();
    expect(await pinState()).toEqual({ failures: PIN_MAX_TRIES, locked: true });
  });

  it('resets the count on a right PIN', async () => {
    const { signIn, pinState } = await setup();
    for (const triesLeft of [4, 3, 2]) expectError(await signIn('000000'), 'UNAUTHENTICATED', { triesLeft });
    expect((await signIn('123456')).data?.signInWithPin.token).toBeTruthy();
    expect(await pinState()).toEqual({ failures: 0, locked: false });
    expectError(await signIn('000000'), 'UNAUTHENTICATED', { reason: 'PIN_WRONG', triesLeft: 4 });
  });

  it('gives five tries again once the lock has run out', async () => {
    const { resident, signIn, pinState } = await setup();
    for (let i = 0; i < PIN_MAX_TRIES; i++) await signIn('000000');
    expect(await pinState()).toEqual({ failures: PIN_MAX_TRIES, locked: true });
    await t.sql(`UPDATE resident SET pin_locked_until = now() - interval '1 second' WHERE id = ?`, [
      resident.resident.id,
    ]);
    expectError(await signIn('000000'), 'UNAUTHENTICATED', { reason: 'PIN_WRONG', triesLeft: 4 });
    expect(await pinState()).toEqual({ failures: 1, locked: false });
    expect((await signIn('123456')).data?.signInWithPin.token).toBeTruthy();
  });

  it('locks after exactly five of ten simultaneous wrong PINs', async () => {
    const { signIn, pinState } = await setup();
    const results = await Promise.all(Array.from({ length: 10 }, () => signIn('000000')));
    for (const r of results) expect(r.errors?.[0]?.extensions?.code).toMatch(/^(UNAUTHENTICATED|RATE_LIMITED)$/);
    const triesLeft = results
      .filter((r) => r.errors?.[0]?.extensions?.reason === 'PIN_WRONG')
      .map((r) => r.errors![0].extensions!.triesLeft)
      .sort();
    expect(triesLeft).toEqual([1, 2, 3, 4]);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.reason === 'PIN_LOCKED')).toHaveLength(6);
    expect(await pinState()).toEqual({ failures: PIN_MAX_TRIES, locked: true });
  });

  it('checks at most five PINs out of ten simultaneous tries that include the right one', async () => {
    const { resident, signIn } = await setup();
    // With the production cost a check takes long enough that all ten tries are counted
    // before the right one can reset the count (the factories' cheap hashes would not).
    await t.sql('UPDATE resident SET pin_hash = ? WHERE id = ?', [await argon2.hash('123456'), resident.resident.id]);
    const verify = vi.spyOn(argon2, 'verify');
    const pins = Array.from({ length: 10 }, (_, i) => (i === 6 ? '123456' : `00000${i}`));
    const results = await Promise.all(pins.map((pin) => signIn(pin)));

    expect(verify).toHaveBeenCalled();
    const signedIn = results.filter((r) => r.data?.signInWithPin);
    const wrong = results.filter((r) => r.errors?.[0]?.extensions?.reason === 'PIN_WRONG');
    expect(signedIn.length).toBeLessThanOrEqual(1);
    // Which try is checked first is not fixed. Before the right PIN (or without it) at most five
    // wrong ones are checked; a sign-in starts the count afresh, so at most five more after it.
    expect(verify.mock.calls.length).toBeLessThanOrEqual(PIN_MAX_TRIES * (1 + signedIn.length));
    expect(wrong.length).toBeLessThanOrEqual(PIN_MAX_TRIES * (1 + signedIn.length));
    if (!signedIn.length) expect(verify.mock.calls.length).toBeLessThanOrEqual(PIN_MAX_TRIES);
    for (const r of results) {
      if (!r.data) expect(r.errors?.[0]?.extensions?.code).toMatch(/^(UNAUTHENTICATED|RATE_LIMITED)$/);
    }
  });

  it('rejects two sign-ins in one request without using a try', async () => {
    const { kiosk, resident, pinState } = await setup();
    const aliased = await t.gql(
      `mutation($phone: String!) {
        a: signInWithPin(input: { phone: $phone, pin: "000001" }) { token }
        b: signInWithPin(input: { phone: $phone, pin: "000002" }) { token }
      }`,
      { phone: resident.phone },
      { token: kiosk.token },
    );
    expect(aliased.status).toBe(400);
    expectError(aliased, 'GRAPHQL_VALIDATION_FAILED', { reason: 'ONE_SIGN_IN_PER_REQUEST' });

    const mixed = await t.gql(
      `mutation($phone: String!, $code: String!) {
        signInWithPin(input: { phone: $phone, pin: "000001" }) { token }
        signInWithCard(input: { code: $code }) { token }
      }`,
      { phone: resident.phone, code: resident.cardCode },
      { token: kiosk.token },
    );
    expectError(mixed, 'GRAPHQL_VALIDATION_FAILED', { reason: 'ONE_SIGN_IN_PER_REQUEST' });
    expect(await pinState()).toEqual({ failures: 0, locked: false });
  });

  it('refuses badly formed phones and PINs with the fields named, without using a try', async () => {
    const { signIn, pinState } = await setup();
    const res = await signIn('12ab5', '2345');
    expectError(res, 'BAD_USER_INPUT');
    expect(Object.keys(res.errors![0].extensions!.fields as object).sort()).toEqual(['phone', 'pin']);
    const pinOnly = await signIn('1234567');
    expectError(pinOnly, 'BAD_USER_INPUT');
    expect(Object.keys(pinOnly.errors![0].extensions!.fields as object)).toEqual(['pin']);
    expect(await pinState()).toEqual({ failures: 0, locked: false });
  });

  it('says PHONE_UNKNOWN for a phone not registered here and PIN_NOT_SET when there is no PIN', async () => {
    const { resident, signIn } = await setup();
    expectError(await signIn('123456', '19999999999'), 'UNAUTHENTICATED', { reason: 'PHONE_UNKNOWN' });
    await t.sql('UPDATE resident SET pin_hash = NULL WHERE id = ?', [resident.resident.id]);
    expectError(await signIn('123456'), 'UNAUTHENTICATED', { reason: 'PIN_NOT_SET' });
  });

  it('signs in with the card code in any case, with dashes or spaces', async () => {
    const { kiosk, resident } = await setup();
    const code = resident.cardCode;
    const typed = [code.toLowerCase(), `${code.slice(0, 4)}-${code.slice(4)}`, ` ${code.slice(0, 3)} ${code.slice(3)}`];
    for (const variant of typed) {
      const res = await t.gql<{ signInWithCard: { token: string; resident: { id: string } } }>(
        SIGN_IN_CARD,
        { code: variant },
        { token: kiosk.token },
      );
      expect(res.errors, variant).toBeUndefined();
      expect(res.data?.signInWithCard.resident.id).toBe(resident.resident.id);
    }
    const unknown = await t.gql(SIGN_IN_CARD, { code: 'NOSUCHCARD' }, { token: kiosk.token });
    expectError(unknown, 'UNAUTHENTICATED', { reason: 'CARD_UNKNOWN' });
    expectError(await t.gql(SIGN_IN_CARD, { code: 'AB' }, { token: kiosk.token }), 'BAD_USER_INPUT');
  });

  it("counts unknown cards against the kiosk's budget of failed sign-ins", async () => {
    const { community, kiosk, resident } = await setup();
    for (let i = 0; i < BUDGETS.deviceSignIn.points; i++) {
      const res = await t.gql(SIGN_IN_CARD, { code: `NOSUCH${i}` }, { token: kiosk.token });
      expectError(res, 'UNAUTHENTICATED', { reason: 'CARD_UNKNOWN' });
    }
    const spent = await t.gql(SIGN_IN_CARD, { code: resident.cardCode }, { token: kiosk.token });
    expectError(spent, 'RATE_LIMITED', { reason: 'DEVICE_SIGN_IN_LIMIT' });
    expect(spent.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    const otherKiosk = await t.newDevice(community.id);
    const res = await t.gql(SIGN_IN_CARD, { code: resident.cardCode }, { token: otherKiosk.token });
    expect(res.errors).toBeUndefined();
  });

  it('lets only a kiosk sign residents in', async () => {
    const { community, resident, pinState } = await setup();
    const screen = await t.newDevice(community.id, DeviceKind.SCREEN);
    const staff = await t.newStaff(community.id, StaffRole.ADMIN);
    const vars = { phone: resident.phone, pin: '123456' };

    expectError(await t.gql(SIGN_IN_PIN, vars, { token: screen.token }), 'FORBIDDEN');
    expectError(await t.gql(SIGN_IN_PIN, vars, { token: staff.token }), 'FORBIDDEN');
    expectError(await t.gql(SIGN_IN_PIN, vars), 'UNAUTHENTICATED');
    expectError(await t.gql(SIGN_IN_CARD, { code: resident.cardCode }, { token: screen.token }), 'FORBIDDEN');
    expect(await pinState()).toEqual({ failures: 0, locked: false });
  });
});

describe('resident session', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  async function setup(app = t) {
    const { community, buildings } = await app.newCommunity();
    const kiosk = await app.newDevice(community.id);
    const resident = await app.newResident(buildings[1], { name: '王阿姨' });
    const session = await app.residentSession(kiosk.token, resident.phone);
    return { community, kiosk, resident, session };
  }

  it('shows the resident as the viewer while signed in', async () => {
    const { community, kiosk, resident, session } = await setup();
    const res = await t.gql<Viewer>(VIEWER, {}, session);
    expect(res.data?.viewer).toEqual({
      community: { id: community.id },
      staff: null,
      device: { id: kiosk.device.id, kind: 'KIOSK' },
      resident: { id: resident.resident.id, name: '王阿姨' },
    });
    expect((await t.gql(MY_NOTICES, {}, session)).data).toEqual({ myNotices: [] });
  });

  it('is bound to the kiosk it started on', async () => {
    const { community, session } = await setup();
    const otherKiosk = await t.newDevice(community.id);
    const elsewhere = { token: otherKiosk.token, residentToken: session.residentToken };

    expectError(await t.gql(MY_NOTICES, {}, elsewhere), 'UNAUTHENTICATED');
    const viewer = await t.gql<Viewer>(VIEWER, {}, elsewhere);
    expect(viewer.data?.viewer).toMatchObject({ device: { id: otherKiosk.device.id }, resident: null });
    expectError(await t.gql(MY_NOTICES, {}, { residentToken: session.residentToken }), 'UNAUTHENTICATED');
    // Still valid where it belongs.
    expect((await t.gql(MY_NOTICES, {}, session)).errors).toBeUndefined();
  });

  it('ends after the idle time', async () => {
    const idle = await TestApp.start({ config: { residentIdleSeconds: 1 } });
    try {
      const { session } = await setup(idle);
      await new Promise((r) => setTimeout(r, 2100));
      expectError(await idle.gql(MY_NOTICES, {}, session), 'UNAUTHENTICATED', { reason: 'SESSION_EXPIRED' });
      const viewer = await idle.gql<Viewer>(VIEWER, {}, session);
      expect(viewer.data?.viewer).toMatchObject({ device: { kind: 'KIOSK' }, resident: null });
    } finally {
      await idle.stop();
    }
  });

  it('ends at its maximum lifetime, however busy', async () => {
    const { resident, session } = await setup();
    await t.sql(`UPDATE session SET expires_at = now() - interval '1 second' WHERE resident_id = ?`, [
      resident.resident.id,
    ]);
    expectError(await t.gql(MY_NOTICES, {}, session), 'UNAUTHENTICATED', { reason: 'SESSION_EXPIRED' });
  });

  it('ends on signOut, leaving the kiosk signed in', async () => {
    const { kiosk, session } = await setup();
    expect(await t.gql(SIGN_OUT, {}, session)).toMatchObject({ data: { signOut: true } });
    expectError(await t.gql(MY_NOTICES, {}, session), 'UNAUTHENTICATED', { reason: 'SESSION_EXPIRED' });
    const viewer = await t.gql<Viewer>(VIEWER, {}, { token: kiosk.token });
    expect(viewer.data?.viewer).toMatchObject({ device: { id: kiosk.device.id }, resident: null });
  });
});

import http from 'node:http';
import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DeviceKind } from '../src/modules/device/index.js';
import { StaffRole } from '../src/modules/staff/index.js';
import { AppError } from '../src/platform/errors.js';
import { HashingGate, addressKey } from '../src/platform/rate-limit.js';
import { BUDGETS, hashing } from '../src/modules/auth/index.js';
import { TestApp, twoInstances, expectError, type Auth, type GqlResult } from './harness.js';

const SIGN_IN_STAFF = `mutation($c: String!, $u: String!, $p: String!) {
  signInStaff(input: { community: $c, username: $u, password: $p }) { token }
}`;
const SIGN_IN_PIN = `mutation($phone: String!, $pin: String!) {
  signInWithPin(input: { phone: $phone, pin: $pin }) { token resident { id } }
}`;
const SIGN_IN_CARD = 'mutation($code: String!) { signInWithCard(input: { code: $code }) { token } }';
const DEVICES = '{ devices { id kind signInBudget { failures limit windowMinutes blockedUntil } } }';
const RESET = 'mutation($id: ID!) { resetDeviceSignIns(id: $id) { id signInBudget { failures blockedUntil } } }';

type Budget = { failures: number; limit: number; windowMinutes: number; blockedUntil: string | null };
type Devices = { devices: Array<{ id: string; kind: string; signInBudget: Budget | null }> };

/** The code of the community a username belongs to (an unknown one: a community nobody has). */
async function codeOfUser(t: TestApp, username: string): Promise<string> {
  const [row] = await t.sql<{ code: string }>(
    'SELECT c.code FROM staff_user u JOIN community c ON c.id = u.community_id WHERE u.username = ?',
    [username],
  );
  return row?.code ?? 'nowhere';
}

/**
 * A GraphQL request from a given loopback address (all of 127.0.0.0/8 is this machine), so
 * that a test can sign in "from" several addresses. A staff sign-in without `c` names the
 * community of its username `u`.
 */
async function gqlFrom<T = Record<string, unknown>>(
  t: TestApp,
  address: string,
  query: string,
  variables: Record<string, unknown> = {},
  auth: Auth = {},
): Promise<GqlResult<T>> {
  if (query === SIGN_IN_STAFF && !('c' in variables)) {
    variables = { ...variables, c: await codeOfUser(t, variables.u as string) };
  }
  const url = new URL(t.url);
  const body = JSON.stringify({ query, variables });
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth.token) headers.authorization = `Bearer ${auth.token}`;
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', localAddress: address, headers },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ...(JSON.parse(text) as object) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const randomName = () => `nobody-${randomBytes(6).toString('hex')}`;
const codeOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;
const reasonOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.reason;

/** Waits (polling, no timing asserted) until `ok()` holds. */
async function until(ok: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (ok()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`never happened: ${what}`);
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the hashing gate', () => {
  it('runs at most `concurrency` jobs, queues a bounded number per lane and refuses the rest', async () => {
    const gate = new HashingGate(2, { resident: 1, staff: 2 }, 'SIGN_IN_BUSY');
    const hold = deferred();
    const order: string[] = [];
    const job = (name: string) => async () => {
      order.push(name);
      await hold.promise;
    };
    const staff = ['s1', 's2', 's3', 's4'].map((n) => gate.run('staff', job(n)));
    expect(gate.load).toEqual({ running: 2, waiting: { resident: 0, staff: 2 } });
    // Past the staff queue: refused at once, with a reason and a time to wait.
    const refused = gate.run('staff', job('s5'));
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await refused.catch((e: AppError) =>
      expect(e.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'SIGN_IN_BUSY', retryAfterSeconds: 5 }),
    );
    // A resident has a lane of their own, and goes before the staff already waiting.
    const resident = gate.run('resident', job('r1'));
    await expect(gate.run('resident', job('r2'))).rejects.toMatchObject({
      extensions: { reason: 'SIGN_IN_BUSY' },
    });
    expect(gate.load).toEqual({ running: 2, waiting: { resident: 1, staff: 2 } });
    hold.resolve();
    await Promise.all([...staff, resident]);
    expect(order).toEqual(['s1', 's2', 'r1', 's3', 's4']);
    expect(gate.stats).toEqual({ started: 5, refused: 2, peakRunning: 2 });
    expect(gate.load).toEqual({ running: 0, waiting: { resident: 0, staff: 0 } });
  });

  it('frees the slot or the place in the queue of a job that fails or leaves before its turn', async () => {
    const gate = new HashingGate(1, { resident: 2, staff: 2 }, 'SIGN_IN_BUSY');
    await expect(gate.run('staff', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(gate.load.running).toBe(0);

    const hold = deferred();
    const first = gate.run('staff', () => hold.promise);
    const place = gate.admit('resident');
    expect(gate.load).toEqual({ running: 1, waiting: { resident: 1, staff: 0 } });
    place.done(); // e.g. an unknown phone: no PIN to check after all
    place.done();
    expect(gate.load).toEqual({ running: 1, waiting: { resident: 0, staff: 0 } });
    hold.resolve();
    await first;
    expect(gate.load.running).toBe(0);
  });
});

describe('addressKey', () => {
  it('keys IPv4 as it is and IPv6 by its /64', () => {
    expect(addressKey('127.0.0.1')).toBe('127.0.0.1');
    expect(addressKey('::ffff:10.1.2.3')).toBe('10.1.2.3');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff:0:0:9')).toBe('2001:db8:1:2::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('')).toBe('unknown');
  });
});

describe('staff sign-in budgets', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('bounds the argon2 work of a flood of random usernames, and a resident still signs in meanwhile', async () => {
    const { community, buildings } = await t.newCommunity();
    const kiosk = await t.newDevice(community.id);
    const resident = await t.newResident(buildings[0]);
    const verify = vi.spyOn(argon2, 'verify');
    hashing.stats.peakRunning = 0;
    const refusedBefore = hashing.stats.refused;

    const flood = Array.from({ length: 50 }, () =>
      gqlFrom(t, '127.0.0.20', SIGN_IN_STAFF, { u: randomName(), p: 'guess' }),
    );
    const pin = t.gql<{ signInWithPin: { resident: { id: string } } }>(
      SIGN_IN_PIN,
      { phone: resident.phone, pin: resident.pin },
      { token: kiosk.token },
    );
    const results = await Promise.all(flood);

    for (const r of results) {
      expect(['PASSWORD_WRONG', 'SIGN_IN_BUSY', undefined]).toContain(reasonOf(r));
      expect(['UNAUTHENTICATED', 'RATE_LIMITED']).toContain(codeOf(r));
    }
    const wrong = results.filter((r) => reasonOf(r) === 'PASSWORD_WRONG').length;
    const limited = results.filter((r) => codeOf(r) === 'RATE_LIMITED');
    // The address's budget lets thirty through; the rest are refused before any hashing.
    expect(wrong).toBeLessThanOrEqual(BUDGETS.staffAddress.points);
    expect(limited.length).toBeGreaterThanOrEqual(50 - BUDGETS.staffAddress.points);
    for (const r of limited) expect(r.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    // The gate refused whatever it could not queue; it never ran more than two at once.
    expect(results.filter((r) => reasonOf(r) === 'SIGN_IN_BUSY')).toHaveLength(hashing.stats.refused - refusedBefore);
    expect(hashing.stats.peakRunning).toBeLessThanOrEqual(2);

    const signedIn = await pin;
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?.signInWithPin.resident.id).toBe(resident.resident.id);
    // One verification per wrong password and one for the PIN: nothing ran for the refused.
    expect(verify).toHaveBeenCalledTimes(wrong + 1);
  });

  it('refuses a staff sign-in at once when the gate queue is full, without spending its budgets', async () => {
    const { community, buildings } = await t.newCommunity();
    const admin = await t.newStaff(community.id, StaffRole.ADMIN);
    const kiosk = await t.newDevice(community.id);
    const resident = await t.newResident(buildings[0]);
    const hold = deferred();
    const { concurrency, queueLimits } = hashing;
    const holders = Array.from({ length: concurrency + queueLimits.staff }, () =>
      hashing.run('staff', () => hold.promise),
    );
    try {
      expect(hashing.load).toEqual({ running: concurrency, waiting: { resident: 0, staff: queueLimits.staff } });
      const busy = await gqlFrom(t, '127.0.0.21', SIGN_IN_STAFF, { u: admin.user.username, p: 'correct horse' });
      expectError(busy, 'RATE_LIMITED', { reason: 'SIGN_IN_BUSY' });
      expect(busy.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
      const points = await t.sql<{ key: string; points: number }>(
        `SELECT key, points FROM rate_limit WHERE key IN (?, ?, ?) ORDER BY key`,
        [
          'staff-addr:127.0.0.21',
          `staff-user-addr:${await t.communityCode(community.id)}/${admin.user.username}@127.0.0.21`,
          `staff-user:${await t.communityCode(community.id)}/${admin.user.username}`,
        ],
      );
      expect(points.map((p) => p.points)).toEqual([0, 0, 0]);

      // A resident's PIN has its own lane: it waits for a slot and goes before the staff queue.
      const pin = t.gql(SIGN_IN_PIN, { phone: resident.phone, pin: resident.pin }, { token: kiosk.token });
      await until(() => hashing.load.waiting.resident === 1, 'the PIN check waits at the gate');
      hold.resolve();
      expect((await pin).errors).toBeUndefined();
    } finally {
      hold.resolve();
      await Promise.all(holders);
    }
    const ok = await gqlFrom(t, '127.0.0.21', SIGN_IN_STAFF, { u: admin.user.username, p: 'correct horse' });
    expect(ok.errors).toBeUndefined();
  });

  it('locks a username out at one address only: the admin signs in from another', async () => {
    const { community } = await t.newCommunity();
    const admin = await t.newStaff(community.id, StaffRole.ADMIN);
    const colleague = await t.newStaff(community.id);
    const attacker = '127.0.0.30';
    for (let i = 0; i < BUDGETS.staffUserAddress.points; i++) {
      expectError(
        await gqlFrom(t, attacker, SIGN_IN_STAFF, { u: admin.user.username, p: 'wrong' }),
        'UNAUTHENTICATED',
        {
          reason: 'PASSWORD_WRONG',
        },
      );
    }
    const locked = await gqlFrom(t, attacker, SIGN_IN_STAFF, { u: admin.user.username, p: 'correct horse' });
    expectError(locked, 'RATE_LIMITED');
    expect(locked.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(14 * 60);

    const fromOffice = await gqlFrom(t, '127.0.0.31', SIGN_IN_STAFF, { u: admin.user.username, p: 'correct horse' });
    expect(fromOffice.errors).toBeUndefined();
    // The attacker's address has budget left for other names.
    const other = await gqlFrom(t, attacker, SIGN_IN_STAFF, { u: colleague.user.username, p: 'correct horse' });
    expect(other.errors).toBeUndefined();
  });

  it('gives an address thirty failures, known and unknown usernames alike, each checked once', async () => {
    const { community } = await t.newCommunity();
    const known = await Promise.all([1, 2, 3].map(() => t.newStaff(community.id)));
    const address = '127.0.0.40';
    const verify = vi.spyOn(argon2, 'verify');
    for (let i = 0; i < BUDGETS.staffAddress.points; i++) {
      // Unknown names are checked against a full-cost dummy hash: a few of them make the point.
      const u = i % 5 === 0 ? randomName() : known[i % 3].user.username;
      const res = await gqlFrom(t, address, SIGN_IN_STAFF, { u, p: `wrong ${i}` });
      expectError(res, 'UNAUTHENTICATED', { reason: 'PASSWORD_WRONG' });
    }
    expect(verify).toHaveBeenCalledTimes(BUDGETS.staffAddress.points);

    // Spent: the right password of a known user is refused here, and nothing is verified.
    for (const u of [known[0].user.username, randomName()]) {
      const res = await gqlFrom(t, address, SIGN_IN_STAFF, { u, p: 'correct horse' });
      expectError(res, 'RATE_LIMITED');
      expect(res.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
    }
    expect(verify).toHaveBeenCalledTimes(BUDGETS.staffAddress.points);
    const elsewhere = await gqlFrom(t, '127.0.0.41', SIGN_IN_STAFF, { u: known[0].user.username, p: 'correct horse' });
    expect(elsewhere.errors).toBeUndefined();
  });

  it('locks a username everywhere only past a much higher ceiling, reached from many addresses', async () => {
    const { community } = await t.newCommunity();
    const admin = await t.newStaff(community.id, StaffRole.ADMIN);
    const perAddress = BUDGETS.staffUserAddress.points;
    const addresses = BUDGETS.staffUser.points / perAddress;
    expect(addresses).toBeGreaterThan(BUDGETS.staffAddress.points / perAddress);
    for (let a = 0; a < addresses; a++) {
      for (let i = 0; i < perAddress; i++) {
        const res = await gqlFrom(t, `127.0.1.${a + 1}`, SIGN_IN_STAFF, { u: admin.user.username, p: 'wrong' });
        expectError(res, 'UNAUTHENTICATED', { reason: 'PASSWORD_WRONG' });
      }
    }
    const res = await gqlFrom(t, '127.0.2.1', SIGN_IN_STAFF, { u: admin.user.username, p: 'correct horse' });
    expectError(res, 'RATE_LIMITED');
    const other = await t.newStaff(community.id);
    const fine = await gqlFrom(t, '127.0.2.1', SIGN_IN_STAFF, { u: other.user.username, p: 'correct horse' });
    expect(fine.errors).toBeUndefined();
  });

  it('forgets the failures of a username at an address once it signs in there', async () => {
    const { community } = await t.newCommunity();
    const { user } = await t.newStaff(community.id);
    const address = '127.0.0.50';
    const attempt = (p: string) => gqlFrom(t, address, SIGN_IN_STAFF, { u: user.username, p });
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < BUDGETS.staffUserAddress.points - 1; i++) {
        expectError(await attempt('wrong'), 'UNAUTHENTICATED', { reason: 'PASSWORD_WRONG' });
      }
      expect((await attempt('correct horse')).errors).toBeUndefined();
    }
  });
});

describe("a kiosk's budget of failed sign-ins", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  async function setup(app = t) {
    const { community, buildings } = await app.newCommunity();
    const admin = await app.newStaff(community.id, StaffRole.ADMIN);
    const kiosk = await app.newDevice(community.id);
    const residents = await Promise.all([0, 1, 2].map(() => app.newResident(buildings[0])));
    return { community, admin, kiosk, residents };
  }

  const unknownPhone = (i: number) => `199${String(i).padStart(8, '0')}`;

  it('counts unknown phones, wrong PINs and unknown cards together, then refuses even the right PIN', async () => {
    const { community, admin, kiosk, residents } = await setup();
    const at = { token: kiosk.token };
    // Successes cost nothing.
    for (let i = 0; i < 3; i++) await t.residentSession(kiosk.token, residents[2].phone);

    const failures: Array<[string, Promise<GqlResult>]> = [];
    for (let i = 0; i < 12; i++) {
      failures.push(['PHONE_UNKNOWN', t.gql(SIGN_IN_PIN, { phone: unknownPhone(i), pin: '123456' }, at)]);
    }
    for (const r of residents.slice(0, 2)) {
      for (let i = 0; i < 4; i++)
        failures.push(['PIN_WRONG', t.gql(SIGN_IN_PIN, { phone: r.phone, pin: '000000' }, at)]);
    }
    for (let i = 0; i < 10; i++) failures.push(['CARD_UNKNOWN', t.gql(SIGN_IN_CARD, { code: `NOSUCH${i}` }, at)]);
    expect(failures).toHaveLength(BUDGETS.deviceSignIn.points);
    for (const [reason, res] of failures) expectError(await res, 'UNAUTHENTICATED', { reason });

    const list = await t.gql<Devices>(DEVICES, {}, { token: admin.token });
    expect(list.data?.devices.find((d) => d.id === kiosk.device.id)?.signInBudget).toEqual({
      failures: BUDGETS.deviceSignIn.points,
      limit: BUDGETS.deviceSignIn.points,
      windowMinutes: 15,
      blockedUntil: null,
    });

    const refused = await t.gql(SIGN_IN_PIN, { phone: residents[2].phone, pin: residents[2].pin }, at);
    expectError(refused, 'RATE_LIMITED', { reason: 'DEVICE_SIGN_IN_LIMIT' });
    const retryAfter = refused.errors![0].extensions!.retryAfterSeconds as number;
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expectError(await t.gql(SIGN_IN_CARD, { code: residents[2].cardCode }, at), 'RATE_LIMITED', {
      reason: 'DEVICE_SIGN_IN_LIMIT',
    });
    expectError(await t.gql(SIGN_IN_PIN, { phone: unknownPhone(99), pin: '123456' }, at), 'RATE_LIMITED', {
      reason: 'DEVICE_SIGN_IN_LIMIT',
    });
    // No PIN try was used up while the kiosk waits.
    const [{ pin_failures }] = await t.sql<{ pin_failures: number }>('SELECT pin_failures FROM resident WHERE id = ?', [
      residents[2].resident.id,
    ]);
    expect(pin_failures).toBe(0);

    // Another kiosk is not affected.
    const other = await t.newDevice(community.id);
    expect(
      (await t.gql(SIGN_IN_PIN, { phone: residents[2].phone, pin: '123456' }, { token: other.token })).errors,
    ).toBeUndefined();
  });

  it('shows each kiosk’s failures and block on the console, where an admin can lift it', async () => {
    const { community, admin, kiosk, residents } = await setup();
    const screen = await t.newDevice(community.id, DeviceKind.SCREEN);
    const quiet = await t.newDevice(community.id);
    const at = { token: kiosk.token };
    for (let i = 0; i <= BUDGETS.deviceSignIn.points; i++) {
      await t.gql(SIGN_IN_PIN, { phone: unknownPhone(i), pin: '123456' }, at);
    }
    const list = await t.gql<Devices>(DEVICES, {}, { token: admin.token });
    const byId = new Map(list.data!.devices.map((d) => [d.id, d.signInBudget]));
    const blocked = byId.get(kiosk.device.id)!;
    expect(blocked.failures).toBe(BUDGETS.deviceSignIn.points + 1);
    expect(Date.parse(blocked.blockedUntil!)).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(byId.get(quiet.device.id)).toEqual({ failures: 0, limit: 30, windowMinutes: 15, blockedUntil: null });
    expect(byId.get(screen.device.id)).toBeNull();

    // Only admins see it or lift it.
    const secretary = await t.newStaff(community.id, StaffRole.SECRETARY);
    expectError(await t.gql(RESET, { id: kiosk.device.id }, { token: secretary.token }), 'FORBIDDEN');
    expectError(await t.gql(RESET, { id: kiosk.device.id }, at), 'FORBIDDEN');

    const reset = await t.gql<{ resetDeviceSignIns: { signInBudget: Budget } }>(
      RESET,
      { id: kiosk.device.id },
      { token: admin.token },
    );
    expect(reset.errors).toBeUndefined();
    expect(reset.data?.resetDeviceSignIns.signInBudget).toEqual({ failures: 0, blockedUntil: null });
    const res = await t.gql(SIGN_IN_PIN, { phone: residents[0].phone, pin: residents[0].pin }, at);
    expect(res.errors).toBeUndefined();

    // An admin of another community cannot touch this kiosk.
    const elsewhere = await t.newCommunity();
    const otherAdmin = await t.newStaff(elsewhere.community.id, StaffRole.ADMIN);
    expectError(await t.gql(RESET, { id: kiosk.device.id }, { token: otherAdmin.token }), 'NOT_FOUND');
  });

  it('counts simultaneous failures exactly', async () => {
    const { kiosk, residents } = await setup();
    const at = { token: kiosk.token };
    const { points } = BUDGETS.deviceSignIn;
    for (let i = 0; i < points - 10; i++) await t.gql(SIGN_IN_PIN, { phone: unknownPhone(i), pin: '123456' }, at);
    // Ten left, and eighteen at once (as many as the hashing gate takes in without refusing).
    const burst = hashing.concurrency + hashing.queueLimits.resident;
    const results = await Promise.all(
      Array.from({ length: burst }, (_, i) => t.gql(SIGN_IN_PIN, { phone: unknownPhone(100 + i), pin: '123456' }, at)),
    );
    expect(results.filter((r) => reasonOf(r) === 'PHONE_UNKNOWN')).toHaveLength(10);
    expect(results.filter((r) => reasonOf(r) === 'DEVICE_SIGN_IN_LIMIT')).toHaveLength(burst - 10);
    expectError(await t.gql(SIGN_IN_PIN, { phone: residents[0].phone, pin: '123456' }, at), 'RATE_LIMITED', {
      reason: 'DEVICE_SIGN_IN_LIMIT',
    });
  });
});

/** Two API servers on one database, as when the API runs in several processes. */
describe('budgets across two API instances', () => {
  const apps = twoInstances();

  it("shares a kiosk's budget of failed sign-ins", async () => {
    const { community, buildings } = await apps.a.newCommunity();
    const kiosk = await apps.a.newDevice(community.id);
    const resident = await apps.a.newResident(buildings[0]);
    const at = { token: kiosk.token };
    for (let i = 0; i < BUDGETS.deviceSignIn.points; i++) {
      const app = i % 2 ? apps.b : apps.a;
      expectError(
        await app.gql(SIGN_IN_PIN, { phone: `19900000${String(i).padStart(3, '0')}`, pin: '123456' }, at),
        'UNAUTHENTICATED',
        {
          reason: 'PHONE_UNKNOWN',
        },
      );
    }
    for (const app of [apps.a, apps.b]) {
      expectError(await app.gql(SIGN_IN_PIN, { phone: resident.phone, pin: resident.pin }, at), 'RATE_LIMITED', {
        reason: 'DEVICE_SIGN_IN_LIMIT',
      });
      expectError(await app.gql(SIGN_IN_CARD, { code: resident.cardCode }, at), 'RATE_LIMITED', {
        reason: 'DEVICE_SIGN_IN_LIMIT',
      });
    }
  });

  it('shares the staff budgets of a username at an address', async () => {
    const { community } = await apps.a.newCommunity();
    const admin = await apps.a.newStaff(community.id, StaffRole.ADMIN);
    for (let i = 0; i < BUDGETS.staffUserAddress.points; i++) {
      const app = i % 2 ? apps.b : apps.a;
      expectError(
        await gqlFrom(app, '127.0.0.60', SIGN_IN_STAFF, { u: admin.user.username, p: 'wrong' }),
        'UNAUTHENTICATED',
      );
    }
    for (const app of [apps.a, apps.b]) {
      expectError(
        await gqlFrom(app, '127.0.0.60', SIGN_IN_STAFF, { u: admin.user.username, p: 'correct horse' }),
        'RATE_LIMITED',
      );
    }
    // Kept in the database both share, not in either process's memory.
    const [row] = await apps.b.sql<{ points: number }>('SELECT points FROM rate_limit WHERE key = ?', [
      `staff-user-addr:${await apps.a.communityCode(community.id)}/${admin.user.username}@127.0.0.60`,
    ]);
    expect(row.points).toBe(BUDGETS.staffUserAddress.points + 2);
  });

  it('shares the pairing budget of an address', async () => {
    const pair = 'mutation { pairDevice(code: "ZZZZ-ZZZZ") { token } }';
    for (let i = 0; i < BUDGETS.pairing.points; i++) {
      const app = i % 2 ? apps.b : apps.a;
      expectError(await gqlFrom(app, '127.0.0.61', pair), 'UNAUTHENTICATED', { reason: 'PAIRING_CODE_INVALID' });
    }
    for (const app of [apps.a, apps.b]) expectError(await gqlFrom(app, '127.0.0.61', pair), 'RATE_LIMITED');
    const [row] = await apps.a.sql<{ points: number }>('SELECT points FROM rate_limit WHERE key = ?', [
      'pair:127.0.0.61',
    ]);
    expect(row.points).toBe(BUDGETS.pairing.points + 2);
  });
});

import argon2 from 'argon2';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Context, Principal } from '../../platform/context.js';
import type { Credentials, ResolveOptions } from '../../platform/principal.js';
import { AppError, ErrorCode, forbidden, sessionEnded, unauthenticated } from '../../platform/errors.js';
import { publishIn } from '../../platform/pubsub.js';
import { row, rows, run } from '../../platform/sql.js';
import { CLAIM_PIN_TRY, END_SESSION, PIN_ACCEPTED, PIN_STATE } from './auth.sql.js';
import { lookUp, withCommunity } from '../../platform/row-security.js';
import { addressKey, consume } from '../../platform/rate-limit.js';
import { credentialLimiters, hashing, type CredentialLimiters } from './budgets.js';
import { TokenPrefix, hashToken, newToken, normalizeCode } from '../../platform/tokens.js';
import { Device } from '../device/index.js';
import { Resident } from '../resident/index.js';
import { StaffUser } from '../staff/index.js';
import { Session, SessionKind } from './session.entity.js';

export const PIN_MAX_TRIES = 5;
export const PIN_LOCK_MINUTES = 15;
/** A resident session never outlives this, however busy. */
const RESIDENT_SESSION_MAX_MINUTES = 60;

function bearer(header: string | null | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return m ? m[1] : null;
}

// The look-ups before the community is known (definer functions of the migration row_level_security).
declare module '../../platform/row-security.js' {
  interface CrossCommunityLookups {
    linli_staff_principal: true;
    linli_device_principal: true;
    linli_staff_by_username: true;
    linli_device_by_pairing_code: true;
  }
}

/**
 * Turns credentials into a Principal: one statement per request (a staff session, or a device
 * with the resident session at its kiosk), which also keeps the session alive. The caller's
 * community is not known yet: these are look-ups across communities (row-security.ts `lookUp`,
 * the migration `row_level_security`).
 */
export async function resolvePrincipal(
  orm: MikroORM,
  creds: Credentials,
  idleSeconds: number,
  { touch = true }: ResolveOptions = {},
): Promise<Principal> {
  const principal: Principal = { communityId: null };
  const token = bearer(creds.authorization);
  if (!token) return principal;
  if (token.startsWith(TokenPrefix.staff)) {
    // Keeps the session alive, writing only when the last keep-alive is older than 15 s.
    const [row] = await lookUp(orm.em, 'linli_staff_principal', [hashToken(token), touch]);
    if (!row) throw sessionEnded();
    principal.communityId = row.community_id as string;
    principal.staff = { id: row.staff_id as string, role: row.role as 'ADMIN', sessionId: row.id as string };
    principal.expiresAt = new Date(row.expires_at as string).getTime();
    return principal;
  }
  if (!token.startsWith(TokenPrefix.device)) throw unauthenticated('Unknown credentials');
  // The device and (at a kiosk) the resident session in one statement: every request from a
  // kiosk or a screen runs it.
  const [row] = await lookUp(orm.em, 'linli_device_principal', [
    hashToken(token),
    creds.residentToken ? hashToken(creds.residentToken) : '',
    idleSeconds,
    touch,
  ]);
  if (!row) throw unauthenticated('This device is not registered', 'DEVICE_REVOKED');
  if (row.revoked_at) throw unauthenticated('This device has been revoked', 'DEVICE_REVOKED');
  principal.communityId = row.community_id as string;
  principal.device = { id: row.id as string, kind: row.kind as 'KIOSK' };
  if (creds.residentToken && principal.device.kind === 'KIOSK') {
    if (row.session_id) {
      principal.resident = { id: row.resident_id as string, sessionId: row.session_id as string };
      principal.expiresAt = new Date(row.deadline as string).getTime();
    } else principal.residentSessionExpired = true;
  }
  return principal;
}

export interface IssuedSession<T> {
  token: string;
  user: T;
}

function startSession(ctx: Context, kind: SessionKind, ttlMs: number, who: Partial<Session>): string {
  const token = newToken(kind === SessionKind.STAFF ? TokenPrefix.staff : TokenPrefix.resident);
  ctx.em.create(Session, {
    kind,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + ttlMs),
    ...who,
  } as Session);
  return token;
}

export const AuthService = {
  async signInStaff(ctx: Context, username: string, password: string): Promise<IssuedSession<StaffUser>> {
    const em = ctx.em;
    const name = username.trim().toLowerCase();
    const budgets = credentialLimiters(ctx.orm);
    const attempt = await spendStaffAttempt(budgets, name, addressKey(ctx.clientIp));
    const [found] = await lookUp(em, 'linli_staff_by_username', [name]);
    // From here on, as the staff user's community.
    return withCommunity((found?.community_id as string | undefined) ?? null, () =>
      signInAs(ctx, found ? (found.id as string) : null, password, attempt),
    );
  },

  async signInResidentWithPin(ctx: Context, phone: string, pin: string): Promise<IssuedSession<Resident>> {
    const device = requireKiosk(ctx);
    return withDeviceBudget(ctx, device, async () =>
      issueResidentSession(ctx, device, await checkPin(ctx, phone, pin)),
    );
  },

  async signInResidentWithCard(ctx: Context, code: string): Promise<IssuedSession<Resident>> {
    const device = requireKiosk(ctx);
    return withDeviceBudget(ctx, device, async () => {
      const resident = await ctx.em.findOne(Resident, { cardCode: normalizeCode(code) });
      if (!resident) throw unauthenticated('This card is not known here', 'CARD_UNKNOWN');
      return issueResidentSession(ctx, device, resident.id);
    });
  },

  async signOut(ctx: Context): Promise<boolean> {
    const id = ctx.principal.resident?.sessionId ?? ctx.principal.staff?.sessionId;
    if (!id) return false;
    // The session ends and every process hears of it in one transaction: open WebSockets
    // signed in with it close within moments, on every instance.
    await ctx.em.transactional(async (em) => {
      const ended = await rows(em, END_SESSION, { id });
      if (ended.length) await publishIn(em, 'ACCESS_ENDED', { sessionIds: [id] });
    });
    return true;
  },

  async pairDevice(ctx: Context, code: string): Promise<IssuedSession<Device>> {
    const em = ctx.em;
    await consume(credentialLimiters(ctx.orm).pairing, addressKey(ctx.clientIp));
    const codeHash = hashToken(normalizeCode(code));
    const [found] = await lookUp(em, 'linli_device_by_pairing_code', [codeHash]);
    if (!found) throw unauthenticated('This pairing code is wrong or has expired', 'PAIRING_CODE_INVALID');
    // From here on, as the device's community.
    return withCommunity(found.community_id as string, async () => {
      const device = await em.findOne(
        Device,
        { id: found.id as string, pairingCodeHash: codeHash, revokedAt: null, pairingExpiresAt: { $gt: new Date() } },
        { filters: false },
      );
      if (!device) throw unauthenticated('This pairing code is wrong or has expired', 'PAIRING_CODE_INVALID');
      const token = newToken(TokenPrefix.device);
      device.tokenHash = hashToken(token);
      device.pairingCodeHash = null;
      device.pairingExpiresAt = null;
      // The old token stops working: sockets still open with it close, on every process.
      await em.transactional(async (tx) => {
        await tx.flush();
        await publishIn(tx, 'ACCESS_ENDED', { deviceIds: [device.id] });
      });
      return { token, user: device };
    });
  },
};

/** Staff sign-in, once the username has named a user (or none), in that user's community. */
async function signInAs(
  ctx: Context,
  userId: string | null,
  password: string,
  attempt: StaffAttempt,
): Promise<IssuedSession<StaffUser>> {
  const em = ctx.em;
  const user = userId ? await em.findOne(StaffUser, { id: userId }, { filters: false }) : null;
  let ok: boolean;
  try {
    // Verify against a dummy hash for unknown users too: the same cost, the same counting,
    // and timing does not reveal usernames.
    ok = await hashing.run('staff', () => argon2.verify(user?.passwordHash ?? DUMMY_HASH, password).catch(() => false));
  } catch (err) {
    // Refused by the hashing gate before any check: the attempt was not one.
    await attempt.giveBack();
    throw err;
  }
  if (!user || !ok) throw unauthenticated('Wrong username or password', 'PASSWORD_WRONG');
  await attempt.succeeded();
  const token = startSession(ctx, SessionKind.STAFF, ctx.config.staffSessionHours * 3600_000, {
    community: user.community,
    staffUser: user,
  });
  await em.flush();
  return { token, user };
}

export function requireKiosk(ctx: Context): string {
  const d = ctx.principal.device;
  if (!d || d.kind !== 'KIOSK') {
    throw forbidden('Residents sign in at a registered kiosk', 'DEVICE_REQUIRED');
  }
  return d.id;
}

type StaffAttempt = Awaited<ReturnType<typeof spendStaffAttempt>>;

/**
 * Counts a staff sign-in attempt, before its password is checked, against the budgets of its
 * address, of its username at that address and of its username (in that order: an address
 * past its budget spends nobody's username budget). Known and unknown usernames alike.
 */
async function spendStaffAttempt(budgets: CredentialLimiters, name: string, address: string) {
  const pair = `${name}@${address}`;
  await consume(budgets.staffAddress, address);
  await consume(budgets.staffUserAddress, pair);
  await consume(budgets.staffUser, name);
  return {
    /** Not checked after all: every budget gets its point back. */
    giveBack: () =>
      Promise.all([
        budgets.staffAddress.reward(address),
        budgets.staffUserAddress.reward(pair),
        budgets.staffUser.reward(name),
      ]),
    /** Signed in: this was no failure, and this username starts afresh at this address. */
    succeeded: () =>
      Promise.all([
        budgets.staffAddress.reward(address),
        budgets.staffUserAddress.delete(pair),
        budgets.staffUser.reward(name),
      ]),
  };
}

/**
 * Runs a resident sign-in at a kiosk against the kiosk's budget of failed sign-ins (unknown
 * phones, wrong PINs, locked or PIN-less residents, unknown cards): counted before the
 * attempt, so parallel attempts cannot overrun it, and given back when it succeeds or was
 * never checked (the hashing gate was full). Past the budget every sign-in at this kiosk waits,
 * the right one too, until the block runs out or an admin lifts it on the console.
 */
export async function withDeviceBudget<T>(ctx: Context, deviceId: string, attempt: () => Promise<T>): Promise<T> {
  const budget = credentialLimiters(ctx.orm).deviceSignIn;
  await consume(budget, deviceId, 'DEVICE_SIGN_IN_LIMIT');
  let result: T;
  try {
    result = await attempt();
  } catch (err) {
    if (err instanceof AppError && err.extensions.reason === 'SIGN_IN_BUSY') await budget.reward(deviceId);
    throw err;
  }
  await budget.reward(deviceId);
  return result;
}

/**
 * Checks a resident's PIN and returns their id. A place at the hashing gate comes first (a
 * full gate refuses before any try is used up); then the try is counted in the resident's row,
 * before the PIN is checked, so parallel or aliased tries each use one up; then the check waits
 * for its slot. A row still carrying a lock here has served it: counting starts again from zero.
 */
async function checkPin(ctx: Context, phone: string, pin: string): Promise<string> {
  const place = hashing.admit('resident');
  let claimed: { id: string; pin_hash: string; pin_failures: number };
  let ok: boolean;
  try {
    claimed = await claimPinTry(ctx, phone);
    await place.ready;
    ok = await argon2.verify(claimed.pin_hash, pin).catch(() => false);
  } finally {
    place.done();
  }
  if (!ok) {
    const failures = claimed.pin_failures;
    if (failures >= PIN_MAX_TRIES) throw lockedError(PIN_LOCK_MINUTES * 60);
    throw unauthenticated('Wrong PIN', 'PIN_WRONG', { triesLeft: PIN_MAX_TRIES - failures });
  }
  await run(ctx.em, PIN_ACCEPTED, { id: claimed.id });
  return claimed.id;
}

/** Counts a PIN try in the resident's row, or says why there is none to count. */
export async function claimPinTry(ctx: Context, phone: string) {
  const claimed = await row(ctx.em, CLAIM_PIN_TRY, { phone, maxTries: PIN_MAX_TRIES, lockMinutes: PIN_LOCK_MINUTES });
  if (!claimed) {
    const state = await row(ctx.em, PIN_STATE, { phone });
    if (!state) throw unauthenticated('This phone number is not registered here', 'PHONE_UNKNOWN');
    if (!state.has_pin) throw unauthenticated('No PIN has been set for this resident', 'PIN_NOT_SET');
    throw lockedError(Number(state.locked_for));
  }
  return claimed;
}

export function lockedError(seconds: number): AppError {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return new AppError(ErrorCode.RATE_LIMITED, `Too many wrong PINs. Try again in ${minutes} minutes.`, {
    reason: 'PIN_LOCKED',
    retryAfterSeconds: Math.max(1, seconds),
    triesLeft: 0,
  });
}

export async function issueResidentSession(
  ctx: Context,
  deviceId: string,
  residentId: string,
): Promise<IssuedSession<Resident>> {
  const em = ctx.em;
  const resident = await em.findOneOrFail(Resident, { id: residentId }, { populate: ['building'] });
  const token = startSession(ctx, SessionKind.RESIDENT, RESIDENT_SESSION_MAX_MINUTES * 60_000, {
    community: resident.community,
    resident,
    device: em.getReference(Device, deviceId),
  });
  await em.flush();
  return { token, user: resident };
}

/** A valid argon2id hash of a random string, used when the username is unknown. */
const DUMMY_HASH = await argon2.hash('linli-no-such-user');

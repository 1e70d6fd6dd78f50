import argon2 from 'argon2';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Context, Principal } from '../../platform/context.js';
import { AppError, ErrorCode, unauthenticated } from '../../platform/errors.js';
import { runPrepared } from '../../platform/prepared.js';
import { consume, limiters } from '../../platform/rate-limit.js';
import { TokenPrefix, hashToken, newToken, normalizeCode } from '../../platform/tokens.js';
import { Device } from '../device/device.entity.js';
import { Resident } from '../resident/resident.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { Session, SessionKind } from './session.entity.js';

export const PIN_MAX_TRIES = 5;
export const PIN_LOCK_MINUTES = 15;
/** A resident session never outlives this, however busy. */
const RESIDENT_SESSION_MAX_MINUTES = 60;

export interface Credentials {
  /** `Bearer <token>`: a staff session or a device token. */
  authorization?: string | null;
  /** A resident session token; valid only together with the kiosk it was issued on. */
  residentToken?: string | null;
}

function bearer(header: string | null | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return m ? m[1] : null;
}

type Row = Record<string, unknown>;

/**
 * $1 device token hash, $2 resident token hash ('' for none), $3 the resident idle limit in
 * seconds. Keep-alive writes only when the last one is older than 15 s (or a quarter of the idle
 * limit): a read-only request then commits nothing.
 */
const DEVICE_PRINCIPAL_SQL = `WITH d AS (
   SELECT id, community_id, kind, revoked_at, last_seen_at FROM device WHERE token_hash = $1::text),
 s AS (
   SELECT s.id, s.resident_id, s.last_seen_at FROM session s JOIN d ON s.device_id = d.id
    WHERE s.token_hash = $2::text AND s.kind = 'RESIDENT' AND d.kind = 'KIOSK' AND s.ended_at IS NULL
      AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(secs => $3::int)),
 touch_d AS (UPDATE device SET last_seen_at = now() FROM d
              WHERE device.id = d.id AND d.revoked_at IS NULL
                AND (d.last_seen_at IS NULL OR d.last_seen_at < now() - interval '1 minute') RETURNING 1),
 touch_s AS (UPDATE session SET last_seen_at = now() FROM s
              WHERE session.id = s.id
                AND s.last_seen_at < now() - LEAST(interval '15 seconds', make_interval(secs => $3::int / 4.0)) RETURNING 1)
 SELECT d.id, d.community_id, d.kind, d.revoked_at, s.id AS session_id, s.resident_id FROM d LEFT JOIN s ON true`;

/**
 * Turns credentials into a Principal: one statement per request (a staff session, or a device
 * with the resident session at its kiosk), which also keeps the session alive.
 */
export async function resolvePrincipal(orm: MikroORM, creds: Credentials, idleSeconds: number): Promise<Principal> {
  const principal: Principal = { communityId: null };
  const token = bearer(creds.authorization);
  if (!token) return principal;
  const conn = orm.em.getConnection();
  // Keep-alive writes only when the last one is older than this: a read-only request then
  // commits nothing (no WAL flush), and idle limits of minutes lose nothing.
  const touchAfter = "interval '15 seconds'";
  if (token.startsWith(TokenPrefix.staff)) {
    const [row] = await conn.execute<Row[]>(
      `WITH s AS (
         SELECT s.id, s.community_id, s.last_seen_at, u.id AS staff_id, u.role
           FROM session s JOIN staff_user u ON u.id = s.staff_user_id
          WHERE s.token_hash = ? AND s.kind = 'STAFF' AND s.ended_at IS NULL AND s.expires_at > now()),
       touch AS (UPDATE session SET last_seen_at = now() FROM s
                  WHERE session.id = s.id AND s.last_seen_at < now() - ${touchAfter} RETURNING 1)
       SELECT id, community_id, staff_id, role FROM s`,
      [hashToken(token)],
    );
    if (!row) throw unauthenticated('Your session has ended. Please sign in again.', 'SESSION_EXPIRED');
    principal.communityId = row.community_id as string;
    principal.staff = { id: row.staff_id as string, role: row.role as 'ADMIN', sessionId: row.id as string };
    return principal;
  }
  if (!token.startsWith(TokenPrefix.device)) throw unauthenticated('Unknown credentials');
  // The device and (at a kiosk) the resident session in one statement, prepared: every
  // request from a kiosk or a screen runs it.
  const [row] = await runPrepared(orm.em, 'device_principal', DEVICE_PRINCIPAL_SQL, [
    hashToken(token),
    creds.residentToken ? hashToken(creds.residentToken) : '',
    idleSeconds,
  ]);
  if (!row) throw unauthenticated('This device is not registered', 'DEVICE_REVOKED');
  if (row.revoked_at) throw unauthenticated('This device has been revoked', 'DEVICE_REVOKED');
  principal.communityId = row.community_id as string;
  principal.device = { id: row.id as string, kind: row.kind as 'KIOSK' };
  if (creds.residentToken && principal.device.kind === 'KIOSK') {
    if (row.session_id) principal.resident = { id: row.resident_id as string, sessionId: row.session_id as string };
    else principal.residentSessionExpired = true;
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
    await consume(limiters.staffSignIn, name);
    const user = await em.findOne(StaffUser, { username: name }, { filters: false });
    // Verify against a dummy hash for unknown users too, so timing does not reveal usernames.
    const ok = await argon2.verify(user?.passwordHash ?? DUMMY_HASH, password).catch(() => false);
    if (!user || !ok) throw unauthenticated('Wrong username or password', 'PASSWORD_WRONG');
    await limiters.staffSignIn.delete(name);
    const token = startSession(ctx, SessionKind.STAFF, ctx.config.staffSessionHours * 3600_000, {
      community: user.community,
      staffUser: user,
    });
    await em.flush();
    return { token, user };
  },

  async signInResidentWithPin(ctx: Context, phone: string, pin: string): Promise<IssuedSession<Resident>> {
    const device = requireKiosk(ctx);
    const conn = ctx.em.getConnection();
    // Count the attempt before checking it: parallel or aliased tries each use one up.
    // A row still carrying a lock here has served it: counting starts again from zero.
    const [claimed] = await conn.execute<Row[]>(
      `UPDATE resident SET
         pin_failures = CASE WHEN pin_locked_until IS NULL THEN pin_failures ELSE 0 END + 1,
         pin_locked_until = CASE WHEN CASE WHEN pin_locked_until IS NULL THEN pin_failures ELSE 0 END + 1 >= ?
                                 THEN now() + make_interval(mins => ?) END
       WHERE community_id = ? AND phone = ? AND pin_hash IS NOT NULL
         AND (pin_locked_until IS NULL OR pin_locked_until <= now())
       RETURNING id, pin_hash, pin_failures`,
      [PIN_MAX_TRIES, PIN_LOCK_MINUTES, ctx.principal.communityId, phone],
    );
    if (!claimed) {
      const [r] = await conn.execute<Row[]>(
        `SELECT pin_hash IS NOT NULL AS has_pin,
                ceil(extract(epoch FROM pin_locked_until - now()))::int AS locked_for
           FROM resident WHERE community_id = ? AND phone = ?`,
        [ctx.principal.communityId, phone],
      );
      if (!r) throw unauthenticated('This phone number is not registered here', 'PHONE_UNKNOWN');
      if (!r.has_pin) throw unauthenticated('No PIN has been set for this resident', 'PIN_NOT_SET');
      throw lockedError(Number(r.locked_for));
    }
    const ok = await argon2.verify(claimed.pin_hash as string, pin).catch(() => false);
    if (!ok) {
      const failures = Number(claimed.pin_failures);
      if (failures >= PIN_MAX_TRIES) throw lockedError(PIN_LOCK_MINUTES * 60);
      throw unauthenticated('Wrong PIN', 'PIN_WRONG', { triesLeft: PIN_MAX_TRIES - failures });
    }
    await conn.execute('UPDATE resident SET pin_failures = 0, pin_locked_until = NULL WHERE id = ?', [claimed.id]);
    return issueResidentSession(ctx, device, claimed.id as string);
  },

  async signInResidentWithCard(ctx: Context, code: string): Promise<IssuedSession<Resident>> {
    const device = requireKiosk(ctx);
    await consume(limiters.codeAttempts, `card:${device}`);
    const resident = await ctx.em.findOne(Resident, { cardCode: normalizeCode(code) });
    if (!resident) throw unauthenticated('This card is not known here', 'CARD_UNKNOWN');
    return issueResidentSession(ctx, device, resident.id);
  },

  async signOut(ctx: Context): Promise<boolean> {
    const id = ctx.principal.resident?.sessionId ?? ctx.principal.staff?.sessionId;
    if (!id) return false;
    await ctx.em.nativeUpdate(Session, { id }, { endedAt: new Date() });
    return true;
  },

  async pairDevice(ctx: Context, code: string): Promise<IssuedSession<Device>> {
    const em = ctx.em;
    await consume(limiters.codeAttempts, `pair:${ctx.clientIp}`);
    const device = await em.findOne(
      Device,
      { pairingCodeHash: hashToken(normalizeCode(code)), revokedAt: null, pairingExpiresAt: { $gt: new Date() } },
      { filters: false },
    );
    if (!device) throw unauthenticated('This pairing code is wrong or has expired', 'PAIRING_CODE_INVALID');
    const token = newToken(TokenPrefix.device);
    device.tokenHash = hashToken(token);
    device.pairingCodeHash = null;
    device.pairingExpiresAt = null;
    await em.flush();
    return { token, user: device };
  },
};

function requireKiosk(ctx: Context): string {
  const d = ctx.principal.device;
  if (!d || d.kind !== 'KIOSK') {
    throw new AppError(ErrorCode.FORBIDDEN, 'Residents sign in at a registered kiosk', { reason: 'DEVICE_REQUIRED' });
  }
  return d.id;
}

function lockedError(seconds: number): AppError {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return new AppError(ErrorCode.RATE_LIMITED, `Too many wrong PINs. Try again in ${minutes} minutes.`, {
    reason: 'PIN_LOCKED',
    retryAfterSeconds: Math.max(1, seconds),
    triesLeft: 0,
  });
}

async function issueResidentSession(
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

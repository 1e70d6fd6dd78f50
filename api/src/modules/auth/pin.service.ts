import argon2 from 'argon2';
import { timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../platform/context.js';
import { AppError, ErrorCode, notFound, unauthenticated } from '../../platform/errors.js';
import { publishIn } from '../../platform/pubsub.js';
import { row, rows, run } from '../../platform/sql.js';
import { hashToken } from '../../platform/tokens.js';
import { randomInt } from 'node:crypto';
import { Audit, AuditAction } from '../audit/index.js';
import type { Resident } from '../resident/index.js';
import { AuthReason } from './auth.reasons.js';
import {
  PIN_LOCK_MINUTES,
  PIN_MAX_TRIES,
  claimPinTry,
  issueResidentSession,
  lockedError,
  requireKiosk,
  withDeviceBudget,
  type IssuedSession,
} from './auth.service.js';
import {
  CLAIM_SETUP_TRY,
  END_RESIDENT_SESSIONS,
  ISSUE_SETUP_CODE,
  LIFT_PIN_LOCK,
  PIN_ACCEPTED,
  RESIDENT_PIN,
  SETUP_STATE,
  SET_PIN,
} from './auth.sql.js';
import { hashing } from './budgets.js';
import { pinWeakness } from './pin-rules.js';

/** A set-up code works this long after staff issue it. */
export const SETUP_CODE_HOURS = 24;
/** Digits of a set-up code: typed on the kiosk's keypad, read aloud or from a slip. */
const SETUP_CODE_DIGITS = 8;

/** Ends every open session of the resident, on every process (sockets close), in `em`'s transaction. */
export async function endResidentSessions(em: EntityManager, residentId: string): Promise<void> {
  const ended = await rows(em, END_RESIDENT_SESSIONS, { resident: residentId });
  if (ended.length) await publishIn(em, 'ACCESS_ENDED', { sessionIds: ended.map((s) => s.id) });
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function tooSimple(pin: string, resident: { phone: string | null; birth_date: string | null }): void {
  const why = pinWeakness(pin, { phone: resident.phone, birthDate: resident.birth_date });
  if (why) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'This PIN is too easy to guess: choose another', {
      reason: AuthReason.PIN_TOO_SIMPLE,
      why,
    });
  }
}

/**
 * Checks a set-up code, counting the try in the resident's row first (with the PIN tries: one
 * budget, one lock). Returns the resident it belongs to; a right code resets the count.
 */
async function checkSetupCode(ctx: Context, phone: string, code: string) {
  const claimed = await row(ctx.em, CLAIM_SETUP_TRY, { phone, maxTries: PIN_MAX_TRIES, lockMinutes: PIN_LOCK_MINUTES });
  if (!claimed) {
    const state = await row(ctx.em, SETUP_STATE, { phone });
    if (!state) throw unauthenticated('This phone number is not registered here', AuthReason.PHONE_UNKNOWN);
    if (!state.has_code) {
      throw unauthenticated('No set-up code is outstanding for this resident', AuthReason.SETUP_CODE_WRONG, {
        triesLeft: PIN_MAX_TRIES,
      });
    }
    throw lockedError(Number(state.locked_for));
  }
  if (!sameHash(claimed.pin_setup_hash, hashToken(code))) {
    if (claimed.pin_failures >= PIN_MAX_TRIES) throw lockedError(PIN_LOCK_MINUTES * 60);
    throw unauthenticated('This set-up code is not right', AuthReason.SETUP_CODE_WRONG, {
      triesLeft: PIN_MAX_TRIES - claimed.pin_failures,
    });
  }
  await run(ctx.em, PIN_ACCEPTED, { id: claimed.id });
  if (claimed.expired) {
    throw unauthenticated('This set-up code has expired: staff can give a new one', AuthReason.SETUP_CODE_EXPIRED);
  }
  return claimed;
}

export const PinService = {
  /** Staff: a one-time code for the resident to set their own PIN with; ends their sessions, lifts a lock. */
  async issueSetupCode(ctx: Context, residentId: string): Promise<{ code: string; expiresAt: Date }> {
    let code = '';
    for (let i = 0; i < SETUP_CODE_DIGITS; i++) code += String(randomInt(10));
    return ctx.em.transactional(async (em) => {
      const issued = await row(em, ISSUE_SETUP_CODE, {
        id: residentId,
        hash: hashToken(code),
        hours: SETUP_CODE_HOURS,
      });
      if (!issued) throw notFound('Resident');
      await endResidentSessions(em, residentId);
      await Audit.record(ctx, em, {
        action: AuditAction.PIN_SETUP_CODE_ISSUED,
        residentId,
        detail: { wasLocked: issued.was_locked },
      });
      return { code, expiresAt: new Date(issued.expires_at) };
    });
  },

  /** Staff: the resident in front of them may try their PIN again. */
  async liftLock(ctx: Context, residentId: string): Promise<boolean> {
    return ctx.em.transactional(async (em) => {
      const lifted = await row(em, LIFT_PIN_LOCK, { id: residentId });
      if (!lifted) throw notFound('Resident');
      await Audit.record(ctx, em, {
        action: AuditAction.PIN_LOCK_LIFTED,
        residentId,
        detail: { wasLocked: lifted.was_locked === true },
      });
      return lifted.was_locked === true;
    });
  },

  /** Kiosk: is this the resident's set-up code? (Asked before they choose a PIN.) */
  async checkSetupCode(ctx: Context, phone: string, code: string): Promise<boolean> {
    const device = requireKiosk(ctx);
    return withDeviceBudget(ctx, device, async () => {
      await checkSetupCode(ctx, phone, code);
      return true;
    });
  },

  /** Kiosk: the resident sets their own PIN with a set-up code, and is signed in. */
  async setPinWithCode(ctx: Context, phone: string, code: string, pin: string): Promise<IssuedSession<Resident>> {
    const device = requireKiosk(ctx);
    return withDeviceBudget(ctx, device, async () => {
      const resident = await checkSetupCode(ctx, phone, code);
      tooSimple(pin, resident);
      const hash = await hashing.run('resident', () => argon2.hash(pin));
      await ctx.em.transactional(async (em) => {
        const set = await row(em, SET_PIN, { id: resident.id, hash });
        if (!set) throw unauthenticated('This phone number is not registered here', AuthReason.PHONE_UNKNOWN);
        await endResidentSessions(em, resident.id);
      });
      return issueResidentSession(ctx, device, resident.id);
    });
  },

  /** Kiosk, signed in: the resident changes their PIN (the current one first). */
  async changeMyPin(ctx: Context, currentPin: string, newPin: string): Promise<boolean> {
    const me = ctx.principal.resident!;
    const device = requireKiosk(ctx);
    return withDeviceBudget(ctx, device, async () => {
      const resident = await row(ctx.em, RESIDENT_PIN, { id: me.id });
      if (!resident?.phone) throw notFound('Resident');
      // Signed in by card without a PIN: PIN_NOT_SET (the set-up code is the way to a first PIN).
      const claimed = await claimPinTry(ctx, resident.phone);
      const ok = await hashing.run('resident', () => argon2.verify(claimed.pin_hash, currentPin).catch(() => false));
      if (!ok) {
        if (claimed.pin_failures >= PIN_MAX_TRIES) throw lockedError(PIN_LOCK_MINUTES * 60);
        throw unauthenticated('Wrong PIN', AuthReason.PIN_WRONG, { triesLeft: PIN_MAX_TRIES - claimed.pin_failures });
      }
      await run(ctx.em, PIN_ACCEPTED, { id: me.id });
      tooSimple(newPin, resident);
      const hash = await hashing.run('resident', () => argon2.hash(newPin));
      await run(ctx.em, SET_PIN, { id: me.id, hash });
      return true;
    });
  },
};

import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError, ErrorCode } from './errors.js';

/**
 * Attempt budgets for credential checks that the database does not already guard (the PIN
 * lock lives in the resident row). In memory, per API process: with N processes an attacker
 * gets N budgets, which these numbers allow for.
 */
export const limiters = {
  /** Staff password attempts per username. */
  staffSignIn: new RateLimiterMemory({ keyPrefix: 'staff', points: 10, duration: 15 * 60 }),
  /** Pairing-code and card-code attempts per device or address. */
  codeAttempts: new RateLimiterMemory({ keyPrefix: 'code', points: 20, duration: 60 }),
  /**
   * Following a ticket from a phone (anonymous), per address. A look-up costs 1 point and a
   * wrong link a penalty of 20 more: a community Wi-Fi full of phones re-fetching on every
   * change of their lines stays far below it; guessing links stops after a dozen tries a minute.
   */
  followLookups: new RateLimiterMemory({ keyPrefix: 'follow', points: 240, duration: 60 }),
  /**
   * New WebSocket connections without credentials (phones following a ticket), per address: a
   * phone opens one and reconnects after a restart; a flood of them is refused at the door.
   */
  anonymousSockets: new RateLimiterMemory({ keyPrefix: 'anon-ws', points: 120, duration: 60 }),
};

export async function consume(limiter: RateLimiterMemory, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (res) {
    if (!(res instanceof RateLimiterRes)) throw res;
    const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
    throw new AppError(ErrorCode.RATE_LIMITED, `Too many attempts. Try again in ${seconds} seconds.`, {
      retryAfterSeconds: seconds,
    });
  }
}

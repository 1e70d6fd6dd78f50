import type { MikroORM } from '@mikro-orm/postgresql';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import { HashingGate, postgresBudgets, type BudgetSpec } from '../../platform/rate-limit.js';
import { AuthReason } from './auth.reasons.js';

const MINUTE = 60;

/**
 * Budgets of the credential checks, as numbers (the tests and the console read them), kept in
 * PostgreSQL so that every API process shares them.
 *
 * Staff sign-in follows OWASP's authentication guidance: failures are counted per (username,
 * address) and per address, which is what stops a guesser, and per username with a ceiling
 * far above both, which only a guesser spread over many addresses reaches. An attacker at one
 * address therefore locks out neither the admin at another address nor, through the shared
 * address budget, more than their own address. Each attempt is counted before the password is
 * checked (parallel attempts cannot overrun a budget) and given back when it succeeds; unknown
 * usernames are counted exactly like known ones.
 */
export const BUDGETS = {
  /** Sign-in failures per (username, address): ten in 15 minutes, then 15 minutes' wait. */
  staffUserAddress: { prefix: 'staff-user-addr', points: 10, duration: 15 * MINUTE, blockDuration: 15 * MINUTE },
  /**
   * Sign-in failures per address, whatever the usernames: thirty in 15 minutes, then 15
   * minutes' wait. An office behind one address makes a handful of mistakes a day.
   */
  staffAddress: { prefix: 'staff-addr', points: 30, duration: 15 * MINUTE, blockDuration: 15 * MINUTE },
  /**
   * Sign-in failures per username from all addresses: a hundred an hour. Reaching it takes
   * ten addresses each spending its (username, address) budget: a distributed guesser, not a
   * colleague or a prankster at one address.
   */
  staffUser: { prefix: 'staff-user', points: 100, duration: 60 * MINUTE },
  /** Pairing-code attempts per address (codes are 8 characters of 32: 2^40). */
  pairing: { prefix: 'pair', points: 20, duration: MINUTE },
  /**
   * Failed resident sign-ins per kiosk (unknown phones, wrong PINs, locked or PIN-less
   * residents and unknown cards together): thirty in 15 minutes, then 15 minutes' wait. A
   * busy lobby morning of elders mistyping sees a few a quarter of an hour (the PIN itself
   * locks after five on one resident); walking the phone book of a community of some
   * thousands of residents at 120 numbers an hour is slow, and shows on the console, where an
   * admin can see the count and lift the block.
   */
  deviceSignIn: { prefix: 'device-sign-in', points: 30, duration: 15 * MINUTE, blockDuration: 15 * MINUTE },
} as const satisfies Record<string, BudgetSpec>;

export type CredentialLimiters = Record<keyof typeof BUDGETS, RateLimiterPostgres>;

/** The budgets that guard credentials, on this ORM's database. */
export const credentialLimiters = (orm: MikroORM): CredentialLimiters => postgresBudgets(orm, BUDGETS);

/**
 * The process's argon2 gate: two at a time (two cores; 2 × 64 MiB; two of libuv's four
 * threads left for everything else), eight staff and sixteen resident checks waiting at most.
 * A resident's PIN waits for at most the two checks already running, however busy staff
 * sign-in is.
 */
export const hashing = new HashingGate(2, { resident: 16, staff: 8 }, AuthReason.SIGN_IN_BUSY);

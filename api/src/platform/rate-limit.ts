import { isIPv4, isIPv6 } from 'node:net';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { AppError, ErrorCode, type ErrorReason } from './errors.js';

export const RATE_LIMIT_TABLE = 'rate_limit';

/**
 * A row of an attempt budget kept in PostgreSQL, in rate-limiter-flexible's own layout (its
 * RateLimiterPostgres reads and writes it; the ORM never does). Mapped as an entity so that
 * the committed migration creates it and the schema drift check knows it.
 */
@Entity({ tableName: RATE_LIMIT_TABLE })
export class RateLimitRow {
  /** `<keyPrefix>:<key>`, e.g. `device-sign-in:<device id>`. */
  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points: number = 0;

  /** Milliseconds since the epoch (the API process's clock); null: never. */
  @Property({ type: 'bigint', nullable: true })
  expire: string | null = null;
}

/**
 * Budgets for anonymous traffic, in each process's memory. They guard no credential, and
 * PostgreSQL would add a write to every request they see (every phone re-fetching its ticket,
 * every new anonymous socket): with N processes an address gets N budgets, which these
 * numbers allow for.
 */
export const limiters = {
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

const MINUTE = 60;

/**
 * Budgets of the credential checks, as numbers (the tests and the console read them).
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
  staffUserAddress: { points: 10, duration: 15 * MINUTE, blockDuration: 15 * MINUTE },
  /**
   * Sign-in failures per address, whatever the usernames: thirty in 15 minutes, then 15
   * minutes' wait. An office behind one address makes a handful of mistakes a day.
   */
  staffAddress: { points: 30, duration: 15 * MINUTE, blockDuration: 15 * MINUTE },
  /**
   * Sign-in failures per username from all addresses: a hundred an hour. Reaching it takes
   * ten addresses each spending its (username, address) budget: a distributed guesser, not a
   * colleague or a prankster at one address.
   */
  staffUser: { points: 100, duration: 60 * MINUTE },
  /** Pairing-code attempts per address (codes are 8 characters of 32: 2^40). */
  pairing: { points: 20, duration: MINUTE },
  /**
   * Failed resident sign-ins per kiosk (unknown phones, wrong PINs, locked or PIN-less
   * residents and unknown cards together): thirty in 15 minutes, then 15 minutes' wait. A
   * busy lobby morning of elders mistyping sees a few a quarter of an hour (the PIN itself
   * locks after five on one resident); walking the phone book of a community of some
   * thousands of residents at 120 numbers an hour is slow, and shows on the console, where an
   * admin can see the count and lift the block.
   */
  deviceSignIn: { points: 30, duration: 15 * MINUTE, blockDuration: 15 * MINUTE },
} as const;

/** Key prefixes in the rate_limit table. */
export const BudgetPrefix = {
  staffUserAddress: 'staff-user-addr',
  staffAddress: 'staff-addr',
  staffUser: 'staff-user',
  pairing: 'pair',
  deviceSignIn: 'device-sign-in',
} as const;

export type CredentialLimiters = Record<keyof typeof BUDGETS, RateLimiterPostgres>;

const perOrm = new WeakMap<MikroORM, CredentialLimiters>();

/**
 * The budgets that guard credentials, kept in PostgreSQL so that every API process on the
 * database shares them. One set per ORM (per database), on its connection pool.
 */
export function credentialLimiters(orm: MikroORM): CredentialLimiters {
  let set = perOrm.get(orm);
  if (set) return set;
  const knex = orm.em.getConnection().getKnex();
  const make = (name: keyof typeof BUDGETS) =>
    new RateLimiterPostgres({
      storeClient: knex,
      storeType: 'knex',
      tableName: RATE_LIMIT_TABLE,
      // Created by a migration; expired rows are swept below, by one timer for all of them.
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: BudgetPrefix[name],
      ...BUDGETS[name],
    });
  set = {
    staffUserAddress: make('staffUserAddress'),
    staffAddress: make('staffAddress'),
    staffUser: make('staffUser'),
    pairing: make('pairing'),
    deviceSignIn: make('deviceSignIn'),
  };
  perOrm.set(orm, set);
  sweepExpired(orm);
  return set;
}

/** Deletes budget rows that expired an hour ago, every five minutes, until the ORM closes. */
function sweepExpired(orm: MikroORM): void {
  const timer = setInterval(() => {
    void (async () => {
      try {
        if (!(await orm.isConnected())) {
          clearInterval(timer);
          return;
        }
        await orm.em
          .getConnection()
          .execute(`DELETE FROM ${RATE_LIMIT_TABLE} WHERE expire < ?`, [Date.now() - 3600_000]);
      } catch {
        // Not critical: the next sweep tries again, and expired rows count for nothing.
      }
    })();
  }, 5 * 60_000);
  timer.unref();
}

export function rateLimited(seconds: number, reason?: ErrorReason, message?: string): AppError {
  const s = Math.max(1, Math.ceil(seconds));
  return new AppError(ErrorCode.RATE_LIMITED, message ?? `Too many attempts. Try again in ${s} seconds.`, {
    ...(reason ? { reason } : {}),
    retryAfterSeconds: s,
  });
}

/** Takes points from a budget, or fails with RATE_LIMITED (and `reason`, if given). */
export async function consume(
  limiter: RateLimiterAbstract,
  key: string,
  reason?: ErrorReason,
  points = 1,
): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(key, points);
  } catch (res) {
    if (!(res instanceof RateLimiterRes)) throw res;
    throw rateLimited(res.msBeforeNext / 1000, reason);
  }
}

/**
 * An address as a budget key: IPv4 as it is (also when mapped into IPv6), IPv6 by its /64
 * network, which one household or attacker usually holds whole.
 */
export function addressKey(ip: string): string {
  const plain = ip.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  if (isIPv4(plain)) return plain;
  if (!isIPv6(plain)) return plain || 'unknown';
  const [head, tail = ''] = plain.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = plain.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** What a caller refused by the hashing gate is told to wait. */
const HASHING_BUSY_RETRY_SECONDS = 5;

/** Who waits for a hashing slot: residents at a kiosk go before staff. */
export type HashLane = 'resident' | 'staff';

/**
 * A small gate in front of argon2. Each verification or hash takes 64 MiB and one of libuv's
 * four threads for a tenth of a second or more; without a gate, fifty sign-ins at once run
 * fifty of them and everything else (a resident's PIN at a kiosk, file and DNS work sharing
 * those threads) waits behind them. Here at most `concurrency` run; the rest wait in a short
 * queue per lane (residents first), and past its end a caller is refused at once with
 * RATE_LIMITED / SIGN_IN_BUSY instead of piling up.
 *
 * Written here rather than taken from p-limit: p-limit has no bounded queue, no lanes and no
 * counters, so the part that matters would be ours anyway, and this is the whole of it.
 */
export class HashingGate {
  private running = 0;
  private readonly queues: Record<HashLane, Array<() => void>> = { resident: [], staff: [] };
  /** Counters for tests and diagnostics: jobs started, refused, and the most ever running at once. */
  readonly stats = { started: 0, refused: 0, peakRunning: 0 };

  constructor(
    readonly concurrency: number,
    readonly queueLimits: Record<HashLane, number>,
  ) {}

  /**
   * Runs `job` when a slot is free, or throws RATE_LIMITED (SIGN_IN_BUSY) at once if its lane's
   * queue is full.
   */
  async run<T>(lane: HashLane, job: () => Promise<T>): Promise<T> {
    const place = this.admit(lane);
    try {
      await place.ready;
      return await job();
    } finally {
      place.done();
    }
  }

  /**
   * A place at the gate, taken now (or RATE_LIMITED / SIGN_IN_BUSY thrown now, if the lane's
   * queue is full), for work to do before the hashing while waiting for the slot: `ready`
   * resolves when the slot is this caller's; `done()` gives it back, or the place in the queue
   * if the turn never came. Call `done()` exactly once, in a `finally`.
   */
  admit(lane: HashLane): GatePlace {
    const queue = this.queues[lane];
    if (this.running >= this.concurrency && queue.length >= this.queueLimits[lane]) {
      this.stats.refused++;
      throw rateLimited(
        HASHING_BUSY_RETRY_SECONDS,
        'SIGN_IN_BUSY',
        'Too many sign-ins are being checked right now. Please try again in a few seconds.',
      );
    }
    let state: 'queued' | 'running' | 'over' = 'queued';
    let resolve!: () => void;
    const ready = new Promise<void>((r) => (resolve = r));
    const grant = () => {
      state = 'running';
      this.stats.started++;
      this.stats.peakRunning = Math.max(this.stats.peakRunning, this.running);
      resolve();
    };
    if (this.running < this.concurrency) {
      this.running++;
      grant();
    } else {
      queue.push(grant);
    }
    return {
      ready,
      done: () => {
        if (state === 'running') this.release();
        else if (state === 'queued' && queue.includes(grant)) queue.splice(queue.indexOf(grant), 1);
        state = 'over';
      },
    };
  }

  /** Jobs running and waiting now. */
  get load(): { running: number; waiting: Record<HashLane, number> } {
    return {
      running: this.running,
      waiting: { resident: this.queues.resident.length, staff: this.queues.staff.length },
    };
  }

  /** A slot freed: the next in line takes it over (`running` stays), residents first. */
  private release(): void {
    const next = this.queues.resident.shift() ?? this.queues.staff.shift();
    if (next) next();
    else this.running--;
  }
}

export interface GatePlace {
  ready: Promise<void>;
  done: () => void;
}

/**
 * The process's argon2 gate: two at a time (two cores; 2 × 64 MiB; two of libuv's four
 * threads left for everything else), eight staff and sixteen resident checks waiting at most.
 * A resident's PIN waits for at most the two checks already running, however busy staff
 * sign-in is.
 */
export const hashing = new HashingGate(2, { resident: 16, staff: 8 });

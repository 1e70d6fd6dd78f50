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
 * New WebSocket connections without credentials (phones following a ticket), per address, in
 * each process's memory: a phone opens one and reconnects after a restart; a flood of them is
 * refused at the door. (PostgreSQL would add a write to every new anonymous socket; with N
 * processes an address gets N budgets, which this number allows for.)
 */
export const anonymousSockets = new RateLimiterMemory({ keyPrefix: 'anon-ws', points: 120, duration: 60 });

/** A budget kept in PostgreSQL: its key prefix in the table, and rate-limiter-flexible's numbers. */
export interface BudgetSpec {
  prefix: string;
  points: number;
  duration: number;
  blockDuration?: number;
}

const perOrm = new WeakMap<MikroORM, Map<string, RateLimiterPostgres>>();

/**
 * Budgets kept in PostgreSQL, so that every API process on the database shares them (those
 * that guard credentials). One limiter per ORM (per database) and prefix, on its connection pool.
 */
export function postgresBudgets<K extends string>(
  orm: MikroORM,
  specs: Record<K, BudgetSpec>,
): Record<K, RateLimiterPostgres> {
  let made = perOrm.get(orm);
  if (!made) {
    made = new Map();
    perOrm.set(orm, made);
    sweepExpired(orm);
  }
  const knex = orm.em.getConnection().getKnex();
  const out = {} as Record<K, RateLimiterPostgres>;
  for (const name of Object.keys(specs) as K[]) {
    const { prefix, ...numbers } = specs[name];
    let limiter = made.get(prefix);
    if (!limiter) {
      limiter = new RateLimiterPostgres({
        storeClient: knex,
        storeType: 'knex',
        tableName: RATE_LIMIT_TABLE,
        // Created by a migration; expired rows are swept below, by one timer for all of them.
        tableCreated: true,
        clearExpiredByTimeout: false,
        keyPrefix: prefix,
        ...numbers,
      });
      made.set(prefix, limiter);
    }
    out[name] = limiter;
  }
  return out;
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
    /** The reason a refused caller is given. */
    private readonly busyReason: ErrorReason,
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
        this.busyReason,
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

import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict } from '../../platform/errors.js';
import { row, rows } from '../../platform/sql.js';
import './ledger.events.js';
import { LedgerReason } from './ledger.reasons.js';
import { BALANCE, ENTRY, ENTRY_BY_KEY, HISTORY, POST, VERIFY, type EntryRow } from './ledger.sql.js';

/** One movement to record. */
export interface Posting {
  /** The account's kind: `POINTS` (the time bank's `HOURS` later). */
  kind: string;
  residentId: string;
  /** Whole units in (> 0) or out (< 0). */
  amount: number;
  /** The posting module's code for why. */
  reason: string;
  /** What it is for (a meeting, a shift, a voucher). */
  source?: { kind: string; id: string } | null;
  /** What the history shows beside the reason. */
  detail?: Record<string, unknown> | null;
  /** The staff member recording it. */
  recordedBy?: string | null;
  /**
   * One posting per key in the community: the same key again returns the first posting (the
   * same movement) or, asked for a different one, IDEMPOTENCY_KEY_REUSED. Derive it from the
   * source (`award:MEETING:<id>:<resident>`) and a source is credited once, whoever records it.
   */
  key: string;
}

export interface Entry {
  id: string;
  seq: string;
  kind: string;
  residentId: string;
  amount: number;
  balanceAfter: number;
  reason: string;
  source: { kind: string; id: string } | null;
  detail: Record<string, unknown> | null;
  recordedBy: string | null;
  reversesId: string | null;
  reversedById: string | null;
  at: Date;
}

export interface Posted extends Entry {
  /** True when the key had been posted before: nothing moved now. */
  replayed: boolean;
}

/** The ledger refused a debit: the account holds less than it takes. The transaction is spoilt. */
export class Overdraft extends Error {
  constructor() {
    super('the balance would go below zero');
  }
}

export interface HistoryQuery {
  kind: string;
  residentId: string;
  /** The seq of the last entry seen (older ones come). */
  before?: string | null;
  /** By the day each happened (else in posting order). */
  byDay?: boolean;
  limit: number;
  reasons?: string[] | null;
  from?: Date | null;
  until?: Date | null;
}

export interface LedgerCheck {
  accounts: number;
  entries: number;
  /** Accounts whose balance is not the sum of their entries (or not their last entry's balance). */
  mismatches: Array<{ kind: string; residentId: string; balance: number; sum: number; last: number | null }>;
  /** What the modules that post found wrong in their own records (see `addCheck`). */
  problems: string[];
}

type Check = (em: EntityManager) => Promise<string[]>;
const checks: Check[] = [];

function entryOf(r: EntryRow): Entry {
  return {
    id: r.id,
    seq: String(r.seq),
    kind: r.kind,
    residentId: r.resident_id,
    amount: Number(r.amount),
    balanceAfter: Number(r.balance_after),
    reason: r.reason,
    source: r.source_kind && r.source_id ? { kind: r.source_kind, id: r.source_id } : null,
    detail: r.detail,
    recordedBy: r.recorded_by,
    reversesId: r.reverses_id,
    reversedById: r.reversed_by,
    at: new Date(r.at),
  };
}

function samePosting(e: Entry, p: Posting, reverses: string | null): boolean {
  return (
    e.kind === p.kind &&
    e.residentId === p.residentId &&
    e.amount === p.amount &&
    e.reason === p.reason &&
    (e.source?.kind ?? null) === (p.source?.kind ?? null) &&
    (e.source?.id ?? null) === (p.source?.id ?? null) &&
    e.reversesId === reverses
  );
}

/** PostgreSQL's error for the CHECK that keeps balances at or above zero. */
export function isOverdraft(err: unknown): boolean {
  if (err instanceof Overdraft) return true;
  const e = err as { code?: unknown; constraint?: unknown; message?: unknown } | null;
  return (
    e?.code === '23514' &&
    (e.constraint === 'ledger_account_balance_not_negative' ||
      String(e.message).includes('ledger_account_balance_not_negative'))
  );
}

/**
 * Another transaction posted the same key (or reversed the same entry) at the same moment, and
 * committed first: this transaction is spoilt (its insert broke the key's unique index). Run it
 * again (`Ledger.retryRace`): the ledger then finds the first posting and returns it as a replay.
 */
export function isPostingRace(err: unknown): boolean {
  const e = err as { code?: unknown; constraint?: unknown; message?: unknown } | null;
  if (e?.code !== '23505') return false;
  return RACE_CONSTRAINTS.some((c) => e.constraint === c || String(e.message).includes(c));
}
const RACE_CONSTRAINTS = ['ledger_entry_community_id_idempotency_key_unique', 'ledger_entry_reverses_id_unique'];

async function post(em: EntityManager, p: Posting, reverses: string | null): Promise<Posted> {
  if (!em.isInTransaction()) throw new Error('Ledger.post outside a transaction');
  if (!Number.isSafeInteger(p.amount) || p.amount === 0) throw new Error(`bad ledger amount ${p.amount}`);
  const before = await row(em, ENTRY_BY_KEY, { key: p.key });
  if (before) {
    const entry = entryOf(before);
    if (!samePosting(entry, p, reverses)) {
      throw conflict(LedgerReason.IDEMPOTENCY_KEY_REUSED, 'This request key was used for a different request');
    }
    return { ...entry, replayed: true };
  }
  try {
    const made = (await row(em, POST, {
      kind: p.kind,
      resident: p.residentId,
      amount: p.amount,
      reason: p.reason,
      sourceKind: p.source?.kind ?? null,
      sourceId: p.source?.id ?? null,
      detail: p.detail ? JSON.stringify(p.detail) : null,
      recordedBy: p.recordedBy ?? null,
      reverses,
      key: p.key,
    }))!;
    return {
      id: made.id,
      seq: String(made.seq),
      kind: p.kind,
      residentId: p.residentId,
      amount: p.amount,
      balanceAfter: Number(made.balance_after),
      reason: p.reason,
      source: p.source ?? null,
      detail: p.detail ?? null,
      recordedBy: p.recordedBy ?? null,
      reversesId: reverses,
      reversedById: null,
      at: new Date(made.at),
      replayed: false,
    };
  } catch (err) {
    if (isOverdraft(err)) throw new Overdraft();
    throw err;
  }
}

/**
 * The ledger: accounts of whole units per resident and kind, moved only by append-only entries.
 * Every write runs inside the caller's transaction, so a posting commits with the change it pays
 * for (a voucher, a shift) or not at all.
 */
export const LedgerService = {
  /**
   * Records one movement (see `Posting.key` for retries). A debit the balance does not cover
   * throws `Overdraft` and spoils the transaction: roll back, then read the balance to say so.
   * Concurrent postings to one account queue on its row (the database's lock), so none is lost.
   */
  post(em: EntityManager, posting: Posting): Promise<Posted> {
    return post(em, posting, null);
  },

  /**
   * Undoes an entry with its exact opposite (a correction, a refund): at most once per entry
   * (a unique reversal), never a reversal of a reversal. A refund of a debit cannot overdraw.
   */
  async reverse(
    em: EntityManager,
    entryId: string,
    p: Omit<Posting, 'kind' | 'residentId' | 'amount'>,
  ): Promise<Posted> {
    const original = await LedgerService.entry(em, entryId);
    if (!original) throw new Error(`no ledger entry ${entryId}`);
    const posting: Posting = { ...p, kind: original.kind, residentId: original.residentId, amount: -original.amount };
    const replay = await row(em, ENTRY_BY_KEY, { key: p.key });
    if (!replay && (original.reversesId || original.reversedById)) {
      throw conflict(LedgerReason.ALREADY_REVERSED, 'This entry has been reversed already');
    }
    return post(em, posting, original.id);
  },

  async balance(em: EntityManager, kind: string, residentId: string): Promise<number> {
    const r = await row(em, BALANCE, { kind, resident: residentId });
    return r ? Number(r.balance) : 0;
  },

  async entry(em: EntityManager, id: string): Promise<Entry | null> {
    const r = await row(em, ENTRY, { id });
    return r ? entryOf(r) : null;
  },

  async history(em: EntityManager, q: HistoryQuery): Promise<Entry[]> {
    const found = await rows(em, HISTORY, {
      kind: q.kind,
      resident: q.residentId,
      before: q.before ?? null,
      byDay: q.byDay ?? false,
      limit: q.limit,
      // JSON: the driver would expand an array parameter into a list (`?, ?`), which a cast cannot take.
      reasons: q.reasons?.length ? JSON.stringify(q.reasons) : null,
      from: q.from ? q.from.toISOString() : null,
      until: q.until ? q.until.toISOString() : null,
    });
    return found.map(entryOf);
  },

  /** Recomputes every balance of the community from its entries, and runs the modules' checks. */
  async verify(em: EntityManager): Promise<LedgerCheck> {
    const sums = (await row(em, VERIFY, {}))!;
    const problems = (await Promise.all(checks.map((check) => check(em)))).flat();
    return {
      accounts: Number(sums.accounts),
      entries: Number(sums.entries),
      mismatches: (sums.mismatches ?? []).map((m) => ({
        kind: m.kind,
        residentId: m.resident,
        balance: Number(m.balance),
        sum: Number(m.sum),
        last: m.last === null ? null : Number(m.last),
      })),
      problems,
    };
  },

  /**
   * Runs `transaction` (a whole transaction that posts with a key) and, if it lost a race to
   * another posting of the same key, once more: the second run finds the winner's entry and
   * replays it, so the same posting sent twice at once answers "already recorded", not an
   * internal error. A race shows as the key's unique index (`isPostingRace`) or, for a debit, as
   * an `Overdraft` (the balance check comes first: the winner took the points); a real
   * overdraft overdraws again and is thrown.
   */
  async retryRace<T>(transaction: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await transaction();
      } catch (err) {
        if (attempt >= 3 || !(isPostingRace(err) || err instanceof Overdraft)) throw err;
      }
    }
  },

  /** A module that posts adds a check of its own records against the ledger (vouchers and their debits). */
  addCheck(check: Check): void {
    checks.push(check);
  },
};

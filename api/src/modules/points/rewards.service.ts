import { randomInt, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../platform/context.js';
import { isUniqueViolation } from '../../platform/database.js';
import { badInput, conflict, notFound } from '../../platform/errors.js';
import { publishIn } from '../../platform/pubsub.js';
import { prepared, row, rows } from '../../platform/sql.js';
import { Ledger, LedgerReason, isOverdraft } from '../ledger/index.js';
import { REWARD_CHANGED } from './points.events.js';
import { VoucherStatus } from './points.entity.js';
import { PointsReason } from './points.reasons.js';
import { DEFAULT_SETTINGS, notEnough, POINTS, today } from './points.service.js';
import {
  ADJUST_STOCK,
  CATALOGUE,
  CLOSE_REFUNDED,
  DUE,
  FULFIL,
  INSERT_PICTURE,
  INSERT_REWARD,
  LOCK_ISSUED,
  NOT_TAKEN,
  PICTURE,
  PICTURE_EXISTS,
  PUT_BACK,
  REDEEM,
  REWARD,
  REWARDS,
  UPDATE_REWARD,
  VOUCHER,
  VOUCHER_BY_CODE,
  REDEEM_READ,
  VOUCHER_CHECK,
  VOUCHERS,
  type RewardRow,
  type VoucherRow,
} from './points.sql.js';
import { addDays, endOfDay } from './points.time.js';
import {
  PointsReasonCode,
  type CancelVoucherInput,
  type CatalogueView,
  type NewRewardInput,
  type RedeemInput,
  type RewardView,
  type StockInput,
  type UpdateRewardInput,
  type VoucherView,
  type VouchersArgs,
} from './points.types.js';

/** Voucher codes: 8 characters nobody misreads (no 0/O, 1/I/L, 2/Z, 5/S, 6/G, 8/B), shown as 4-4. */
const CODE_ALPHABET = 'ACDEFHJKMNPQRTUVWXY3479';

function newCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A code as typed or scanned: case, spaces and dashes do not matter. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

export function rewardView(r: RewardRow): RewardView {
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    description: r.description,
    cost: r.cost,
    stock: r.stock,
    pictureId: r.picture_id,
    activeFrom: r.active_from,
    activeUntil: r.active_until,
    archived: r.archived,
    version: r.version,
  };
}

function voucherView(v: VoucherRow, staff: boolean): VoucherView {
  return {
    id: v.id,
    code: v.code,
    residentId: v.resident_id,
    residentName: staff ? v.resident_name : '',
    building: v.building,
    rewardId: v.reward_id,
    rewardName: v.reward_name,
    cost: v.cost,
    status: v.status,
    issuedAt: new Date(v.issued_at),
    expiresAt: new Date(v.expires_at),
    closedAt: v.closed_at ? new Date(v.closed_at) : null,
    cancelNote: staff ? v.cancel_note : null,
  };
}

/** A picture named by a reward must be one of this community's. */
async function checkPicture(em: EntityManager, id: string | null | undefined): Promise<void> {
  if (id && !(await row(em, PICTURE_EXISTS, { id }))) throw notFound('Picture');
}

function checkWindow(from: string | null | undefined, until: string | null | undefined): void {
  if (from && until && from > until)
    throw badInput('The last day is before the first', { activeUntil: ['beforeFrom'] });
}

/** JPEG, PNG or WebP by their first bytes; at most 2 MB. */
export function pictureType(bytes: Buffer): string | null {
  if (bytes.length === 0 || bytes.length > 2 * 1024 * 1024) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') {
    return 'image/webp';
  }
  return null;
}

async function refund(
  ctx: Context,
  voucherId: string,
  to: 'CANCELLED' | 'EXPIRED',
  staff: string | null,
  note: string | null,
): Promise<boolean> {
  return ctx.em.transactional(async (em) => {
    // Voucher, then account, then reward: the order every path takes its locks in (a redemption
    // debits the account, then takes from stock), so that two of them never wait for each other.
    const voucher = await row(em, LOCK_ISSUED, { id: voucherId });
    if (!voucher) return false;
    if (to === 'EXPIRED' && new Date(voucher.expires_at) > ctx.clock.now()) return false;
    const refunded = await Ledger.reverse(em, voucher.debit_entry_id, {
      reason: to === 'CANCELLED' ? PointsReasonCode.VOUCHER_CANCELLED : PointsReasonCode.VOUCHER_EXPIRED,
      source: { kind: 'voucher', id: voucherId },
      detail: { title: voucher.reward_name, code: voucher.code, ...(note ? { note } : {}) },
      recordedBy: staff,
      key: `voucher:${voucherId}:refund`,
    });
    await row(em, PUT_BACK, { id: voucher.reward_id });
    await row(em, CLOSE_REFUNDED, { id: voucherId, status: to, refund: refunded.id, staff, note });
    return true;
  });
}

export const RewardsService = {
  async list(ctx: Context, archived: boolean): Promise<RewardView[]> {
    return (await rows(ctx.em, REWARDS, { archived })).map(rewardView);
  },

  /** What the signed-in resident can redeem today, with whether their balance covers each. */
  async catalogue(ctx: Context): Promise<CatalogueView> {
    const residentId = ctx.principal.resident!.id;
    const [balance, found] = await Promise.all([
      Ledger.balance(ctx.em, POINTS, residentId),
      rows(ctx.em, CATALOGUE, { today: today(ctx) }),
    ]);
    const items = found.map((r) => ({
      reward: rewardView(r),
      affordable: r.cost <= balance && r.stock > 0,
      short: Math.max(0, r.cost - balance),
    }));
    items.sort((a, b) => Number(b.affordable) - Number(a.affordable) || a.reward.cost - b.reward.cost);
    return { balance, items };
  },

  async create(ctx: Context, input: NewRewardInput): Promise<RewardView> {
    checkWindow(input.activeFrom, input.activeUntil);
    await checkPicture(ctx.em, input.pictureId);
    return ctx.em.transactional(async (em) => {
      const made = (await row(em, INSERT_REWARD, {
        kind: input.kind,
        name: input.name.trim(),
        description: input.description.trim(),
        cost: input.cost,
        stock: input.stock,
        picture: input.pictureId ?? null,
        from: input.activeFrom ?? null,
        until: input.activeUntil ?? null,
      }))!;
      await publishIn(em, REWARD_CHANGED, { rewardId: made.id });
      return rewardView(made);
    });
  },

  async update(ctx: Context, input: UpdateRewardInput): Promise<RewardView> {
    checkWindow(input.activeFrom, input.activeUntil);
    await checkPicture(ctx.em, input.pictureId);
    return ctx.em.transactional(async (em) => {
      const saved = await row(em, UPDATE_REWARD, {
        id: input.id,
        version: input.version,
        kind: input.kind,
        name: input.name.trim(),
        description: input.description.trim(),
        cost: input.cost,
        picture: input.pictureId ?? null,
        from: input.activeFrom ?? null,
        until: input.activeUntil ?? null,
        archived: input.archived,
      });
      if (!saved) {
        if (!(await row(em, REWARD, { id: input.id }))) throw notFound('Reward');
        throw conflict(PointsReason.REWARD_CHANGED, 'Someone else changed this reward');
      }
      await publishIn(em, REWARD_CHANGED, { rewardId: saved.id });
      return rewardView(saved);
    });
  },

  /** Stock received or written off, added to what is there (redemptions meanwhile are kept). */
  async adjustStock(ctx: Context, input: StockInput): Promise<RewardView> {
    return ctx.em.transactional(async (em) => {
      const done = await row(em, ADJUST_STOCK, { id: input.rewardId, delta: input.delta });
      if (!done) {
        if (!(await row(em, REWARD, { id: input.rewardId }))) throw notFound('Reward');
        throw conflict(PointsReason.STOCK_BELOW_ZERO, 'Stock cannot go below zero');
      }
      await publishIn(em, REWARD_CHANGED, { rewardId: input.rewardId });
      return rewardView((await row(em, REWARD, { id: input.rewardId }))!);
    });
  },

  async savePicture(ctx: Context, bytes: Buffer): Promise<string> {
    const type = pictureType(bytes);
    if (!type)
      throw badInput('A picture must be a JPEG, PNG or WebP file of at most 2 MB', { file: ['pictureFormat'] });
    return (await row(ctx.em, INSERT_PICTURE, { type, bytes }))!.id;
  },

  async picture(ctx: Context, id: string): Promise<{ contentType: string; bytes: Buffer } | null> {
    const found = await row(ctx.em, PICTURE, { id });
    return found ? { contentType: found.content_type, bytes: found.bytes } : null;
  },

  /**
   * Redeems a reward for the signed-in resident: one from stock, the cost from the balance and
   * the voucher, in one transaction, or none of them. Concurrent redemptions queue on the
   * reward's and the account's rows, so stock and balance never go below zero; the same key
   * again (a retry, a double tap) returns the same voucher, and with another reward is refused.
   */
  async redeem(ctx: Context, input: RedeemInput): Promise<VoucherView> {
    const residentId = ctx.principal.resident!.id;
    // Kiosks redeem on one hot balance at a time: two statements, no transaction held open. The
    // first reads (no lock) what the request needs; the second is the redemption (REDEEM).
    const read = async () => {
      const [found] = await prepared(ctx.em, REDEEM_READ, {
        resident: residentId,
        key: input.idempotencyKey,
        reward: input.rewardId,
      });
      return found!;
    };
    // A voucher this request key already got (a retry, a double tap) is the answer.
    const replayOf = (earlier: VoucherRow | null) => {
      if (!earlier) return null;
      if (earlier.reward_id !== input.rewardId) {
        throw conflict(LedgerReason.IDEMPOTENCY_KEY_REUSED, 'This request key was used for another reward');
      }
      return voucherView(earlier, false);
    };
    for (let attempt = 1; ; attempt++) {
      const now = await read();
      const earlier = replayOf(now.earlier);
      if (earlier) return earlier;
      if (now.cost === null || now.name === null) throw notFound('Reward');
      if (now.stock! <= 0) throw conflict(PointsReason.SOLD_OUT, 'This reward is sold out');
      const day = today(ctx);
      const validDays = now.valid_days ?? DEFAULT_SETTINGS.voucherValidDays;
      const id = randomUUID();
      const code = newCode();
      try {
        // One statement, its own transaction: the hot rows (the account, then the reward) are held
        // while it runs and commits, never across a round trip.
        const [made] = await prepared(ctx.em, REDEEM, {
          id,
          code,
          resident: residentId,
          reward: input.rewardId,
          today: day,
          name: now.name,
          cost: now.cost,
          expiresAt: endOfDay(addDays(day, validDays)).toISOString(),
          key: input.idempotencyKey,
        });
        return {
          id,
          code,
          residentId,
          residentName: '',
          building: now.building,
          rewardId: input.rewardId,
          rewardName: now.name,
          cost: now.cost,
          status: VoucherStatus.ISSUED,
          issuedAt: new Date(made!.issued_at),
          expiresAt: new Date(made!.expires_at),
          closedAt: null,
          cancelNote: null,
        };
      } catch (err) {
        // The same key committed meanwhile (a double tap, a retry on another instance): its voucher
        // is the answer, also when this try found the points or the last item taken by it.
        const after = await read();
        const winner = replayOf(after.earlier);
        if (winner) return winner;
        if ((err as { code?: unknown }).code === NOT_TAKEN) {
          if (after.cost === null) throw notFound('Reward');
          if (after.stock! <= 0) throw conflict(PointsReason.SOLD_OUT, 'This reward is sold out');
          // Its cost or name changed since it was read: start over with it as it is now.
          if ((after.cost !== now.cost || after.name !== now.name) && attempt < 3) continue;
          throw conflict(PointsReason.REWARD_NOT_AVAILABLE, 'This reward cannot be redeemed now');
        }
        if (isOverdraft(err)) return notEnough(ctx.em, residentId, now.cost);
        // Two codes alike (1 in 78 billion): draw again.
        if (!isUniqueViolation(err) || attempt >= 3) throw err;
      }
    }
  },

  async myVouchers(ctx: Context): Promise<VoucherView[]> {
    const found = await rows(ctx.em, VOUCHERS, {
      statuses: null,
      resident: ctx.principal.resident!.id,
      before: null,
      limit: 20,
    });
    return found.map((v) => voucherView(v, false));
  },

  async vouchers(ctx: Context, args: VouchersArgs): Promise<VoucherView[]> {
    const found = await rows(ctx.em, VOUCHERS, {
      statuses: args.statuses?.length ? JSON.stringify(args.statuses) : null,
      resident: args.residentId ?? null,
      before: args.before ? args.before.toISOString() : null,
      limit: args.first,
    });
    return found.map((v) => voucherView(v, true));
  },

  async byCode(ctx: Context, typed: string): Promise<VoucherView> {
    const found = await row(ctx.em, VOUCHER_BY_CODE, { code: normaliseCode(typed) });
    if (!found) throw notFound('No voucher has this code', PointsReason.VOUCHER_UNKNOWN);
    return voucherView(found, true);
  },

  /** Hands a voucher over (staff): only an issued one not past its expiry, once. */
  async fulfil(ctx: Context, typed: string): Promise<VoucherView> {
    const code = normaliseCode(typed);
    const done = await ctx.em.transactional((em) =>
      row(em, FULFIL, { code, staff: ctx.principal.staff!.id, now: ctx.clock.now().toISOString() }),
    );
    const voucher = await row(ctx.em, VOUCHER_BY_CODE, { code });
    if (!voucher) throw notFound('No voucher has this code', PointsReason.VOUCHER_UNKNOWN);
    if (!done) {
      if (voucher.status === VoucherStatus.ISSUED) {
        throw conflict(PointsReason.VOUCHER_EXPIRED, 'This voucher has expired; its points come back automatically');
      }
      throw conflict(PointsReason.VOUCHER_STATE, `This voucher is ${voucher.status}`, {
        voucherStatus: voucher.status,
      });
    }
    return voucherView(voucher, true);
  },

  /** Cancels an issued voucher (staff): its points come back by a reversing entry, its stock too. */
  async cancel(ctx: Context, input: CancelVoucherInput): Promise<VoucherView> {
    const done = await refund(ctx, input.voucherId, 'CANCELLED', ctx.principal.staff!.id, input.note.trim());
    const voucher = await row(ctx.em, VOUCHER, { id: input.voucherId });
    if (!voucher) throw notFound('Voucher');
    if (!done) {
      throw conflict(PointsReason.VOUCHER_STATE, `This voucher is ${voucher.status}`, {
        voucherStatus: voucher.status,
      });
    }
    return voucherView(voucher, true);
  },

  /**
   * Refunds every issued voucher past its expiry (the job queue runs it): each in a transaction
   * of its own, guarded on the voucher still being issued, so running twice refunds once.
   */
  async expireDue(ctx: Context): Promise<number> {
    let expired = 0;
    for (;;) {
      const due = await rows(ctx.em, DUE, { now: ctx.clock.now().toISOString(), limit: 100 });
      let progressed = false;
      for (const v of due) {
        if (await refund(ctx, v.id, 'EXPIRED', null, null)) {
          expired++;
          progressed = true;
        }
      }
      if (due.length < 100 || !progressed) return expired;
    }
  },

  /** Vouchers whose debit or refund is not what it should be (for the ledger's verify). */
  async check(em: EntityManager): Promise<string[]> {
    return (await rows(em, VOUCHER_CHECK, {})).map((p) => `voucher ${p.code}: ${p.problem} does not match`);
  },
};

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../platform/context.js';
import { badInput, conflict, notFound } from '../../platform/errors.js';
import { row, rows } from '../../platform/sql.js';
import { Ledger, Overdraft, type Entry, type Posted } from '../ledger/index.js';
import { ResidentReason } from '../resident/index.js';
import { EarningReason } from './points.entity.js';
import { PointsReason } from './points.reasons.js';
import {
  ADD_RULE,
  INSERT_SHIFT,
  RESIDENT,
  RULE_ON,
  RULES,
  SAVE_SETTINGS,
  SETTINGS,
  STAFF_NAMES,
} from './points.sql.js';
import { ledgerFile, type FileFormat, type LedgerFile } from './points.files.js';
import { addDays, localDate, startOfDay } from './points.time.js';
import {
  PointsReasonCode,
  type HistoryArgs,
  type ManualPointsInput,
  type PointsAccountView,
  type PointsEntryView,
  type PointsPosting,
  type PointsRuleInput,
  type PointsRuleView,
  type PointsSettingsInput,
  type PointsSettingsView,
  type ReverseEntryInput,
  type VolunteerHoursInput,
} from './points.types.js';

/** The ledger kind participation points are kept in. */
export const POINTS = 'POINTS';

/** The reasons that count as earning (the stars, the chart); their corrections count against them. */
export const EARNING: string[] = [
  PointsReasonCode.MEETING_ATTENDED,
  PointsReasonCode.SUGGESTION_ADOPTED,
  PointsReasonCode.VOLUNTEER_HOUR,
  PointsReasonCode.MANUAL_AWARD,
];

/** Entries that belong to a voucher: they move only with it (redeem, cancel, expire). */
const VOUCHER_REASONS: string[] = [
  PointsReasonCode.REWARD_REDEEMED,
  PointsReasonCode.VOUCHER_CANCELLED,
  PointsReasonCode.VOUCHER_EXPIRED,
];

/** The most lines one export carries (years of a busy resident's history are a few hundred). */
const EXPORT_MAX = 20_000;

export const DEFAULT_SETTINGS: PointsSettingsView = { voucherValidDays: 30, starsPerQuarter: 10 };

export function today(ctx: Pick<Context, 'clock'>): string {
  return localDate(ctx.clock.now());
}

export function entryView(e: Entry): PointsEntryView {
  const d = (e.detail ?? {}) as Record<string, unknown>;
  const text = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : null);
  return {
    id: e.id,
    amount: e.amount,
    balanceAfter: e.balanceAfter,
    reason: e.reason as PointsReasonCode,
    title: text('title'),
    day: text('day'),
    hours: typeof d.hours === 'number' ? d.hours : null,
    note: text('note'),
    voucherCode: text('code'),
    reversesId: e.reversesId,
    reversed: !!e.reversedById,
    recordedBy: e.recordedBy,
    at: e.at,
    cursor: e.seq,
  };
}

/** A living resident of the community (points are neither earned nor taken once they are gone). */
async function living(em: EntityManager, residentId: string) {
  const resident = await row(em, RESIDENT, { id: residentId });
  if (!resident) throw notFound('Resident');
  if (resident.moved_away || resident.erased) {
    throw conflict(ResidentReason.RESIDENT_GONE, 'This resident has moved away');
  }
  return resident;
}

/** Refuses a debit the balance does not cover, saying what the balance is (read after the rollback). */
export async function notEnough(em: EntityManager, residentId: string, needed: number): Promise<never> {
  const balance = await Ledger.balance(em, POINTS, residentId);
  throw conflict(PointsReason.NOT_ENOUGH_POINTS, `The balance is ${balance} points`, { balance, needed });
}

async function posting(em: EntityManager, posted: Posted): Promise<PointsPosting> {
  return {
    entry: entryView(posted),
    balance: posted.replayed ? await Ledger.balance(em, POINTS, posted.residentId) : posted.balanceAfter,
    alreadyRecorded: posted.replayed,
  };
}

export interface Award {
  residentId: string;
  reason: EarningReason;
  /** What is credited: once per resident and source, whoever records it, however often. */
  source: { kind: string; id: string };
  /** The day the rule is read for (the meeting's, the work's). */
  day: string;
  /** Multiplies the rule's amount (volunteer hours); rounded half up. */
  times?: number;
  detail: Record<string, unknown>;
  recordedBy: string | null;
}

export const PointsService = {
  /**
   * Credits an earning at the rule in force on its day, exactly once per resident and source:
   * the ledger key is made of them, so a second recording (another staff member, another API
   * instance, a retry) finds the first and changes nothing. Runs in the caller's transaction.
   */
  async award(em: EntityManager, a: Award): Promise<Posted> {
    const rule = await row(em, RULE_ON, { reason: a.reason, day: a.day });
    if (!rule) throw conflict(PointsReason.NO_RULE, `No rule for ${a.reason} on ${a.day}`);
    const amount = Math.floor(rule.points * (a.times ?? 1) + 0.5);
    return Ledger.post(em, {
      kind: POINTS,
      residentId: a.residentId,
      amount,
      reason: a.reason,
      source: a.source,
      detail: { ...a.detail, day: a.day },
      recordedBy: a.recordedBy,
      key: `award:${a.reason}:${a.source.kind}:${a.source.id}:${a.residentId}`,
    });
  },

  async account(ctx: Context, residentId: string, args: HistoryArgs): Promise<PointsAccountView> {
    const entries = await Ledger.history(ctx.em, {
      kind: POINTS,
      residentId,
      before: args.before ?? null,
      // A resident reads their list by its dates; staff read the statement, in posting order.
      byDay: !ctx.principal.staff,
      limit: args.first + 1,
      reasons: args.reasons ?? null,
      from: args.from ? startOfDay(args.from) : null,
      until: args.until ? startOfDay(addDays(args.until, 1)) : null,
    });
    const balance = await Ledger.balance(ctx.em, POINTS, residentId);
    const history = entries.slice(0, args.first).map(entryView);
    const view: PointsAccountView = { residentId, balance, history, more: entries.length > args.first };
    // Staff see who the resident is and who recorded each line; a resident's own view names no staff member.
    if (ctx.principal.staff) {
      const resident = await row(ctx.em, RESIDENT, { id: residentId });
      if (!resident) throw notFound('Resident');
      Object.assign(view, {
        residentName: resident.name,
        building: resident.building,
        gone: resident.moved_away || resident.erased,
      });
      await PointsService.nameRecorders(ctx.em, history);
    }
    return view;
  },

  /**
   * A resident's history as a file, with the console's filters (reasons, from, until). Every
   * matching entry, newest first, read a page at a time.
   */
  async exportLedger(
    ctx: Context,
    q: {
      resident: string;
      format: FileFormat;
      reasons: PointsReasonCode[] | null;
      from: string | null;
      until: string | null;
    },
  ): Promise<LedgerFile> {
    const resident = await row(ctx.em, RESIDENT, { id: q.resident });
    if (!resident) throw notFound('Resident');
    const all: PointsEntryView[] = [];
    let before: string | null = null;
    for (;;) {
      const page = await PointsService.account(ctx, q.resident, {
        before,
        first: 200,
        reasons: q.reasons,
        from: q.from,
        until: q.until,
      });
      all.push(...page.history);
      if (!page.more || all.length >= EXPORT_MAX) break;
      before = page.history[page.history.length - 1].cursor;
    }
    return ledgerFile(q.format, resident.name, all, today(ctx));
  },

  /** Fills `recordedByName` from the staff accounts (one query for the page). */
  async nameRecorders(em: EntityManager, lines: PointsEntryView[]): Promise<void> {
    const ids = [...new Set(lines.map((l) => l.recordedBy).filter((id): id is string => !!id))];
    if (!ids.length) return;
    const names = new Map(
      (await rows(em, STAFF_NAMES, { ids: JSON.stringify(ids) })).map((r) => [r.id, r.display_name]),
    );
    for (const l of lines) l.recordedByName = l.recordedBy ? (names.get(l.recordedBy) ?? null) : null;
  },

  /**
   * Verified volunteer hours: the shift is recorded once (resident, day, activity) and credited in
   * the same transaction at the rule of its day, per hour, rounded half up.
   */
  async recordHours(ctx: Context, input: VolunteerHoursInput): Promise<PointsPosting> {
    if (input.day > today(ctx)) throw badInput('These hours are in the future', { day: ['inFuture'] });
    await living(ctx.em, input.residentId);
    const activity = input.activity.trim();
    return ctx.em.transactional(async (em) => {
      const shift = await row(em, INSERT_SHIFT, {
        resident: input.residentId,
        day: input.day,
        activity,
        minutes: Math.round(input.hours * 60),
        verifiedBy: input.verifiedBy.trim(),
        staff: ctx.principal.staff!.id,
      });
      if (!shift) throw conflict(PointsReason.SHIFT_RECORDED, 'These hours are recorded already');
      return posting(
        em,
        await PointsService.award(em, {
          residentId: input.residentId,
          reason: EarningReason.VOLUNTEER_HOUR,
          source: { kind: 'volunteer-shift', id: shift.id },
          day: input.day,
          times: input.hours,
          detail: { title: activity, hours: input.hours, verifiedBy: input.verifiedBy.trim() },
          recordedBy: ctx.principal.staff!.id,
        }),
      );
    });
  },

  /** Points awarded or taken off by hand, with a reason; a deduction cannot overdraw. */
  async manual(ctx: Context, input: ManualPointsInput): Promise<PointsPosting> {
    if (input.points === 0) throw badInput('Points must not be 0', { points: ['notEquals'] });
    await living(ctx.em, input.residentId);
    try {
      return await Ledger.retryRace(() =>
        ctx.em.transactional(async (em) =>
          posting(
            em,
            await Ledger.post(em, {
              kind: POINTS,
              residentId: input.residentId,
              amount: input.points,
              reason: input.points > 0 ? PointsReasonCode.MANUAL_AWARD : PointsReasonCode.MANUAL_DEDUCTION,
              detail: { note: input.note.trim() },
              recordedBy: ctx.principal.staff!.id,
              key: `manual:${input.residentId}:${input.idempotencyKey}`,
            }),
          ),
        ),
      );
    } catch (err) {
      if (err instanceof Overdraft) return notEnough(ctx.em, input.residentId, -input.points);
      throw err;
    }
  },

  /**
   * A correction: the entry's exact opposite, with a reason; once per entry (a retry returns it).
   * A voucher's entries move with the voucher (cancel it instead).
   */
  async reverse(ctx: Context, input: ReverseEntryInput): Promise<PointsPosting> {
    const original = await Ledger.entry(ctx.em, input.entryId);
    if (!original || original.kind !== POINTS) throw notFound('Entry');
    if (VOUCHER_REASONS.includes(original.reason)) {
      throw conflict(PointsReason.ENTRY_OF_VOUCHER, "A voucher's points move with the voucher");
    }
    const title = (original.detail as { title?: unknown } | null)?.title;
    try {
      return await Ledger.retryRace(() =>
        ctx.em.transactional(async (em) =>
          posting(
            em,
            await Ledger.reverse(em, original.id, {
              reason: PointsReasonCode.CORRECTION,
              detail: { note: input.note.trim(), ...(typeof title === 'string' ? { title } : {}) },
              recordedBy: ctx.principal.staff!.id,
              key: `reverse:${original.id}`,
            }),
          ),
        ),
      );
    } catch (err) {
      if (err instanceof Overdraft) return notEnough(ctx.em, original.residentId, original.amount);
      throw err;
    }
  },

  async rules(ctx: Context): Promise<PointsRuleView[]> {
    const all = await rows(ctx.em, RULES, {});
    const day = today(ctx);
    const current = new Map<string, string>();
    for (const r of all) if (r.effective_from <= day && !current.has(r.reason)) current.set(r.reason, r.id);
    return all.map((r) => ({
      id: r.id,
      reason: r.reason,
      points: r.points,
      effectiveFrom: r.effective_from,
      current: current.get(r.reason) === r.id,
    }));
  },

  /** A new amount from a day on (today or later); entries already made keep theirs. */
  async addRule(ctx: Context, input: PointsRuleInput): Promise<PointsRuleView[]> {
    const day = today(ctx);
    if (input.effectiveFrom < day) {
      throw badInput('A rule starts today or later', { effectiveFrom: ['inPast'] });
    }
    const made = await row(ctx.em, ADD_RULE, {
      reason: input.reason,
      points: input.points,
      from: input.effectiveFrom,
      today: day,
      staff: ctx.principal.staff!.id,
    });
    if (!made) throw conflict(PointsReason.RULE_IN_FORCE, 'A rule in force cannot be changed');
    return PointsService.rules(ctx);
  },

  async settings(ctx: Context): Promise<PointsSettingsView> {
    const found = await row(ctx.em, SETTINGS, {});
    return found
      ? { voucherValidDays: found.voucher_valid_days, starsPerQuarter: found.stars_per_quarter }
      : DEFAULT_SETTINGS;
  },

  async saveSettings(ctx: Context, input: PointsSettingsInput): Promise<PointsSettingsView> {
    await row(ctx.em, SAVE_SETTINGS, { validDays: input.voucherValidDays, stars: input.starsPerQuarter });
    return PointsService.settings(ctx);
  },
};

import { ApiError } from '@linli/client';
import type { Translate } from '@linli/ui';
import type { PointsEntryFieldsFragment as Entry, PointsReasonCode } from '$gql/graphql';

/**
 * The points pages' logic (议事积分): the ledger's filters in the address, each history line in
 * words, the forms' checks, the stars' quarters and the chart's option. Pages only render.
 */

export const REASONS: readonly PointsReasonCode[] = [
  'MEETING_ATTENDED',
  'SUGGESTION_ADOPTED',
  'VOLUNTEER_HOUR',
  'MANUAL_AWARD',
  'MANUAL_DEDUCTION',
  'CORRECTION',
  'REWARD_REDEEMED',
  'VOUCHER_CANCELLED',
  'VOUCHER_EXPIRED',
];

/** A voucher's entries move with the voucher: cancel it instead of correcting them. */
export const VOUCHER_REASONS: readonly PointsReasonCode[] = ['REWARD_REDEEMED', 'VOUCHER_CANCELLED', 'VOUCHER_EXPIRED'];

export interface LedgerFilters {
  reasons: PointsReasonCode[];
  from: string | null;
  until: string | null;
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The filters an address asks for (`?reasons=A,B&from=…&until=…`); anything malformed is dropped. */
export function ledgerFiltersFrom(params: URLSearchParams): LedgerFilters {
  const reasons = (params.get('reasons') ?? '')
    .split(',')
    .filter((r): r is PointsReasonCode => (REASONS as readonly string[]).includes(r));
  const day = (key: string) => {
    const v = params.get(key);
    return v && DAY.test(v) ? v : null;
  };
  return { reasons: [...new Set(reasons)], from: day('from'), until: day('until') };
}

/** The query string of the filters, without `?` (empty when none). */
export function ledgerQuery(f: LedgerFilters): string {
  const p = new URLSearchParams();
  if (f.reasons.length) p.set('reasons', f.reasons.join(','));
  if (f.from) p.set('from', f.from);
  if (f.until) p.set('until', f.until);
  return p.toString().replace(/%2C/g, ',');
}

/** A reason chip pressed: on when it was off, off when it was on (the order of REASONS kept). */
export function toggleReason(f: LedgerFilters, reason: PointsReasonCode): LedgerFilters {
  const on = f.reasons.includes(reason);
  return { ...f, reasons: REASONS.filter((r) => (r === reason ? !on : f.reasons.includes(r))) };
}

/** The export's address for the resident's ledger with the filters shown. */
export function ledgerExportUrl(residentId: string, f: LedgerFilters, format: 'xlsx' | 'csv'): string {
  const p = new URLSearchParams({ resident: residentId, format });
  if (f.reasons.length) p.set('reasons', f.reasons.join(','));
  if (f.from) p.set('from', f.from);
  if (f.until) p.set('until', f.until);
  return `/api/points/ledger-export?${p}`;
}

/** Signed points as the ledger shows them: +10, −50 (a true minus sign). */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0';
}

/** A history line in words: "参加议事会：3月议事会", "兑换：洗衣液一瓶（券 7K3-9QX）". */
export function lineText(e: Entry, t: Translate): string {
  const values = {
    title: e.title ?? '',
    hours: e.hours ?? '',
    note: e.note ?? '',
    code: e.voucherCode ?? '',
  };
  const key = e.title ? `points.line.${e.reason}` : `points.lineBare.${e.reason}`;
  let text = t(key, { values });
  if (e.reason === 'VOLUNTEER_HOUR' && e.hours) text += t('points.line.hours', { values });
  if (e.voucherCode) text += t('points.line.voucher', { values });
  return text;
}

/** Who recorded a line: the staff member's name, "工作人员" when unknown, else the resident or the system. */
export function recorderText(e: Entry, t: Translate): string {
  if (e.recordedByName) return e.recordedByName;
  if (e.recordedBy) return t('points.recorder.staff');
  return e.reason === 'REWARD_REDEEMED' ? t('points.recorder.resident') : t('points.recorder.system');
}

export type CorrectionState = 'ok' | 'voucher' | 'reversed' | 'isCorrection';

/** Whether a line may be corrected here, and if not, why. */
export function correctionOf(e: Entry): CorrectionState {
  if (VOUCHER_REASONS.includes(e.reason)) return 'voucher';
  if (e.reversed) return 'reversed';
  if (e.reversesId) return 'isCorrection';
  return 'ok';
}

/** Volunteer hours as typed: 0.5 to 12 in half hours; null when not. */
export function parseHours(text: string): number | null {
  const n = Number(text.normalize('NFKC').trim().replace(',', '.'));
  if (!Number.isFinite(n) || n < 0.5 || n > 12) return null;
  return Number.isInteger(n * 2) ? n : null;
}

/** Manual points as typed: a whole number, not 0, within ±10000, signed by the choice award/deduct. */
export function parsePoints(text: string, deduct: boolean): number | null {
  text = text.normalize('NFKC');
  if (!/^\s*\d{1,5}\s*$/.test(text)) return null;
  const n = Number(text);
  if (n === 0 || n > 10000) return null;
  return deduct ? -n : n;
}

/** A signed stock change as typed ("+20", "-3", "5"); null when not a whole non-zero number. */
export function parseDelta(text: string): number | null {
  const m = /^\s*([+\-−]?)\s*(\d{1,6})\s*$/.exec(text);
  if (!m) return null;
  const n = Number(m[2]);
  if (n === 0) return null;
  return m[1] === '-' || m[1] === '−' ? -n : n;
}

/** A code as typed or scanned: what a USB scanner sends (spaces, dashes, lower case) tidied. */
export function normaliseCode(text: string): string {
  return text.replace(/[\s\-_—–]/g, '').toUpperCase();
}

/** A new idempotency key (one per form shown; a retry of the same form reuses it). */
export function newKey(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 14)}`;
}

// ---- quarters ----

/** The quarter a day is in: 2026-11-03 → 2026-Q4. */
export function quarterOf(day: string): string {
  const [y, m] = day.split('-').map(Number);
  return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/** The quarter before: 2026-Q1 → 2025-Q4. */
export function previousQuarter(q: string): string {
  const [y, n] = q.split('-Q').map(Number);
  return n === 1 ? `${y - 1}-Q4` : `${y}-Q${n - 1}`;
}

/** The last quarter that has ended by `today` (the stars' default). */
export function lastFinishedQuarter(today: string): string {
  return previousQuarter(quarterOf(today));
}

/** The picker's quarters: the current one and the `count - 1` before it, newest first. */
export function recentQuarters(today: string, count = 8): string[] {
  const out = [quarterOf(today)];
  while (out.length < count) out.push(previousQuarter(out[out.length - 1]));
  return out;
}

export const QUARTER = /^\d{4}-Q[1-4]$/;

// ---- the overview ----

export interface MonthPoints {
  month: string;
  earned: number;
  redeemed: number;
}

/** The month as the axis shows it: 2026-03 → "3月" / "Mar" (the year on January and the first). */
export function monthLabel(month: string, i: number, lang: string): string {
  const [y, m] = month.split('-').map(Number);
  const withYear = i === 0 || m === 1;
  if (lang.startsWith('zh')) return withYear ? `${y}年${m}月` : `${m}月`;
  const name = new Date(Date.UTC(y, m - 1, 15)).toLocaleString('en', { month: 'short', timeZone: 'UTC' });
  return withYear ? `${name} ${y}` : name;
}

/** The ECharts option of the earned-vs-redeemed bars. */
export function chartOption(
  months: MonthPoints[],
  lang: string,
  names: { earned: string; redeemed: string },
  fontFamily = 'sans-serif',
) {
  return {
    animation: false,
    textStyle: { fontFamily },
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    legend: { top: 0, data: [names.earned, names.redeemed] },
    tooltip: { trigger: 'axis' as const },
    xAxis: { type: 'category' as const, data: months.map((m, i) => monthLabel(m.month, i, lang)) },
    yAxis: { type: 'value' as const, minInterval: 1 },
    series: [
      { name: names.earned, type: 'bar' as const, data: months.map((m) => m.earned), itemStyle: { color: '#2f7d5b' } },
      {
        name: names.redeemed,
        type: 'bar' as const,
        data: months.map((m) => m.redeemed),
        itemStyle: { color: '#c9822b' },
      },
    ],
  };
}

/** Every text the chart draws (its glyphs must be loaded before the canvas draws them). */
export function chartText(months: MonthPoints[], lang: string, names: { earned: string; redeemed: string }): string {
  return [names.earned, names.redeemed, ...months.map((m, i) => monthLabel(m.month, i, lang)), '0123456789'].join('');
}

/** The totals of the months shown. */
export function totals(months: MonthPoints[]): { earned: number; redeemed: number } {
  return months.reduce((a, m) => ({ earned: a.earned + m.earned, redeemed: a.redeemed + m.redeemed }), {
    earned: 0,
    redeemed: 0,
  });
}

export interface LedgerCheck {
  accounts: number;
  entries: number;
  ok: boolean;
  problems: string[];
  mismatches: Array<{ residentId: string; balance: number; sum: number }>;
}

/** The ledger check's answer in words. */
export function checkText(c: LedgerCheck, t: Translate): string[] {
  const head = c.ok
    ? t('points.verify.ok', { values: { accounts: c.accounts, entries: c.entries } })
    : t('points.verify.bad', {
        values: { accounts: c.accounts, entries: c.entries, n: c.mismatches.length + c.problems.length },
      });
  return [
    head,
    ...c.mismatches.map((m) =>
      t('points.verify.mismatch', { values: { id: m.residentId.slice(0, 8), balance: m.balance, sum: m.sum } }),
    ),
    ...c.problems,
  ];
}

/** Secretaries and admins: manual points, corrections, rules, settings, the stars' confirmation. */
export function isSecretary(role: string | null | undefined): boolean {
  return role === 'SECRETARY' || role === 'ADMIN';
}

/** The reason a failure carries (extensions.reason), if any. */
export function reasonOf(err: unknown): string | null {
  return err instanceof ApiError ? (err.reason ?? null) : null;
}

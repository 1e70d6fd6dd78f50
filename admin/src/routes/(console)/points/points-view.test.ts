import { describe, expect, it } from 'vitest';
import type { PointsEntryFieldsFragment as Entry } from '$gql/graphql';
import {
  chartOption,
  checkText,
  correctionOf,
  lastFinishedQuarter,
  ledgerExportUrl,
  ledgerFiltersFrom,
  ledgerQuery,
  lineText,
  monthLabel,
  normaliseCode,
  parseDelta,
  parseHours,
  parsePoints,
  recentQuarters,
  recorderText,
  signed,
  toggleReason,
  totals,
} from './points-view';

const t = (key: string, o?: { values?: Record<string, string | number> }) =>
  o?.values ? `${key}${JSON.stringify(o.values)}` : key;

const entry = (over: Partial<Entry>): Entry => ({
  id: 'e1',
  amount: 10,
  balanceAfter: 10,
  reason: 'MEETING_ATTENDED',
  title: '3月议事会',
  day: '2026-03-15',
  hours: null,
  note: null,
  voucherCode: null,
  reversesId: null,
  reversed: false,
  recordedBy: 's1',
  recordedByName: '李秘书',
  at: '2026-03-15T02:00:00Z',
  cursor: '7',
  ...over,
});

describe('the ledger filters in the address', () => {
  it('reads known reasons and well-formed days, drops the rest', () => {
    const f = ledgerFiltersFrom(
      new URLSearchParams('reasons=VOLUNTEER_HOUR,NOPE,VOLUNTEER_HOUR&from=2026-01-01&until=2026-13-01'),
    );
    expect(f).toEqual({ reasons: ['VOLUNTEER_HOUR'], from: '2026-01-01', until: null });
    expect(ledgerFiltersFrom(new URLSearchParams(''))).toEqual({ reasons: [], from: null, until: null });
  });

  it('writes them back, and a chip toggles in the fixed order', () => {
    let f = ledgerFiltersFrom(new URLSearchParams(''));
    f = toggleReason(f, 'REWARD_REDEEMED');
    f = toggleReason(f, 'MEETING_ATTENDED');
    expect(f.reasons).toEqual(['MEETING_ATTENDED', 'REWARD_REDEEMED']);
    expect(ledgerQuery({ ...f, from: '2026-02-01' })).toBe('reasons=MEETING_ATTENDED,REWARD_REDEEMED&from=2026-02-01');
    expect(toggleReason(f, 'MEETING_ATTENDED').reasons).toEqual(['REWARD_REDEEMED']);
    expect(ledgerQuery({ reasons: [], from: null, until: null })).toBe('');
  });

  it('the export carries the same filters', () => {
    expect(ledgerExportUrl('r1', { reasons: ['CORRECTION'], from: null, until: '2026-06-30' }, 'csv')).toBe(
      '/api/points/ledger-export?resident=r1&format=csv&reasons=CORRECTION&until=2026-06-30',
    );
  });
});

describe('a history line in words', () => {
  it('names what it was for, the hours and the voucher', () => {
    expect(lineText(entry({}), t)).toBe(
      'points.line.MEETING_ATTENDED{"title":"3月议事会","hours":"","note":"","code":""}',
    );
    expect(lineText(entry({ reason: 'VOLUNTEER_HOUR', title: '楼道清洁', hours: 1.5 }), t)).toContain(
      'points.line.hours',
    );
    expect(lineText(entry({ reason: 'REWARD_REDEEMED', title: '洗衣液', voucherCode: 'AB12CD' }), t)).toContain(
      'points.line.voucher',
    );
    expect(lineText(entry({ reason: 'MANUAL_AWARD', title: null, note: '帮忙' }), t)).toContain(
      'points.lineBare.MANUAL_AWARD',
    );
  });

  it('says who recorded it', () => {
    expect(recorderText(entry({}), t)).toBe('李秘书');
    expect(recorderText(entry({ recordedByName: null }), t)).toBe('points.recorder.staff');
    expect(recorderText(entry({ recordedBy: null, recordedByName: null, reason: 'REWARD_REDEEMED' }), t)).toBe(
      'points.recorder.resident',
    );
    expect(recorderText(entry({ recordedBy: null, recordedByName: null, reason: 'VOUCHER_EXPIRED' }), t)).toBe(
      'points.recorder.system',
    );
  });

  it('signs points with a true minus', () => {
    expect([signed(10), signed(-50), signed(0)]).toEqual(['+10', '−50', '0']);
  });

  it('a voucher entry is cancelled through its voucher, a reversed one not twice', () => {
    expect(correctionOf(entry({}))).toBe('ok');
    expect(correctionOf(entry({ reason: 'REWARD_REDEEMED' }))).toBe('voucher');
    expect(correctionOf(entry({ reason: 'VOUCHER_EXPIRED' }))).toBe('voucher');
    expect(correctionOf(entry({ reversed: true }))).toBe('reversed');
    expect(correctionOf(entry({ reason: 'CORRECTION', reversesId: 'e0' }))).toBe('isCorrection');
  });
});

describe('the forms', () => {
  it('hours in half hours from 0.5 to 12', () => {
    expect(['1', '1.5', '0.5', '12', '２'].map(parseHours)).toEqual([1, 1.5, 0.5, 12, 2]);
    expect(['0', '1.25', '12.5', '', 'x', '-1'].map(parseHours)).toEqual([null, null, null, null, null, null]);
  });

  it('manual points: whole, not zero, signed by the choice', () => {
    expect(parsePoints('20', false)).toBe(20);
    expect(parsePoints('20', true)).toBe(-20);
    expect([
      parsePoints('0', false),
      parsePoints('1.5', false),
      parsePoints('-3', false),
      parsePoints('20000', false),
    ]).toEqual([null, null, null, null]);
  });

  it('a stock change is signed', () => {
    expect(['+20', '20', '-3', '−3', ' 5 '].map(parseDelta)).toEqual([20, 20, -3, -3, 5]);
    expect(['0', '', '1.5', 'ten'].map(parseDelta)).toEqual([null, null, null, null]);
  });

  it('a typed or scanned code is tidied', () => {
    expect(normaliseCode(' 7k3-9qx \n')).toBe('7K39QX');
  });
});

describe('quarters', () => {
  it('defaults to the last finished quarter and lists recent ones', () => {
    expect(lastFinishedQuarter('2026-12-03')).toBe('2026-Q3');
    expect(lastFinishedQuarter('2026-02-10')).toBe('2025-Q4');
    expect(recentQuarters('2026-12-03', 4)).toEqual(['2026-Q4', '2026-Q3', '2026-Q2', '2026-Q1']);
  });
});

describe('the overview', () => {
  const months = [
    { month: '2025-12', earned: 40, redeemed: 0 },
    { month: '2026-01', earned: 10, redeemed: 50 },
    { month: '2026-02', earned: 5, redeemed: 0 },
  ];

  it('labels months in the language, the year where it changes', () => {
    expect(months.map((m, i) => monthLabel(m.month, i, 'zh-CN'))).toEqual(['2025年12月', '2026年1月', '2月']);
    expect(months.map((m, i) => monthLabel(m.month, i, 'en'))).toEqual(['Dec 2025', 'Jan 2026', 'Feb']);
  });

  it('builds two bar series and the totals', () => {
    const o = chartOption(months, 'zh-CN', { earned: '获得', redeemed: '兑换' });
    expect(o.series.map((s) => s.data)).toEqual([
      [40, 10, 5],
      [0, 50, 0],
    ]);
    expect(o.legend.data).toEqual(['获得', '兑换']);
    expect(totals(months)).toEqual({ earned: 55, redeemed: 50 });
  });

  it('says what the ledger check found', () => {
    expect(checkText({ accounts: 3, entries: 20, ok: true, problems: [], mismatches: [] }, t)).toEqual([
      'points.verify.ok{"accounts":3,"entries":20}',
    ]);
    const bad = checkText(
      {
        accounts: 3,
        entries: 20,
        ok: false,
        problems: ['voucher X has no debit'],
        mismatches: [{ residentId: 'abcdef0123', balance: 5, sum: 4 }],
      },
      t,
    );
    expect(bad).toHaveLength(3);
    expect(bad[0]).toContain('"n":2');
    expect(bad[1]).toContain('abcdef01');
  });
});

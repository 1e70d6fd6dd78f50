import { describe, expect, it } from 'vitest';
import en from '../locales/points/en.json';
import zh from '../locales/points/zh-CN.json';
import {
  dayWords,
  entryDay,
  historyText,
  hoursText,
  MINUS,
  quarterParts,
  signedPoints,
  undoneMark,
  type Translate,
} from './words';

/** A translator over one locale file, as svelte-i18n fills {values}. */
function translator(messages: object): Translate {
  return (key, options) => {
    const found = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], messages);
    if (typeof found !== 'string') return `MISSING ${key}`;
    return found.replace(/\{(\w+)\}/g, (_, name: string) => String(options?.values?.[name] ?? `{${name}}`));
  };
}
const zhT = translator(zh);
const enT = translator(en);
const at = '2026-03-15T02:00:00Z';

describe('a points history line in plain words', () => {
  it('says what each reason was, in Chinese', () => {
    const line = (e: Partial<Parameters<typeof historyText>[0]>) =>
      historyText({ amount: 0, reason: '', at, ...e }, zhT);
    expect(line({ reason: 'MEETING_ATTENDED', title: '3月议事会' })).toBe('参加3月议事会');
    expect(line({ reason: 'REWARD_REDEEMED', title: '洗衣液一瓶' })).toBe('兑换 洗衣液一瓶');
    expect(line({ reason: 'VOLUNTEER_HOUR', title: '楼道清洁', hours: 2 })).toBe('志愿服务 楼道清洁 2小时');
    expect(line({ reason: 'VOLUNTEER_HOUR', title: '楼道清洁', hours: 1.5 })).toBe('志愿服务 楼道清洁 1.5小时');
    expect(line({ reason: 'SUGGESTION_ADOPTED', title: '在大树下加装休息长椅' })).toBe(
      '建议被采纳：在大树下加装休息长椅',
    );
    expect(line({ reason: 'VOUCHER_EXPIRED', title: '洗衣液一瓶' })).toBe('兑换券过期，退回 洗衣液一瓶');
    expect(line({ reason: 'VOUCHER_CANCELLED', title: '文具套装' })).toBe('兑换已取消，退回 文具套装');
    expect(line({ reason: 'MANUAL_AWARD', note: '帮助邻居' })).toBe('工作人员奖励：帮助邻居');
    expect(line({ reason: 'MANUAL_DEDUCTION', note: '重复登记' })).toBe('工作人员扣除：重复登记');
    expect(line({ reason: 'CORRECTION', note: '记错了人', title: '3月议事会' })).toBe('更正：记错了人');
  });

  it('falls back to the reason alone when a detail is missing, and never shows a code', () => {
    const line = (e: Partial<Parameters<typeof historyText>[0]>) =>
      historyText({ amount: 0, reason: '', at, ...e }, zhT);
    expect(line({ reason: 'MEETING_ATTENDED' })).toBe('参加议事会');
    expect(line({ reason: 'VOLUNTEER_HOUR', title: '楼道清洁' })).toBe('志愿服务');
    expect(line({ reason: 'MANUAL_AWARD', note: '  ' })).toBe('工作人员奖励');
    expect(line({ reason: 'SOMETHING_NEW' })).toBe('积分变动');
  });

  it('has every line in English too', () => {
    const reasons = [
      'MEETING_ATTENDED',
      'SUGGESTION_ADOPTED',
      'VOLUNTEER_HOUR',
      'MANUAL_AWARD',
      'MANUAL_DEDUCTION',
      'CORRECTION',
      'REWARD_REDEEMED',
      'VOUCHER_CANCELLED',
      'VOUCHER_EXPIRED',
      'OTHER',
    ];
    for (const reason of reasons) {
      for (const e of [{ title: 'x', note: 'y', hours: 2 }, {}]) {
        expect(historyText({ amount: 1, reason, at, ...e }, enT), reason).not.toMatch(/MISSING|\{/);
        expect(historyText({ amount: 1, reason, at, ...e }, zhT), reason).not.toMatch(/MISSING|\{/);
      }
    }
    expect(historyText({ amount: 10, reason: 'MEETING_ATTENDED', title: '3月议事会', at }, enT)).toBe(
      'Attended 3月议事会',
    );
  });
});

describe('points with their sign', () => {
  it('gives + and the true minus sign (U+2212), not a hyphen', () => {
    expect(signedPoints(10)).toBe('+10');
    expect(signedPoints(-50)).toBe('\u221250');
    expect(signedPoints(-50)).not.toContain('-');
    expect(MINUS.codePointAt(0)).toBe(0x2212);
    expect(signedPoints(0)).toBe('0');
  });

  it('gives hours as whole numbers or halves', () => {
    expect(hoursText(2)).toBe('2');
    expect(hoursText(0.5)).toBe('0.5');
  });
});

describe('days in words', () => {
  it('says 3月15日 in Chinese and March 15 in English, with the year only when it is another', () => {
    expect(dayWords('2026-03-15', 'zh-CN', '2026')).toBe('3月15日');
    expect(dayWords('2026-12-31', 'zh-CN')).toBe('12月31日');
    expect(dayWords('2025-12-31', 'zh-CN', '2026')).toBe('2025年12月31日');
    expect(dayWords('2026-03-15', 'en', '2026')).toBe('March 15');
    expect(dayWords('2025-03-05', 'en', '2026')).toBe('March 5, 2025');
  });

  it('takes the day an entry is about, else the day it was recorded in Shanghai', () => {
    expect(entryDay({ amount: 10, reason: 'MEETING_ATTENDED', day: '2026-03-15', at: '2026-04-01T00:00:00Z' })).toBe(
      '2026-03-15',
    );
    // 16:30 UTC is already the next morning in Shanghai.
    expect(entryDay({ amount: -50, reason: 'REWARD_REDEEMED', at: '2026-12-30T16:30:00Z' })).toBe('2026-12-31');
  });

  it('reads a quarter', () => {
    expect(quarterParts('2026-Q3')).toEqual({ year: 2026, quarter: 3 });
    expect(quarterParts('2026-Q5')).toBeNull();
  });
});

describe('a line a later entry undid', () => {
  it('says a refunded redemption got its points back, and anything else was corrected', () => {
    expect(undoneMark({ reason: 'REWARD_REDEEMED', reversed: true })).toBe('points.refunded');
    expect(undoneMark({ reason: 'MEETING_ATTENDED', reversed: true })).toBe('points.reversed');
    expect(undoneMark({ reason: 'MEETING_ATTENDED', reversed: false })).toBeNull();
    expect(zh.points.refunded).toBe('（已退回）');
    expect(en.points.refunded).toBeTruthy();
  });
});

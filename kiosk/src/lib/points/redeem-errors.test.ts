import { ApiError, NETWORK_ERROR } from '@linli/client';
import { describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import pointsEn from '../locales/points/en.json';
import pointsZh from '../locales/points/zh-CN.json';
import zh from '../locales/zh-CN.json';
import { redeemErrorText } from './redeem-errors';

const sentences = (...files: Array<{ errors: Record<string, string> }>) =>
  Object.assign({}, ...files.map((f) => f.errors)) as Record<string, string>;

function translator(errors: Record<string, string>) {
  return (key: string, options?: { values?: Record<string, string | number> }) =>
    (errors[key.replace(/^errors\./, '')] ?? `MISSING ${key}`).replace(/\{(\w+)\}/g, (_, n: string) =>
      String(options?.values?.[n] ?? `{${n}}`),
    );
}
const zhT = translator(sentences(zh, pointsZh));
const enT = translator(sentences(en, pointsEn));

describe('a refused redemption in words', () => {
  it('says how many points are missing, from balance and needed', () => {
    const err = new ApiError('x', { code: 'CONFLICT', reason: 'NOT_ENOUGH_POINTS', balance: 20, needed: 50 });
    expect(redeemErrorText(err, zhT)).toBe('积分不够：还差 30 分');
    expect(redeemErrorText(err, enT)).toBe('Not enough points: 30 more needed');
  });

  it('still says it in words when the numbers are missing, and never a code', () => {
    const err = new ApiError('x', { code: 'CONFLICT', reason: 'NOT_ENOUGH_POINTS' });
    expect(redeemErrorText(err, zhT)).toBe('积分不够，请选一件少一些积分的');
    expect(redeemErrorText(new ApiError('x', { code: 'CONFLICT', reason: 'SOLD_OUT' }), zhT)).toBe(
      '刚刚兑完了，请选别的礼品',
    );
    expect(redeemErrorText(new ApiError('x', { code: 'CONFLICT', reason: 'REWARD_NOT_AVAILABLE' }), zhT)).not.toMatch(
      /MISSING|REWARD/,
    );
    expect(redeemErrorText(new ApiError('x', { code: NETWORK_ERROR }), zhT)).toBe('网络连接不上，请稍后再试');
  });
});

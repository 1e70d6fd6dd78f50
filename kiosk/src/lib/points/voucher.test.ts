import { describe, expect, it } from 'vitest';
import { sortVouchers, voucherCodeText } from './voucher';

describe('vouchers', () => {
  it('shows a code as XXXX-XXXX', () => {
    expect(voucherCodeText('ACDEFHJK')).toBe('ACDE-FHJK');
    expect(voucherCodeText('acde fhjk')).toBe('ACDE-FHJK');
    expect(voucherCodeText('ACD')).toBe('ACD');
  });

  it('lists the ones still to use first, newest first', () => {
    const v = (code: string, status: string, issuedAt: string) => ({ code, status, issuedAt });
    const sorted = sortVouchers([
      v('A', 'FULFILLED', '2026-11-01T00:00:00Z'),
      v('B', 'ISSUED', '2026-10-01T00:00:00Z'),
      v('C', 'EXPIRED', '2026-12-01T00:00:00Z'),
      v('D', 'ISSUED', '2026-12-02T00:00:00Z'),
    ]);
    expect(sorted.map((x) => x.code)).toEqual(['D', 'B', 'C', 'A']);
  });
});

/** Vouchers as the resident reads them: the code in two halves, the ones still to use first. */

export type VoucherState = 'ISSUED' | 'FULFILLED' | 'EXPIRED' | 'CANCELLED';

export interface VoucherLike {
  code: string;
  status: VoucherState | string;
  issuedAt: string;
}

/** ACDEFHJK → ACDE-FHJK: eight characters read as two groups of four (as staff type it). */
export function voucherCodeText(code: string): string {
  const plain = code.toUpperCase().replace(/[\s-]/g, '');
  return plain.length === 8 ? `${plain.slice(0, 4)}-${plain.slice(4)}` : plain;
}

/** Issued (still to use) first, newest first within each group. */
export function sortVouchers<V extends VoucherLike>(vouchers: readonly V[]): V[] {
  return [...vouchers].sort((a, b) => {
    const ia = a.status === 'ISSUED' ? 0 : 1;
    const ib = b.status === 'ISSUED' ? 0 : 1;
    if (ia !== ib) return ia - ib;
    return b.issuedAt.localeCompare(a.issuedAt);
  });
}

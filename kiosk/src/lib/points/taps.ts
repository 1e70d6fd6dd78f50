/**
 * The kiosk's promise for points: from the signed-in home to a voucher in at most five taps. The
 * journey is named here once; the browser test walks it and counts every tap the page received.
 */

export const MAX_TAPS_TO_VOUCHER = 5;

/** The taps from the signed-in home to a voucher on screen. */
export const REDEEM_JOURNEY = ['the points tile on home', 'the 兑换 button of a reward', '确认兑换'] as const;

/** One tap a page received: when, and on what (its visible words). */
export interface Tap {
  at: number;
  target: string;
}

/**
 * Taps made between two moments (inclusive of `from`, exclusive of `until`). Every tap counts: a
 * double tap is two taps for the person making it.
 */
export function tapsBetween(log: readonly Tap[], from: number, until = Infinity): Tap[] {
  return log.filter((tap) => tap.at >= from && tap.at < until);
}

/** Within the promise? */
export function withinBudget(taps: readonly Tap[]): boolean {
  return taps.length <= MAX_TAPS_TO_VOUCHER;
}

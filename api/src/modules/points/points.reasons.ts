/** Why a points request was refused. */
export enum PointsReason {
  NOT_ENOUGH_POINTS = 'NOT_ENOUGH_POINTS',
  SOLD_OUT = 'SOLD_OUT',
  REWARD_NOT_AVAILABLE = 'REWARD_NOT_AVAILABLE',
  REWARD_CHANGED = 'REWARD_CHANGED',
  STOCK_BELOW_ZERO = 'STOCK_BELOW_ZERO',
  VOUCHER_UNKNOWN = 'VOUCHER_UNKNOWN',
  VOUCHER_STATE = 'VOUCHER_STATE',
  VOUCHER_EXPIRED = 'VOUCHER_EXPIRED',
  RULE_IN_FORCE = 'RULE_IN_FORCE',
  NO_RULE = 'NO_RULE',
  SHIFT_RECORDED = 'SHIFT_RECORDED',
  ENTRY_OF_VOUCHER = 'ENTRY_OF_VOUCHER',
  QUARTER_NOT_OVER = 'QUARTER_NOT_OVER',
  STARS_CONFIRMED = 'STARS_CONFIRMED',
  STARS_CHANGED = 'STARS_CHANGED',
  PICTURE_FORMAT = 'PICTURE_FORMAT',
}

export const pointsReasons: Record<PointsReason, string> = {
  NOT_ENOUGH_POINTS: 'The balance does not cover this (balance: what there is; needed: what it takes)',
  SOLD_OUT: 'None of this reward is left',
  REWARD_NOT_AVAILABLE: 'This reward cannot be redeemed now (withdrawn, or outside its dates)',
  REWARD_CHANGED: 'Someone else changed this reward since it was read: load it again',
  STOCK_BELOW_ZERO: 'Stock cannot go below zero',
  VOUCHER_UNKNOWN: 'No voucher has this code',
  VOUCHER_STATE: 'The voucher has been fulfilled, cancelled or has expired already (voucherStatus)',
  VOUCHER_EXPIRED: 'The voucher is past its expiry (its points come back automatically)',
  RULE_IN_FORCE: 'A rule already in force cannot be changed: add one from a later day',
  NO_RULE: 'No earning rule is in force for that day',
  SHIFT_RECORDED: 'These hours (same resident, day and activity) are recorded already',
  ENTRY_OF_VOUCHER: "A voucher's points move with the voucher: cancel the voucher instead",
  QUARTER_NOT_OVER: 'Stars are named once the quarter is over',
  STARS_CONFIRMED: "This quarter's stars are confirmed already",
  STARS_CHANGED: 'The ranking changed since it was shown: look at it again',
  PICTURE_FORMAT: 'A picture must be a JPEG, PNG or WebP file of at most 2 MB',
};

declare module '../../platform/errors.js' {
  interface ErrorReasons {
    points: PointsReason;
  }
}

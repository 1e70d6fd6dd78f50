/** A voucher was issued, fulfilled, cancelled or expired. */
export const VOUCHER_CHANGED = 'VOUCHER_CHANGED';
/** A reward was added or changed (its stock too, by staff). */
export const REWARD_CHANGED = 'REWARD_CHANGED';

export interface VoucherChanged {
  voucherId: string;
  residentId: string;
  status: string;
}

export interface RewardChanged {
  rewardId: string;
}

declare module '../../platform/pubsub.js' {
  interface Topics {
    VOUCHER_CHANGED: [VoucherChanged];
    REWARD_CHANGED: [RewardChanged];
  }
}

/**
 * The rewards as the resident sees them: the ones they can have now first (a big 兑换 button),
 * then the ones they are short of (greyed, "还差 N 分"), the sold-out ones last (已兑完).
 */

export interface CatalogueReward {
  id: string;
  name: string;
  cost: number;
  stock: number;
}

export interface CatalogueEntry<R extends CatalogueReward = CatalogueReward> {
  affordable: boolean;
  /** Points still needed (0 when the balance covers it). */
  short: number;
  reward: R;
}

/** What a reward's card offers: redeem it, say how many points are missing, or say it is gone. */
export type RewardState = 'redeem' | 'short' | 'soldOut';

export function rewardState(item: CatalogueEntry): RewardState {
  if (item.reward.stock <= 0) return 'soldOut';
  if (!item.affordable || item.short > 0) return 'short';
  return 'redeem';
}

const ORDER: Record<RewardState, number> = { redeem: 0, short: 1, soldOut: 2 };

/**
 * Redeemable first (cheapest first), then the nearest within reach (fewest points short), then
 * the sold out; the name breaks ties so the order never jumps between visits.
 */
export function sortCatalogue<R extends CatalogueReward>(items: readonly CatalogueEntry<R>[]): CatalogueEntry<R>[] {
  return [...items].sort((a, b) => {
    const sa = rewardState(a);
    const sb = rewardState(b);
    if (sa !== sb) return ORDER[sa] - ORDER[sb];
    if (sa === 'short' && a.short !== b.short) return a.short - b.short;
    if (a.reward.cost !== b.reward.cost) return a.reward.cost - b.reward.cost;
    return a.reward.name.localeCompare(b.reward.name, 'zh-CN');
  });
}

/**
 * The points a redemption was refused for, from NOT_ENOUGH_POINTS's `balance` and `needed`:
 * how many are missing (at least 1), or null when the answer did not say.
 */
export function pointsShort(balance: unknown, needed: unknown): number | null {
  if (typeof balance !== 'number' || typeof needed !== 'number') return null;
  return Math.max(1, needed - balance);
}

/** Rewards one screen holds beside the balance and the star switch (the kiosk never scrolls). */
export const REWARDS_PER_SCREEN = 4;

/**
 * The rewards on screen page `page` (from 0, clamped): all of them when they fit, else one row
 * fewer a page to make room for the page arrows.
 */
export function rewardScreen<T>(items: readonly T[], page: number): { shown: T[]; page: number; pages: number } {
  const per = items.length > REWARDS_PER_SCREEN ? REWARDS_PER_SCREEN - 1 : REWARDS_PER_SCREEN;
  const pages = Math.max(1, Math.ceil(items.length / per));
  const at = Math.min(Math.max(0, page), pages - 1);
  return { shown: items.slice(at * per, (at + 1) * per), page: at, pages };
}

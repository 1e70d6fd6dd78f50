import type { RewardFieldsFragment as Reward, RewardKind } from '$gql/graphql';

/** The reward form's draft (strings as typed) and its checks; the page only renders. */
export interface RewardDraft {
  kind: RewardKind;
  name: string;
  description: string;
  cost: string;
  stock: string;
  activeFrom: string;
  activeUntil: string;
  pictureId: string | null;
  archived: boolean;
}

export const emptyDraft = (): RewardDraft => ({
  kind: 'GOODS',
  name: '',
  description: '',
  cost: '',
  stock: '0',
  activeFrom: '',
  activeUntil: '',
  pictureId: null,
  archived: false,
});

export function draftOf(r: Reward): RewardDraft {
  return {
    kind: r.kind,
    name: r.name,
    description: r.description,
    cost: String(r.cost),
    stock: String(r.stock),
    activeFrom: r.activeFrom ?? '',
    activeUntil: r.activeUntil ?? '',
    pictureId: r.pictureId ?? null,
    archived: r.archived,
  };
}

export type DraftProblem = 'name' | 'cost' | 'stock' | 'window';

/** What is wrong with a draft (the first problem per field), or nothing. */
export function draftProblems(d: RewardDraft, creating: boolean): DraftProblem[] {
  const out: DraftProblem[] = [];
  if (!d.name.trim() || d.name.trim().length > 40) out.push('name');
  if (!/^\d{1,6}$/.test(d.cost.trim()) || Number(d.cost) < 1) out.push('cost');
  if (creating && !/^\d{1,6}$/.test(d.stock.trim())) out.push('stock');
  if (d.activeFrom && d.activeUntil && d.activeFrom > d.activeUntil) out.push('window');
  return out;
}

/** The fields both createReward and updateReward take. */
export function inputOf(d: RewardDraft) {
  return {
    kind: d.kind,
    name: d.name.trim(),
    description: d.description.trim(),
    cost: Number(d.cost),
    activeFrom: d.activeFrom || null,
    activeUntil: d.activeUntil || null,
    pictureId: d.pictureId,
  };
}

/** Whether the reward is offered on `today` (its window and not archived). */
export function offeredOn(r: Pick<Reward, 'activeFrom' | 'activeUntil' | 'archived'>, today: string): boolean {
  if (r.archived) return false;
  if (r.activeFrom && r.activeFrom > today) return false;
  if (r.activeUntil && r.activeUntil < today) return false;
  return true;
}

export const PICTURE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
export const PICTURE_MAX = 2 * 1024 * 1024;

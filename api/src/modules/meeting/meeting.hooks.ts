import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../platform/context.js';

/** A matter deliberation offers for a meeting's agenda. */
export interface AgendaCandidate {
  matterId: string;
  /** The matter's reference as residents know it (e.g. 2026-12-007). */
  ref: string;
  title: string;
  overdue: boolean;
  timeBoxMinutes?: number;
  /** The outside party responsible for it: invited when the matter goes on an agenda. */
  party?: { partyId: string; name: string } | null;
}

/** What happened to an item about a matter, told to deliberation inside the chair's transaction. */
export type ItemEvent =
  | {
      kind: 'DECIDED';
      matterId: string;
      meetingId: string;
      itemId: string;
      outcome: 'ADOPTED' | 'NOT_ADOPTED' | 'DEFERRED';
      decision: string;
      by: string;
    }
  | {
      kind: 'VOTED';
      matterId: string;
      meetingId: string;
      itemId: string;
      question: string;
      for: number;
      against: number;
      abstain: number;
      carried: boolean;
      quorumMet: boolean;
      by: string;
    }
  | {
      kind: 'ACTION';
      matterId: string;
      meetingId: string;
      itemId: string;
      what: string;
      ownerName: string;
      ownerStaffId: string | null;
      due: string | null;
      by: string;
    };

export type AgendaSource = (ctx: Context) => Promise<AgendaCandidate[]>;
export type ItemEventHook = (em: EntityManager, ctx: Context, e: ItemEvent) => Promise<void>;

let agendaSource: AgendaSource | null = null;
const itemHooks: ItemEventHook[] = [];

export const hooks = {
  setAgendaSource(fn: AgendaSource): void {
    agendaSource = fn;
  },
  onItemEvent(fn: ItemEventHook): void {
    itemHooks.push(fn);
  },
  /** The candidates now (none while no source is registered). */
  async candidates(ctx: Context): Promise<AgendaCandidate[]> {
    return agendaSource ? agendaSource(ctx) : [];
  },
  /** Tells every hook, in order, in the caller's transaction: one that throws rolls it back. */
  async emit(em: EntityManager, ctx: Context, e: ItemEvent): Promise<void> {
    for (const hook of itemHooks) await hook(em, ctx, e);
  },
  /** Tests only: removes a hook added with onItemEvent. */
  remove(fn: ItemEventHook): void {
    const i = itemHooks.indexOf(fn);
    if (i >= 0) itemHooks.splice(i, 1);
  },
};

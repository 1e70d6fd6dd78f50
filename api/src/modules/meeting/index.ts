// TEMPORARY stand-in until the meeting module lands (branch `meeting`): the interface only.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../platform/context.js';

export interface AgendaCandidate {
  matterId: string;
  ref: string;
  title: string;
  overdue: boolean;
  timeBoxMinutes?: number;
}
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

export const Meetings = {
  setAgendaSource(_fn: (ctx: Context) => Promise<AgendaCandidate[]>): void {},
  onItemEvent(_fn: (em: EntityManager, ctx: Context, e: ItemEvent) => Promise<void>): void {},
  async draftCouncil(
    _ctx: Context,
    _m: { round: string; day: string; plannedDay: string; movedReason: string | null; items: AgendaCandidate[] },
  ): Promise<{ meetingId: string; created: boolean }> {
    return { meetingId: '00000000-0000-4000-8000-000000000000', created: true };
  },
  async addToNextCouncil(_ctx: Context, _item: AgendaCandidate): Promise<{ meetingId: string | null }> {
    return { meetingId: null };
  },
};

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../platform/context.js';
import { notFound, unauthenticated } from '../../platform/errors.js';
import type { LinliModule } from '../../platform/module.js';
import { minutesOf } from './meeting.minutes.js';
import { minutesDocx, ZH_MINUTES_WORDS } from './minutes-docx.js';
import {
  AgendaItem,
  CouncilMember,
  Meeting,
  MeetingAction,
  MeetingAttendance,
  MeetingInvitee,
  MeetingVote,
} from './meeting.entity.js';
import { MEETING_CHANGED } from './meeting.events.js';
import { hooks, type AgendaCandidate, type ItemEvent } from './meeting.hooks.js';
import { meetingReasons } from './meeting.reasons.js';
import { MeetingResolver } from './meeting.resolver.js';
import { meetingSeed } from './meeting.seed.js';
import { MeetingService } from './meeting.service.js';

export type { AgendaCandidate, ItemEvent } from './meeting.hooks.js';
export type { MeetingEvent } from './meeting.events.js';
export type { Minutes } from './meeting.minutes.js';
export { minutesOf } from './meeting.minutes.js';
export { MeetingReason } from './meeting.reasons.js';

/**
 * What other modules may do with meetings. Deliberation plugs in here (this module knows nothing
 * of matters but their id, reference and title): it says where agenda candidates come from, and
 * hears what the chair does to items about matters inside the chair's own transaction.
 */
export const Meetings = {
  /** Where agenda candidates come from (classified matters, overdue first). One source; a later call replaces it. */
  setAgendaSource(fn: (ctx: Context) => Promise<AgendaCandidate[]>): void {
    hooks.setAgendaSource(fn);
  },
  /**
   * Called inside the chair's transaction when an item about a matter is decided, gets an action
   * or a vote, so the matter's file records it atomically with the meeting. A hook that throws
   * rolls the chair's action back (the chair sees the error).
   */
  onItemEvent(fn: (em: EntityManager, ctx: Context, e: ItemEvent) => Promise<void>): void {
    hooks.onItemEvent(fn);
  },
  /**
   * For deliberation's calendar job (a system context: no staff): the month's council meeting,
   * made once per community and round (a second call returns the first, `created: false`, and
   * adds nothing), with council members invited and `items` on its agenda (each matter once).
   */
  draftCouncil(
    ctx: Context,
    m: { round: string; day: string; plannedDay: string; movedReason: string | null; items: AgendaCandidate[] },
  ): Promise<{ meetingId: string; created: boolean }> {
    return MeetingService.draftCouncil(ctx, m);
  },
  /**
   * An overdue matter onto the next planned council meeting (from today), once per matter and
   * meeting (again: nothing changes). `meetingId` null: no council meeting is planned.
   */
  addToNextCouncil(ctx: Context, item: AgendaCandidate): Promise<{ meetingId: string | null }> {
    return MeetingService.addToNextCouncil(ctx, item);
  },
};

/**
 * Meetings (协商): the council and its seats, meetings with invitees and an agenda of free items
 * and matters, attendance (+10 points once), the chair's live control (items, timers, votes
 * with quorum, decisions, actions) serialised on the meeting's version, MEETING_CHANGED for the
 * meeting-room screen, and the minutes.
 */
export const meetingModule: LinliModule = {
  name: 'meeting',
  entities: [CouncilMember, Meeting, MeetingInvitee, AgendaItem, MeetingVote, MeetingAction, MeetingAttendance],
  resolvers: [MeetingResolver],
  topics: [MEETING_CHANGED],
  reasons: meetingReasons,
  seed: meetingSeed,
  routes: [
    {
      // The minutes as a Word document (community offices file Word): staff only.
      method: 'GET',
      path: 'minutes',
      handle: async (ctx, req) => {
        if (!ctx.principal.staff) throw unauthenticated('Please sign in');
        const id = req.query.id ?? '';
        if (!UUID.test(id)) throw notFound('Meeting');
        const minutes = await minutesOf(ctx, id);
        return {
          file: {
            body: await minutesDocx(minutes, ZH_MINUTES_WORDS),
            contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            filename: `minutes-${minutes.day}.docx`,
          },
        };
      },
    },
  ],
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

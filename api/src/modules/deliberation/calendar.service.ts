import type { Context } from '../../platform/context.js';
import { row, rows } from '../../platform/sql.js';
import { Meetings, type AgendaCandidate } from '../meeting/index.js';
import { roundOf } from './calendar.js';
import { councilMeetingDay } from './council-days.js';
import { addEvent, settingsOf, today } from './deliberation.service.js';
import { candidate } from './meeting-hooks.js';
import { ANNOUNCE, CANDIDATES, CLOSE_ROUND, FLAG_OVERDUE, ROUND_CLOSED } from './deliberation.sql.js';

/** The round before 'YYYY-MM'. */
export function previousRound(round: string): string {
  const y = Number(round.slice(0, 4));
  const m = Number(round.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export interface TickResult {
  /** The round closed by this run (its council meeting drafted when still ahead). */
  closedRound: string | null;
  meetingId: string | null;
  /** Matters found past their window by this run (each escalated and put on the next agenda). */
  flagged: string[];
}

/**
 * The council's calendar, run by the job queue (`deliberation.calendar`) for each community: every
 * step is decided by the data's state, so a run repeated (another instance, a retry) changes
 * nothing more, and a run after downtime does what the missed days would have.
 * 1. Once a round's cut-off day has passed, the round closes — once — and its council meeting
 *    (the meeting day, moved to the next working day off a holiday) is drafted with the open
 *    classified matters on its agenda, overdue first.
 * 2. A matter past its due day is flagged once, escalated (a line in its file for the secretary)
 *    and put on the next council meeting's agenda.
 */
export async function calendarTick(ctx: Context): Promise<TickResult> {
  const s = await settingsOf(ctx.em);
  const now = today(ctx);
  const previous = previousRound(roundOf(now, s.cutoff_day));
  const result: TickResult = { closedRound: null, meetingId: null, flagged: [] };

  if (!(await row(ctx.em, ROUND_CLOSED, { round: previous }))) {
    await ctx.em.transactional(async (em) => {
      const tx = { ...ctx, em };
      const day = councilMeetingDay(previous, s.meeting_day);
      let meetingId: string | null = null;
      const candidates = await rows(em, CANDIDATES, { today: now });
      // A meeting day already past (the platform was down through it) is not drafted after the fact.
      if (day.day >= now) {
        const items: AgendaCandidate[] = candidates.map(candidate);
        const drafted = await Meetings.draftCouncil(tx, {
          round: previous,
          day: day.day,
          plannedDay: day.plannedDay,
          movedReason: day.moved ? day.reason : null,
          items,
        });
        meetingId = drafted.meetingId;
      }
      const closed = await row(em, CLOSE_ROUND, { round: previous, meeting: meetingId });
      if (!closed) return;
      result.closedRound = previous;
      result.meetingId = meetingId;
      if (!meetingId) return;
      for (const c of candidates) {
        await addEvent(em, c.id, { kind: 'ON_AGENDA', public: true, detail: { dueDay: day.day, subject: previous } });
        await row(em, ANNOUNCE, { id: c.id });
      }
    });
  }

  await ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    for (const m of await rows(em, FLAG_OVERDUE, { today: now })) {
      result.flagged.push(m.ref);
      await addEvent(em, m.id, { kind: 'OVERDUE', public: false, detail: { dueDay: m.due_day } });
      const next = await Meetings.addToNextCouncil(tx, { matterId: m.id, ref: m.ref, title: m.title, overdue: true });
      await addEvent(em, m.id, { kind: 'ESCALATED', public: false, detail: { subject: 'SECRETARY' } });
      if (next.meetingId) await addEvent(em, m.id, { kind: 'ON_AGENDA', public: true, detail: { subject: 'NEXT' } });
      await row(em, ANNOUNCE, { id: m.id });
    }
  });
  return result;
}

import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../platform/context.js';
import { isUniqueViolation } from '../../platform/database.js';
import { badInput, conflict, notFound } from '../../platform/errors.js';
import { row, rows } from '../../platform/sql.js';
import { localDate } from '../../platform/time.js';
import { Ledger } from '../ledger/index.js';
import { NoticeCategory, Notices } from '../notice/index.js';
import { EarningReason, Points } from '../points/index.js';
import { roundCutoff, roundOf } from './calendar.js';
import { councilDaysLeft, councilDueDay, councilMeetingDay, holidaysKnown } from './council-days.js';
import { DayCounting, MatterStatus, MatterUrgency, SuggestionSource } from './deliberation.entity.js';
import { DeliberationReason } from './deliberation.reasons.js';
import {
  ADD_EVENT,
  ANNOUNCE,
  ANSWER,
  BOARD,
  BUMP,
  CLASSIFY,
  EVENTS_OF,
  INSERT_MATTER,
  INSERT_SUGGESTION,
  LOCK_MATTER,
  MARK_SEEN,
  MATTER,
  MATTERS,
  MERGE,
  MOVE_DEADLINE,
  MY_SUGGESTIONS,
  NEXT_NUMBER,
  PARTY,
  REASSIGN,
  RESIDENT_HERE,
  ROUND_CLOSED,
  ROUND_COUNT,
  SAVE_SETTINGS,
  SET_STATUS,
  SETTINGS,
  STAFF_NAME,
  STAFF_OPTIONS,
  STATS,
  SUGGESTERS,
  SUGGESTION_BY_KEY,
  SUGGESTIONS_OF,
  type EventRow,
  type MatterRow,
  type MySuggestionRow,
  type SettingsRow,
} from './deliberation.sql.js';
import type {
  AnswerMatterInput,
  BoardArgs,
  BoardMatterView,
  ClassifyMatterInput,
  CompleteMatterInput,
  DecideMatterInput,
  DeliberationSettingsInput,
  DeliberationSettingsView,
  EnterSuggestionInput,
  MatterEventView,
  MatterFileView,
  MatterNoteInput,
  MatterStaffOptionView,
  MattersArgs,
  MatterView,
  MergeMattersInput,
  MoveDeadlineInput,
  MySuggestionView,
  ReassignMatterInput,
  RoundStatView,
  RoundView,
  SubmitSuggestionInput,
} from './deliberation.types.js';

const DEFAULTS: SettingsRow = {
  counting: DayCounting.CALENDAR,
  urgent_days: 7,
  key_days: 30,
  cutoff_day: 5,
  meeting_day: 15,
};

export function today(ctx: Pick<Context, 'clock'>): string {
  return localDate(ctx.clock.now());
}

/** 2612-007: the round's year and month, then its number (three digits at least). */
export function refOf(round: string, n: number): string {
  return `${round.slice(2, 4)}${round.slice(5, 7)}-${String(n).padStart(3, '0')}`;
}

export async function settingsOf(em: EntityManager): Promise<SettingsRow> {
  return (await row(em, SETTINGS, {})) ?? DEFAULTS;
}

interface MatterEventInput {
  kind: string;
  public: boolean;
  text?: string | null;
  reason?: string | null;
  detail?: Record<string, unknown>;
  by?: string | null;
}

/** A line in the matter's file (in the caller's transaction). */
export async function addEvent(em: EntityManager, matter: string, e: MatterEventInput): Promise<void> {
  await row(em, ADD_EVENT, {
    matter,
    kind: e.kind,
    public: e.public,
    text: e.text ?? null,
    reason: e.reason ?? null,
    detail: e.detail ? JSON.stringify(e.detail) : null,
    by: e.by ?? null,
  });
}

function mySuggestionView(r: MySuggestionRow): MySuggestionView {
  return {
    id: r.id,
    ref: r.ref,
    title: r.title,
    details: r.details,
    category: r.category,
    status: r.status,
    urgency: r.urgency,
    dueDay: r.due_day,
    createdAt: new Date(r.created_at),
    latest: r.latest_kind ? { kind: r.latest_kind, text: r.latest_text, at: new Date(r.latest_at!) } : null,
    answer: r.answer,
    answeredAt: r.answered_at ? new Date(r.answered_at) : null,
    changed: r.changed,
  };
}

function matterView(r: MatterRow, now: string, counting: DayCounting): MatterView {
  const running = r.status === MatterStatus.OPEN || r.status === MatterStatus.ADOPTED;
  const left = r.due_day && running ? councilDaysLeft(now, r.due_day, counting) : null;
  return {
    id: r.id,
    ref: r.ref,
    round: r.round,
    title: r.title,
    category: r.category,
    status: r.status,
    urgency: r.urgency,
    targetQuarter: r.target_quarter,
    owner: r.owner_name ? { staffId: r.owner_staff_id, partyId: r.owner_party_id, name: r.owner_name } : null,
    classifiedAt: r.classified_at ? new Date(r.classified_at) : null,
    dueDay: r.due_day,
    daysLeft: left,
    overdue: running && !!r.due_day && r.due_day < now,
    declined: r.declined,
    answer: r.answer,
    answeredAt: r.answered_at ? new Date(r.answered_at) : null,
    mergedIntoRef: r.merged_into_ref,
    suggesters: r.suggesters,
    version: r.version,
    createdAt: new Date(r.created_at),
  };
}

function eventView(e: EventRow): MatterEventView {
  const d = (e.detail ?? {}) as Record<string, unknown>;
  const text = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : null);
  return {
    id: e.id,
    kind: e.kind,
    public: e.public,
    text: e.text,
    reason: e.reason,
    urgency: (text('urgency') as MatterUrgency | null) ?? null,
    dueDay: text('dueDay'),
    previousDueDay: text('previousDueDay'),
    subject: text('subject'),
    outcome: text('outcome'),
    byName: e.by_name,
    at: new Date(e.at),
  };
}

/**
 * Locks the matter and checks the version it was read at and that it is at a step where the change
 * may be made; throws MATTER_CHANGED / MATTER_STATE / NOT_FOUND otherwise.
 */
async function lockFor(em: EntityManager, id: string, version: number | null, allowed: readonly MatterStatus[]) {
  const m = await row(em, LOCK_MATTER, { id });
  if (!m) throw notFound('Matter');
  if (version !== null && m.version !== version) {
    throw conflict(DeliberationReason.MATTER_CHANGED, 'Someone else changed this matter', { version: m.version });
  }
  if (!allowed.includes(m.status)) {
    throw conflict(DeliberationReason.MATTER_STATE, `The matter is ${m.status}`, { matterStatus: m.status });
  }
  return m;
}

/** An owner must be this community's (an active staff member or a party); answers its name. */
async function ownerName(em: EntityManager, staff: string | null | undefined, party: string | null | undefined) {
  if (staff && party) throw badInput('A matter has one owner', { ownerPartyId: ['oneOwner'] });
  if (staff) {
    const s = await row(em, STAFF_NAME, { id: staff });
    if (!s) throw notFound('Staff');
    return s.display_name;
  }
  if (party) {
    const p = await row(em, PARTY, { id: party });
    if (!p || p.archived) throw notFound('Party');
    return p.name;
  }
  return null;
}

function windowDays(s: SettingsRow, urgency: MatterUrgency): number | null {
  if (urgency === MatterUrgency.URGENT) return s.urgent_days;
  if (urgency === MatterUrgency.KEY) return s.key_days;
  return null;
}

/** The last day of a long-term matter's quarter: '2027-Q2' → '2027-06-30'. */
function quarterEnd(quarter: string): string {
  const y = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  const last = new Date(Date.UTC(y, q * 3, 0));
  return last.toISOString().slice(0, 10);
}

/**
 * A line in the matter's file, and MATTER_CHANGED with the matter's version, in the caller's
 * transaction (the event goes out when it commits): how every change of a matter ends.
 */
async function addEventAndAnnounce(em: EntityManager, matter: string, e: MatterEventInput): Promise<void> {
  await addEvent(em, matter, e);
  await row(em, ANNOUNCE, { id: matter });
}

export const DeliberationService = {
  async settings(ctx: Context): Promise<DeliberationSettingsView> {
    const s = await settingsOf(ctx.em);
    return {
      counting: s.counting,
      urgentDays: s.urgent_days,
      keyDays: s.key_days,
      cutoffDay: s.cutoff_day,
      meetingDay: s.meeting_day,
    };
  },

  async saveSettings(ctx: Context, input: DeliberationSettingsInput): Promise<DeliberationSettingsView> {
    await row(ctx.em, SAVE_SETTINGS, {
      counting: input.counting,
      urgent: input.urgentDays,
      key: input.keyDays,
      cutoff: input.cutoffDay,
      meeting: input.meetingDay,
    });
    return DeliberationService.settings(ctx);
  },

  /** The round a day's suggestions go to, its cut-off and its meeting (moved off a holiday). */
  async round(ctx: Context, round?: string | null): Promise<RoundView> {
    const s = await settingsOf(ctx.em);
    const r = round ?? roundOf(today(ctx), s.cutoff_day);
    const meeting = councilMeetingDay(r, s.meeting_day);
    const [closed, count] = await Promise.all([
      row(ctx.em, ROUND_CLOSED, { round: r }),
      row(ctx.em, ROUND_COUNT, { round: r }),
    ]);
    return {
      round: r,
      cutoffDay: roundCutoff(r, s.cutoff_day),
      meetingDay: meeting.day,
      plannedMeetingDay: meeting.plannedDay,
      movedReason: meeting.moved ? meeting.reason : null,
      holidaysKnown: holidaysKnown(meeting.plannedDay, meeting.day),
      closed: !!closed,
      matters: count?.matters ?? 0,
    };
  },

  /**
   * A suggestion, and the matter that will answer it, with the first line of its file. The
   * request key makes a double tap or a retry one suggestion (the first one's answer again).
   */
  async submit(
    ctx: Context,
    residentId: string,
    input: SubmitSuggestionInput,
    source: SuggestionSource,
    enteredBy: string | null,
  ): Promise<MySuggestionView> {
    const replay = async () => {
      const found = await row(ctx.em, SUGGESTION_BY_KEY, { resident: residentId, key: input.idempotencyKey });
      return found ? mySuggestionView(found) : null;
    };
    const earlier = await replay();
    if (earlier) return earlier;
    if (enteredBy && !(await row(ctx.em, RESIDENT_HERE, { id: residentId }))) throw notFound('Resident');
    const s = await settingsOf(ctx.em);
    const round = roundOf(today(ctx), s.cutoff_day);
    const title = input.title.trim();
    const details = input.details.trim();
    try {
      const id = await ctx.em.transactional(async (em) => {
        const n = (await row(em, NEXT_NUMBER, { round }))!.last;
        const matter = randomUUID();
        await row(em, INSERT_MATTER, { id: matter, ref: refOf(round, n), round, title, category: input.category });
        const suggestion = randomUUID();
        await row(em, INSERT_SUGGESTION, {
          id: suggestion,
          matter,
          resident: residentId,
          title,
          details,
          category: input.category,
          source,
          enteredBy,
          round,
          key: input.idempotencyKey,
        });
        await addEventAndAnnounce(em, matter, { kind: 'SUBMITTED', public: true, detail: { source }, by: enteredBy });
        return suggestion;
      });
      const made = await replay();
      if (!made || made.id !== id) throw new Error('the suggestion just made was not found');
      return made;
    } catch (err) {
      // The same key committed meanwhile (a double tap on another instance): that is the answer.
      if (isUniqueViolation(err)) {
        const winner = await replay();
        if (winner) return winner;
      }
      throw err;
    }
  },

  async enter(ctx: Context, input: EnterSuggestionInput): Promise<MySuggestionView> {
    if (input.source === SuggestionSource.KIOSK) {
      throw badInput('Staff enter suggestions given on paper, to a building leader or a grid worker', {
        source: ['notKiosk'],
      });
    }
    return DeliberationService.submit(ctx, input.residentId, input, input.source, ctx.principal.staff!.id);
  },

  async mySuggestions(ctx: Context): Promise<MySuggestionView[]> {
    return (await rows(ctx.em, MY_SUGGESTIONS, { resident: ctx.principal.resident!.id })).map(mySuggestionView);
  },

  /** The resident has looked: nothing is new until the next change. */
  async markSeen(ctx: Context): Promise<boolean> {
    await rows(ctx.em, MARK_SEEN, { resident: ctx.principal.resident!.id });
    return true;
  },

  async board(ctx: Context, args: BoardArgs): Promise<BoardMatterView[]> {
    const found = await rows(ctx.em, BOARD, { status: args.status ?? null, limit: args.first });
    return found.map((r) => ({
      ref: r.ref,
      title: r.title,
      category: r.category,
      status: r.status,
      urgency: r.urgency,
      dueDay: r.due_day,
      suggesters: r.suggesters,
      latest: r.latest_kind ? { kind: r.latest_kind, text: r.latest_text, at: new Date(r.latest_at!) } : null,
      answer: r.answer,
      answeredAt: r.answered_at ? new Date(r.answered_at) : null,
    }));
  },

  async matters(ctx: Context, args: MattersArgs): Promise<MatterView[]> {
    const s = await settingsOf(ctx.em);
    const now = today(ctx);
    const found = await rows(ctx.em, MATTERS, {
      round: args.round ?? null,
      status: args.status ?? null,
      category: args.category ?? null,
      overdue: args.overdue,
      today: now,
      limit: args.first,
    });
    return found.map((r) => matterView(r, now, s.counting));
  },

  async file(ctx: Context, id: string): Promise<MatterFileView> {
    const [m, s] = await Promise.all([row(ctx.em, MATTER, { id }), settingsOf(ctx.em)]);
    if (!m) throw notFound('Matter');
    const [suggestions, events] = await Promise.all([
      rows(ctx.em, SUGGESTIONS_OF, { matter: id }),
      rows(ctx.em, EVENTS_OF, { matter: id }),
    ]);
    return {
      matter: matterView(m, today(ctx), s.counting),
      suggestions: suggestions.map((x) => ({
        id: x.id,
        residentId: x.resident_id,
        residentName: x.resident_name,
        building: x.building,
        title: x.title,
        details: x.details,
        category: x.category,
        source: x.source,
        enteredByName: x.entered_by_name,
        createdAt: new Date(x.created_at),
      })),
      events: events.map(eventView),
    };
  },

  /** Urgency, category and owner; the clock starts (a reclassification restarts it from today). */
  async classify(ctx: Context, input: ClassifyMatterInput): Promise<MatterFileView> {
    if (input.urgency === MatterUrgency.LONG_TERM && !input.targetQuarter) {
      throw badInput('A long-term matter goes into a quarter of the annual plan', { targetQuarter: ['required'] });
    }
    const s = await settingsOf(ctx.em);
    const now = today(ctx);
    const days = windowDays(s, input.urgency);
    const due = days !== null ? councilDueDay(now, days, s.counting) : quarterEnd(input.targetQuarter!);
    await ctx.em.transactional(async (em) => {
      await lockFor(em, input.matterId, input.version, [MatterStatus.NEW, MatterStatus.OPEN]);
      const owner = await ownerName(em, input.ownerStaffId, input.ownerPartyId);
      await row(em, CLASSIFY, {
        id: input.matterId,
        urgency: input.urgency,
        category: input.category,
        title: input.title?.trim() ?? null,
        staff: input.ownerStaffId ?? null,
        party: input.ownerPartyId ?? null,
        quarter: input.urgency === MatterUrgency.LONG_TERM ? input.targetQuarter! : null,
        due,
        now: ctx.clock.now(),
      });
      await addEventAndAnnounce(em, input.matterId, {
        kind: 'CLASSIFIED',
        public: true,
        detail: { urgency: input.urgency, dueDay: due, subject: owner, counting: s.counting },
        by: ctx.principal.staff!.id,
      });
    });
    return DeliberationService.file(ctx, input.matterId);
  },

  async reassign(ctx: Context, input: ReassignMatterInput): Promise<MatterFileView> {
    await ctx.em.transactional(async (em) => {
      await lockFor(em, input.matterId, input.version, [MatterStatus.NEW, MatterStatus.OPEN, MatterStatus.ADOPTED]);
      const owner = await ownerName(em, input.ownerStaffId, input.ownerPartyId);
      await row(em, REASSIGN, {
        id: input.matterId,
        staff: input.ownerStaffId ?? null,
        party: input.ownerPartyId ?? null,
      });
      await addEventAndAnnounce(em, input.matterId, {
        kind: 'OWNER_CHANGED',
        public: true,
        detail: { subject: owner },
        by: ctx.principal.staff!.id,
      });
    });
    return DeliberationService.file(ctx, input.matterId);
  },

  /** A deadline moves only with a reason, kept in the file with the day it had. */
  async moveDeadline(ctx: Context, input: MoveDeadlineInput): Promise<MatterFileView> {
    if (input.dueDay < today(ctx)) {
      throw conflict(DeliberationReason.DEADLINE_IN_PAST, 'A deadline cannot be moved to a day already past');
    }
    await ctx.em.transactional(async (em) => {
      const m = await lockFor(em, input.matterId, input.version, [MatterStatus.OPEN, MatterStatus.ADOPTED]);
      await row(em, MOVE_DEADLINE, { id: input.matterId, due: input.dueDay });
      await addEventAndAnnounce(em, input.matterId, {
        kind: 'DEADLINE_CHANGED',
        public: true,
        reason: input.reason.trim(),
        detail: { dueDay: input.dueDay, previousDueDay: m.due_day },
        by: ctx.principal.staff!.id,
      });
    });
    return DeliberationService.file(ctx, input.matterId);
  },

  /** Progress residents see, or a staff note (a correction of an earlier line is a note too). */
  async note(ctx: Context, input: MatterNoteInput): Promise<MatterFileView> {
    await ctx.em.transactional(async (em) => {
      await lockFor(em, input.matterId, null, [
        MatterStatus.NEW,
        MatterStatus.OPEN,
        MatterStatus.ADOPTED,
        MatterStatus.DONE,
        MatterStatus.CLOSED,
      ]);
      await row(em, BUMP, { id: input.matterId });
      await addEventAndAnnounce(em, input.matterId, {
        kind: input.public ? 'PROGRESS' : 'NOTE',
        public: input.public,
        text: input.text.trim(),
        by: ctx.principal.staff!.id,
      });
    });
    return DeliberationService.file(ctx, input.matterId);
  },

  /** Adopted (to be carried out) or not (to be answered why); outside a meeting. */
  async decide(ctx: Context, input: DecideMatterInput): Promise<MatterFileView> {
    await ctx.em.transactional(async (em) => {
      await DeliberationService.recordDecision(em, input.matterId, input.version, {
        adopt: input.adopt,
        text: input.text.trim(),
        by: ctx.principal.staff!.id,
        subject: null,
      });
    });
    return DeliberationService.file(ctx, input.matterId);
  },

  /** A decision into the matter's file (from the console, or a meeting's item in its transaction). */
  async recordDecision(
    em: EntityManager,
    matterId: string,
    version: number | null,
    d: { adopt: boolean; text: string; by: string | null; subject: string | null },
  ): Promise<void> {
    await lockFor(em, matterId, version, [MatterStatus.OPEN]);
    await row(em, SET_STATUS, {
      id: matterId,
      status: d.adopt ? MatterStatus.ADOPTED : MatterStatus.OPEN,
      declined: !d.adopt,
    });
    await addEventAndAnnounce(em, matterId, {
      kind: 'DECIDED',
      public: true,
      text: d.text,
      detail: { outcome: d.adopt ? 'ADOPTED' : 'NOT_ADOPTED', subject: d.subject },
      by: d.by,
    });
  },

  /** An adopted matter carried out: each suggester earns the adoption's points, once. */
  async complete(ctx: Context, input: CompleteMatterInput): Promise<MatterFileView> {
    const day = today(ctx);
    await Ledger.retryRace(() =>
      ctx.em.transactional(async (em) => {
        const m = await lockFor(em, input.matterId, input.version, [MatterStatus.ADOPTED]);
        await row(em, SET_STATUS, { id: input.matterId, status: MatterStatus.DONE, declined: false });
        await addEventAndAnnounce(em, input.matterId, {
          kind: 'DONE',
          public: true,
          text: input.text.trim(),
          by: ctx.principal.staff!.id,
        });
        for (const s of await rows(em, SUGGESTERS, { matter: input.matterId })) {
          await Points.award(em, {
            residentId: s.resident_id,
            reason: EarningReason.SUGGESTION_ADOPTED,
            source: { kind: 'matter', id: input.matterId },
            day,
            detail: { title: m.title, ref: m.ref },
            recordedBy: ctx.principal.staff!.id,
          });
        }
      }),
    );
    return DeliberationService.file(ctx, input.matterId);
  },

  /**
   * The answer to the suggesters; the matter closes with it (only a done matter, or one decided
   * against, is answered). The suggesters' buildings' boards show it as a notice.
   */
  async answer(ctx: Context, input: AnswerMatterInput): Promise<MatterFileView> {
    const answer = input.answer.trim();
    await ctx.em.transactional(async (em) => {
      const m = await lockFor(em, input.matterId, input.version, [MatterStatus.OPEN, MatterStatus.DONE]);
      if (m.status === MatterStatus.OPEN && !m.declined) {
        throw conflict(DeliberationReason.MATTER_STATE, 'Decide the matter (or carry it out) before answering', {
          matterStatus: m.status,
        });
      }
      await row(em, ANSWER, { id: input.matterId, answer, now: ctx.clock.now() });
      await addEventAndAnnounce(em, input.matterId, {
        kind: 'ANSWERED',
        public: true,
        text: answer,
        by: ctx.principal.staff!.id,
      });
      const buildings = [
        ...new Set((await rows(em, SUGGESTERS, { matter: input.matterId })).map((s) => s.building_id)),
      ];
      if (buildings.length) {
        await Notices.publish(
          { ...ctx, em },
          {
            category: NoticeCategory.ACTIVITY,
            title: `议事回音 ${m.ref} ${m.title}`.slice(0, 80),
            body: answer,
            buildingIds: buildings,
          },
        );
      }
    });
    return DeliberationService.file(ctx, input.matterId);
  },

  /** A near-duplicate folded into another: its suggestions (and suggesters) move with it. */
  async merge(ctx: Context, input: MergeMattersInput): Promise<MatterFileView> {
    if (input.intoId === input.fromId)
      throw conflict(DeliberationReason.CANNOT_MERGE, 'A matter cannot be merged into itself');
    await ctx.em.transactional(async (em) => {
      // Both locked in one order (by id), so two merges the other way round never deadlock.
      const [first, second] = [input.intoId, input.fromId].sort();
      const open = [MatterStatus.NEW, MatterStatus.OPEN, MatterStatus.ADOPTED];
      const locked = new Map<string, Awaited<ReturnType<typeof lockFor>>>();
      for (const id of [first, second]) {
        try {
          locked.set(id, await lockFor(em, id, id === input.fromId ? input.fromVersion : null, open));
        } catch (err) {
          if ((err as { extensions?: { reason?: string } }).extensions?.reason === DeliberationReason.MATTER_STATE) {
            throw conflict(DeliberationReason.CANNOT_MERGE, 'Only matters not closed or merged can be merged');
          }
          throw err;
        }
      }
      const into = locked.get(input.intoId)!;
      const from = locked.get(input.fromId)!;
      await row(em, MERGE, { from: input.fromId, into: input.intoId });
      await row(em, BUMP, { id: input.intoId });
      const by = ctx.principal.staff!.id;
      await addEventAndAnnounce(em, input.intoId, {
        kind: 'MERGED_IN',
        public: true,
        detail: { subject: from.ref },
        by,
      });
      await addEventAndAnnounce(em, input.fromId, { kind: 'MERGED', public: true, detail: { subject: into.ref }, by });
    });
    return DeliberationService.file(ctx, input.intoId);
  },

  /** The active staff members a matter may be given to. */
  async staffOptions(ctx: Context): Promise<MatterStaffOptionView[]> {
    return (await rows(ctx.em, STAFF_OPTIONS, {})).map((r) => ({ id: r.id, name: r.display_name }));
  },

  async stats(ctx: Context, round: string | null): Promise<RoundStatView[]> {
    const found = await rows(ctx.em, STATS, { round, today: today(ctx) });
    return found.map((r) => ({
      round: r.round,
      category: r.category,
      matters: r.matters,
      classified: r.classified,
      answered: r.answered,
      answeredInWindow: r.in_window,
      overdue: r.overdue,
    }));
  },
};

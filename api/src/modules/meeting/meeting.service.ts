import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { Context } from '../../platform/context.js';
import { AppError, badInput, checkId, conflict, forbidden, notFound } from '../../platform/errors.js';
import { prepared, row, rows, run } from '../../platform/sql.js';
import { localDate } from '../../platform/time.js';
import { Ledger } from '../ledger/index.js';
import { EarningReason, Points } from '../points/index.js';
import { CheckInVia, CouncilRole, ItemOutcome, MeetingKind, MeetingStatus } from './meeting.entity.js';
import { hooks, type AgendaCandidate } from './meeting.hooks.js';
import { MeetingReason } from './meeting.reasons.js';
import {
  ACTIONS,
  ADD_ITEM,
  ADD_MEMBER,
  ADVANCE,
  ATTENDEE_COUNT,
  BUMP,
  BUMP_GUARDED,
  CHECK_IN,
  CLOSE,
  COUNCIL,
  CURRENT_MEETING,
  DECIDE,
  END_MEMBER,
  FINISH_ITEM,
  INSERT_ACTION,
  INSERT_MEETING,
  INSERT_VOTE,
  INVITE_COUNCIL,
  INVITE_PARTY,
  INVITE_RESIDENT,
  INVITEES,
  ITEM,
  ITEMS,
  LIVING_RESIDENT,
  MEETING,
  MEETING_OF_ROUND,
  MEETINGS,
  NEXT_COUNCIL,
  QUORUM,
  REMOVE_INVITEE,
  REMOVE_ITEM,
  REORDER,
  STAFF_MEMBER,
  START,
  TIME_BOX,
  TIMER,
  UPDATE_MEETING,
  VOTES,
  type ItemRow,
  type MeetingRow,
  type VoteRow,
} from './meeting.sql.js';
import type {
  AddAgendaItemInput,
  AgendaCandidateView,
  AgendaItemView,
  AssignActionInput,
  CouncilMemberView,
  CreateMeetingInput,
  InviteInput,
  MeetingCheckIn,
  MeetingLive,
  MeetingQuorumView,
  MeetingSummary,
  MeetingVoteView,
  RecordDecisionInput,
  RecordVoteInput,
  UpdateMeetingInput,
} from './meeting.types.js';

/** The default time box of an item, in minutes. */
export const DEFAULT_TIME_BOX = 10;

/**
 * The quorum rule: more than half of the council members sitting on the meeting day are checked
 * in (a council of 7 needs 4, of 6 needs 4). A council of none never has quorum.
 */
export function quorumOf(size: number, present: number): { needed: number; met: boolean } {
  const needed = Math.floor(size / 2) + 1;
  return { needed, met: size > 0 && present >= needed };
}

/** A show of hands carries with quorum and more than half of the votes cast in favour. */
export function carries(quorumMet: boolean, v: { for: number; against: number; abstain: number }): boolean {
  return quorumMet && 2 * v.for > v.for + v.against + v.abstain;
}

const today = (ctx: Pick<Context, 'clock'>) => localDate(ctx.clock.now());
const date = (t: string | Date | null) => (t === null ? null : new Date(t));

function itemView(r: ItemRow, now: Date): AgendaItemView {
  const since = date(r.timer_running_since);
  const used = Number(r.timer_used_ms) + (since ? Math.max(0, now.getTime() - since.getTime()) : 0);
  return {
    id: r.id,
    position: r.position,
    title: r.title,
    matterId: r.matter_id,
    matterRef: r.matter_ref,
    timeBoxMinutes: r.time_box_minutes,
    status: r.status,
    usedMs: used,
    runningSince: since,
    outcome: r.outcome,
    decision: r.decision,
    discussion: r.discussion,
  };
}

function voteView(v: VoteRow): MeetingVoteView {
  return {
    id: v.id,
    itemId: v.item_id,
    question: v.question,
    for: v.votes_for,
    against: v.votes_against,
    abstain: v.votes_abstain,
    present: v.present,
    quorumMet: v.quorum_met,
    carried: v.carried,
    at: new Date(v.at),
  };
}

function summary(m: MeetingRow): MeetingSummary {
  return {
    id: m.id,
    kind: m.kind,
    title: m.title,
    round: m.round,
    day: m.day,
    plannedDay: m.planned_day,
    movedReason: m.moved_reason,
    place: m.place,
    status: m.status,
    version: m.version,
  };
}

async function quorum(em: EntityManager, m: Pick<MeetingRow, 'id' | 'day'>): Promise<MeetingQuorumView> {
  const q = (await row(em, QUORUM, { meeting: m.id, day: m.day }))!;
  const attendees = (await row(em, ATTENDEE_COUNT, { meeting: m.id }))!.n;
  return { attendees, councilSize: q.size, present: q.present, ...quorumOf(q.size, q.present) };
}

async function meetingOrNotFound(em: EntityManager, id: string): Promise<MeetingRow> {
  const m = await row(em, MEETING, { id });
  if (!m) throw notFound('Meeting');
  return m;
}

/**
 * Runs a change of a meeting in one transaction: first the version is raised (and MEETING_CHANGED
 * published with the new one) — with `version`, only if it is still the one the caller read, so
 * of two chair devices sending the same action on the same version exactly one gets through and
 * the other is told MEETING_CHANGED with the version now. Then `fn` makes the change; anything it
 * throws rolls back the version and the event with it.
 */
async function change<T>(
  ctx: Context,
  meetingId: string,
  version: number | null,
  fn: (em: EntityManager, m: MeetingRow) => Promise<T>,
): Promise<T> {
  checkId(meetingId, 'Meeting');
  return ctx.em.transactional(async (em) => {
    const m =
      version === null
        ? await row(em, BUMP, { id: meetingId })
        : await row(em, BUMP_GUARDED, { id: meetingId, version });
    if (!m) {
      const now = await meetingOrNotFound(em, meetingId);
      throw conflict(MeetingReason.MEETING_CHANGED, 'The meeting changed since it was read', {
        version: now.version,
      });
    }
    return fn(em, m);
  });
}

/**
 * Starts or pauses the current item's timer: the chair's most frequent press, which every screen
 * in the room waits for, so one statement (TIMER, a round trip) instead of `change`'s transaction
 * (four). When it changed nothing, the meeting is read to say why, in `change`'s order.
 */
async function pressTimer(ctx: Context, meetingId: string, version: number, start: boolean): Promise<void> {
  checkId(meetingId, 'Meeting');
  const [pressed] = await prepared(ctx.em, TIMER, {
    id: meetingId,
    version,
    start,
    now: ctx.clock.now().toISOString(),
  });
  if (pressed) return;
  const m = await meetingOrNotFound(ctx.em, meetingId);
  if (m.version !== version) {
    throw conflict(MeetingReason.MEETING_CHANGED, 'The meeting changed since it was read', { version: m.version });
  }
  mustBe(m, MeetingStatus.LIVE);
  if (!m.current_item_id) throw conflict(MeetingReason.NO_CURRENT_ITEM, 'No item is under discussion');
  throw start
    ? conflict(MeetingReason.TIMER_RUNNING, 'The timer is running')
    : conflict(MeetingReason.TIMER_NOT_RUNNING, 'The timer is paused');
}

function mustBe(m: MeetingRow, ...states: MeetingStatus[]): void {
  if (!states.includes(m.status)) {
    throw conflict(MeetingReason.MEETING_STATE, `The meeting is ${m.status.toLowerCase()}`);
  }
}

/** The item an action names (discussed or under discussion), or the current one. */
async function itemFor(em: EntityManager, m: MeetingRow, itemId: string | null | undefined): Promise<ItemRow> {
  const id = itemId ? checkId(itemId, 'Agenda item') : m.current_item_id;
  if (!id) throw conflict(MeetingReason.NO_CURRENT_ITEM, 'No agenda item is under discussion');
  const item = await row(em, ITEM, { id, meeting: m.id });
  if (!item) throw notFound('Agenda item');
  if (item.status === 'PENDING') throw conflict(MeetingReason.ITEM_DONE, 'This item has not been discussed yet');
  return item;
}

function staffId(ctx: Context): string {
  const staff = ctx.principal.staff;
  if (!staff) throw forbidden();
  return staff.id;
}

export const MeetingService = {
  async list(ctx: Context, from: string, until: string): Promise<MeetingSummary[]> {
    const found = await rows(ctx.em, MEETINGS, { from, until });
    return found.map((m) => ({ ...summary(m), itemCount: m.items, attendeeCount: m.attendees }));
  },

  /** The full live state: what the meeting-room screen and the chair's console show. */
  async state(ctx: Context, id: string): Promise<MeetingLive> {
    checkId(id, 'Meeting');
    const em = ctx.em;
    const m = await meetingOrNotFound(em, id);
    const now = ctx.clock.now();
    const [items, votes, actions, invitees, q] = await Promise.all([
      rows(em, ITEMS, { meeting: id }),
      rows(em, VOTES, { meeting: id }),
      rows(em, ACTIONS, { meeting: id }),
      // Who was invited and who came, by name and building, is for staff; screens, kiosks and
      // residents see the counts (quorum, attendeeCount).
      ctx.principal.staff ? rows(em, INVITEES, { meeting: id, day: m.day }) : [],
      quorum(em, m),
    ]);
    const itemViews = items.map((i) => itemView(i, now));
    const voteViews = votes.map(voteView);
    return {
      ...summary(m),
      itemCount: items.length,
      attendeeCount: q.attendees,
      now,
      startedAt: date(m.started_at),
      closedAt: date(m.closed_at),
      chairName: m.chair_name,
      currentItemId: m.current_item_id,
      items: itemViews,
      quorum: q,
      invitees: invitees.map((i) => ({
        id: i.id,
        residentId: i.resident_id,
        partyId: i.party_id,
        name: i.name,
        building: i.building,
        councilRole: i.council_role,
        present: i.present,
      })),
      lastVote: voteViews.at(-1) ?? null,
      votes: voteViews,
      decisions: itemViews.filter((i) => i.outcome !== null),
      actions: actions.map((a) => ({
        id: a.id,
        itemId: a.item_id,
        what: a.what,
        ownerName: a.owner_name,
        ownerStaffId: a.owner_staff_id,
        due: a.due,
      })),
    };
  },

  /**
   * For a meeting-room screen or kiosk: the meeting running now, else one planned today, else one
   * closed today (the screen shows it ended, with its decisions, for the rest of the day), else
   * the next one planned.
   */
  async current(ctx: Context): Promise<MeetingLive | null> {
    const found = await row(ctx.em, CURRENT_MEETING, { today: today(ctx) });
    return found ? MeetingService.state(ctx, found.id) : null;
  },

  // ---- meetings ----

  async create(ctx: Context, input: CreateMeetingInput): Promise<MeetingLive> {
    const id = await MeetingService.insert(ctx, {
      kind: input.kind,
      title: input.title.trim(),
      day: input.day,
      plannedDay: input.day,
      movedReason: null,
      place: input.place?.trim() || null,
      staff: staffId(ctx),
    });
    if (!id) throw conflict(MeetingReason.MEETING_ROUND_TAKEN, "This month's council meeting exists already");
    return MeetingService.state(ctx, id);
  },

  /** Inserts a meeting (council members invited); null when its month's council meeting exists. */
  async insert(
    ctx: Context,
    m: {
      kind: MeetingKind;
      title: string;
      day: string;
      plannedDay: string;
      movedReason: string | null;
      place: string | null;
      staff: string | null;
      round?: string;
    },
    items: AgendaCandidate[] = [],
  ): Promise<string | null> {
    if (!m.title) throw badInput('A meeting needs a title', { title: ['isNotEmpty'] });
    return ctx.em.transactional(async (em) => {
      const made = await row(em, INSERT_MEETING, {
        kind: m.kind,
        title: m.title,
        day: m.day,
        plannedDay: m.plannedDay,
        movedReason: m.movedReason,
        place: m.place,
        staff: m.staff,
        id: randomUUID(),
        round: m.kind === MeetingKind.COUNCIL ? (m.round ?? m.day.slice(0, 7)) : null,
      });
      if (!made) return null;
      await row(em, INVITE_COUNCIL, { meeting: made.id, day: m.day });
      for (const item of items) await addCandidate(em, made.id, item);
      return made.id;
    });
  },

  async update(ctx: Context, input: UpdateMeetingInput): Promise<MeetingLive> {
    await change(ctx, input.meetingId, input.version, async (em, m) => {
      mustBe(m, MeetingStatus.PLANNED, MeetingStatus.LIVE);
      const day = input.day ?? m.day;
      if (day !== m.day && m.status !== MeetingStatus.PLANNED) {
        throw conflict(MeetingReason.MEETING_STATE, 'A meeting that has started keeps its day');
      }
      const reason = input.movedReason?.trim() || m.moved_reason;
      if (day !== m.planned_day && !reason) {
        throw badInput('Say why the meeting moved', { movedReason: ['isNotEmpty'] });
      }
      await run(em, UPDATE_MEETING, {
        id: m.id,
        title: input.title?.trim() || m.title,
        day,
        place: input.place === undefined ? m.place : input.place?.trim() || null,
        movedReason: day === m.planned_day ? null : reason,
      });
    });
    return MeetingService.state(ctx, input.meetingId);
  },

  async invite(ctx: Context, input: InviteInput): Promise<MeetingLive> {
    if (!!input.residentId === !!input.party) {
      throw badInput('Invite a resident or a party', { residentId: ['exactlyOne'], party: ['exactlyOne'] });
    }
    await change(ctx, input.meetingId, input.version, async (em, m) => {
      mustBe(m, MeetingStatus.PLANNED, MeetingStatus.LIVE);
      let made;
      if (input.residentId) {
        const resident = await row(em, LIVING_RESIDENT, { id: checkId(input.residentId, 'Resident') });
        if (!resident || resident.gone) throw notFound('Resident');
        made = await row(em, INVITE_RESIDENT, { meeting: m.id, resident: resident.id });
      } else {
        made = await row(em, INVITE_PARTY, {
          meeting: m.id,
          party: input.party!.partyId.trim(),
          name: input.party!.name.trim(),
        });
      }
      if (!made) throw conflict(MeetingReason.ALREADY_INVITED, 'Invited already');
    });
    return MeetingService.state(ctx, input.meetingId);
  },

  async uninvite(ctx: Context, meetingId: string, version: number, inviteeId: string): Promise<MeetingLive> {
    await change(ctx, meetingId, version, async (em, m) => {
      mustBe(m, MeetingStatus.PLANNED, MeetingStatus.LIVE);
      if (!(await row(em, REMOVE_INVITEE, { id: checkId(inviteeId, 'Invitee'), meeting: m.id })))
        throw notFound('Invitee');
    });
    return MeetingService.state(ctx, meetingId);
  },

  // ---- agenda ----

  /** Deliberation's candidates not on this meeting's agenda yet, overdue first. */
  async candidates(ctx: Context, meetingId: string): Promise<AgendaCandidateView[]> {
    const m = await meetingOrNotFound(ctx.em, checkId(meetingId, 'Meeting'));
    const on = new Set((await rows(ctx.em, ITEMS, { meeting: m.id })).map((i) => i.matter_id));
    const all = await hooks.candidates(ctx);
    return all
      .filter((c) => !on.has(c.matterId))
      .sort((a, b) => Number(b.overdue) - Number(a.overdue))
      .map((c) => ({
        matterId: c.matterId,
        ref: c.ref,
        title: c.title,
        overdue: c.overdue,
        timeBoxMinutes: c.timeBoxMinutes ?? null,
      }));
  },

  async addItem(ctx: Context, input: AddAgendaItemInput): Promise<MeetingLive> {
    if (!!input.title === !!input.matterId) {
      throw badInput('A free item has a title; a matter is named by its id', {
        title: ['exactlyOne'],
        matterId: ['exactlyOne'],
      });
    }
    // Read the candidates before the transaction: the source may query as it likes.
    let candidate: AgendaCandidate | undefined;
    if (input.matterId) {
      const matterId = checkId(input.matterId, 'Matter');
      candidate = (await hooks.candidates(ctx)).find((c) => c.matterId === matterId);
      await meetingOrNotFound(ctx.em, checkId(input.meetingId, 'Meeting'));
      if (!candidate) throw notFound('Matter');
    }
    await change(ctx, input.meetingId, input.version, async (em, m) => {
      mustBe(m, MeetingStatus.PLANNED, MeetingStatus.LIVE);
      if (candidate) {
        const made = await addCandidate(em, m.id, {
          ...candidate,
          timeBoxMinutes: input.timeBoxMinutes ?? candidate.timeBoxMinutes,
        });
        if (!made) throw conflict(MeetingReason.ALREADY_ON_AGENDA, 'This matter is on the agenda already');
      } else {
        await row(em, ADD_ITEM, {
          meeting: m.id,
          title: input.title!.trim(),
          matterId: null,
          matterRef: null,
          minutes: input.timeBoxMinutes ?? DEFAULT_TIME_BOX,
        });
      }
    });
    return MeetingService.state(ctx, input.meetingId);
  },

  async removeItem(ctx: Context, meetingId: string, version: number, itemId: string): Promise<MeetingLive> {
    await change(ctx, meetingId, version, async (em, m) => {
      mustBe(m, MeetingStatus.PLANNED, MeetingStatus.LIVE);
      const item = await row(em, ITEM, { id: checkId(itemId, 'Agenda item'), meeting: m.id });
      if (!item) throw notFound('Agenda item');
      if (!(await row(em, REMOVE_ITEM, { id: item.id, meeting: m.id })))
        throw conflict(MeetingReason.ITEM_DONE, 'An item discussed or under discussion stays on the agenda');
    });
    return MeetingService.state(ctx, meetingId);
  },

  async reorder(ctx: Context, meetingId: string, version: number, itemIds: string[]): Promise<MeetingLive> {
    itemIds.forEach((id) => checkId(id, 'Agenda item'));
    await change(ctx, meetingId, version, async (em, m) => {
      mustBe(m, MeetingStatus.PLANNED, MeetingStatus.LIVE);
      const items = await rows(em, ITEMS, { meeting: m.id });
      const given = new Set(itemIds);
      if (given.size !== itemIds.length || given.size !== items.length || items.some((i) => !given.has(i.id))) {
        throw conflict(MeetingReason.AGENDA_MISMATCH, 'List every item of the agenda exactly once');
      }
      await rows(em, REORDER, { meeting: m.id, ids: JSON.stringify(itemIds) });
    });
    return MeetingService.state(ctx, meetingId);
  },

  async timeBox(ctx: Context, meetingId: string, version: number, itemId: string, minutes: number) {
    await change(ctx, meetingId, version, async (em, m) => {
      mustBe(m, MeetingStatus.PLANNED, MeetingStatus.LIVE);
      const item = await row(em, ITEM, { id: checkId(itemId, 'Agenda item'), meeting: m.id });
      if (!item) throw notFound('Agenda item');
      if (!(await row(em, TIME_BOX, { id: item.id, meeting: m.id, minutes })))
        throw conflict(MeetingReason.ITEM_DONE, 'This item has been discussed');
    });
    return MeetingService.state(ctx, meetingId);
  },

  // ---- the chair ----

  async start(ctx: Context, meetingId: string, version: number): Promise<MeetingLive> {
    const staff = staffId(ctx);
    await change(ctx, meetingId, version, async (em, m) => {
      mustBe(m, MeetingStatus.PLANNED);
      await rows(em, START, { id: m.id, staff });
    });
    return MeetingService.state(ctx, meetingId);
  },

  /** The current item is done (its timer stopped); the next pending one becomes current. */
  async next(ctx: Context, meetingId: string, version: number): Promise<MeetingLive> {
    await change(ctx, meetingId, version, async (em, m) => {
      mustBe(m, MeetingStatus.LIVE);
      if (m.current_item_id) {
        await run(em, FINISH_ITEM, { id: m.current_item_id, now: ctx.clock.now().toISOString() });
      } else {
        const pending = (await rows(em, ITEMS, { meeting: m.id })).some((i) => i.status === 'PENDING');
        if (!pending) throw conflict(MeetingReason.NO_CURRENT_ITEM, 'No item is left on the agenda');
      }
      await rows(em, ADVANCE, { id: m.id });
    });
    return MeetingService.state(ctx, meetingId);
  },

  async startTimer(ctx: Context, meetingId: string, version: number): Promise<MeetingLive> {
    await pressTimer(ctx, meetingId, version, true);
    return MeetingService.state(ctx, meetingId);
  },

  async pauseTimer(ctx: Context, meetingId: string, version: number): Promise<MeetingLive> {
    await pressTimer(ctx, meetingId, version, false);
    return MeetingService.state(ctx, meetingId);
  },

  /** A show of hands on the current item; quorum is counted now, from the check-ins. */
  async vote(ctx: Context, input: RecordVoteInput): Promise<MeetingLive> {
    const staff = staffId(ctx);
    await change(ctx, input.meetingId, input.version, async (em, m) => {
      mustBe(m, MeetingStatus.LIVE);
      const item = await itemFor(em, m, null);
      const q = await quorum(em, m);
      if (input.for + input.against + input.abstain > q.present) {
        throw badInput('More votes than council members checked in', { for: ['max'] });
      }
      const carried = carries(q.met, input);
      await row(em, INSERT_VOTE, {
        meeting: m.id,
        item: item.id,
        question: input.question.trim(),
        for: input.for,
        against: input.against,
        abstain: input.abstain,
        present: q.present,
        quorumMet: q.met,
        carried,
        staff,
      });
      if (item.matter_id) {
        await hooks.emit(em, ctx, {
          kind: 'VOTED',
          matterId: item.matter_id,
          meetingId: m.id,
          itemId: item.id,
          question: input.question.trim(),
          for: input.for,
          against: input.against,
          abstain: input.abstain,
          carried,
          quorumMet: q.met,
          by: staff,
        });
      }
    });
    return MeetingService.state(ctx, input.meetingId);
  },

  async decide(ctx: Context, input: RecordDecisionInput): Promise<MeetingLive> {
    const staff = staffId(ctx);
    await change(ctx, input.meetingId, input.version, async (em, m) => {
      mustBe(m, MeetingStatus.LIVE);
      const item = await itemFor(em, m, input.itemId);
      const decision = input.decision.trim();
      await row(em, DECIDE, {
        id: item.id,
        outcome: input.outcome,
        decision,
        discussion: input.discussion?.trim() || null,
      });
      if (item.matter_id) {
        await hooks.emit(em, ctx, {
          kind: 'DECIDED',
          matterId: item.matter_id,
          meetingId: m.id,
          itemId: item.id,
          outcome: input.outcome as `${ItemOutcome}`,
          decision,
          by: staff,
        });
      }
    });
    return MeetingService.state(ctx, input.meetingId);
  },

  async assign(ctx: Context, input: AssignActionInput): Promise<MeetingLive> {
    const staff = staffId(ctx);
    await change(ctx, input.meetingId, input.version, async (em, m) => {
      mustBe(m, MeetingStatus.LIVE);
      const item = await itemFor(em, m, input.itemId);
      let ownerStaffId: string | null = null;
      if (input.staffId) {
        const member = await row(em, STAFF_MEMBER, { id: checkId(input.staffId, 'Staff member') });
        if (!member) throw notFound('Staff member');
        ownerStaffId = member.id;
      }
      const what = input.what.trim();
      const ownerName = input.ownerName.trim();
      await row(em, INSERT_ACTION, {
        meeting: m.id,
        item: item.id,
        what,
        ownerName,
        ownerStaffId,
        due: input.due ?? null,
        staff,
      });
      if (item.matter_id) {
        await hooks.emit(em, ctx, {
          kind: 'ACTION',
          matterId: item.matter_id,
          meetingId: m.id,
          itemId: item.id,
          what,
          ownerName,
          ownerStaffId,
          due: input.due ?? null,
          by: staff,
        });
      }
    });
    return MeetingService.state(ctx, input.meetingId);
  },

  /** Closes a live meeting: the current item is done, its timer stopped. */
  async close(ctx: Context, meetingId: string, version: number): Promise<MeetingLive> {
    await change(ctx, meetingId, version, async (em, m) => {
      mustBe(m, MeetingStatus.LIVE);
      if (m.current_item_id) {
        await run(em, FINISH_ITEM, { id: m.current_item_id, now: ctx.clock.now().toISOString() });
      }
      await row(em, CLOSE, { id: m.id });
    });
    return MeetingService.state(ctx, meetingId);
  },

  // ---- attendance ----

  /**
   * A resident at the meeting, once: the first check-in (kiosk, card or by hand, whoever is
   * first) counts and credits the meeting's points through the ledger, once per resident and
   * meeting; later ones change nothing and say so. The window: on the meeting day while it is
   * planned, and while it runs; staff may also record a closed meeting's paper sign-ins.
   */
  async checkIn(
    ctx: Context,
    meetingId: string,
    residentId: string,
    via: CheckInVia,
    by: string | null,
  ): Promise<MeetingCheckIn> {
    checkId(meetingId, 'Meeting');
    checkId(residentId, 'Resident');
    return Ledger.retryRace(() =>
      ctx.em.transactional(async (em) => {
        const m = await meetingOrNotFound(em, meetingId);
        const day = today(ctx);
        const open =
          m.status === MeetingStatus.LIVE ||
          (m.status === MeetingStatus.PLANNED && m.day === day) ||
          (m.status === MeetingStatus.CLOSED && via !== CheckInVia.KIOSK && m.day <= day);
        if (!open) throw conflict(MeetingReason.NOT_CHECK_IN_WINDOW, 'Check-in is not open for this meeting');
        const resident = await row(em, LIVING_RESIDENT, { id: residentId });
        if (!resident || resident.gone) throw notFound('Resident');
        const made = await row(em, CHECK_IN, { meeting: m.id, resident: resident.id, via, staff: by });
        let pointsAwarded = 0;
        if (made) {
          await row(em, BUMP, { id: m.id });
          try {
            const posted = await Points.award(em, {
              residentId: resident.id,
              reason: EarningReason.MEETING_ATTENDED,
              source: { kind: 'meeting', id: m.id },
              day: m.day,
              detail: { title: m.title },
              recordedBy: by,
            });
            pointsAwarded = posted.replayed ? 0 : posted.amount;
          } catch (err) {
            // No earning rule in force for the day: the attendance still counts, without points.
            if (!(err instanceof AppError && err.extensions.reason === 'NO_RULE')) throw err;
          }
        }
        return {
          meetingId: m.id,
          residentId: resident.id,
          residentName: resident.name,
          alreadyCheckedIn: !made,
          pointsAwarded,
          quorum: await quorum(em, m),
        };
      }),
    );
  },

  // ---- the council ----

  async council(ctx: Context, all: boolean): Promise<CouncilMemberView[]> {
    return (await rows(ctx.em, COUNCIL, { all })).map((c) => ({
      id: c.id,
      residentId: c.resident_id,
      name: c.name,
      building: c.building,
      role: c.role,
      since: c.since,
      until: c.until,
    }));
  },

  async addMember(ctx: Context, residentId: string, role: CouncilRole): Promise<CouncilMemberView[]> {
    const resident = await row(ctx.em, LIVING_RESIDENT, { id: checkId(residentId, 'Resident') });
    if (!resident || resident.gone) throw notFound('Resident');
    try {
      await ctx.em.transactional((em) => row(em, ADD_MEMBER, { resident: resident.id, role, since: today(ctx) }));
    } catch (err) {
      const e = err as { code?: string; constraint?: string; message?: string };
      if (e.code !== '23505') throw err;
      if (String(e.constraint ?? e.message).includes('council_member_one_chair'))
        throw conflict(MeetingReason.COUNCIL_HAS_CHAIR, 'The council has a chair already');
      throw conflict(MeetingReason.ALREADY_ON_COUNCIL, 'This resident sits on the council already');
    }
    return MeetingService.council(ctx, false);
  },

  async endMember(ctx: Context, memberId: string): Promise<CouncilMemberView[]> {
    const ended = await ctx.em.transactional((em) =>
      row(em, END_MEMBER, { id: checkId(memberId, 'Council member'), today: today(ctx) }),
    );
    if (!ended) throw notFound('Council member');
    return MeetingService.council(ctx, false);
  },

  // ---- for deliberation's calendar (system context) ----

  async draftCouncil(
    ctx: Context,
    d: { round: string; day: string; plannedDay: string; movedReason: string | null; items: AgendaCandidate[] },
  ): Promise<{ meetingId: string; created: boolean }> {
    const made = await MeetingService.insert(
      ctx,
      {
        kind: MeetingKind.COUNCIL,
        title: `${Number(d.round.slice(5, 7))}月居民议事会`,
        day: d.day,
        plannedDay: d.plannedDay,
        movedReason: d.movedReason,
        place: null,
        staff: null,
        round: d.round,
      },
      d.items,
    );
    if (made) return { meetingId: made, created: true };
    const found = await row(ctx.em, MEETING_OF_ROUND, { kind: MeetingKind.COUNCIL, round: d.round });
    if (!found) throw new Error(`no council meeting for ${d.round} after a conflict`);
    return { meetingId: found.id, created: false };
  },

  async addToNextCouncil(ctx: Context, item: AgendaCandidate): Promise<{ meetingId: string | null }> {
    const next = await row(ctx.em, NEXT_COUNCIL, { today: today(ctx) });
    if (!next) return { meetingId: null };
    await ctx.em.transactional(async (em) => {
      if (await addCandidate(em, next.id, item)) await row(em, BUMP, { id: next.id });
    });
    return { meetingId: next.id };
  },
};

/** A matter onto an agenda (once per meeting), its party invited. Null: it was there already. */
async function addCandidate(em: EntityManager, meetingId: string, c: AgendaCandidate): Promise<string | null> {
  const made = await row(em, ADD_ITEM, {
    meeting: meetingId,
    title: c.title.slice(0, 200),
    matterId: c.matterId,
    matterRef: c.ref,
    minutes: c.timeBoxMinutes ?? DEFAULT_TIME_BOX,
  });
  if (made && c.party) {
    await row(em, INVITE_PARTY, { meeting: meetingId, party: c.party.partyId, name: c.party.name });
  }
  return made?.id ?? null;
}

import { Arg, Authorized, Ctx, Extensions, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { badInput } from '../../platform/errors.js';
import { SHARED, latestBy } from '../../platform/shared-subscriptions.js';
import { CheckInVia } from './meeting.entity.js';
import type { MeetingEvent } from './meeting.events.js';
import { minutesOf } from './meeting.minutes.js';
import { MeetingService } from './meeting.service.js';
import {
  AddAgendaItemInput,
  AddCouncilMemberInput,
  AgendaCandidateView,
  AgendaItemInput,
  AssignActionInput,
  CheckInResidentInput,
  CouncilMemberView,
  CreateMeetingInput,
  InviteInput,
  InviteeInput,
  MeetingChange,
  MeetingCheckIn,
  MeetingLive,
  MeetingSummary,
  MeetingVersionInput,
  MinutesView,
  RecordDecisionInput,
  RecordVoteInput,
  ReorderAgendaInput,
  TimeBoxInput,
  UpdateMeetingInput,
} from './meeting.types.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Meetings: staff manage them (meetings, invitees, the agenda, the council, check-ins by hand);
 * the secretary and admins chair them; residents check in at a kiosk; screens and kiosks read
 * the live state and follow `meetingChanged`.
 */
@Resolver()
export class MeetingResolver {
  @Authorized(Role.STAFF)
  @Query(() => [MeetingSummary], { description: 'Meetings held from one day to another (YYYY-MM-DD, both included)' })
  meetings(@Arg('from') from: string, @Arg('until') until: string, @Ctx() ctx: Context): Promise<MeetingSummary[]> {
    if (!DAY.test(from) || !DAY.test(until)) throw badInput('Days are YYYY-MM-DD', { from: ['isDate'] });
    return MeetingService.list(ctx, from, until);
  }

  @Authorized()
  @Query(() => MeetingLive, { description: "A meeting's full live state (staff, screens and kiosks)" })
  meeting(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<MeetingLive> {
    return MeetingService.state(ctx, id);
  }

  @Authorized()
  @Query(() => MeetingLive, {
    nullable: true,
    description:
      'For the meeting-room screen and kiosks: the meeting running now, else one planned today, else one closed today (its decisions), else the next one planned',
  })
  currentMeeting(@Ctx() ctx: Context): Promise<MeetingLive | null> {
    return MeetingService.current(ctx);
  }

  @Authorized(Role.STAFF)
  @Query(() => [CouncilMemberView], { description: 'The council: sitting members (all: past seats too)' })
  councilMembers(@Arg('all', { defaultValue: false }) all: boolean, @Ctx() ctx: Context): Promise<CouncilMemberView[]> {
    return MeetingService.council(ctx, all);
  }

  @Authorized(Role.STAFF)
  @Query(() => [AgendaCandidateView], { description: "Matters deliberation offers for this meeting's agenda" })
  agendaCandidates(@Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: Context): Promise<AgendaCandidateView[]> {
    return MeetingService.candidates(ctx, meetingId);
  }

  @Authorized(Role.STAFF)
  @Query(() => MinutesView, { description: "A meeting's minutes, from its record (the printable page)" })
  meetingMinutes(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<MinutesView> {
    return minutesOf(ctx, id);
  }

  // ---- managing ----

  @Authorized(Role.STAFF)
  @Mutation(() => MeetingLive, { description: 'A new meeting (council members invited)' })
  createMeeting(@Arg('input') input: CreateMeetingInput, @Ctx() ctx: Context): Promise<MeetingLive> {
    return MeetingService.create(ctx, input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => MeetingLive, { description: "Changes a meeting's title, day (with a reason) or place" })
  updateMeeting(@Arg('input') input: UpdateMeetingInput, @Ctx() ctx: Context): Promise<MeetingLive> {
    return MeetingService.update(ctx, input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => MeetingLive, { description: 'Invites a resident or an outside party' })
  inviteToMeeting(@Arg('input') input: InviteInput, @Ctx() ctx: Context): Promise<MeetingLive> {
    return MeetingService.invite(ctx, input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => MeetingLive)
  removeMeetingInvitee(@Arg('input') input: InviteeInput, @Ctx() ctx: Context): Promise<MeetingLive> {
    return MeetingService.uninvite(ctx, input.meetingId, input.version, input.inviteeId);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => MeetingLive, { description: 'A free item (title) or a matter (one of agendaCandidates)' })
  addAgendaItem(@Arg('input') input: AddAgendaItemInput, @Ctx() ctx: Context): Promise<MeetingLive> {
    return MeetingService.addItem(ctx, input);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => MeetingLive, { description: 'Removes an item not discussed yet' })
  removeAgendaItem(@Arg('input') input: AgendaItemInput, @Ctx() ctx: Context): Promise<MeetingLive> {
    return MeetingService.removeItem(ctx, input.meetingId, input.version, input.itemId);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => MeetingLive, { description: "The agenda's new order: every item's id" })
  reorderAgenda(@Arg('input') input: ReorderAgendaInput, @Ctx() ctx: Context): Promise<MeetingLive> {
    return MeetingService.reorder(ctx, input.meetingId, input.version, input.itemIds);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => MeetingLive)
  setAgendaTimeBox(@Arg('input') input: TimeBoxInput, @Ctx() ctx: Context): Promise<MeetingLive> {
    return MeetingService.timeBox(ctx, input.meetingId, input.version, input.itemId, input.minutes);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => [CouncilMemberView], { description: 'A resident takes a seat on the council (from today)' })
  addCouncilMember(@Arg('input') input: AddCouncilMemberInput, @Ctx() ctx: Context): Promise<CouncilMemberView[]> {
    return MeetingService.addMember(ctx, input.residentId, input.role);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => [CouncilMemberView], { description: 'Ends a seat on the council (today); its history stays' })
  removeCouncilMember(@Arg('memberId', () => ID) memberId: string, @Ctx() ctx: Context): Promise<CouncilMemberView[]> {
    return MeetingService.endMember(ctx, memberId);
  }

  // ---- attendance ----

  @Authorized(Role.RESIDENT)
  @Mutation(() => MeetingCheckIn, { description: 'The signed-in resident checks in at a kiosk (+10 points once)' })
  checkInToMeeting(@Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: Context): Promise<MeetingCheckIn> {
    return MeetingService.checkIn(ctx, meetingId, ctx.principal.resident!.id, CheckInVia.KIOSK, null);
  }

  @Authorized(Role.STAFF)
  @Mutation(() => MeetingCheckIn, { description: 'Staff check a resident in (a card read, or by hand)' })
  checkInResident(@Arg('input') input: CheckInResidentInput, @Ctx() ctx: Context): Promise<MeetingCheckIn> {
    const via = input.via === CheckInVia.KIOSK ? CheckInVia.STAFF : input.via;
    return MeetingService.checkIn(ctx, input.meetingId, input.residentId, via, ctx.principal.staff!.id);
  }

  // ---- the chair (secretary and admins), each on the version read ----

  @Authorized(Role.SECRETARY)
  @Mutation(() => MeetingLive, { description: 'Starts the meeting: the first item becomes current' })
  startMeeting(@Arg('input') input: MeetingVersionInput, @Ctx() ctx: Context): Promise<MeetingLive> {
    return MeetingService.start(ctx, input.meetingId, input.version);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => MeetingLive, { description: 'The current item is done; the next one becomes current' })
  nextAgendaItem(@Arg('input') input: MeetingVersionInput, @Ctx() ctx: Context): Promise<MeetingLive> {
    return MeetingService.next(ctx, input.meetingId, input.version);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => MeetingLive)
  startItemTimer(@Arg('input') input: MeetingVersionInput, @Ctx() ctx: Context): Promise<MeetingLive> {
    return MeetingService.startTimer(ctx, input.meetingId, input.version);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => MeetingLive)
  pauseItemTimer(@Arg('input') input: MeetingVersionInput, @Ctx() ctx: Context): Promise<MeetingLive> {
    return MeetingService.pauseTimer(ctx, input.meetingId, input.version);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => MeetingLive, { description: 'A show of hands on the current item (quorum counted now)' })
  recordVote(@Arg('input') input: RecordVoteInput, @Ctx() ctx: Context): Promise<MeetingLive> {
    return MeetingService.vote(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => MeetingLive)
  recordDecision(@Arg('input') input: RecordDecisionInput, @Ctx() ctx: Context): Promise<MeetingLive> {
    return MeetingService.decide(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => MeetingLive)
  assignAction(@Arg('input') input: AssignActionInput, @Ctx() ctx: Context): Promise<MeetingLive> {
    return MeetingService.assign(ctx, input);
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => MeetingLive)
  closeMeeting(@Arg('input') input: MeetingVersionInput, @Ctx() ctx: Context): Promise<MeetingLive> {
    return MeetingService.close(ctx, input.meetingId, input.version);
  }

  // ---- events ----

  @Authorized()
  // Every screen of a meeting gets the same events: one execution for all; versions supersede
  // each other, so a screen that fell behind gets the newest.
  @Extensions({ ...SHARED, ...latestBy('meetingId') })
  @Subscription(() => MeetingChange, {
    topics: 'MEETING_CHANGED',
    filter: ({ payload, args, context }: { payload: MeetingEvent; args: { meetingId: string }; context: Context }) =>
      payload.communityId === context.principal.communityId && payload.meetingId === args.meetingId,
  })
  meetingChanged(@Root() event: MeetingEvent, @Arg('meetingId', () => ID) _meetingId: string): MeetingChange {
    return { meetingId: event.meetingId, version: event.version };
  }
}

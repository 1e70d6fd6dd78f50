/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AgendaItemStatus =
  | 'CURRENT'
  | 'DONE'
  | 'PENDING';

export type BookingCancelReason =
  | 'CORNER_CLOSED'
  | 'RESIDENT';

export type BookingStatus =
  | 'BOOKED'
  | 'CANCELLED'
  | 'CHECKED_IN';

export type DeviceKind =
  | 'KIOSK'
  | 'SCREEN';

/** What the meeting decided on an item */
export type ItemOutcome =
  | 'ADOPTED'
  | 'DEFERRED'
  | 'NOT_ADOPTED';

/** 养老 / 育儿 / 便民 / 其他 */
export type MatterCategory =
  | 'CHILDCARE'
  | 'CONVENIENCE'
  | 'ELDERLY'
  | 'OTHER';

/** Where a matter is on its way */
export type MatterStatus =
  | 'ADOPTED'
  | 'CLOSED'
  | 'DONE'
  | 'MERGED'
  | 'NEW'
  | 'OPEN';

/** How soon a matter must be answered */
export type MatterUrgency =
  | 'KEY'
  | 'LONG_TERM'
  | 'URGENT';

export type MeetingStatus =
  | 'CLOSED'
  | 'LIVE'
  | 'PLANNED';

/** Property notice 物业通知, service phone numbers 服务电话, activity announcement 活动预告 */
export type NoticeCategory =
  | 'ACTIVITY'
  | 'PROPERTY'
  | 'SERVICE_PHONE';

/** Why participation points moved */
export type PointsReasonCode =
  | 'CORRECTION'
  | 'MANUAL_AWARD'
  | 'MANUAL_DEDUCTION'
  | 'MEETING_ATTENDED'
  | 'REWARD_REDEEMED'
  | 'SUGGESTION_ADOPTED'
  | 'VOLUNTEER_HOUR'
  | 'VOUCHER_CANCELLED'
  | 'VOUCHER_EXPIRED';

/** A service package or goods */
export type RewardKind =
  | 'GOODS'
  | 'SERVICE';

/** A suggestion a resident makes at the kiosk */
export type SubmitSuggestionInput = {
  category: MatterCategory;
  /** What and where, up to 1,000 characters (may be empty) */
  details: string;
  /** Chosen by the client per form: a double tap or a retry makes one suggestion */
  idempotencyKey: string;
  /** A short title, 2–40 characters */
  title: string;
};

export type TicketStatus =
  | 'CALLED'
  | 'CANCELLED'
  | 'DONE'
  | 'EXPIRED'
  | 'NO_SHOW'
  | 'SERVING'
  | 'WAITING';

export type VoucherStatus =
  | 'CANCELLED'
  | 'EXPIRED'
  | 'FULFILLED'
  | 'ISSUED';

export type WorkOrderStatus =
  | 'CLOSED'
  | 'OPEN';

export type CornerTicketFragment = { id: string, code: string, status: TicketStatus, deskName: string | null, ahead: number, estimatedWaitMinutes: number, createdAt: string, calledAt: string | null, followToken: string | null, transferredFrom: { ticketId: string, code: string } | null, offering: { id: string, letter: string, name: string, provider: string } };

export type CornerOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type CornerOverviewQuery = { offerings: Array<{ id: string, letter: string, name: string, provider: string }>, cornerStatus: { open: boolean, opening: { id: string, startsAt: string, endsAt: string } | null } };

export type MyTicketsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTicketsQuery = { myTickets: Array<{ id: string, code: string, status: TicketStatus, deskName: string | null, ahead: number, estimatedWaitMinutes: number, createdAt: string, calledAt: string | null, followToken: string | null, transferredFrom: { ticketId: string, code: string } | null, offering: { id: string, letter: string, name: string, provider: string } }> };

export type TakeTicketMutationVariables = Exact<{
  offeringId: string;
  idempotencyKey: string;
}>;


export type TakeTicketMutation = { takeTicket: { id: string, code: string, status: TicketStatus, deskName: string | null, ahead: number, estimatedWaitMinutes: number, createdAt: string, calledAt: string | null, followToken: string | null, transferredFrom: { ticketId: string, code: string } | null, offering: { id: string, letter: string, name: string, provider: string } } };

export type CancelMyTicketMutationVariables = Exact<{
  ticketId: string;
}>;


export type CancelMyTicketMutation = { cancelMyTicket: { id: string, code: string, status: TicketStatus, deskName: string | null, ahead: number, estimatedWaitMinutes: number, createdAt: string, calledAt: string | null, followToken: string | null, transferredFrom: { ticketId: string, code: string } | null, offering: { id: string, letter: string, name: string, provider: string } } };

export type QueueChangedSubscriptionVariables = Exact<{
  offeringId?: string | null | undefined;
}>;


export type QueueChangedSubscription = { queueChanged: { offeringId: string, version: number } };

export type CornerBookingFragment = { id: string, status: BookingStatus, cancelReason: BookingCancelReason | null, problem: string, homeVisit: boolean, createdAt: string, offering: { id: string, letter: string, name: string, provider: string }, opening: { id: string, startsAt: string, endsAt: string }, ticket: { id: string, code: string, status: TicketStatus } | null };

export type MyBookingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBookingsQuery = { myBookings: Array<{ id: string, status: BookingStatus, cancelReason: BookingCancelReason | null, problem: string, homeVisit: boolean, createdAt: string, offering: { id: string, letter: string, name: string, provider: string }, opening: { id: string, startsAt: string, endsAt: string }, ticket: { id: string, code: string, status: TicketStatus } | null }> };

export type BookableOpeningsQueryVariables = Exact<{
  offeringId: string;
}>;


export type BookableOpeningsQuery = { bookableOpenings: Array<{ placesLeft: number, opening: { id: string, startsAt: string, endsAt: string } }> };

export type BookOfferingMutationVariables = Exact<{
  offeringId: string;
  openingId: string;
  problem: string;
  homeVisit: boolean;
  idempotencyKey: string;
}>;


export type BookOfferingMutation = { bookOffering: { id: string, status: BookingStatus, cancelReason: BookingCancelReason | null, problem: string, homeVisit: boolean, createdAt: string, offering: { id: string, letter: string, name: string, provider: string }, opening: { id: string, startsAt: string, endsAt: string }, ticket: { id: string, code: string, status: TicketStatus } | null } };

export type CancelBookingMutationVariables = Exact<{
  bookingId: string;
}>;


export type CancelBookingMutation = { cancelBooking: { id: string, status: BookingStatus, cancelReason: BookingCancelReason | null, problem: string, homeVisit: boolean, createdAt: string, offering: { id: string, letter: string, name: string, provider: string }, opening: { id: string, startsAt: string, endsAt: string }, ticket: { id: string, code: string, status: TicketStatus } | null } };

export type DismissBookingMutationVariables = Exact<{
  bookingId: string;
}>;


export type DismissBookingMutation = { dismissBooking: { id: string } };

export type CheckInMutationVariables = Exact<{
  bookingId: string;
}>;


export type CheckInMutation = { checkIn: { id: string, code: string, status: TicketStatus, deskName: string | null, ahead: number, estimatedWaitMinutes: number, createdAt: string, calledAt: string | null, followToken: string | null, transferredFrom: { ticketId: string, code: string } | null, offering: { id: string, letter: string, name: string, provider: string } } };

export type ChangeBookingMutationVariables = Exact<{
  bookingId: string;
  openingId: string;
  problem: string;
  homeVisit: boolean;
}>;


export type ChangeBookingMutation = { changeBooking: { id: string, status: BookingStatus, cancelReason: BookingCancelReason | null, problem: string, homeVisit: boolean, createdAt: string, offering: { id: string, letter: string, name: string, provider: string }, opening: { id: string, startsAt: string, endsAt: string }, ticket: { id: string, code: string, status: TicketStatus } | null } };

export type PublicUrlQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicUrlQuery = { publicUrl: string | null };

export type KioskMySuggestionFragment = { id: string, ref: string, title: string, category: MatterCategory, status: MatterStatus, urgency: MatterUrgency | null, dueDay: string | null, createdAt: string, answer: string | null, answeredAt: string | null, changed: boolean, latest: { kind: string, text: string | null, at: string } | null };

export type KioskSubmitSuggestionMutationVariables = Exact<{
  input: SubmitSuggestionInput;
}>;


export type KioskSubmitSuggestionMutation = { submitSuggestion: { id: string, ref: string, title: string, category: MatterCategory, status: MatterStatus, urgency: MatterUrgency | null, dueDay: string | null, createdAt: string, answer: string | null, answeredAt: string | null, changed: boolean, latest: { kind: string, text: string | null, at: string } | null } };

export type KioskMySuggestionsQueryVariables = Exact<{ [key: string]: never; }>;


export type KioskMySuggestionsQuery = { mySuggestions: Array<{ id: string, ref: string, title: string, category: MatterCategory, status: MatterStatus, urgency: MatterUrgency | null, dueDay: string | null, createdAt: string, answer: string | null, answeredAt: string | null, changed: boolean, latest: { kind: string, text: string | null, at: string } | null }> };

export type KioskSuggestionsChangedQueryVariables = Exact<{ [key: string]: never; }>;


export type KioskSuggestionsChangedQuery = { mySuggestions: Array<{ id: string, changed: boolean }> };

export type KioskMarkSuggestionsSeenMutationVariables = Exact<{ [key: string]: never; }>;


export type KioskMarkSuggestionsSeenMutation = { markSuggestionsSeen: boolean };

export type KioskSuggestionBoardQueryVariables = Exact<{
  status?: MatterStatus | null | undefined;
  first: number;
}>;


export type KioskSuggestionBoardQuery = { suggestionBoard: Array<{ ref: string, title: string, category: MatterCategory, status: MatterStatus, urgency: MatterUrgency | null, dueDay: string | null, suggesters: number, answer: string | null, answeredAt: string | null, latest: { kind: string, text: string | null, at: string } | null }> };

export type KioskCurrentMeetingQueryVariables = Exact<{ [key: string]: never; }>;


export type KioskCurrentMeetingQuery = { currentMeeting: { id: string, title: string, day: string, place: string | null, status: MeetingStatus, startedAt: string | null, now: string } | null };

export type KioskCheckInMutationVariables = Exact<{
  meetingId: string;
}>;


export type KioskCheckInMutation = { checkInToMeeting: { meetingId: string, alreadyCheckedIn: boolean, pointsAwarded: number, quorum: { attendees: number, councilSize: number, present: number, needed: number, met: boolean } } };

export type KioskViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type KioskViewerQuery = { viewer: { community: { name: string } | null, device: { name: string, kind: DeviceKind } | null, resident: { name: string, limitedMobility: boolean, building: { id: string, name: string } } | null } };

export type ResidentSignInFieldsFragment = { token: string, resident: { name: string, limitedMobility: boolean, building: { id: string, name: string } } };

export type SignInWithPinMutationVariables = Exact<{
  phone: string;
  pin: string;
}>;


export type SignInWithPinMutation = { signInWithPin: { token: string, resident: { name: string, limitedMobility: boolean, building: { id: string, name: string } } } };

export type SignInWithCardMutationVariables = Exact<{
  code: string;
}>;


export type SignInWithCardMutation = { signInWithCard: { token: string, resident: { name: string, limitedMobility: boolean, building: { id: string, name: string } } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type PairDeviceMutationVariables = Exact<{
  code: string;
}>;


export type PairDeviceMutation = { pairDevice: { token: string, device: { name: string, kind: DeviceKind } } };

export type KioskNoticeFragment = { id: string, title: string, body: string, category: NoticeCategory, publishedAt: string, expiresAt: string | null, buildings: Array<{ number: number, name: string }> };

export type MyNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNoticesQuery = { myNotices: Array<{ id: string, title: string, body: string, category: NoticeCategory, publishedAt: string, expiresAt: string | null, buildings: Array<{ number: number, name: string }> }> };

export type CommunityNoticesQueryVariables = Exact<{
  first: number;
}>;


export type CommunityNoticesQuery = { notices: Array<{ id: string, title: string, body: string, category: NoticeCategory, publishedAt: string, expiresAt: string | null, buildings: Array<{ number: number, name: string }> }> };

export type NoticePublishedSubscriptionVariables = Exact<{
  buildingId?: string | null | undefined;
}>;


export type NoticePublishedSubscription = { noticePublished: { id: string, title: string, body: string, category: NoticeCategory, publishedAt: string, expiresAt: string | null, buildings: Array<{ number: number, name: string }> } };

export type NoticeChangedSubscriptionVariables = Exact<{
  buildingId?: string | null | undefined;
}>;


export type NoticeChangedSubscription = { noticeChanged: { id: string, notice: { id: string, title: string, body: string, category: NoticeCategory, publishedAt: string, expiresAt: string | null, buildings: Array<{ number: number, name: string }> } | null } };

export type CheckPinSetupCodeMutationVariables = Exact<{
  phone: string;
  code: string;
}>;


export type CheckPinSetupCodeMutation = { checkPinSetupCode: boolean };

export type SetPinWithCodeMutationVariables = Exact<{
  phone: string;
  code: string;
  pin: string;
}>;


export type SetPinWithCodeMutation = { setPinWithCode: { token: string, resident: { name: string, limitedMobility: boolean, building: { id: string, name: string } } } };

export type ChangeMyPinMutationVariables = Exact<{
  currentPin: string;
  newPin: string;
}>;


export type ChangeMyPinMutation = { changeMyPin: boolean };

export type PinOfficeHoursQueryVariables = Exact<{ [key: string]: never; }>;


export type PinOfficeHoursQuery = { cornerStatus: { open: boolean, opening: { startsAt: string, endsAt: string } | null } };

export type KioskPointsEntryFragment = { id: string, amount: number, reason: PointsReasonCode, title: string | null, day: string | null, hours: number | null, note: string | null, voucherCode: string | null, reversed: boolean, at: string, cursor: string };

export type KioskVoucherFragment = { id: string, code: string, status: VoucherStatus, cost: number, rewardName: string, issuedAt: string, expiresAt: string, closedAt: string | null };

export type KioskStarsFragment = { quarter: string, stars: Array<{ rank: number, name: string | null, building: number, points: number }> };

export type KioskPointsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type KioskPointsPageQuery = { rewardCatalogue: { balance: number, items: Array<{ affordable: boolean, short: number, reward: { id: string, kind: RewardKind, name: string, description: string, cost: number, stock: number, pictureId: string | null } }> }, myStarPreference: { hideName: boolean } };

export type KioskPointsHistoryQueryVariables = Exact<{
  before?: string | null | undefined;
  first: number;
}>;


export type KioskPointsHistoryQuery = { myPoints: { balance: number, more: boolean, history: Array<{ id: string, amount: number, reason: PointsReasonCode, title: string | null, day: string | null, hours: number | null, note: string | null, voucherCode: string | null, reversed: boolean, at: string, cursor: string }> } };

export type KioskRedeemRewardMutationVariables = Exact<{
  rewardId: string;
  idempotencyKey: string;
}>;


export type KioskRedeemRewardMutation = { redeemReward: { id: string, code: string, status: VoucherStatus, cost: number, rewardName: string, issuedAt: string, expiresAt: string, closedAt: string | null } };

export type KioskMyVouchersQueryVariables = Exact<{ [key: string]: never; }>;


export type KioskMyVouchersQuery = { myVouchers: Array<{ id: string, code: string, status: VoucherStatus, cost: number, rewardName: string, issuedAt: string, expiresAt: string, closedAt: string | null }> };

export type KioskSetStarPreferenceMutationVariables = Exact<{
  hideName: boolean;
}>;


export type KioskSetStarPreferenceMutation = { setStarPreference: { hideName: boolean } };

export type KioskGovernanceStarsQueryVariables = Exact<{ [key: string]: never; }>;


export type KioskGovernanceStarsQuery = { governanceStars: { quarter: string, stars: Array<{ rank: number, name: string | null, building: number, points: number }> } | null };

export type MyRepairsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRepairsQuery = { myRepairs: Array<{ id: string, status: WorkOrderStatus, description: string, owner: string, dueDate: string, overdue: boolean, offeringName: string | null, ticketCode: string | null, outcome: string | null, createdAt: string, closedAt: string | null, notes: Array<{ text: string, createdAt: string }> }> };

export type FollowedTicketQueryVariables = Exact<{
  token: string;
}>;


export type FollowedTicketQuery = { followedTicket: { code: string, offeringName: string, status: TicketStatus, ahead: number, estimatedWaitMinutes: number, deskName: string | null, transferredFrom: string | null, openingEndsAt: string, version: number } };

export type FollowedTicketChangedSubscriptionVariables = Exact<{
  token: string;
}>;


export type FollowedTicketChangedSubscription = { followedTicketChanged: { version: number } };

export type MeetingScreenStateFragment = { id: string, version: number, status: MeetingStatus, title: string, day: string, place: string | null, now: string, startedAt: string | null, closedAt: string | null, currentItemId: string | null, items: Array<{ id: string, position: number, title: string, matterRef: string | null, status: AgendaItemStatus, timeBoxMinutes: number, usedMs: number, runningSince: string | null, outcome: ItemOutcome | null, decision: string | null }>, quorum: { attendees: number, councilSize: number, present: number, needed: number, met: boolean }, lastVote: { id: string, itemId: string, question: string, for: number, against: number, abstain: number, quorumMet: boolean, carried: boolean } | null, decisions: Array<{ id: string, title: string, outcome: ItemOutcome | null, decision: string | null }> };

export type MeetingScreenCurrentQueryVariables = Exact<{ [key: string]: never; }>;


export type MeetingScreenCurrentQuery = { currentMeeting: { id: string, version: number, status: MeetingStatus, title: string, day: string, place: string | null, now: string, startedAt: string | null, closedAt: string | null, currentItemId: string | null, items: Array<{ id: string, position: number, title: string, matterRef: string | null, status: AgendaItemStatus, timeBoxMinutes: number, usedMs: number, runningSince: string | null, outcome: ItemOutcome | null, decision: string | null }>, quorum: { attendees: number, councilSize: number, present: number, needed: number, met: boolean }, lastVote: { id: string, itemId: string, question: string, for: number, against: number, abstain: number, quorumMet: boolean, carried: boolean } | null, decisions: Array<{ id: string, title: string, outcome: ItemOutcome | null, decision: string | null }> } | null };

export type MeetingScreenMeetingQueryVariables = Exact<{
  id: string;
}>;


export type MeetingScreenMeetingQuery = { meeting: { id: string, version: number, status: MeetingStatus, title: string, day: string, place: string | null, now: string, startedAt: string | null, closedAt: string | null, currentItemId: string | null, items: Array<{ id: string, position: number, title: string, matterRef: string | null, status: AgendaItemStatus, timeBoxMinutes: number, usedMs: number, runningSince: string | null, outcome: ItemOutcome | null, decision: string | null }>, quorum: { attendees: number, councilSize: number, present: number, needed: number, met: boolean }, lastVote: { id: string, itemId: string, question: string, for: number, against: number, abstain: number, quorumMet: boolean, carried: boolean } | null, decisions: Array<{ id: string, title: string, outcome: ItemOutcome | null, decision: string | null }> } };

export type MeetingScreenChangedSubscriptionVariables = Exact<{
  meetingId: string;
}>;


export type MeetingScreenChangedSubscription = { meetingChanged: { meetingId: string, version: number } };

export type CornerScreenStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type CornerScreenStatusQuery = { cornerStatus: { open: boolean, opening: { id: string, startsAt: string, endsAt: string, cancelled: boolean } | null } };

export type CornerScreenTicketFragment = { id: string, code: string, deskName: string | null, status: TicketStatus, calledAt: string | null };

export type CornerScreenLineFragment = { openingId: string | null, version: number, waitingCount: number, offering: { id: string, letter: string, name: string }, nowServing: Array<{ id: string, code: string, deskName: string | null, status: TicketStatus, calledAt: string | null }>, waiting: Array<{ id: string, code: string, deskName: string | null, status: TicketStatus, calledAt: string | null }> };

export type CornerScreenBoardQueryVariables = Exact<{
  next: number;
  offeringId?: string | null | undefined;
}>;


export type CornerScreenBoardQuery = { cornerBoard: Array<{ openingId: string | null, version: number, waitingCount: number, offering: { id: string, letter: string, name: string }, nowServing: Array<{ id: string, code: string, deskName: string | null, status: TicketStatus, calledAt: string | null }>, waiting: Array<{ id: string, code: string, deskName: string | null, status: TicketStatus, calledAt: string | null }> }> };

export type CornerScreenQueueChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CornerScreenQueueChangedSubscription = { queueChanged: { offeringId: string, openingId: string, version: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CornerTicketFragmentDoc = new TypedDocumentString(`
    fragment CornerTicket on Ticket {
  id
  code
  status
  deskName
  ahead
  estimatedWaitMinutes
  createdAt
  calledAt
  followToken
  transferredFrom {
    ticketId
    code
  }
  offering {
    id
    letter
    name
    provider
  }
}
    `, {"fragmentName":"CornerTicket"}) as unknown as TypedDocumentString<CornerTicketFragment, unknown>;
export const CornerBookingFragmentDoc = new TypedDocumentString(`
    fragment CornerBooking on Booking {
  id
  status
  cancelReason
  problem
  homeVisit
  createdAt
  offering {
    id
    letter
    name
    provider
  }
  opening {
    id
    startsAt
    endsAt
  }
  ticket {
    id
    code
    status
  }
}
    `, {"fragmentName":"CornerBooking"}) as unknown as TypedDocumentString<CornerBookingFragment, unknown>;
export const KioskMySuggestionFragmentDoc = new TypedDocumentString(`
    fragment KioskMySuggestion on MySuggestionView {
  id
  ref
  title
  category
  status
  urgency
  dueDay
  createdAt
  latest {
    kind
    text
    at
  }
  answer
  answeredAt
  changed
}
    `, {"fragmentName":"KioskMySuggestion"}) as unknown as TypedDocumentString<KioskMySuggestionFragment, unknown>;
export const ResidentSignInFieldsFragmentDoc = new TypedDocumentString(`
    fragment ResidentSignInFields on ResidentSignIn {
  token
  resident {
    name
    limitedMobility
    building {
      id
      name
    }
  }
}
    `, {"fragmentName":"ResidentSignInFields"}) as unknown as TypedDocumentString<ResidentSignInFieldsFragment, unknown>;
export const KioskNoticeFragmentDoc = new TypedDocumentString(`
    fragment KioskNotice on Notice {
  id
  title
  body
  category
  publishedAt
  expiresAt
  buildings {
    number
    name
  }
}
    `, {"fragmentName":"KioskNotice"}) as unknown as TypedDocumentString<KioskNoticeFragment, unknown>;
export const KioskPointsEntryFragmentDoc = new TypedDocumentString(`
    fragment KioskPointsEntry on PointsEntryView {
  id
  amount
  reason
  title
  day
  hours
  note
  voucherCode
  reversed
  at
  cursor
}
    `, {"fragmentName":"KioskPointsEntry"}) as unknown as TypedDocumentString<KioskPointsEntryFragment, unknown>;
export const KioskVoucherFragmentDoc = new TypedDocumentString(`
    fragment KioskVoucher on Voucher {
  id
  code
  status
  cost
  rewardName
  issuedAt
  expiresAt
  closedAt
}
    `, {"fragmentName":"KioskVoucher"}) as unknown as TypedDocumentString<KioskVoucherFragment, unknown>;
export const KioskStarsFragmentDoc = new TypedDocumentString(`
    fragment KioskStars on StarsView {
  quarter
  stars {
    rank
    name
    building
    points
  }
}
    `, {"fragmentName":"KioskStars"}) as unknown as TypedDocumentString<KioskStarsFragment, unknown>;
export const MeetingScreenStateFragmentDoc = new TypedDocumentString(`
    fragment MeetingScreenState on MeetingLive {
  id
  version
  status
  title
  day
  place
  now
  startedAt
  closedAt
  currentItemId
  items {
    id
    position
    title
    matterRef
    status
    timeBoxMinutes
    usedMs
    runningSince
    outcome
    decision
  }
  quorum {
    attendees
    councilSize
    present
    needed
    met
  }
  lastVote {
    id
    itemId
    question
    for
    against
    abstain
    quorumMet
    carried
  }
  decisions {
    id
    title
    outcome
    decision
  }
}
    `, {"fragmentName":"MeetingScreenState"}) as unknown as TypedDocumentString<MeetingScreenStateFragment, unknown>;
export const CornerScreenTicketFragmentDoc = new TypedDocumentString(`
    fragment CornerScreenTicket on Ticket {
  id
  code
  deskName
  status
  calledAt
}
    `, {"fragmentName":"CornerScreenTicket"}) as unknown as TypedDocumentString<CornerScreenTicketFragment, unknown>;
export const CornerScreenLineFragmentDoc = new TypedDocumentString(`
    fragment CornerScreenLine on QueueLineView {
  openingId
  version
  offering {
    id
    letter
    name
  }
  nowServing {
    ...CornerScreenTicket
  }
  waiting {
    ...CornerScreenTicket
  }
  waitingCount
}
    fragment CornerScreenTicket on Ticket {
  id
  code
  deskName
  status
  calledAt
}`, {"fragmentName":"CornerScreenLine"}) as unknown as TypedDocumentString<CornerScreenLineFragment, unknown>;
export const CornerOverviewDocument = new TypedDocumentString(`
    query CornerOverview {
  offerings {
    id
    letter
    name
    provider
  }
  cornerStatus {
    open
    opening {
      id
      startsAt
      endsAt
    }
  }
}
    `) as unknown as TypedDocumentString<CornerOverviewQuery, CornerOverviewQueryVariables>;
export const MyTicketsDocument = new TypedDocumentString(`
    query MyTickets {
  myTickets {
    ...CornerTicket
  }
}
    fragment CornerTicket on Ticket {
  id
  code
  status
  deskName
  ahead
  estimatedWaitMinutes
  createdAt
  calledAt
  followToken
  transferredFrom {
    ticketId
    code
  }
  offering {
    id
    letter
    name
    provider
  }
}`) as unknown as TypedDocumentString<MyTicketsQuery, MyTicketsQueryVariables>;
export const TakeTicketDocument = new TypedDocumentString(`
    mutation TakeTicket($offeringId: ID!, $idempotencyKey: String!) {
  takeTicket(input: {offeringId: $offeringId, idempotencyKey: $idempotencyKey}) {
    ...CornerTicket
  }
}
    fragment CornerTicket on Ticket {
  id
  code
  status
  deskName
  ahead
  estimatedWaitMinutes
  createdAt
  calledAt
  followToken
  transferredFrom {
    ticketId
    code
  }
  offering {
    id
    letter
    name
    provider
  }
}`) as unknown as TypedDocumentString<TakeTicketMutation, TakeTicketMutationVariables>;
export const CancelMyTicketDocument = new TypedDocumentString(`
    mutation CancelMyTicket($ticketId: ID!) {
  cancelMyTicket(input: {ticketId: $ticketId}) {
    ...CornerTicket
  }
}
    fragment CornerTicket on Ticket {
  id
  code
  status
  deskName
  ahead
  estimatedWaitMinutes
  createdAt
  calledAt
  followToken
  transferredFrom {
    ticketId
    code
  }
  offering {
    id
    letter
    name
    provider
  }
}`) as unknown as TypedDocumentString<CancelMyTicketMutation, CancelMyTicketMutationVariables>;
export const QueueChangedDocument = new TypedDocumentString(`
    subscription QueueChanged($offeringId: ID) {
  queueChanged(offeringId: $offeringId) {
    offeringId
    version
  }
}
    `) as unknown as TypedDocumentString<QueueChangedSubscription, QueueChangedSubscriptionVariables>;
export const MyBookingsDocument = new TypedDocumentString(`
    query MyBookings {
  myBookings {
    ...CornerBooking
  }
}
    fragment CornerBooking on Booking {
  id
  status
  cancelReason
  problem
  homeVisit
  createdAt
  offering {
    id
    letter
    name
    provider
  }
  opening {
    id
    startsAt
    endsAt
  }
  ticket {
    id
    code
    status
  }
}`) as unknown as TypedDocumentString<MyBookingsQuery, MyBookingsQueryVariables>;
export const BookableOpeningsDocument = new TypedDocumentString(`
    query BookableOpenings($offeringId: ID!) {
  bookableOpenings(offeringId: $offeringId) {
    placesLeft
    opening {
      id
      startsAt
      endsAt
    }
  }
}
    `) as unknown as TypedDocumentString<BookableOpeningsQuery, BookableOpeningsQueryVariables>;
export const BookOfferingDocument = new TypedDocumentString(`
    mutation BookOffering($offeringId: ID!, $openingId: ID!, $problem: String!, $homeVisit: Boolean!, $idempotencyKey: String!) {
  bookOffering(
    input: {offeringId: $offeringId, openingId: $openingId, problem: $problem, homeVisit: $homeVisit, idempotencyKey: $idempotencyKey}
  ) {
    ...CornerBooking
  }
}
    fragment CornerBooking on Booking {
  id
  status
  cancelReason
  problem
  homeVisit
  createdAt
  offering {
    id
    letter
    name
    provider
  }
  opening {
    id
    startsAt
    endsAt
  }
  ticket {
    id
    code
    status
  }
}`) as unknown as TypedDocumentString<BookOfferingMutation, BookOfferingMutationVariables>;
export const CancelBookingDocument = new TypedDocumentString(`
    mutation CancelBooking($bookingId: ID!) {
  cancelBooking(input: {bookingId: $bookingId}) {
    ...CornerBooking
  }
}
    fragment CornerBooking on Booking {
  id
  status
  cancelReason
  problem
  homeVisit
  createdAt
  offering {
    id
    letter
    name
    provider
  }
  opening {
    id
    startsAt
    endsAt
  }
  ticket {
    id
    code
    status
  }
}`) as unknown as TypedDocumentString<CancelBookingMutation, CancelBookingMutationVariables>;
export const DismissBookingDocument = new TypedDocumentString(`
    mutation DismissBooking($bookingId: ID!) {
  dismissBooking(input: {bookingId: $bookingId}) {
    id
  }
}
    `) as unknown as TypedDocumentString<DismissBookingMutation, DismissBookingMutationVariables>;
export const CheckInDocument = new TypedDocumentString(`
    mutation CheckIn($bookingId: ID!) {
  checkIn(input: {bookingId: $bookingId}) {
    ...CornerTicket
  }
}
    fragment CornerTicket on Ticket {
  id
  code
  status
  deskName
  ahead
  estimatedWaitMinutes
  createdAt
  calledAt
  followToken
  transferredFrom {
    ticketId
    code
  }
  offering {
    id
    letter
    name
    provider
  }
}`) as unknown as TypedDocumentString<CheckInMutation, CheckInMutationVariables>;
export const ChangeBookingDocument = new TypedDocumentString(`
    mutation ChangeBooking($bookingId: ID!, $openingId: ID!, $problem: String!, $homeVisit: Boolean!) {
  changeBooking(
    input: {bookingId: $bookingId, openingId: $openingId, problem: $problem, homeVisit: $homeVisit}
  ) {
    ...CornerBooking
  }
}
    fragment CornerBooking on Booking {
  id
  status
  cancelReason
  problem
  homeVisit
  createdAt
  offering {
    id
    letter
    name
    provider
  }
  opening {
    id
    startsAt
    endsAt
  }
  ticket {
    id
    code
    status
  }
}`) as unknown as TypedDocumentString<ChangeBookingMutation, ChangeBookingMutationVariables>;
export const PublicUrlDocument = new TypedDocumentString(`
    query PublicUrl {
  publicUrl
}
    `) as unknown as TypedDocumentString<PublicUrlQuery, PublicUrlQueryVariables>;
export const KioskSubmitSuggestionDocument = new TypedDocumentString(`
    mutation KioskSubmitSuggestion($input: SubmitSuggestionInput!) {
  submitSuggestion(input: $input) {
    ...KioskMySuggestion
  }
}
    fragment KioskMySuggestion on MySuggestionView {
  id
  ref
  title
  category
  status
  urgency
  dueDay
  createdAt
  latest {
    kind
    text
    at
  }
  answer
  answeredAt
  changed
}`) as unknown as TypedDocumentString<KioskSubmitSuggestionMutation, KioskSubmitSuggestionMutationVariables>;
export const KioskMySuggestionsDocument = new TypedDocumentString(`
    query KioskMySuggestions {
  mySuggestions {
    ...KioskMySuggestion
  }
}
    fragment KioskMySuggestion on MySuggestionView {
  id
  ref
  title
  category
  status
  urgency
  dueDay
  createdAt
  latest {
    kind
    text
    at
  }
  answer
  answeredAt
  changed
}`) as unknown as TypedDocumentString<KioskMySuggestionsQuery, KioskMySuggestionsQueryVariables>;
export const KioskSuggestionsChangedDocument = new TypedDocumentString(`
    query KioskSuggestionsChanged {
  mySuggestions {
    id
    changed
  }
}
    `) as unknown as TypedDocumentString<KioskSuggestionsChangedQuery, KioskSuggestionsChangedQueryVariables>;
export const KioskMarkSuggestionsSeenDocument = new TypedDocumentString(`
    mutation KioskMarkSuggestionsSeen {
  markSuggestionsSeen
}
    `) as unknown as TypedDocumentString<KioskMarkSuggestionsSeenMutation, KioskMarkSuggestionsSeenMutationVariables>;
export const KioskSuggestionBoardDocument = new TypedDocumentString(`
    query KioskSuggestionBoard($status: MatterStatus, $first: Int!) {
  suggestionBoard(status: $status, first: $first) {
    ref
    title
    category
    status
    urgency
    dueDay
    suggesters
    latest {
      kind
      text
      at
    }
    answer
    answeredAt
  }
}
    `) as unknown as TypedDocumentString<KioskSuggestionBoardQuery, KioskSuggestionBoardQueryVariables>;
export const KioskCurrentMeetingDocument = new TypedDocumentString(`
    query KioskCurrentMeeting {
  currentMeeting {
    id
    title
    day
    place
    status
    startedAt
    now
  }
}
    `) as unknown as TypedDocumentString<KioskCurrentMeetingQuery, KioskCurrentMeetingQueryVariables>;
export const KioskCheckInDocument = new TypedDocumentString(`
    mutation KioskCheckIn($meetingId: ID!) {
  checkInToMeeting(meetingId: $meetingId) {
    meetingId
    alreadyCheckedIn
    pointsAwarded
    quorum {
      attendees
      councilSize
      present
      needed
      met
    }
  }
}
    `) as unknown as TypedDocumentString<KioskCheckInMutation, KioskCheckInMutationVariables>;
export const KioskViewerDocument = new TypedDocumentString(`
    query KioskViewer {
  viewer {
    community {
      name
    }
    device {
      name
      kind
    }
    resident {
      name
      limitedMobility
      building {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KioskViewerQuery, KioskViewerQueryVariables>;
export const SignInWithPinDocument = new TypedDocumentString(`
    mutation SignInWithPin($phone: String!, $pin: String!) {
  signInWithPin(input: {phone: $phone, pin: $pin}) {
    ...ResidentSignInFields
  }
}
    fragment ResidentSignInFields on ResidentSignIn {
  token
  resident {
    name
    limitedMobility
    building {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<SignInWithPinMutation, SignInWithPinMutationVariables>;
export const SignInWithCardDocument = new TypedDocumentString(`
    mutation SignInWithCard($code: String!) {
  signInWithCard(input: {code: $code}) {
    ...ResidentSignInFields
  }
}
    fragment ResidentSignInFields on ResidentSignIn {
  token
  resident {
    name
    limitedMobility
    building {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<SignInWithCardMutation, SignInWithCardMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const PairDeviceDocument = new TypedDocumentString(`
    mutation PairDevice($code: String!) {
  pairDevice(code: $code) {
    token
    device {
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<PairDeviceMutation, PairDeviceMutationVariables>;
export const MyNoticesDocument = new TypedDocumentString(`
    query MyNotices {
  myNotices(first: 30) {
    ...KioskNotice
  }
}
    fragment KioskNotice on Notice {
  id
  title
  body
  category
  publishedAt
  expiresAt
  buildings {
    number
    name
  }
}`) as unknown as TypedDocumentString<MyNoticesQuery, MyNoticesQueryVariables>;
export const CommunityNoticesDocument = new TypedDocumentString(`
    query CommunityNotices($first: Int!) {
  notices(first: $first) {
    ...KioskNotice
  }
}
    fragment KioskNotice on Notice {
  id
  title
  body
  category
  publishedAt
  expiresAt
  buildings {
    number
    name
  }
}`) as unknown as TypedDocumentString<CommunityNoticesQuery, CommunityNoticesQueryVariables>;
export const NoticePublishedDocument = new TypedDocumentString(`
    subscription NoticePublished($buildingId: ID) {
  noticePublished(buildingId: $buildingId) {
    ...KioskNotice
  }
}
    fragment KioskNotice on Notice {
  id
  title
  body
  category
  publishedAt
  expiresAt
  buildings {
    number
    name
  }
}`) as unknown as TypedDocumentString<NoticePublishedSubscription, NoticePublishedSubscriptionVariables>;
export const NoticeChangedDocument = new TypedDocumentString(`
    subscription NoticeChanged($buildingId: ID) {
  noticeChanged(buildingId: $buildingId) {
    id
    notice {
      ...KioskNotice
    }
  }
}
    fragment KioskNotice on Notice {
  id
  title
  body
  category
  publishedAt
  expiresAt
  buildings {
    number
    name
  }
}`) as unknown as TypedDocumentString<NoticeChangedSubscription, NoticeChangedSubscriptionVariables>;
export const CheckPinSetupCodeDocument = new TypedDocumentString(`
    mutation CheckPinSetupCode($phone: String!, $code: String!) {
  checkPinSetupCode(input: {phone: $phone, code: $code})
}
    `) as unknown as TypedDocumentString<CheckPinSetupCodeMutation, CheckPinSetupCodeMutationVariables>;
export const SetPinWithCodeDocument = new TypedDocumentString(`
    mutation SetPinWithCode($phone: String!, $code: String!, $pin: String!) {
  setPinWithCode(input: {phone: $phone, code: $code, pin: $pin}) {
    ...ResidentSignInFields
  }
}
    fragment ResidentSignInFields on ResidentSignIn {
  token
  resident {
    name
    limitedMobility
    building {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<SetPinWithCodeMutation, SetPinWithCodeMutationVariables>;
export const ChangeMyPinDocument = new TypedDocumentString(`
    mutation ChangeMyPin($currentPin: String!, $newPin: String!) {
  changeMyPin(input: {currentPin: $currentPin, newPin: $newPin})
}
    `) as unknown as TypedDocumentString<ChangeMyPinMutation, ChangeMyPinMutationVariables>;
export const PinOfficeHoursDocument = new TypedDocumentString(`
    query PinOfficeHours {
  cornerStatus {
    open
    opening {
      startsAt
      endsAt
    }
  }
}
    `) as unknown as TypedDocumentString<PinOfficeHoursQuery, PinOfficeHoursQueryVariables>;
export const KioskPointsPageDocument = new TypedDocumentString(`
    query KioskPointsPage {
  rewardCatalogue {
    balance
    items {
      affordable
      short
      reward {
        id
        kind
        name
        description
        cost
        stock
        pictureId
      }
    }
  }
  myStarPreference {
    hideName
  }
}
    `) as unknown as TypedDocumentString<KioskPointsPageQuery, KioskPointsPageQueryVariables>;
export const KioskPointsHistoryDocument = new TypedDocumentString(`
    query KioskPointsHistory($before: String, $first: Int!) {
  myPoints(before: $before, first: $first) {
    balance
    more
    history {
      ...KioskPointsEntry
    }
  }
}
    fragment KioskPointsEntry on PointsEntryView {
  id
  amount
  reason
  title
  day
  hours
  note
  voucherCode
  reversed
  at
  cursor
}`) as unknown as TypedDocumentString<KioskPointsHistoryQuery, KioskPointsHistoryQueryVariables>;
export const KioskRedeemRewardDocument = new TypedDocumentString(`
    mutation KioskRedeemReward($rewardId: ID!, $idempotencyKey: String!) {
  redeemReward(input: {rewardId: $rewardId, idempotencyKey: $idempotencyKey}) {
    ...KioskVoucher
  }
}
    fragment KioskVoucher on Voucher {
  id
  code
  status
  cost
  rewardName
  issuedAt
  expiresAt
  closedAt
}`) as unknown as TypedDocumentString<KioskRedeemRewardMutation, KioskRedeemRewardMutationVariables>;
export const KioskMyVouchersDocument = new TypedDocumentString(`
    query KioskMyVouchers {
  myVouchers {
    ...KioskVoucher
  }
}
    fragment KioskVoucher on Voucher {
  id
  code
  status
  cost
  rewardName
  issuedAt
  expiresAt
  closedAt
}`) as unknown as TypedDocumentString<KioskMyVouchersQuery, KioskMyVouchersQueryVariables>;
export const KioskSetStarPreferenceDocument = new TypedDocumentString(`
    mutation KioskSetStarPreference($hideName: Boolean!) {
  setStarPreference(hideName: $hideName) {
    hideName
  }
}
    `) as unknown as TypedDocumentString<KioskSetStarPreferenceMutation, KioskSetStarPreferenceMutationVariables>;
export const KioskGovernanceStarsDocument = new TypedDocumentString(`
    query KioskGovernanceStars {
  governanceStars {
    ...KioskStars
  }
}
    fragment KioskStars on StarsView {
  quarter
  stars {
    rank
    name
    building
    points
  }
}`) as unknown as TypedDocumentString<KioskGovernanceStarsQuery, KioskGovernanceStarsQueryVariables>;
export const MyRepairsDocument = new TypedDocumentString(`
    query MyRepairs {
  myRepairs {
    id
    status
    description
    owner
    dueDate
    overdue
    offeringName
    ticketCode
    outcome
    createdAt
    closedAt
    notes {
      text
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<MyRepairsQuery, MyRepairsQueryVariables>;
export const FollowedTicketDocument = new TypedDocumentString(`
    query FollowedTicket($token: String!) {
  followedTicket(token: $token) {
    code
    offeringName
    status
    ahead
    estimatedWaitMinutes
    deskName
    transferredFrom
    openingEndsAt
    version
  }
}
    `) as unknown as TypedDocumentString<FollowedTicketQuery, FollowedTicketQueryVariables>;
export const FollowedTicketChangedDocument = new TypedDocumentString(`
    subscription FollowedTicketChanged($token: String!) {
  followedTicketChanged(token: $token) {
    version
  }
}
    `) as unknown as TypedDocumentString<FollowedTicketChangedSubscription, FollowedTicketChangedSubscriptionVariables>;
export const MeetingScreenCurrentDocument = new TypedDocumentString(`
    query MeetingScreenCurrent {
  currentMeeting {
    ...MeetingScreenState
  }
}
    fragment MeetingScreenState on MeetingLive {
  id
  version
  status
  title
  day
  place
  now
  startedAt
  closedAt
  currentItemId
  items {
    id
    position
    title
    matterRef
    status
    timeBoxMinutes
    usedMs
    runningSince
    outcome
    decision
  }
  quorum {
    attendees
    councilSize
    present
    needed
    met
  }
  lastVote {
    id
    itemId
    question
    for
    against
    abstain
    quorumMet
    carried
  }
  decisions {
    id
    title
    outcome
    decision
  }
}`) as unknown as TypedDocumentString<MeetingScreenCurrentQuery, MeetingScreenCurrentQueryVariables>;
export const MeetingScreenMeetingDocument = new TypedDocumentString(`
    query MeetingScreenMeeting($id: ID!) {
  meeting(id: $id) {
    ...MeetingScreenState
  }
}
    fragment MeetingScreenState on MeetingLive {
  id
  version
  status
  title
  day
  place
  now
  startedAt
  closedAt
  currentItemId
  items {
    id
    position
    title
    matterRef
    status
    timeBoxMinutes
    usedMs
    runningSince
    outcome
    decision
  }
  quorum {
    attendees
    councilSize
    present
    needed
    met
  }
  lastVote {
    id
    itemId
    question
    for
    against
    abstain
    quorumMet
    carried
  }
  decisions {
    id
    title
    outcome
    decision
  }
}`) as unknown as TypedDocumentString<MeetingScreenMeetingQuery, MeetingScreenMeetingQueryVariables>;
export const MeetingScreenChangedDocument = new TypedDocumentString(`
    subscription MeetingScreenChanged($meetingId: ID!) {
  meetingChanged(meetingId: $meetingId) {
    meetingId
    version
  }
}
    `) as unknown as TypedDocumentString<MeetingScreenChangedSubscription, MeetingScreenChangedSubscriptionVariables>;
export const CornerScreenStatusDocument = new TypedDocumentString(`
    query CornerScreenStatus {
  cornerStatus {
    open
    opening {
      id
      startsAt
      endsAt
      cancelled
    }
  }
}
    `) as unknown as TypedDocumentString<CornerScreenStatusQuery, CornerScreenStatusQueryVariables>;
export const CornerScreenBoardDocument = new TypedDocumentString(`
    query CornerScreenBoard($next: Int!, $offeringId: ID) {
  cornerBoard(next: $next, offeringId: $offeringId) {
    ...CornerScreenLine
  }
}
    fragment CornerScreenTicket on Ticket {
  id
  code
  deskName
  status
  calledAt
}
fragment CornerScreenLine on QueueLineView {
  openingId
  version
  offering {
    id
    letter
    name
  }
  nowServing {
    ...CornerScreenTicket
  }
  waiting {
    ...CornerScreenTicket
  }
  waitingCount
}`) as unknown as TypedDocumentString<CornerScreenBoardQuery, CornerScreenBoardQueryVariables>;
export const CornerScreenQueueChangedDocument = new TypedDocumentString(`
    subscription CornerScreenQueueChanged {
  queueChanged {
    offeringId
    openingId
    version
  }
}
    `) as unknown as TypedDocumentString<CornerScreenQueueChangedSubscription, CornerScreenQueueChangedSubscriptionVariables>;
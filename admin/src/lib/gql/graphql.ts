/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddAgendaItemInput = {
  /** An item about a matter: one of `agendaCandidates` */
  matterId?: string | null | undefined;
  meetingId: string;
  timeBoxMinutes?: number | null | undefined;
  /** A free item: its title */
  title?: string | null | undefined;
  /** The version read; another one → CONFLICT MEETING_CHANGED */
  version: number;
};

export type AddCouncilMemberInput = {
  residentId: string;
  role?: CouncilRole;
};

export type AgeBand =
  /** 80 and over */
  | 'EIGHTY_PLUS'
  /** 60 and over */
  | 'SIXTY_PLUS';

export type AgendaItemInput = {
  itemId: string;
  meetingId: string;
  /** The version read; another one → CONFLICT MEETING_CHANGED */
  version: number;
};

export type AgendaItemStatus =
  | 'CURRENT'
  | 'DONE'
  | 'PENDING';

/** The answer to the suggesters; the matter closes with it */
export type AnswerMatterInput = {
  answer: string;
  matterId: string;
  /** The version it was read at */
  version: number;
};

export type AssignActionInput = {
  /** YYYY-MM-DD */
  due?: string | null | undefined;
  /** An item already discussed; none: the current item */
  itemId?: string | null | undefined;
  meetingId: string;
  /** The owner's name (a person, a party) */
  ownerName: string;
  /** When the owner is a staff member */
  staffId?: string | null | undefined;
  /** The version read; another one → CONFLICT MEETING_CHANGED */
  version: number;
  what: string;
};

/** A staff action on a resident's personal data or on a staff account, as the audit log records it */
export type AuditAction =
  | 'CARD_ISSUED'
  | 'CARD_REVOKED'
  | 'PIN_LOCK_LIFTED'
  | 'PIN_SETUP_CODE_ISSUED'
  | 'RESIDENTS_EXPORTED'
  | 'RESIDENT_CREATED'
  | 'RESIDENT_EDITED'
  | 'RESIDENT_ERASED'
  | 'RESIDENT_MOVED_AWAY'
  | 'RESIDENT_VIEWED'
  | 'ROSTER_IMPORTED'
  | 'STAFF_CREATED'
  | 'STAFF_DEACTIVATED'
  | 'STAFF_PASSWORD_RESET'
  | 'STAFF_REACTIVATED'
  | 'STAFF_ROLE_CHANGED';

export type CallNextInput = {
  /** The desk calling (one of desks); the screen sends the resident to its name */
  deskId: string;
  /** Call this waiting number of the line (12 for A012) instead of the lowest; not waiting: TICKET_NOT_WAITING, no such number: TICKET_UNKNOWN */
  number?: number | null | undefined;
  offeringId: string;
};

export type CancelVoucherInput = {
  note: string;
  voucherId: string;
};

export type ChangeMyPasswordInput = {
  currentPassword: string;
  /** At least 10 characters, not common or easy to guess */
  newPassword: string;
};

export type CheckInResidentInput = {
  meetingId: string;
  residentId: string;
  /** CARD or STAFF (KIOSK is the resident's own) */
  via?: CheckInVia;
};

/** Signed in at a kiosk, a card read by staff, or checked in by hand */
export type CheckInVia =
  | 'CARD'
  | 'KIOSK'
  | 'STAFF';

/** The secretary classifies a matter: urgency, category, owner; its clock starts */
export type ClassifyMatterInput = {
  category: MatterCategory;
  matterId: string;
  ownerPartyId?: string | null | undefined;
  ownerStaffId?: string | null | undefined;
  /** Long-term: the quarter of the annual plan, 2027-Q2 */
  targetQuarter?: string | null | undefined;
  /** A clearer title for the board (the suggestion’s otherwise) */
  title?: string | null | undefined;
  urgency: MatterUrgency;
  /** The version it was read at */
  version: number;
};

export type CloseOpeningInput = {
  /** The bookings the person was shown and agreed to cancel; if the opening holds more by now, nothing is closed (BOOKINGS_CHANGED) */
  confirmBookings: number;
  openingId: string;
};

export type CloseWorkOrderInput = {
  /** What was done */
  outcome: string;
  workOrderId: string;
};

/** An adopted matter carried out: its suggesters earn their points */
export type CompleteMatterInput = {
  matterId: string;
  text: string;
  /** The version it was read at */
  version: number;
};

export type ConfirmStarsInput = {
  quarter: string;
  /** The ranking as shown (residents in order): a changed ranking is refused */
  residentIds: Array<string>;
};

/** A council member's role */
export type CouncilRole =
  | 'CHAIR'
  | 'MEMBER';

export type CreateCommunityInput = {
  address: string;
  adminDisplayName: string;
  /** The first admin's username */
  adminUsername: string;
  /** Buildings 1号楼 … N号楼 */
  buildingCount: number;
  /** Lowercase letters, digits and hyphens, 2 to 32 (`xingfuli`); staff type it to sign in */
  code: string;
  name: string;
  /** Units (单元) in each building */
  unitsPerBuilding: number;
};

export type CreateMeetingInput = {
  /** YYYY-MM-DD */
  day: string;
  kind: MeetingKind;
  place?: string | null | undefined;
  title: string;
};

export type CreateStaffInput = {
  displayName: string;
  role: StaffRole;
  /** Lowercase letters, digits, . _ -; 2 to 32; unique in the community */
  username: string;
};

export type CreateWorkOrderInput = {
  description: string;
  /** YYYY-MM-DD (Asia/Shanghai) */
  dueDate: string;
  /** Who is responsible, e.g. the provider */
  owner: string;
  /** The ticket whose repair could not be finished on the spot */
  ticketId: string;
};

/** Calendar days or working days */
export type DayCounting =
  | 'CALENDAR'
  | 'WORKING';

/** Adopt a matter or not (outside a meeting: an urgent one cannot wait for the 15th) */
export type DecideMatterInput = {
  adopt: boolean;
  matterId: string;
  text: string;
  /** The version it was read at */
  version: number;
};

export type DeliberationSettingsInput = {
  counting: DayCounting;
  cutoffDay: number;
  keyDays: number;
  meetingDay: number;
  urgentDays: number;
};

export type DeskInput = {
  /** What the screen calls residents to, e.g. "1号台" */
  name: string;
  /** The lines it usually serves (optional) */
  offeringIds?: Array<string>;
};

export type DeviceKind =
  | 'KIOSK'
  | 'SCREEN';

/** What earns participation points */
export type EarningReason =
  | 'MEETING_ATTENDED'
  | 'SUGGESTION_ADOPTED'
  | 'VOLUNTEER_HOUR';

/** A suggestion staff enter for a resident (given on paper, to a building leader or a grid worker) */
export type EnterSuggestionInput = {
  category: MatterCategory;
  /** What and where, up to 1,000 characters (may be empty) */
  details: string;
  /** Chosen by the client per form: a double tap or a retry makes one suggestion */
  idempotencyKey: string;
  residentId: string;
  source: SuggestionSource;
  /** A short title, 2–40 characters */
  title: string;
};

export type InviteInput = {
  meetingId: string;
  party?: InvitedPartyInput | null | undefined;
  residentId?: string | null | undefined;
  /** The version read; another one → CONFLICT MEETING_CHANGED */
  version: number;
};

/** An outside party invited to a meeting (deliberation’s id, and its name) */
export type InvitedPartyInput = {
  name: string;
  /** The party's id in deliberation */
  partyId: string;
};

export type InviteeInput = {
  inviteeId: string;
  meetingId: string;
  /** The version read; another one → CONFLICT MEETING_CHANGED */
  version: number;
};

/** What the meeting decided on an item */
export type ItemOutcome =
  | 'ADOPTED'
  | 'DEFERRED'
  | 'NOT_ADOPTED';

export type LineCapacityInput = {
  /** Places for this opening; null: the offering's default */
  capacity?: number | null | undefined;
  offeringId: string;
  openingId: string;
};

/** Points a staff member awards or takes off by hand, with a reason */
export type ManualPointsInput = {
  /** Chosen by the client per form; a retry with it changes nothing more */
  idempotencyKey: string;
  /** Why, in words (shown in the history) */
  note: string;
  /** Positive: an award; negative: a deduction */
  points: number;
  residentId: string;
};

/** 养老 / 育儿 / 便民 / 其他 */
export type MatterCategory =
  | 'CHILDCARE'
  | 'CONVENIENCE'
  | 'ELDERLY'
  | 'OTHER';

/** Progress residents see, or a note for staff only */
export type MatterNoteInput = {
  matterId: string;
  /** Residents see it (progress); otherwise a staff note */
  public: boolean;
  text: string;
};

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

/** The monthly council meeting, the parents' committee, a quarterly meeting, another */
export type MeetingKind =
  | 'COUNCIL'
  | 'OTHER'
  | 'PARENTS'
  | 'QUARTERLY';

export type MeetingStatus =
  | 'CLOSED'
  | 'LIVE'
  | 'PLANNED';

export type MeetingVersionInput = {
  meetingId: string;
  /** The version read; another one → CONFLICT MEETING_CHANGED */
  version: number;
};

/** Fold a near-duplicate into another matter: its suggesters are kept and get the answer */
export type MergeMattersInput = {
  fromId: string;
  /** The version the merged matter was read at */
  fromVersion: number;
  intoId: string;
};

/** A deadline moves only with a reason, kept in the file */
export type MoveDeadlineInput = {
  /** The new last day, YYYY-MM-DD */
  dueDay: string;
  matterId: string;
  reason: string;
  /** The version it was read at */
  version: number;
};

export type NewRewardInput = {
  activeFrom?: string | null | undefined;
  activeUntil?: string | null | undefined;
  cost: number;
  description?: string;
  kind: RewardKind;
  name: string;
  /** From POST /api/points/picture */
  pictureId?: string | null | undefined;
  stock: number;
};

/** Property notice 物业通知, service phone numbers 服务电话, activity announcement 活动预告 */
export type NoticeCategory =
  | 'ACTIVITY'
  | 'PROPERTY'
  | 'SERVICE_PHONE';

export type OfferingInput = {
  /** Bookings per opening, unless an opening says otherwise */
  bookingCapacity?: number;
  /** The line letter A–Z, unique in the community (the ticket prefix) */
  letter: string;
  name: string;
  /** Who provides it, e.g. the visiting locksmith */
  provider?: string;
  typicalMinutes?: number;
};

export type OneOffOpeningInput = {
  /** YYYY-MM-DD, Asia/Shanghai */
  date: string;
  endTime?: string;
  startTime?: string;
};

export type OpeningPatternInput = {
  /** HH:MM, Asia/Shanghai */
  endTime?: string;
  /** Statutory holidays (YYYY-MM-DD) the secretary confirmed to open anyway; the pattern skips every other holiday */
  openOnHolidays?: Array<string>;
  /** HH:MM, Asia/Shanghai */
  startTime?: string;
  /** ISO weekdays: 1 = Monday … 7 = Sunday */
  weekdays?: Array<number>;
  /** How many weeks ahead, from today */
  weeks: number;
};

export type OperatorSignInInput = {
  password: string;
  username: string;
};

/** A party added (no id) or changed (id and version) */
export type PartyInput = {
  archived?: boolean;
  contactName?: string | null | undefined;
  id?: string | null | undefined;
  kind: PartyKind;
  name: string;
  phone?: string | null | undefined;
  version?: number | null | undefined;
};

/** An outside party: property company, police, a department */
export type PartyKind =
  | 'DEPARTMENT'
  | 'OTHER'
  | 'POLICE'
  | 'PROPERTY';

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

export type PointsRuleInput = {
  /** YYYY-MM-DD, today or later */
  effectiveFrom: string;
  points: number;
  reason: EarningReason;
};

export type PointsSettingsInput = {
  starsPerQuarter: number;
  voucherValidDays: number;
};

export type PublishNoticeInput = {
  body: string;
  /** The buildings whose boards show it */
  buildingIds: Array<string>;
  category: NoticeCategory;
  expiresAt?: string | null | undefined;
  title: string;
};

/** Another owner for a matter */
export type ReassignMatterInput = {
  matterId: string;
  ownerPartyId?: string | null | undefined;
  ownerStaffId?: string | null | undefined;
  /** The version it was read at */
  version: number;
};

export type RecordDecisionInput = {
  decision: string;
  /** A summary of the discussion, for the minutes */
  discussion?: string | null | undefined;
  /** An item already discussed; none: the current item */
  itemId?: string | null | undefined;
  meetingId: string;
  outcome: ItemOutcome;
  /** The version read; another one → CONFLICT MEETING_CHANGED */
  version: number;
};

export type RecordVoteInput = {
  abstain: number;
  against: number;
  for: number;
  meetingId: string;
  /** What was put to the vote */
  question: string;
  /** The version read; another one → CONFLICT MEETING_CHANGED */
  version: number;
};

export type RegisterDeviceInput = {
  kind: DeviceKind;
  location?: string;
  name: string;
};

export type ReorderAgendaInput = {
  /** Every item's id, in the new order */
  itemIds: Array<string>;
  meetingId: string;
  /** The version read; another one → CONFLICT MEETING_CHANGED */
  version: number;
};

export type ResidentEdit = {
  /** YYYY-MM-DD, in the past */
  birthDate?: string | null | undefined;
  /** The building number (1号楼 → 1) */
  building: number;
  limitedMobility?: boolean;
  livesAlone?: boolean;
  /** 1–40 characters */
  name: string;
  /** At most 500 characters; no ID numbers */
  notes?: string | null | undefined;
  /** Mainland mobile, 11 digits starting with 1; the resident signs in with it */
  phone: string;
  /** A second number to reach the resident */
  phone2?: string | null | undefined;
  /** Room, e.g. 302 */
  room: string;
  /** Unit (单元) within the building */
  unit?: number;
  /** The version the edit started from (Resident.version) */
  version: number;
};

export type ResidentInput = {
  /** YYYY-MM-DD, in the past */
  birthDate?: string | null | undefined;
  /** The building number (1号楼 → 1) */
  building: number;
  limitedMobility?: boolean;
  livesAlone?: boolean;
  /** 1–40 characters */
  name: string;
  /** At most 500 characters; no ID numbers */
  notes?: string | null | undefined;
  /** Mainland mobile, 11 digits starting with 1; the resident signs in with it */
  phone: string;
  /** A second number to reach the resident */
  phone2?: string | null | undefined;
  /** Room, e.g. 302 */
  room: string;
  /** Unit (单元) within the building */
  unit?: number;
};

/** Reverses one entry with a reason (a correction) */
export type ReverseEntryInput = {
  entryId: string;
  note: string;
};

/** A service package or goods */
export type RewardKind =
  | 'GOODS'
  | 'SERVICE';

export type SetStaffRoleInput = {
  role: StaffRole;
  staffId: string;
  version: number;
};

/** What a staff user may do in the console */
export type StaffRole =
  | 'ADMIN'
  | 'SECRETARY'
  | 'STAFF';

export type StaffSignInInput = {
  /** The community's code (`xingfuli`): usernames are unique within a community */
  community: string;
  password: string;
  username: string;
};

export type StaffVersionInput = {
  staffId: string;
  version: number;
};

/** Stock received (positive) or written off (negative) */
export type StockInput = {
  delta: number;
  rewardId: string;
};

/** How a suggestion reached the council */
export type SuggestionSource =
  | 'BUILDING_LEADER'
  | 'GRID_WORKER'
  | 'KIOSK'
  | 'PAPER'
  | 'STAFF';

export type TicketActionInput = {
  ticketId: string;
};

export type TicketStatus =
  | 'CALLED'
  | 'CANCELLED'
  | 'DONE'
  | 'EXPIRED'
  | 'NO_SHOW'
  | 'SERVING'
  | 'WAITING';

export type TimeBoxInput = {
  itemId: string;
  meetingId: string;
  minutes: number;
  /** The version read; another one → CONFLICT MEETING_CHANGED */
  version: number;
};

export type UpdateDeskInput = {
  active?: boolean;
  id: string;
  /** What the screen calls residents to, e.g. "1号台" */
  name: string;
  /** The lines it usually serves (optional) */
  offeringIds?: Array<string>;
};

export type UpdateMeetingInput = {
  day?: string | null | undefined;
  meetingId: string;
  /** Why the day moved (required when it does) */
  movedReason?: string | null | undefined;
  place?: string | null | undefined;
  title?: string | null | undefined;
  /** The version read */
  version: number;
};

export type UpdateOfferingInput = {
  /** Bookings per opening, unless an opening says otherwise */
  bookingCapacity?: number;
  id: string;
  /** The line letter A–Z, unique in the community (the ticket prefix) */
  letter: string;
  name: string;
  /** Who provides it, e.g. the visiting locksmith */
  provider?: string;
  typicalMinutes?: number;
};

export type UpdateRewardInput = {
  activeFrom?: string | null | undefined;
  activeUntil?: string | null | undefined;
  archived?: boolean;
  cost: number;
  description?: string;
  id: string;
  kind: RewardKind;
  name: string;
  /** From POST /api/points/picture */
  pictureId?: string | null | undefined;
  /** The version read: a stale edit is refused (REWARD_CHANGED) */
  version: number;
};

/** Volunteer hours a resident worked, verified */
export type VolunteerHoursInput = {
  activity: string;
  /** YYYY-MM-DD, not in the future */
  day: string;
  /** In half hours: 0.5 to 12 */
  hours: number;
  residentId: string;
  /** Who vouches for the hours */
  verifiedBy: string;
};

export type VoucherCodeInput = {
  /** As printed (spaces, dashes and case do not matter) */
  code: string;
};

export type VoucherStatus =
  | 'CANCELLED'
  | 'EXPIRED'
  | 'FULFILLED'
  | 'ISSUED';

export type WorkOrderNoteInput = {
  text: string;
  workOrderId: string;
};

export type WorkOrderStatus =
  | 'CLOSED'
  | 'OPEN';

export type AuditLogQueryVariables = Exact<{
  action?: AuditAction | null | undefined;
  residentId?: string | null | undefined;
  staffId?: string | null | undefined;
  after?: string | null | undefined;
  first: number;
}>;


export type AuditLogQuery = { auditLog: { nextCursor: string | null, lines: Array<{ id: string, at: string, action: AuditAction, staffId: string, staffName: string | null, residentId: string | null, residentName: string | null, address: string | null, detail: string | null }> } };

export type OfferingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OfferingsQuery = { offerings: Array<{ id: string, letter: string, name: string, provider: string }> };

export type CornerTodayQueryVariables = Exact<{ [key: string]: never; }>;


export type CornerTodayQuery = { cornerStatus: { open: boolean, opening: { id: string, startsAt: string, endsAt: string } | null }, cornerBoard: Array<{ openingId: string | null, version: number, waitingCount: number, servedCount: number, noShowCount: number, averageWaitMinutes: number, offering: { id: string, letter: string, name: string, provider: string }, nowServing: Array<{ id: string, code: string, status: TicketStatus, deskName: string | null }> }> };

export type DeskTicketFragment = { id: string, code: string, status: TicketStatus, deskName: string | null, createdAt: string, calledAt: string | null, offering: { id: string, name: string } };

export type DesksQueryVariables = Exact<{ [key: string]: never; }>;


export type DesksQuery = { desks: Array<{ id: string, name: string, offeringIds: Array<string> }> };

export type DeskLineQueryVariables = Exact<{
  offeringId: string;
  next: number;
  deskId: string;
}>;


export type DeskLineQuery = { deskTicket: { id: string, code: string, status: TicketStatus, deskName: string | null, createdAt: string, calledAt: string | null, offering: { id: string, name: string } } | null, cornerStatus: { open: boolean, opening: { id: string, startsAt: string, endsAt: string } | null }, cornerBoard: Array<{ openingId: string | null, version: number, waitingCount: number, servedCount: number, noShowCount: number, offering: { id: string }, nowServing: Array<{ id: string, code: string, status: TicketStatus, deskName: string | null, createdAt: string, calledAt: string | null, offering: { id: string, name: string } }>, waiting: Array<{ id: string, code: string, status: TicketStatus, deskName: string | null, createdAt: string, calledAt: string | null, offering: { id: string, name: string } }> }> };

export type QueueChangedSubscriptionVariables = Exact<{
  offeringId?: string | null | undefined;
}>;


export type QueueChangedSubscription = { queueChanged: { offeringId: string, openingId: string, version: number } };

export type CallNextMutationVariables = Exact<{
  input: CallNextInput;
}>;


export type CallNextMutation = { callNext: { id: string, code: string, status: TicketStatus, deskName: string | null, createdAt: string, calledAt: string | null, offering: { id: string, name: string } } | null };

export type RecallTicketMutationVariables = Exact<{
  input: TicketActionInput;
}>;


export type RecallTicketMutation = { recallTicket: { id: string, code: string, status: TicketStatus, deskName: string | null, createdAt: string, calledAt: string | null, offering: { id: string, name: string } } };

export type StartServingMutationVariables = Exact<{
  input: TicketActionInput;
}>;


export type StartServingMutation = { startServing: { id: string, code: string, status: TicketStatus, deskName: string | null, createdAt: string, calledAt: string | null, offering: { id: string, name: string } } };

export type CompleteTicketMutationVariables = Exact<{
  input: TicketActionInput;
}>;


export type CompleteTicketMutation = { completeTicket: { id: string, code: string, status: TicketStatus, deskName: string | null, createdAt: string, calledAt: string | null, offering: { id: string, name: string } } };

export type MarkNoShowMutationVariables = Exact<{
  input: TicketActionInput;
}>;


export type MarkNoShowMutation = { markNoShow: { id: string, code: string, status: TicketStatus, deskName: string | null, createdAt: string, calledAt: string | null, offering: { id: string, name: string } } };

export type SetupOfferingFragment = { id: string, letter: string, name: string, provider: string, typicalMinutes: number, bookingCapacity: number, active: boolean };

export type AllOfferingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AllOfferingsQuery = { allOfferings: Array<{ id: string, letter: string, name: string, provider: string, typicalMinutes: number, bookingCapacity: number, active: boolean }> };

export type CreateOfferingMutationVariables = Exact<{
  input: OfferingInput;
}>;


export type CreateOfferingMutation = { createOffering: { id: string, letter: string, name: string, provider: string, typicalMinutes: number, bookingCapacity: number, active: boolean } };

export type UpdateOfferingMutationVariables = Exact<{
  input: UpdateOfferingInput;
}>;


export type UpdateOfferingMutation = { updateOffering: { id: string, letter: string, name: string, provider: string, typicalMinutes: number, bookingCapacity: number, active: boolean } };

export type SetOfferingActiveMutationVariables = Exact<{
  id: string;
  active: boolean;
}>;


export type SetOfferingActiveMutation = { setOfferingActive: { id: string, letter: string, name: string, provider: string, typicalMinutes: number, bookingCapacity: number, active: boolean } };

export type CornerCalendarQueryVariables = Exact<{
  month: string;
}>;


export type CornerCalendarQuery = { cornerCalendar: Array<{ bookings: number, opening: { id: string, startsAt: string, endsAt: string, cancelled: boolean } }> };

export type OpeningLinesQueryVariables = Exact<{
  openingId: string;
}>;


export type OpeningLinesQuery = { openingLines: Array<{ booked: number, capacity: number, capacityOverride: number | null, offering: { id: string, letter: string, name: string, bookingCapacity: number } }> };

export type GenerateOpeningsMutationVariables = Exact<{
  input: OpeningPatternInput;
}>;


export type GenerateOpeningsMutation = { generateOpenings: { created: number, skipped: number, holidaysSkipped: number } };

export type CheckOpeningPatternQueryVariables = Exact<{
  input: OpeningPatternInput;
}>;


export type CheckOpeningPatternQuery = { checkOpeningPattern: { knownThrough: string, unchecked: number, holidays: Array<{ date: string, name: string, nameEn: string }> } };

export type AddOpeningMutationVariables = Exact<{
  input: OneOffOpeningInput;
}>;


export type AddOpeningMutation = { addOpening: { id: string, startsAt: string } };

export type CloseOpeningMutationVariables = Exact<{
  input: CloseOpeningInput;
}>;


export type CloseOpeningMutation = { closeOpening: { cancelledBookings: number, opening: { id: string, cancelled: boolean } } };

export type ReopenOpeningMutationVariables = Exact<{
  openingId: string;
}>;


export type ReopenOpeningMutation = { reopenOpening: { id: string, cancelled: boolean } };

export type SetLineCapacityMutationVariables = Exact<{
  input: LineCapacityInput;
}>;


export type SetLineCapacityMutation = { setLineCapacity: { booked: number, capacity: number, capacityOverride: number | null } };

export type SetupDesksQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupDesksQuery = { desks: Array<{ id: string, name: string, active: boolean, offeringIds: Array<string> }> };

export type CreateDeskMutationVariables = Exact<{
  input: DeskInput;
}>;


export type CreateDeskMutation = { createDesk: { id: string, name: string } };

export type UpdateDeskMutationVariables = Exact<{
  input: UpdateDeskInput;
}>;


export type UpdateDeskMutation = { updateDesk: { id: string, name: string, active: boolean, offeringIds: Array<string> } };

export type MatterFieldsFragment = { id: string, ref: string, round: string, title: string, category: MatterCategory, status: MatterStatus, urgency: MatterUrgency | null, targetQuarter: string | null, classifiedAt: string | null, dueDay: string | null, daysLeft: number | null, overdue: boolean, declined: boolean, answer: string | null, answeredAt: string | null, mergedIntoRef: string | null, suggesters: number, version: number, createdAt: string, owner: { staffId: string | null, partyId: string | null, name: string } | null };

export type MatterFileFieldsFragment = { matter: { id: string, ref: string, round: string, title: string, category: MatterCategory, status: MatterStatus, urgency: MatterUrgency | null, targetQuarter: string | null, classifiedAt: string | null, dueDay: string | null, daysLeft: number | null, overdue: boolean, declined: boolean, answer: string | null, answeredAt: string | null, mergedIntoRef: string | null, suggesters: number, version: number, createdAt: string, owner: { staffId: string | null, partyId: string | null, name: string } | null }, suggestions: Array<{ id: string, residentId: string, residentName: string, building: number, title: string, details: string, category: MatterCategory, source: SuggestionSource, enteredByName: string | null, createdAt: string }>, events: Array<{ id: string, kind: string, public: boolean, text: string | null, reason: string | null, urgency: MatterUrgency | null, dueDay: string | null, previousDueDay: string | null, subject: string | null, outcome: string | null, byName: string | null, at: string }> };

export type DeliberationMattersQueryVariables = Exact<{
  round?: string | null | undefined;
  status?: MatterStatus | null | undefined;
  category?: MatterCategory | null | undefined;
  overdue: boolean;
}>;


export type DeliberationMattersQuery = { deliberationRound: { round: string, cutoffDay: string, meetingDay: string, plannedMeetingDay: string, movedReason: string | null, holidaysKnown: boolean, closed: boolean, matters: number }, matters: Array<{ id: string, ref: string, round: string, title: string, category: MatterCategory, status: MatterStatus, urgency: MatterUrgency | null, targetQuarter: string | null, classifiedAt: string | null, dueDay: string | null, daysLeft: number | null, overdue: boolean, declined: boolean, answer: string | null, answeredAt: string | null, mergedIntoRef: string | null, suggesters: number, version: number, createdAt: string, owner: { staffId: string | null, partyId: string | null, name: string } | null }> };

export type CurrentRoundQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentRoundQuery = { deliberationRound: { round: string } };

export type MatterFileQueryVariables = Exact<{
  id: string;
}>;


export type MatterFileQuery = { matter: { matter: { id: string, ref: string, round: string, title: string, category: MatterCategory, status: MatterStatus, urgency: MatterUrgency | null, targetQuarter: string | null, classifiedAt: string | null, dueDay: string | null, daysLeft: number | null, overdue: boolean, declined: boolean, answer: string | null, answeredAt: string | null, mergedIntoRef: string | null, suggesters: number, version: number, createdAt: string, owner: { staffId: string | null, partyId: string | null, name: string } | null }, suggestions: Array<{ id: string, residentId: string, residentName: string, building: number, title: string, details: string, category: MatterCategory, source: SuggestionSource, enteredByName: string | null, createdAt: string }>, events: Array<{ id: string, kind: string, public: boolean, text: string | null, reason: string | null, urgency: MatterUrgency | null, dueDay: string | null, previousDueDay: string | null, subject: string | null, outcome: string | null, byName: string | null, at: string }> }, parties: Array<{ id: string, name: string, kind: PartyKind, archived: boolean }>, deliberationStaff: Array<{ id: string, name: string }>, deliberationSettings: { counting: DayCounting, urgentDays: number, keyDays: number } };

export type MatterRefsQueryVariables = Exact<{ [key: string]: never; }>;


export type MatterRefsQuery = { matters: Array<{ id: string, ref: string, title: string, status: MatterStatus, version: number }> };

export type DeliberationResidentSearchQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type DeliberationResidentSearchQuery = { residents: { total: number, items: Array<{ id: string, name: string, age: number | null, unit: number, room: string, building: { id: string, number: number } }> } };

export type EnterSuggestionMutationVariables = Exact<{
  input: EnterSuggestionInput;
}>;


export type EnterSuggestionMutation = { enterSuggestion: { id: string, ref: string, title: string } };

export type ClassifyMatterMutationVariables = Exact<{
  input: ClassifyMatterInput;
}>;


export type ClassifyMatterMutation = { classifyMatter: { matter: { id: string, ref: string, round: string, title: string, category: MatterCategory, status: MatterStatus, urgency: MatterUrgency | null, targetQuarter: string | null, classifiedAt: string | null, dueDay: string | null, daysLeft: number | null, overdue: boolean, declined: boolean, answer: string | null, answeredAt: string | null, mergedIntoRef: string | null, suggesters: number, version: number, createdAt: string, owner: { staffId: string | null, partyId: string | null, name: string } | null }, suggestions: Array<{ id: string, residentId: string, residentName: string, building: number, title: string, details: string, category: MatterCategory, source: SuggestionSource, enteredByName: string | null, createdAt: string }>, events: Array<{ id: string, kind: string, public: boolean, text: string | null, reason: string | null, urgency: MatterUrgency | null, dueDay: string | null, previousDueDay: string | null, subject: string | null, outcome: string | null, byName: string | null, at: string }> } };

export type ReassignMatterMutationVariables = Exact<{
  input: ReassignMatterInput;
}>;


export type ReassignMatterMutation = { reassignMatter: { matter: { id: string, ref: string, round: string, title: string, category: MatterCategory, status: MatterStatus, urgency: MatterUrgency | null, targetQuarter: string | null, classifiedAt: string | null, dueDay: string | null, daysLeft: number | null, overdue: boolean, declined: boolean, answer: string | null, answeredAt: string | null, mergedIntoRef: string | null, suggesters: number, version: number, createdAt: string, owner: { staffId: string | null, partyId: string | null, name: string } | null }, suggestions: Array<{ id: string, residentId: string, residentName: string, building: number, title: string, details: string, category: MatterCategory, source: SuggestionSource, enteredByName: string | null, createdAt: string }>, events: Array<{ id: string, kind: string, public: boolean, text: string | null, reason: string | null, urgency: MatterUrgency | null, dueDay: string | null, previousDueDay: string | null, subject: string | null, outcome: string | null, byName: string | null, at: string }> } };

export type MoveMatterDeadlineMutationVariables = Exact<{
  input: MoveDeadlineInput;
}>;


export type MoveMatterDeadlineMutation = { moveMatterDeadline: { matter: { id: string, ref: string, round: string, title: string, category: MatterCategory, status: MatterStatus, urgency: MatterUrgency | null, targetQuarter: string | null, classifiedAt: string | null, dueDay: string | null, daysLeft: number | null, overdue: boolean, declined: boolean, answer: string | null, answeredAt: string | null, mergedIntoRef: string | null, suggesters: number, version: number, createdAt: string, owner: { staffId: string | null, partyId: string | null, name: string } | null }, suggestions: Array<{ id: string, residentId: string, residentName: string, building: number, title: string, details: string, category: MatterCategory, source: SuggestionSource, enteredByName: string | null, createdAt: string }>, events: Array<{ id: string, kind: string, public: boolean, text: string | null, reason: string | null, urgency: MatterUrgency | null, dueDay: string | null, previousDueDay: string | null, subject: string | null, outcome: string | null, byName: string | null, at: string }> } };

export type AddMatterNoteMutationVariables = Exact<{
  input: MatterNoteInput;
}>;


export type AddMatterNoteMutation = { addMatterNote: { matter: { id: string, ref: string, round: string, title: string, category: MatterCategory, status: MatterStatus, urgency: MatterUrgency | null, targetQuarter: string | null, classifiedAt: string | null, dueDay: string | null, daysLeft: number | null, overdue: boolean, declined: boolean, answer: string | null, answeredAt: string | null, mergedIntoRef: string | null, suggesters: number, version: number, createdAt: string, owner: { staffId: string | null, partyId: string | null, name: string } | null }, suggestions: Array<{ id: string, residentId: string, residentName: string, building: number, title: string, details: string, category: MatterCategory, source: SuggestionSource, enteredByName: string | null, createdAt: string }>, events: Array<{ id: string, kind: string, public: boolean, text: string | null, reason: string | null, urgency: MatterUrgency | null, dueDay: string | null, previousDueDay: string | null, subject: string | null, outcome: string | null, byName: string | null, at: string }> } };

export type DecideMatterMutationVariables = Exact<{
  input: DecideMatterInput;
}>;


export type DecideMatterMutation = { decideMatter: { matter: { id: string, ref: string, round: string, title: string, category: MatterCategory, status: MatterStatus, urgency: MatterUrgency | null, targetQuarter: string | null, classifiedAt: string | null, dueDay: string | null, daysLeft: number | null, overdue: boolean, declined: boolean, answer: string | null, answeredAt: string | null, mergedIntoRef: string | null, suggesters: number, version: number, createdAt: string, owner: { staffId: string | null, partyId: string | null, name: string } | null }, suggestions: Array<{ id: string, residentId: string, residentName: string, building: number, title: string, details: string, category: MatterCategory, source: SuggestionSource, enteredByName: string | null, createdAt: string }>, events: Array<{ id: string, kind: string, public: boolean, text: string | null, reason: string | null, urgency: MatterUrgency | null, dueDay: string | null, previousDueDay: string | null, subject: string | null, outcome: string | null, byName: string | null, at: string }> } };

export type CompleteMatterMutationVariables = Exact<{
  input: CompleteMatterInput;
}>;


export type CompleteMatterMutation = { completeMatter: { matter: { id: string, ref: string, round: string, title: string, category: MatterCategory, status: MatterStatus, urgency: MatterUrgency | null, targetQuarter: string | null, classifiedAt: string | null, dueDay: string | null, daysLeft: number | null, overdue: boolean, declined: boolean, answer: string | null, answeredAt: string | null, mergedIntoRef: string | null, suggesters: number, version: number, createdAt: string, owner: { staffId: string | null, partyId: string | null, name: string } | null }, suggestions: Array<{ id: string, residentId: string, residentName: string, building: number, title: string, details: string, category: MatterCategory, source: SuggestionSource, enteredByName: string | null, createdAt: string }>, events: Array<{ id: string, kind: string, public: boolean, text: string | null, reason: string | null, urgency: MatterUrgency | null, dueDay: string | null, previousDueDay: string | null, subject: string | null, outcome: string | null, byName: string | null, at: string }> } };

export type AnswerMatterMutationVariables = Exact<{
  input: AnswerMatterInput;
}>;


export type AnswerMatterMutation = { answerMatter: { matter: { id: string, ref: string, round: string, title: string, category: MatterCategory, status: MatterStatus, urgency: MatterUrgency | null, targetQuarter: string | null, classifiedAt: string | null, dueDay: string | null, daysLeft: number | null, overdue: boolean, declined: boolean, answer: string | null, answeredAt: string | null, mergedIntoRef: string | null, suggesters: number, version: number, createdAt: string, owner: { staffId: string | null, partyId: string | null, name: string } | null }, suggestions: Array<{ id: string, residentId: string, residentName: string, building: number, title: string, details: string, category: MatterCategory, source: SuggestionSource, enteredByName: string | null, createdAt: string }>, events: Array<{ id: string, kind: string, public: boolean, text: string | null, reason: string | null, urgency: MatterUrgency | null, dueDay: string | null, previousDueDay: string | null, subject: string | null, outcome: string | null, byName: string | null, at: string }> } };

export type MergeMattersMutationVariables = Exact<{
  input: MergeMattersInput;
}>;


export type MergeMattersMutation = { mergeMatters: { matter: { id: string, ref: string, round: string, title: string, category: MatterCategory, status: MatterStatus, urgency: MatterUrgency | null, targetQuarter: string | null, classifiedAt: string | null, dueDay: string | null, daysLeft: number | null, overdue: boolean, declined: boolean, answer: string | null, answeredAt: string | null, mergedIntoRef: string | null, suggesters: number, version: number, createdAt: string, owner: { staffId: string | null, partyId: string | null, name: string } | null }, suggestions: Array<{ id: string, residentId: string, residentName: string, building: number, title: string, details: string, category: MatterCategory, source: SuggestionSource, enteredByName: string | null, createdAt: string }>, events: Array<{ id: string, kind: string, public: boolean, text: string | null, reason: string | null, urgency: MatterUrgency | null, dueDay: string | null, previousDueDay: string | null, subject: string | null, outcome: string | null, byName: string | null, at: string }> } };

export type DeliberationStatsQueryVariables = Exact<{
  round?: string | null | undefined;
}>;


export type DeliberationStatsQuery = { deliberationStats: Array<{ round: string, category: MatterCategory, matters: number, classified: number, answered: number, answeredInWindow: number, overdue: number }> };

export type PartiesQueryVariables = Exact<{ [key: string]: never; }>;


export type PartiesQuery = { parties: Array<{ id: string, name: string, kind: PartyKind, contactName: string | null, phone: string | null, archived: boolean, version: number }> };

export type SavePartyMutationVariables = Exact<{
  input: PartyInput;
}>;


export type SavePartyMutation = { saveParty: { id: string, name: string, kind: PartyKind, contactName: string | null, phone: string | null, archived: boolean, version: number } };

export type DeliberationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeliberationSettingsQuery = { deliberationSettings: { counting: DayCounting, urgentDays: number, keyDays: number, cutoffDay: number, meetingDay: number } };

export type SaveDeliberationSettingsMutationVariables = Exact<{
  input: DeliberationSettingsInput;
}>;


export type SaveDeliberationSettingsMutation = { saveDeliberationSettings: { counting: DayCounting, urgentDays: number, keyDays: number, cutoffDay: number, meetingDay: number } };

export type MeetingLiveFieldsFragment = { id: string, kind: MeetingKind, title: string, day: string, plannedDay: string, movedReason: string | null, place: string | null, round: string | null, status: MeetingStatus, version: number, now: string, startedAt: string | null, closedAt: string | null, chairName: string | null, currentItemId: string | null, items: Array<{ id: string, position: number, title: string, matterId: string | null, matterRef: string | null, status: AgendaItemStatus, timeBoxMinutes: number, usedMs: number, runningSince: string | null, outcome: ItemOutcome | null, decision: string | null, discussion: string | null }>, invitees: Array<{ id: string, name: string, building: number | null, councilRole: CouncilRole | null, residentId: string | null, partyId: string | null, present: boolean }>, quorum: { attendees: number, councilSize: number, present: number, needed: number, met: boolean }, votes: Array<{ id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string }>, lastVote: { id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string } | null, actions: Array<{ id: string, itemId: string, what: string, ownerName: string, ownerStaffId: string | null, due: string | null }> };

export type MeetingsQueryVariables = Exact<{
  from: string;
  until: string;
}>;


export type MeetingsQuery = { meetings: Array<{ id: string, kind: MeetingKind, title: string, day: string, plannedDay: string, movedReason: string | null, place: string | null, round: string | null, status: MeetingStatus, itemCount: number | null, attendeeCount: number | null, version: number }> };

export type MeetingQueryVariables = Exact<{
  id: string;
}>;


export type MeetingQuery = { meeting: { id: string, kind: MeetingKind, title: string, day: string, plannedDay: string, movedReason: string | null, place: string | null, round: string | null, status: MeetingStatus, version: number, now: string, startedAt: string | null, closedAt: string | null, chairName: string | null, currentItemId: string | null, items: Array<{ id: string, position: number, title: string, matterId: string | null, matterRef: string | null, status: AgendaItemStatus, timeBoxMinutes: number, usedMs: number, runningSince: string | null, outcome: ItemOutcome | null, decision: string | null, discussion: string | null }>, invitees: Array<{ id: string, name: string, building: number | null, councilRole: CouncilRole | null, residentId: string | null, partyId: string | null, present: boolean }>, quorum: { attendees: number, councilSize: number, present: number, needed: number, met: boolean }, votes: Array<{ id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string }>, lastVote: { id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string } | null, actions: Array<{ id: string, itemId: string, what: string, ownerName: string, ownerStaffId: string | null, due: string | null }> } };

export type MeetingPlanningQueryVariables = Exact<{
  id: string;
}>;


export type MeetingPlanningQuery = { meeting: { id: string, kind: MeetingKind, title: string, day: string, plannedDay: string, movedReason: string | null, place: string | null, round: string | null, status: MeetingStatus, version: number, now: string, startedAt: string | null, closedAt: string | null, chairName: string | null, currentItemId: string | null, items: Array<{ id: string, position: number, title: string, matterId: string | null, matterRef: string | null, status: AgendaItemStatus, timeBoxMinutes: number, usedMs: number, runningSince: string | null, outcome: ItemOutcome | null, decision: string | null, discussion: string | null }>, invitees: Array<{ id: string, name: string, building: number | null, councilRole: CouncilRole | null, residentId: string | null, partyId: string | null, present: boolean }>, quorum: { attendees: number, councilSize: number, present: number, needed: number, met: boolean }, votes: Array<{ id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string }>, lastVote: { id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string } | null, actions: Array<{ id: string, itemId: string, what: string, ownerName: string, ownerStaffId: string | null, due: string | null }> }, agendaCandidates: Array<{ matterId: string, ref: string, title: string, overdue: boolean, timeBoxMinutes: number | null }>, parties: Array<{ id: string, name: string, archived: boolean }> };

export type MeetingChairQueryVariables = Exact<{
  id: string;
}>;


export type MeetingChairQuery = { meeting: { id: string, kind: MeetingKind, title: string, day: string, plannedDay: string, movedReason: string | null, place: string | null, round: string | null, status: MeetingStatus, version: number, now: string, startedAt: string | null, closedAt: string | null, chairName: string | null, currentItemId: string | null, items: Array<{ id: string, position: number, title: string, matterId: string | null, matterRef: string | null, status: AgendaItemStatus, timeBoxMinutes: number, usedMs: number, runningSince: string | null, outcome: ItemOutcome | null, decision: string | null, discussion: string | null }>, invitees: Array<{ id: string, name: string, building: number | null, councilRole: CouncilRole | null, residentId: string | null, partyId: string | null, present: boolean }>, quorum: { attendees: number, councilSize: number, present: number, needed: number, met: boolean }, votes: Array<{ id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string }>, lastVote: { id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string } | null, actions: Array<{ id: string, itemId: string, what: string, ownerName: string, ownerStaffId: string | null, due: string | null }> }, deliberationStaff: Array<{ id: string, name: string }>, parties: Array<{ id: string, name: string, archived: boolean }> };

export type MeetingChangedSubscriptionVariables = Exact<{
  meetingId: string;
}>;


export type MeetingChangedSubscription = { meetingChanged: { meetingId: string, version: number } };

export type CreateMeetingMutationVariables = Exact<{
  input: CreateMeetingInput;
}>;


export type CreateMeetingMutation = { createMeeting: { id: string, version: number } };

export type UpdateMeetingMutationVariables = Exact<{
  input: UpdateMeetingInput;
}>;


export type UpdateMeetingMutation = { updateMeeting: { id: string, kind: MeetingKind, title: string, day: string, plannedDay: string, movedReason: string | null, place: string | null, round: string | null, status: MeetingStatus, version: number, now: string, startedAt: string | null, closedAt: string | null, chairName: string | null, currentItemId: string | null, items: Array<{ id: string, position: number, title: string, matterId: string | null, matterRef: string | null, status: AgendaItemStatus, timeBoxMinutes: number, usedMs: number, runningSince: string | null, outcome: ItemOutcome | null, decision: string | null, discussion: string | null }>, invitees: Array<{ id: string, name: string, building: number | null, councilRole: CouncilRole | null, residentId: string | null, partyId: string | null, present: boolean }>, quorum: { attendees: number, councilSize: number, present: number, needed: number, met: boolean }, votes: Array<{ id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string }>, lastVote: { id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string } | null, actions: Array<{ id: string, itemId: string, what: string, ownerName: string, ownerStaffId: string | null, due: string | null }> } };

export type AddAgendaItemMutationVariables = Exact<{
  input: AddAgendaItemInput;
}>;


export type AddAgendaItemMutation = { addAgendaItem: { id: string, kind: MeetingKind, title: string, day: string, plannedDay: string, movedReason: string | null, place: string | null, round: string | null, status: MeetingStatus, version: number, now: string, startedAt: string | null, closedAt: string | null, chairName: string | null, currentItemId: string | null, items: Array<{ id: string, position: number, title: string, matterId: string | null, matterRef: string | null, status: AgendaItemStatus, timeBoxMinutes: number, usedMs: number, runningSince: string | null, outcome: ItemOutcome | null, decision: string | null, discussion: string | null }>, invitees: Array<{ id: string, name: string, building: number | null, councilRole: CouncilRole | null, residentId: string | null, partyId: string | null, present: boolean }>, quorum: { attendees: number, councilSize: number, present: number, needed: number, met: boolean }, votes: Array<{ id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string }>, lastVote: { id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string } | null, actions: Array<{ id: string, itemId: string, what: string, ownerName: string, ownerStaffId: string | null, due: string | null }> } };

export type RemoveAgendaItemMutationVariables = Exact<{
  input: AgendaItemInput;
}>;


export type RemoveAgendaItemMutation = { removeAgendaItem: { id: string, kind: MeetingKind, title: string, day: string, plannedDay: string, movedReason: string | null, place: string | null, round: string | null, status: MeetingStatus, version: number, now: string, startedAt: string | null, closedAt: string | null, chairName: string | null, currentItemId: string | null, items: Array<{ id: string, position: number, title: string, matterId: string | null, matterRef: string | null, status: AgendaItemStatus, timeBoxMinutes: number, usedMs: number, runningSince: string | null, outcome: ItemOutcome | null, decision: string | null, discussion: string | null }>, invitees: Array<{ id: string, name: string, building: number | null, councilRole: CouncilRole | null, residentId: string | null, partyId: string | null, present: boolean }>, quorum: { attendees: number, councilSize: number, present: number, needed: number, met: boolean }, votes: Array<{ id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string }>, lastVote: { id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string } | null, actions: Array<{ id: string, itemId: string, what: string, ownerName: string, ownerStaffId: string | null, due: string | null }> } };

export type ReorderAgendaMutationVariables = Exact<{
  input: ReorderAgendaInput;
}>;


export type ReorderAgendaMutation = { reorderAgenda: { id: string, kind: MeetingKind, title: string, day: string, plannedDay: string, movedReason: string | null, place: string | null, round: string | null, status: MeetingStatus, version: number, now: string, startedAt: string | null, closedAt: string | null, chairName: string | null, currentItemId: string | null, items: Array<{ id: string, position: number, title: string, matterId: string | null, matterRef: string | null, status: AgendaItemStatus, timeBoxMinutes: number, usedMs: number, runningSince: string | null, outcome: ItemOutcome | null, decision: string | null, discussion: string | null }>, invitees: Array<{ id: string, name: string, building: number | null, councilRole: CouncilRole | null, residentId: string | null, partyId: string | null, present: boolean }>, quorum: { attendees: number, councilSize: number, present: number, needed: number, met: boolean }, votes: Array<{ id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string }>, lastVote: { id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string } | null, actions: Array<{ id: string, itemId: string, what: string, ownerName: string, ownerStaffId: string | null, due: string | null }> } };

export type SetAgendaTimeBoxMutationVariables = Exact<{
  input: TimeBoxInput;
}>;


export type SetAgendaTimeBoxMutation = { setAgendaTimeBox: { id: string, kind: MeetingKind, title: string, day: string, plannedDay: string, movedReason: string | null, place: string | null, round: string | null, status: MeetingStatus, version: number, now: string, startedAt: string | null, closedAt: string | null, chairName: string | null, currentItemId: string | null, items: Array<{ id: string, position: number, title: string, matterId: string | null, matterRef: string | null, status: AgendaItemStatus, timeBoxMinutes: number, usedMs: number, runningSince: string | null, outcome: ItemOutcome | null, decision: string | null, discussion: string | null }>, invitees: Array<{ id: string, name: string, building: number | null, councilRole: CouncilRole | null, residentId: string | null, partyId: string | null, present: boolean }>, quorum: { attendees: number, councilSize: number, present: number, needed: number, met: boolean }, votes: Array<{ id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string }>, lastVote: { id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string } | null, actions: Array<{ id: string, itemId: string, what: string, ownerName: string, ownerStaffId: string | null, due: string | null }> } };

export type InviteToMeetingMutationVariables = Exact<{
  input: InviteInput;
}>;


export type InviteToMeetingMutation = { inviteToMeeting: { id: string, kind: MeetingKind, title: string, day: string, plannedDay: string, movedReason: string | null, place: string | null, round: string | null, status: MeetingStatus, version: number, now: string, startedAt: string | null, closedAt: string | null, chairName: string | null, currentItemId: string | null, items: Array<{ id: string, position: number, title: string, matterId: string | null, matterRef: string | null, status: AgendaItemStatus, timeBoxMinutes: number, usedMs: number, runningSince: string | null, outcome: ItemOutcome | null, decision: string | null, discussion: string | null }>, invitees: Array<{ id: string, name: string, building: number | null, councilRole: CouncilRole | null, residentId: string | null, partyId: string | null, present: boolean }>, quorum: { attendees: number, councilSize: number, present: number, needed: number, met: boolean }, votes: Array<{ id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string }>, lastVote: { id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string } | null, actions: Array<{ id: string, itemId: string, what: string, ownerName: string, ownerStaffId: string | null, due: string | null }> } };

export type RemoveMeetingInviteeMutationVariables = Exact<{
  input: InviteeInput;
}>;


export type RemoveMeetingInviteeMutation = { removeMeetingInvitee: { id: string, kind: MeetingKind, title: string, day: string, plannedDay: string, movedReason: string | null, place: string | null, round: string | null, status: MeetingStatus, version: number, now: string, startedAt: string | null, closedAt: string | null, chairName: string | null, currentItemId: string | null, items: Array<{ id: string, position: number, title: string, matterId: string | null, matterRef: string | null, status: AgendaItemStatus, timeBoxMinutes: number, usedMs: number, runningSince: string | null, outcome: ItemOutcome | null, decision: string | null, discussion: string | null }>, invitees: Array<{ id: string, name: string, building: number | null, councilRole: CouncilRole | null, residentId: string | null, partyId: string | null, present: boolean }>, quorum: { attendees: number, councilSize: number, present: number, needed: number, met: boolean }, votes: Array<{ id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string }>, lastVote: { id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string } | null, actions: Array<{ id: string, itemId: string, what: string, ownerName: string, ownerStaffId: string | null, due: string | null }> } };

export type CheckInResidentMutationVariables = Exact<{
  input: CheckInResidentInput;
}>;


export type CheckInResidentMutation = { checkInResident: { residentName: string, alreadyCheckedIn: boolean, pointsAwarded: number } };

export type CouncilMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type CouncilMembersQuery = { councilMembers: Array<{ id: string, residentId: string, name: string, building: number, role: CouncilRole, since: string, until: string | null }> };

export type AddCouncilMemberMutationVariables = Exact<{
  input: AddCouncilMemberInput;
}>;


export type AddCouncilMemberMutation = { addCouncilMember: Array<{ id: string }> };

export type RemoveCouncilMemberMutationVariables = Exact<{
  memberId: string;
}>;


export type RemoveCouncilMemberMutation = { removeCouncilMember: Array<{ id: string }> };

export type StartMeetingMutationVariables = Exact<{
  input: MeetingVersionInput;
}>;


export type StartMeetingMutation = { startMeeting: { id: string, kind: MeetingKind, title: string, day: string, plannedDay: string, movedReason: string | null, place: string | null, round: string | null, status: MeetingStatus, version: number, now: string, startedAt: string | null, closedAt: string | null, chairName: string | null, currentItemId: string | null, items: Array<{ id: string, position: number, title: string, matterId: string | null, matterRef: string | null, status: AgendaItemStatus, timeBoxMinutes: number, usedMs: number, runningSince: string | null, outcome: ItemOutcome | null, decision: string | null, discussion: string | null }>, invitees: Array<{ id: string, name: string, building: number | null, councilRole: CouncilRole | null, residentId: string | null, partyId: string | null, present: boolean }>, quorum: { attendees: number, councilSize: number, present: number, needed: number, met: boolean }, votes: Array<{ id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string }>, lastVote: { id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string } | null, actions: Array<{ id: string, itemId: string, what: string, ownerName: string, ownerStaffId: string | null, due: string | null }> } };

export type NextAgendaItemMutationVariables = Exact<{
  input: MeetingVersionInput;
}>;


export type NextAgendaItemMutation = { nextAgendaItem: { id: string, kind: MeetingKind, title: string, day: string, plannedDay: string, movedReason: string | null, place: string | null, round: string | null, status: MeetingStatus, version: number, now: string, startedAt: string | null, closedAt: string | null, chairName: string | null, currentItemId: string | null, items: Array<{ id: string, position: number, title: string, matterId: string | null, matterRef: string | null, status: AgendaItemStatus, timeBoxMinutes: number, usedMs: number, runningSince: string | null, outcome: ItemOutcome | null, decision: string | null, discussion: string | null }>, invitees: Array<{ id: string, name: string, building: number | null, councilRole: CouncilRole | null, residentId: string | null, partyId: string | null, present: boolean }>, quorum: { attendees: number, councilSize: number, present: number, needed: number, met: boolean }, votes: Array<{ id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string }>, lastVote: { id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string } | null, actions: Array<{ id: string, itemId: string, what: string, ownerName: string, ownerStaffId: string | null, due: string | null }> } };

export type StartItemTimerMutationVariables = Exact<{
  input: MeetingVersionInput;
}>;


export type StartItemTimerMutation = { startItemTimer: { id: string, kind: MeetingKind, title: string, day: string, plannedDay: string, movedReason: string | null, place: string | null, round: string | null, status: MeetingStatus, version: number, now: string, startedAt: string | null, closedAt: string | null, chairName: string | null, currentItemId: string | null, items: Array<{ id: string, position: number, title: string, matterId: string | null, matterRef: string | null, status: AgendaItemStatus, timeBoxMinutes: number, usedMs: number, runningSince: string | null, outcome: ItemOutcome | null, decision: string | null, discussion: string | null }>, invitees: Array<{ id: string, name: string, building: number | null, councilRole: CouncilRole | null, residentId: string | null, partyId: string | null, present: boolean }>, quorum: { attendees: number, councilSize: number, present: number, needed: number, met: boolean }, votes: Array<{ id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string }>, lastVote: { id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string } | null, actions: Array<{ id: string, itemId: string, what: string, ownerName: string, ownerStaffId: string | null, due: string | null }> } };

export type PauseItemTimerMutationVariables = Exact<{
  input: MeetingVersionInput;
}>;


export type PauseItemTimerMutation = { pauseItemTimer: { id: string, kind: MeetingKind, title: string, day: string, plannedDay: string, movedReason: string | null, place: string | null, round: string | null, status: MeetingStatus, version: number, now: string, startedAt: string | null, closedAt: string | null, chairName: string | null, currentItemId: string | null, items: Array<{ id: string, position: number, title: string, matterId: string | null, matterRef: string | null, status: AgendaItemStatus, timeBoxMinutes: number, usedMs: number, runningSince: string | null, outcome: ItemOutcome | null, decision: string | null, discussion: string | null }>, invitees: Array<{ id: string, name: string, building: number | null, councilRole: CouncilRole | null, residentId: string | null, partyId: string | null, present: boolean }>, quorum: { attendees: number, councilSize: number, present: number, needed: number, met: boolean }, votes: Array<{ id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string }>, lastVote: { id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string } | null, actions: Array<{ id: string, itemId: string, what: string, ownerName: string, ownerStaffId: string | null, due: string | null }> } };

export type RecordVoteMutationVariables = Exact<{
  input: RecordVoteInput;
}>;


export type RecordVoteMutation = { recordVote: { id: string, kind: MeetingKind, title: string, day: string, plannedDay: string, movedReason: string | null, place: string | null, round: string | null, status: MeetingStatus, version: number, now: string, startedAt: string | null, closedAt: string | null, chairName: string | null, currentItemId: string | null, items: Array<{ id: string, position: number, title: string, matterId: string | null, matterRef: string | null, status: AgendaItemStatus, timeBoxMinutes: number, usedMs: number, runningSince: string | null, outcome: ItemOutcome | null, decision: string | null, discussion: string | null }>, invitees: Array<{ id: string, name: string, building: number | null, councilRole: CouncilRole | null, residentId: string | null, partyId: string | null, present: boolean }>, quorum: { attendees: number, councilSize: number, present: number, needed: number, met: boolean }, votes: Array<{ id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string }>, lastVote: { id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string } | null, actions: Array<{ id: string, itemId: string, what: string, ownerName: string, ownerStaffId: string | null, due: string | null }> } };

export type RecordDecisionMutationVariables = Exact<{
  input: RecordDecisionInput;
}>;


export type RecordDecisionMutation = { recordDecision: { id: string, kind: MeetingKind, title: string, day: string, plannedDay: string, movedReason: string | null, place: string | null, round: string | null, status: MeetingStatus, version: number, now: string, startedAt: string | null, closedAt: string | null, chairName: string | null, currentItemId: string | null, items: Array<{ id: string, position: number, title: string, matterId: string | null, matterRef: string | null, status: AgendaItemStatus, timeBoxMinutes: number, usedMs: number, runningSince: string | null, outcome: ItemOutcome | null, decision: string | null, discussion: string | null }>, invitees: Array<{ id: string, name: string, building: number | null, councilRole: CouncilRole | null, residentId: string | null, partyId: string | null, present: boolean }>, quorum: { attendees: number, councilSize: number, present: number, needed: number, met: boolean }, votes: Array<{ id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string }>, lastVote: { id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string } | null, actions: Array<{ id: string, itemId: string, what: string, ownerName: string, ownerStaffId: string | null, due: string | null }> } };

export type AssignActionMutationVariables = Exact<{
  input: AssignActionInput;
}>;


export type AssignActionMutation = { assignAction: { id: string, kind: MeetingKind, title: string, day: string, plannedDay: string, movedReason: string | null, place: string | null, round: string | null, status: MeetingStatus, version: number, now: string, startedAt: string | null, closedAt: string | null, chairName: string | null, currentItemId: string | null, items: Array<{ id: string, position: number, title: string, matterId: string | null, matterRef: string | null, status: AgendaItemStatus, timeBoxMinutes: number, usedMs: number, runningSince: string | null, outcome: ItemOutcome | null, decision: string | null, discussion: string | null }>, invitees: Array<{ id: string, name: string, building: number | null, councilRole: CouncilRole | null, residentId: string | null, partyId: string | null, present: boolean }>, quorum: { attendees: number, councilSize: number, present: number, needed: number, met: boolean }, votes: Array<{ id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string }>, lastVote: { id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string } | null, actions: Array<{ id: string, itemId: string, what: string, ownerName: string, ownerStaffId: string | null, due: string | null }> } };

export type CloseMeetingMutationVariables = Exact<{
  input: MeetingVersionInput;
}>;


export type CloseMeetingMutation = { closeMeeting: { id: string, kind: MeetingKind, title: string, day: string, plannedDay: string, movedReason: string | null, place: string | null, round: string | null, status: MeetingStatus, version: number, now: string, startedAt: string | null, closedAt: string | null, chairName: string | null, currentItemId: string | null, items: Array<{ id: string, position: number, title: string, matterId: string | null, matterRef: string | null, status: AgendaItemStatus, timeBoxMinutes: number, usedMs: number, runningSince: string | null, outcome: ItemOutcome | null, decision: string | null, discussion: string | null }>, invitees: Array<{ id: string, name: string, building: number | null, councilRole: CouncilRole | null, residentId: string | null, partyId: string | null, present: boolean }>, quorum: { attendees: number, councilSize: number, present: number, needed: number, met: boolean }, votes: Array<{ id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string }>, lastVote: { id: string, itemId: string, question: string, for: number, against: number, abstain: number, present: number, quorumMet: boolean, carried: boolean, at: string } | null, actions: Array<{ id: string, itemId: string, what: string, ownerName: string, ownerStaffId: string | null, due: string | null }> } };

export type MeetingMinutesQueryVariables = Exact<{
  id: string;
}>;


export type MeetingMinutesQuery = { meetingMinutes: { community: string, title: string, kind: string, day: string, place: string | null, chair: string | null, startedAt: string | null, closedAt: string | null, quorum: { present: number, needed: number, met: boolean }, attendees: Array<{ name: string, building: number | null, role: string | null }>, invitedParties: Array<{ name: string, present: boolean }>, items: Array<{ position: number, title: string, matterRef: string | null, timeBoxMinutes: number, discussion: string | null, decision: string | null, votes: Array<{ question: string, for: number, against: number, abstain: number, quorumMet: boolean, carried: boolean }>, actions: Array<{ what: string, owner: string, due: string | null }> }> } };

export type AdminViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminViewerQuery = { viewer: { mustChangePassword: boolean, community: { id: string, name: string, code: string } | null, staff: { id: string, username: string, displayName: string, role: StaffRole } | null } };

export type SignInStaffMutationVariables = Exact<{
  input: StaffSignInInput;
}>;


export type SignInStaffMutation = { signInStaff: { token: string, staff: { id: string, displayName: string, role: StaffRole } } };

export type SignInOperatorMutationVariables = Exact<{
  input: OperatorSignInInput;
}>;


export type SignInOperatorMutation = { signInOperator: { token: string } };

export type ChangeMyPasswordMutationVariables = Exact<{
  input: ChangeMyPasswordInput;
}>;


export type ChangeMyPasswordMutation = { changeMyPassword: boolean };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { buildings: Array<{ id: string }>, residents: { total: number }, notices: Array<{ id: string, category: NoticeCategory, title: string, publishedAt: string }> };

export type BuildingsQueryVariables = Exact<{ [key: string]: never; }>;


export type BuildingsQuery = { buildings: Array<{ id: string, number: number, name: string }> };

export type DevicesQueryVariables = Exact<{ [key: string]: never; }>;


export type DevicesQuery = { devices: Array<{ id: string, kind: DeviceKind, name: string, location: string, active: boolean, createdAt: string, lastSeenAt: string | null, pairingExpiresAt: string | null, revokedAt: string | null, signInBudget: { failures: number, limit: number, windowMinutes: number, blockedUntil: string | null } | null }> };

export type RegisterDeviceMutationVariables = Exact<{
  input: RegisterDeviceInput;
}>;


export type RegisterDeviceMutation = { registerDevice: { token: string, pairingCode: string, device: { id: string, name: string, pairingExpiresAt: string | null } } };

export type RenewPairingCodeMutationVariables = Exact<{
  id: string;
}>;


export type RenewPairingCodeMutation = { renewPairingCode: string };

export type RevokeDeviceMutationVariables = Exact<{
  id: string;
}>;


export type RevokeDeviceMutation = { revokeDevice: { id: string, revokedAt: string | null } };

export type ResetDeviceSignInsMutationVariables = Exact<{
  id: string;
}>;


export type ResetDeviceSignInsMutation = { resetDeviceSignIns: { id: string } };

export type NoticesQueryVariables = Exact<{
  buildingId?: string | null | undefined;
  includeExpired: boolean;
  first: number;
}>;


export type NoticesQuery = { notices: Array<{ id: string, category: NoticeCategory, title: string, body: string, publishedAt: string, expiresAt: string | null, buildings: Array<{ id: string, number: number, name: string }> }> };

export type PublishNoticeMutationVariables = Exact<{
  input: PublishNoticeInput;
}>;


export type PublishNoticeMutation = { publishNotice: { id: string } };

export type DeleteNoticeMutationVariables = Exact<{
  id: string;
}>;


export type DeleteNoticeMutation = { deleteNotice: boolean };

export type UpdateNoticeMutationVariables = Exact<{
  id: string;
  input: PublishNoticeInput;
}>;


export type UpdateNoticeMutation = { updateNotice: { id: string } };

export type ConsoleNoticePublishedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ConsoleNoticePublishedSubscription = { noticePublished: { id: string } };

export type ConsoleNoticeChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ConsoleNoticeChangedSubscription = { noticeChanged: { id: string } };

export type PointsEntryFieldsFragment = { id: string, amount: number, balanceAfter: number, reason: PointsReasonCode, title: string | null, day: string | null, hours: number | null, note: string | null, voucherCode: string | null, reversesId: string | null, reversed: boolean, recordedBy: string | null, recordedByName: string | null, at: string, cursor: string };

export type ResidentPointsQueryVariables = Exact<{
  residentId: string;
  before?: string | null | undefined;
  first: number;
  reasons?: Array<PointsReasonCode> | PointsReasonCode | null | undefined;
  from?: string | null | undefined;
  until?: string | null | undefined;
}>;


export type ResidentPointsQuery = { residentPoints: { residentId: string, residentName: string | null, building: number | null, gone: boolean | null, balance: number, more: boolean, history: Array<{ id: string, amount: number, balanceAfter: number, reason: PointsReasonCode, title: string | null, day: string | null, hours: number | null, note: string | null, voucherCode: string | null, reversesId: string | null, reversed: boolean, recordedBy: string | null, recordedByName: string | null, at: string, cursor: string }> } };

export type RecordVolunteerHoursMutationVariables = Exact<{
  input: VolunteerHoursInput;
}>;


export type RecordVolunteerHoursMutation = { recordVolunteerHours: { alreadyRecorded: boolean, balance: number, entry: { id: string, amount: number, balanceAfter: number, reason: PointsReasonCode, title: string | null, day: string | null, hours: number | null, note: string | null, voucherCode: string | null, reversesId: string | null, reversed: boolean, recordedBy: string | null, recordedByName: string | null, at: string, cursor: string } } };

export type AdjustPointsMutationVariables = Exact<{
  input: ManualPointsInput;
}>;


export type AdjustPointsMutation = { adjustPoints: { alreadyRecorded: boolean, balance: number, entry: { id: string, amount: number, balanceAfter: number, reason: PointsReasonCode, title: string | null, day: string | null, hours: number | null, note: string | null, voucherCode: string | null, reversesId: string | null, reversed: boolean, recordedBy: string | null, recordedByName: string | null, at: string, cursor: string } } };

export type ReversePointsEntryMutationVariables = Exact<{
  input: ReverseEntryInput;
}>;


export type ReversePointsEntryMutation = { reversePointsEntry: { alreadyRecorded: boolean, balance: number, entry: { id: string, amount: number, balanceAfter: number, reason: PointsReasonCode, title: string | null, day: string | null, hours: number | null, note: string | null, voucherCode: string | null, reversesId: string | null, reversed: boolean, recordedBy: string | null, recordedByName: string | null, at: string, cursor: string } } };

export type PointsRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type PointsRulesQuery = { pointsRules: Array<{ id: string, reason: EarningReason, points: number, effectiveFrom: string, current: boolean }>, pointsSettings: { voucherValidDays: number, starsPerQuarter: number } };

export type AddPointsRuleMutationVariables = Exact<{
  input: PointsRuleInput;
}>;


export type AddPointsRuleMutation = { addPointsRule: Array<{ id: string, reason: EarningReason, points: number, effectiveFrom: string, current: boolean }> };

export type SavePointsSettingsMutationVariables = Exact<{
  input: PointsSettingsInput;
}>;


export type SavePointsSettingsMutation = { savePointsSettings: { voucherValidDays: number, starsPerQuarter: number } };

export type RewardFieldsFragment = { id: string, kind: RewardKind, name: string, description: string, cost: number, stock: number, pictureId: string | null, activeFrom: string | null, activeUntil: string | null, archived: boolean, version: number };

export type RewardsQueryVariables = Exact<{
  includeArchived: boolean;
}>;


export type RewardsQuery = { rewards: Array<{ id: string, kind: RewardKind, name: string, description: string, cost: number, stock: number, pictureId: string | null, activeFrom: string | null, activeUntil: string | null, archived: boolean, version: number }> };

export type CreateRewardMutationVariables = Exact<{
  input: NewRewardInput;
}>;


export type CreateRewardMutation = { createReward: { id: string, kind: RewardKind, name: string, description: string, cost: number, stock: number, pictureId: string | null, activeFrom: string | null, activeUntil: string | null, archived: boolean, version: number } };

export type UpdateRewardMutationVariables = Exact<{
  input: UpdateRewardInput;
}>;


export type UpdateRewardMutation = { updateReward: { id: string, kind: RewardKind, name: string, description: string, cost: number, stock: number, pictureId: string | null, activeFrom: string | null, activeUntil: string | null, archived: boolean, version: number } };

export type AdjustRewardStockMutationVariables = Exact<{
  input: StockInput;
}>;


export type AdjustRewardStockMutation = { adjustRewardStock: { id: string, kind: RewardKind, name: string, description: string, cost: number, stock: number, pictureId: string | null, activeFrom: string | null, activeUntil: string | null, archived: boolean, version: number } };

export type VoucherFieldsFragment = { id: string, code: string, status: VoucherStatus, cost: number, rewardId: string, rewardName: string, residentId: string, residentName: string, building: number, issuedAt: string, expiresAt: string, closedAt: string | null, cancelNote: string | null };

export type VouchersQueryVariables = Exact<{
  statuses?: Array<VoucherStatus> | VoucherStatus | null | undefined;
  before?: string | null | undefined;
  first: number;
}>;


export type VouchersQuery = { vouchers: Array<{ id: string, code: string, status: VoucherStatus, cost: number, rewardId: string, rewardName: string, residentId: string, residentName: string, building: number, issuedAt: string, expiresAt: string, closedAt: string | null, cancelNote: string | null }> };

export type VoucherByCodeQueryVariables = Exact<{
  code: string;
}>;


export type VoucherByCodeQuery = { voucherByCode: { id: string, code: string, status: VoucherStatus, cost: number, rewardId: string, rewardName: string, residentId: string, residentName: string, building: number, issuedAt: string, expiresAt: string, closedAt: string | null, cancelNote: string | null } };

export type FulfilVoucherMutationVariables = Exact<{
  input: VoucherCodeInput;
}>;


export type FulfilVoucherMutation = { fulfilVoucher: { id: string, code: string, status: VoucherStatus, cost: number, rewardId: string, rewardName: string, residentId: string, residentName: string, building: number, issuedAt: string, expiresAt: string, closedAt: string | null, cancelNote: string | null } };

export type CancelVoucherMutationVariables = Exact<{
  input: CancelVoucherInput;
}>;


export type CancelVoucherMutation = { cancelVoucher: { id: string, code: string, status: VoucherStatus, cost: number, rewardId: string, rewardName: string, residentId: string, residentName: string, building: number, issuedAt: string, expiresAt: string, closedAt: string | null, cancelNote: string | null } };

export type StarsOfQuarterQueryVariables = Exact<{
  quarter: string;
}>;


export type StarsOfQuarterQuery = { starsOfQuarter: { quarter: string, confirmed: boolean, over: boolean, stars: Array<{ rank: number, name: string | null, building: number, points: number, occasions: number, residentId: string | null }> } };

export type ConfirmStarsMutationVariables = Exact<{
  input: ConfirmStarsInput;
}>;


export type ConfirmStarsMutation = { confirmStars: { quarter: string, confirmed: boolean, over: boolean, stars: Array<{ rank: number, name: string | null, building: number, points: number, occasions: number, residentId: string | null }> } };

export type PointsByMonthQueryVariables = Exact<{
  months: number;
}>;


export type PointsByMonthQuery = { pointsByMonth: Array<{ month: string, earned: number, redeemed: number }> };

export type VerifyLedgerMutationVariables = Exact<{ [key: string]: never; }>;


export type VerifyLedgerMutation = { verifyLedger: { accounts: number, entries: number, ok: boolean, problems: Array<string>, checkedAt: string, mismatches: Array<{ residentId: string, kind: string, balance: number, sum: number, last: number | null }> } };

export type ResidentRecordFieldsFragment = { phone: string | null, phone2: string | null, birthDate: string | null, notes: string | null, cardCode: string | null, hasPin: boolean, pinLockedUntil: string | null, pinSetupExpiresAt: string | null, resident: { id: string, name: string, unit: number, room: string, age: number | null, livesAlone: boolean, limitedMobility: boolean, movedAway: boolean, erased: boolean, version: number, building: { id: string, number: number, name: string } } };

export type ResidentRecordQueryVariables = Exact<{
  id: string;
}>;


export type ResidentRecordQuery = { residentRecord: { phone: string | null, phone2: string | null, birthDate: string | null, notes: string | null, cardCode: string | null, hasPin: boolean, pinLockedUntil: string | null, pinSetupExpiresAt: string | null, resident: { id: string, name: string, unit: number, room: string, age: number | null, livesAlone: boolean, limitedMobility: boolean, movedAway: boolean, erased: boolean, version: number, building: { id: string, number: number, name: string } } } };

export type CreateResidentMutationVariables = Exact<{
  input: ResidentInput;
}>;


export type CreateResidentMutation = { createResident: { id: string } };

export type UpdateResidentMutationVariables = Exact<{
  id: string;
  input: ResidentEdit;
}>;


export type UpdateResidentMutation = { updateResident: { id: string, name: string, unit: number, room: string, age: number | null, livesAlone: boolean, limitedMobility: boolean, movedAway: boolean, erased: boolean, version: number, building: { id: string, number: number, name: string } } };

export type MarkResidentMovedAwayMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type MarkResidentMovedAwayMutation = { markResidentMovedAway: { id: string, movedAway: boolean, erased: boolean, version: number } };

export type EraseResidentMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type EraseResidentMutation = { eraseResident: { id: string, name: string, movedAway: boolean, erased: boolean, version: number } };

export type IssueResidentCardMutationVariables = Exact<{
  id: string;
}>;


export type IssueResidentCardMutation = { issueResidentCard: { phone: string | null, phone2: string | null, birthDate: string | null, notes: string | null, cardCode: string | null, hasPin: boolean, pinLockedUntil: string | null, pinSetupExpiresAt: string | null, resident: { id: string, name: string, unit: number, room: string, age: number | null, livesAlone: boolean, limitedMobility: boolean, movedAway: boolean, erased: boolean, version: number, building: { id: string, number: number, name: string } } } };

export type RevokeResidentCardMutationVariables = Exact<{
  id: string;
}>;


export type RevokeResidentCardMutation = { revokeResidentCard: { phone: string | null, phone2: string | null, birthDate: string | null, notes: string | null, cardCode: string | null, hasPin: boolean, pinLockedUntil: string | null, pinSetupExpiresAt: string | null, resident: { id: string, name: string, unit: number, room: string, age: number | null, livesAlone: boolean, limitedMobility: boolean, movedAway: boolean, erased: boolean, version: number, building: { id: string, number: number, name: string } } } };

export type IssuePinSetupCodeMutationVariables = Exact<{
  residentId: string;
}>;


export type IssuePinSetupCodeMutation = { issuePinSetupCode: { code: string, expiresAt: string } };

export type LiftPinLockMutationVariables = Exact<{
  residentId: string;
}>;


export type LiftPinLockMutation = { liftPinLock: boolean };

export type StaffUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffUsersQuery = { staffUsers: Array<{ id: string, username: string, displayName: string, role: StaffRole, deactivatedAt: string | null, mustChangePassword: boolean, version: number, createdAt: string }> };

export type CreateStaffMutationVariables = Exact<{
  input: CreateStaffInput;
}>;


export type CreateStaffMutation = { createStaff: { oneTimePassword: string, staff: { id: string, username: string, displayName: string } } };

export type SetStaffRoleMutationVariables = Exact<{
  input: SetStaffRoleInput;
}>;


export type SetStaffRoleMutation = { setStaffRole: { id: string, role: StaffRole, version: number } };

export type DeactivateStaffMutationVariables = Exact<{
  input: StaffVersionInput;
}>;


export type DeactivateStaffMutation = { deactivateStaff: { id: string, deactivatedAt: string | null, version: number } };

export type ReactivateStaffMutationVariables = Exact<{
  input: StaffVersionInput;
}>;


export type ReactivateStaffMutation = { reactivateStaff: { id: string, deactivatedAt: string | null, version: number } };

export type ResetStaffPasswordMutationVariables = Exact<{
  input: StaffVersionInput;
}>;


export type ResetStaffPasswordMutation = { resetStaffPassword: { oneTimePassword: string, staff: { id: string, username: string, displayName: string } } };

export type OperatorMeQueryVariables = Exact<{ [key: string]: never; }>;


export type OperatorMeQuery = { operatorMe: { id: string, username: string, displayName: string } };

export type OfficeCommunitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficeCommunitiesQuery = { officeCommunities: Array<{ id: string, name: string, code: string, address: string, buildingCount: number, unitCount: number, staffCount: number, createdAt: string }> };

export type CreateCommunityMutationVariables = Exact<{
  input: CreateCommunityInput;
}>;


export type CreateCommunityMutation = { createCommunity: { adminUsername: string, oneTimePassword: string, community: { id: string, name: string, code: string } } };

export type WorkOrderFieldsFragment = { id: string, status: WorkOrderStatus, description: string, owner: string, dueDate: string, overdue: boolean, offeringName: string | null, ticketCode: string | null, residentName: string, outcome: string | null, createdAt: string, closedAt: string | null, notes: Array<{ author: string | null, createdAt: string, text: string }> };

export type WorkOrdersQueryVariables = Exact<{
  status?: WorkOrderStatus | null | undefined;
}>;


export type WorkOrdersQuery = { workOrders: Array<{ id: string, status: WorkOrderStatus, description: string, owner: string, dueDate: string, overdue: boolean, offeringName: string | null, ticketCode: string | null, residentName: string, outcome: string | null, createdAt: string, closedAt: string | null, notes: Array<{ author: string | null, createdAt: string, text: string }> }> };

export type CreateWorkOrderMutationVariables = Exact<{
  input: CreateWorkOrderInput;
}>;


export type CreateWorkOrderMutation = { createWorkOrder: { id: string, status: WorkOrderStatus, description: string, owner: string, dueDate: string, overdue: boolean, offeringName: string | null, ticketCode: string | null, residentName: string, outcome: string | null, createdAt: string, closedAt: string | null, notes: Array<{ author: string | null, createdAt: string, text: string }> } };

export type AddWorkOrderNoteMutationVariables = Exact<{
  input: WorkOrderNoteInput;
}>;


export type AddWorkOrderNoteMutation = { addWorkOrderNote: { id: string, status: WorkOrderStatus, description: string, owner: string, dueDate: string, overdue: boolean, offeringName: string | null, ticketCode: string | null, residentName: string, outcome: string | null, createdAt: string, closedAt: string | null, notes: Array<{ author: string | null, createdAt: string, text: string }> } };

export type CloseWorkOrderMutationVariables = Exact<{
  input: CloseWorkOrderInput;
}>;


export type CloseWorkOrderMutation = { closeWorkOrder: { id: string, status: WorkOrderStatus, description: string, owner: string, dueDate: string, overdue: boolean, offeringName: string | null, ticketCode: string | null, residentName: string, outcome: string | null, createdAt: string, closedAt: string | null, notes: Array<{ author: string | null, createdAt: string, text: string }> } };

export type ResidentsPageQueryVariables = Exact<{
  search?: string | null | undefined;
  buildingId?: string | null | undefined;
  unit?: number | null | undefined;
  room?: string | null | undefined;
  ageBand?: AgeBand | null | undefined;
  livesAlone?: boolean | null | undefined;
  limitedMobility?: boolean | null | undefined;
  movedAway: boolean;
  offset: number;
  limit: number;
}>;


export type ResidentsPageQuery = { residents: { total: number, items: Array<{ id: string, name: string, age: number | null, unit: number, room: string, phoneMasked: string | null, livesAlone: boolean, limitedMobility: boolean, movedAway: boolean, building: { id: string, number: number, name: string } }> } };

export type HouseholdQueryVariables = Exact<{
  buildingId: string;
  unit: number;
  room: string;
}>;


export type HouseholdQuery = { household: Array<{ id: string, name: string, age: number | null, phoneMasked: string | null, livesAlone: boolean, limitedMobility: boolean, building: { id: string, number: number, name: string } }> };

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
export const DeskTicketFragmentDoc = new TypedDocumentString(`
    fragment DeskTicket on Ticket {
  id
  code
  status
  deskName
  createdAt
  calledAt
  offering {
    id
    name
  }
}
    `, {"fragmentName":"DeskTicket"}) as unknown as TypedDocumentString<DeskTicketFragment, unknown>;
export const SetupOfferingFragmentDoc = new TypedDocumentString(`
    fragment SetupOffering on Offering {
  id
  letter
  name
  provider
  typicalMinutes
  bookingCapacity
  active
}
    `, {"fragmentName":"SetupOffering"}) as unknown as TypedDocumentString<SetupOfferingFragment, unknown>;
export const MatterFieldsFragmentDoc = new TypedDocumentString(`
    fragment MatterFields on MatterView {
  id
  ref
  round
  title
  category
  status
  urgency
  targetQuarter
  owner {
    staffId
    partyId
    name
  }
  classifiedAt
  dueDay
  daysLeft
  overdue
  declined
  answer
  answeredAt
  mergedIntoRef
  suggesters
  version
  createdAt
}
    `, {"fragmentName":"MatterFields"}) as unknown as TypedDocumentString<MatterFieldsFragment, unknown>;
export const MatterFileFieldsFragmentDoc = new TypedDocumentString(`
    fragment MatterFileFields on MatterFileView {
  matter {
    ...MatterFields
  }
  suggestions {
    id
    residentId
    residentName
    building
    title
    details
    category
    source
    enteredByName
    createdAt
  }
  events {
    id
    kind
    public
    text
    reason
    urgency
    dueDay
    previousDueDay
    subject
    outcome
    byName
    at
  }
}
    fragment MatterFields on MatterView {
  id
  ref
  round
  title
  category
  status
  urgency
  targetQuarter
  owner {
    staffId
    partyId
    name
  }
  classifiedAt
  dueDay
  daysLeft
  overdue
  declined
  answer
  answeredAt
  mergedIntoRef
  suggesters
  version
  createdAt
}`, {"fragmentName":"MatterFileFields"}) as unknown as TypedDocumentString<MatterFileFieldsFragment, unknown>;
export const MeetingLiveFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeetingLiveFields on MeetingLive {
  id
  kind
  title
  day
  plannedDay
  movedReason
  place
  round
  status
  version
  now
  startedAt
  closedAt
  chairName
  currentItemId
  items {
    id
    position
    title
    matterId
    matterRef
    status
    timeBoxMinutes
    usedMs
    runningSince
    outcome
    decision
    discussion
  }
  invitees {
    id
    name
    building
    councilRole
    residentId
    partyId
    present
  }
  quorum {
    attendees
    councilSize
    present
    needed
    met
  }
  votes {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  lastVote {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  actions {
    id
    itemId
    what
    ownerName
    ownerStaffId
    due
  }
}
    `, {"fragmentName":"MeetingLiveFields"}) as unknown as TypedDocumentString<MeetingLiveFieldsFragment, unknown>;
export const PointsEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment PointsEntryFields on PointsEntryView {
  id
  amount
  balanceAfter
  reason
  title
  day
  hours
  note
  voucherCode
  reversesId
  reversed
  recordedBy
  recordedByName
  at
  cursor
}
    `, {"fragmentName":"PointsEntryFields"}) as unknown as TypedDocumentString<PointsEntryFieldsFragment, unknown>;
export const RewardFieldsFragmentDoc = new TypedDocumentString(`
    fragment RewardFields on Reward {
  id
  kind
  name
  description
  cost
  stock
  pictureId
  activeFrom
  activeUntil
  archived
  version
}
    `, {"fragmentName":"RewardFields"}) as unknown as TypedDocumentString<RewardFieldsFragment, unknown>;
export const VoucherFieldsFragmentDoc = new TypedDocumentString(`
    fragment VoucherFields on Voucher {
  id
  code
  status
  cost
  rewardId
  rewardName
  residentId
  residentName
  building
  issuedAt
  expiresAt
  closedAt
  cancelNote
}
    `, {"fragmentName":"VoucherFields"}) as unknown as TypedDocumentString<VoucherFieldsFragment, unknown>;
export const ResidentRecordFieldsFragmentDoc = new TypedDocumentString(`
    fragment ResidentRecordFields on ResidentRecord {
  phone
  phone2
  birthDate
  notes
  cardCode
  hasPin
  pinLockedUntil
  pinSetupExpiresAt
  resident {
    id
    name
    unit
    room
    age
    livesAlone
    limitedMobility
    movedAway
    erased
    version
    building {
      id
      number
      name
    }
  }
}
    `, {"fragmentName":"ResidentRecordFields"}) as unknown as TypedDocumentString<ResidentRecordFieldsFragment, unknown>;
export const WorkOrderFieldsFragmentDoc = new TypedDocumentString(`
    fragment WorkOrderFields on WorkOrder {
  id
  status
  description
  owner
  dueDate
  overdue
  offeringName
  ticketCode
  residentName
  outcome
  createdAt
  closedAt
  notes {
    author
    createdAt
    text
  }
}
    `, {"fragmentName":"WorkOrderFields"}) as unknown as TypedDocumentString<WorkOrderFieldsFragment, unknown>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($action: AuditAction, $residentId: ID, $staffId: ID, $after: String, $first: Int!) {
  auditLog(
    action: $action
    residentId: $residentId
    staffId: $staffId
    after: $after
    first: $first
  ) {
    lines {
      id
      at
      action
      staffId
      staffName
      residentId
      residentName
      address
      detail
    }
    nextCursor
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const OfferingsDocument = new TypedDocumentString(`
    query Offerings {
  offerings {
    id
    letter
    name
    provider
  }
}
    `) as unknown as TypedDocumentString<OfferingsQuery, OfferingsQueryVariables>;
export const CornerTodayDocument = new TypedDocumentString(`
    query CornerToday {
  cornerStatus {
    open
    opening {
      id
      startsAt
      endsAt
    }
  }
  cornerBoard(next: 0) {
    openingId
    version
    waitingCount
    servedCount
    noShowCount
    averageWaitMinutes
    offering {
      id
      letter
      name
      provider
    }
    nowServing {
      id
      code
      status
      deskName
    }
  }
}
    `) as unknown as TypedDocumentString<CornerTodayQuery, CornerTodayQueryVariables>;
export const DesksDocument = new TypedDocumentString(`
    query Desks {
  desks {
    id
    name
    offeringIds
  }
}
    `) as unknown as TypedDocumentString<DesksQuery, DesksQueryVariables>;
export const DeskLineDocument = new TypedDocumentString(`
    query DeskLine($offeringId: ID!, $next: Int!, $deskId: ID!) {
  deskTicket(deskId: $deskId) {
    ...DeskTicket
  }
  cornerStatus {
    open
    opening {
      id
      startsAt
      endsAt
    }
  }
  cornerBoard(offeringId: $offeringId, next: $next) {
    openingId
    version
    waitingCount
    servedCount
    noShowCount
    offering {
      id
    }
    nowServing {
      ...DeskTicket
    }
    waiting {
      ...DeskTicket
    }
  }
}
    fragment DeskTicket on Ticket {
  id
  code
  status
  deskName
  createdAt
  calledAt
  offering {
    id
    name
  }
}`) as unknown as TypedDocumentString<DeskLineQuery, DeskLineQueryVariables>;
export const QueueChangedDocument = new TypedDocumentString(`
    subscription QueueChanged($offeringId: ID) {
  queueChanged(offeringId: $offeringId) {
    offeringId
    openingId
    version
  }
}
    `) as unknown as TypedDocumentString<QueueChangedSubscription, QueueChangedSubscriptionVariables>;
export const CallNextDocument = new TypedDocumentString(`
    mutation CallNext($input: CallNextInput!) {
  callNext(input: $input) {
    ...DeskTicket
  }
}
    fragment DeskTicket on Ticket {
  id
  code
  status
  deskName
  createdAt
  calledAt
  offering {
    id
    name
  }
}`) as unknown as TypedDocumentString<CallNextMutation, CallNextMutationVariables>;
export const RecallTicketDocument = new TypedDocumentString(`
    mutation RecallTicket($input: TicketActionInput!) {
  recallTicket(input: $input) {
    ...DeskTicket
  }
}
    fragment DeskTicket on Ticket {
  id
  code
  status
  deskName
  createdAt
  calledAt
  offering {
    id
    name
  }
}`) as unknown as TypedDocumentString<RecallTicketMutation, RecallTicketMutationVariables>;
export const StartServingDocument = new TypedDocumentString(`
    mutation StartServing($input: TicketActionInput!) {
  startServing(input: $input) {
    ...DeskTicket
  }
}
    fragment DeskTicket on Ticket {
  id
  code
  status
  deskName
  createdAt
  calledAt
  offering {
    id
    name
  }
}`) as unknown as TypedDocumentString<StartServingMutation, StartServingMutationVariables>;
export const CompleteTicketDocument = new TypedDocumentString(`
    mutation CompleteTicket($input: TicketActionInput!) {
  completeTicket(input: $input) {
    ...DeskTicket
  }
}
    fragment DeskTicket on Ticket {
  id
  code
  status
  deskName
  createdAt
  calledAt
  offering {
    id
    name
  }
}`) as unknown as TypedDocumentString<CompleteTicketMutation, CompleteTicketMutationVariables>;
export const MarkNoShowDocument = new TypedDocumentString(`
    mutation MarkNoShow($input: TicketActionInput!) {
  markNoShow(input: $input) {
    ...DeskTicket
  }
}
    fragment DeskTicket on Ticket {
  id
  code
  status
  deskName
  createdAt
  calledAt
  offering {
    id
    name
  }
}`) as unknown as TypedDocumentString<MarkNoShowMutation, MarkNoShowMutationVariables>;
export const AllOfferingsDocument = new TypedDocumentString(`
    query AllOfferings {
  allOfferings {
    ...SetupOffering
  }
}
    fragment SetupOffering on Offering {
  id
  letter
  name
  provider
  typicalMinutes
  bookingCapacity
  active
}`) as unknown as TypedDocumentString<AllOfferingsQuery, AllOfferingsQueryVariables>;
export const CreateOfferingDocument = new TypedDocumentString(`
    mutation CreateOffering($input: OfferingInput!) {
  createOffering(input: $input) {
    ...SetupOffering
  }
}
    fragment SetupOffering on Offering {
  id
  letter
  name
  provider
  typicalMinutes
  bookingCapacity
  active
}`) as unknown as TypedDocumentString<CreateOfferingMutation, CreateOfferingMutationVariables>;
export const UpdateOfferingDocument = new TypedDocumentString(`
    mutation UpdateOffering($input: UpdateOfferingInput!) {
  updateOffering(input: $input) {
    ...SetupOffering
  }
}
    fragment SetupOffering on Offering {
  id
  letter
  name
  provider
  typicalMinutes
  bookingCapacity
  active
}`) as unknown as TypedDocumentString<UpdateOfferingMutation, UpdateOfferingMutationVariables>;
export const SetOfferingActiveDocument = new TypedDocumentString(`
    mutation SetOfferingActive($id: ID!, $active: Boolean!) {
  setOfferingActive(id: $id, active: $active) {
    ...SetupOffering
  }
}
    fragment SetupOffering on Offering {
  id
  letter
  name
  provider
  typicalMinutes
  bookingCapacity
  active
}`) as unknown as TypedDocumentString<SetOfferingActiveMutation, SetOfferingActiveMutationVariables>;
export const CornerCalendarDocument = new TypedDocumentString(`
    query CornerCalendar($month: String!) {
  cornerCalendar(month: $month) {
    bookings
    opening {
      id
      startsAt
      endsAt
      cancelled
    }
  }
}
    `) as unknown as TypedDocumentString<CornerCalendarQuery, CornerCalendarQueryVariables>;
export const OpeningLinesDocument = new TypedDocumentString(`
    query OpeningLines($openingId: ID!) {
  openingLines(openingId: $openingId) {
    booked
    capacity
    capacityOverride
    offering {
      id
      letter
      name
      bookingCapacity
    }
  }
}
    `) as unknown as TypedDocumentString<OpeningLinesQuery, OpeningLinesQueryVariables>;
export const GenerateOpeningsDocument = new TypedDocumentString(`
    mutation GenerateOpenings($input: OpeningPatternInput!) {
  generateOpenings(input: $input) {
    created
    skipped
    holidaysSkipped
  }
}
    `) as unknown as TypedDocumentString<GenerateOpeningsMutation, GenerateOpeningsMutationVariables>;
export const CheckOpeningPatternDocument = new TypedDocumentString(`
    query CheckOpeningPattern($input: OpeningPatternInput!) {
  checkOpeningPattern(input: $input) {
    holidays {
      date
      name
      nameEn
    }
    knownThrough
    unchecked
  }
}
    `) as unknown as TypedDocumentString<CheckOpeningPatternQuery, CheckOpeningPatternQueryVariables>;
export const AddOpeningDocument = new TypedDocumentString(`
    mutation AddOpening($input: OneOffOpeningInput!) {
  addOpening(input: $input) {
    id
    startsAt
  }
}
    `) as unknown as TypedDocumentString<AddOpeningMutation, AddOpeningMutationVariables>;
export const CloseOpeningDocument = new TypedDocumentString(`
    mutation CloseOpening($input: CloseOpeningInput!) {
  closeOpening(input: $input) {
    cancelledBookings
    opening {
      id
      cancelled
    }
  }
}
    `) as unknown as TypedDocumentString<CloseOpeningMutation, CloseOpeningMutationVariables>;
export const ReopenOpeningDocument = new TypedDocumentString(`
    mutation ReopenOpening($openingId: ID!) {
  reopenOpening(openingId: $openingId) {
    id
    cancelled
  }
}
    `) as unknown as TypedDocumentString<ReopenOpeningMutation, ReopenOpeningMutationVariables>;
export const SetLineCapacityDocument = new TypedDocumentString(`
    mutation SetLineCapacity($input: LineCapacityInput!) {
  setLineCapacity(input: $input) {
    booked
    capacity
    capacityOverride
  }
}
    `) as unknown as TypedDocumentString<SetLineCapacityMutation, SetLineCapacityMutationVariables>;
export const SetupDesksDocument = new TypedDocumentString(`
    query SetupDesks {
  desks(includeInactive: true) {
    id
    name
    active
    offeringIds
  }
}
    `) as unknown as TypedDocumentString<SetupDesksQuery, SetupDesksQueryVariables>;
export const CreateDeskDocument = new TypedDocumentString(`
    mutation CreateDesk($input: DeskInput!) {
  createDesk(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateDeskMutation, CreateDeskMutationVariables>;
export const UpdateDeskDocument = new TypedDocumentString(`
    mutation UpdateDesk($input: UpdateDeskInput!) {
  updateDesk(input: $input) {
    id
    name
    active
    offeringIds
  }
}
    `) as unknown as TypedDocumentString<UpdateDeskMutation, UpdateDeskMutationVariables>;
export const DeliberationMattersDocument = new TypedDocumentString(`
    query DeliberationMatters($round: String, $status: MatterStatus, $category: MatterCategory, $overdue: Boolean!) {
  deliberationRound(round: $round) {
    round
    cutoffDay
    meetingDay
    plannedMeetingDay
    movedReason
    holidaysKnown
    closed
    matters
  }
  matters(round: $round, status: $status, category: $category, overdue: $overdue) {
    ...MatterFields
  }
}
    fragment MatterFields on MatterView {
  id
  ref
  round
  title
  category
  status
  urgency
  targetQuarter
  owner {
    staffId
    partyId
    name
  }
  classifiedAt
  dueDay
  daysLeft
  overdue
  declined
  answer
  answeredAt
  mergedIntoRef
  suggesters
  version
  createdAt
}`) as unknown as TypedDocumentString<DeliberationMattersQuery, DeliberationMattersQueryVariables>;
export const CurrentRoundDocument = new TypedDocumentString(`
    query CurrentRound {
  deliberationRound {
    round
  }
}
    `) as unknown as TypedDocumentString<CurrentRoundQuery, CurrentRoundQueryVariables>;
export const MatterFileDocument = new TypedDocumentString(`
    query MatterFile($id: ID!) {
  matter(id: $id) {
    ...MatterFileFields
  }
  parties {
    id
    name
    kind
    archived
  }
  deliberationStaff {
    id
    name
  }
  deliberationSettings {
    counting
    urgentDays
    keyDays
  }
}
    fragment MatterFields on MatterView {
  id
  ref
  round
  title
  category
  status
  urgency
  targetQuarter
  owner {
    staffId
    partyId
    name
  }
  classifiedAt
  dueDay
  daysLeft
  overdue
  declined
  answer
  answeredAt
  mergedIntoRef
  suggesters
  version
  createdAt
}
fragment MatterFileFields on MatterFileView {
  matter {
    ...MatterFields
  }
  suggestions {
    id
    residentId
    residentName
    building
    title
    details
    category
    source
    enteredByName
    createdAt
  }
  events {
    id
    kind
    public
    text
    reason
    urgency
    dueDay
    previousDueDay
    subject
    outcome
    byName
    at
  }
}`) as unknown as TypedDocumentString<MatterFileQuery, MatterFileQueryVariables>;
export const MatterRefsDocument = new TypedDocumentString(`
    query MatterRefs {
  matters(first: 500) {
    id
    ref
    title
    status
    version
  }
}
    `) as unknown as TypedDocumentString<MatterRefsQuery, MatterRefsQueryVariables>;
export const DeliberationResidentSearchDocument = new TypedDocumentString(`
    query DeliberationResidentSearch($search: String) {
  residents(search: $search, movedAway: false, offset: 0, limit: 8) {
    total
    items {
      id
      name
      age
      unit
      room
      building {
        id
        number
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeliberationResidentSearchQuery, DeliberationResidentSearchQueryVariables>;
export const EnterSuggestionDocument = new TypedDocumentString(`
    mutation EnterSuggestion($input: EnterSuggestionInput!) {
  enterSuggestion(input: $input) {
    id
    ref
    title
  }
}
    `) as unknown as TypedDocumentString<EnterSuggestionMutation, EnterSuggestionMutationVariables>;
export const ClassifyMatterDocument = new TypedDocumentString(`
    mutation ClassifyMatter($input: ClassifyMatterInput!) {
  classifyMatter(input: $input) {
    ...MatterFileFields
  }
}
    fragment MatterFields on MatterView {
  id
  ref
  round
  title
  category
  status
  urgency
  targetQuarter
  owner {
    staffId
    partyId
    name
  }
  classifiedAt
  dueDay
  daysLeft
  overdue
  declined
  answer
  answeredAt
  mergedIntoRef
  suggesters
  version
  createdAt
}
fragment MatterFileFields on MatterFileView {
  matter {
    ...MatterFields
  }
  suggestions {
    id
    residentId
    residentName
    building
    title
    details
    category
    source
    enteredByName
    createdAt
  }
  events {
    id
    kind
    public
    text
    reason
    urgency
    dueDay
    previousDueDay
    subject
    outcome
    byName
    at
  }
}`) as unknown as TypedDocumentString<ClassifyMatterMutation, ClassifyMatterMutationVariables>;
export const ReassignMatterDocument = new TypedDocumentString(`
    mutation ReassignMatter($input: ReassignMatterInput!) {
  reassignMatter(input: $input) {
    ...MatterFileFields
  }
}
    fragment MatterFields on MatterView {
  id
  ref
  round
  title
  category
  status
  urgency
  targetQuarter
  owner {
    staffId
    partyId
    name
  }
  classifiedAt
  dueDay
  daysLeft
  overdue
  declined
  answer
  answeredAt
  mergedIntoRef
  suggesters
  version
  createdAt
}
fragment MatterFileFields on MatterFileView {
  matter {
    ...MatterFields
  }
  suggestions {
    id
    residentId
    residentName
    building
    title
    details
    category
    source
    enteredByName
    createdAt
  }
  events {
    id
    kind
    public
    text
    reason
    urgency
    dueDay
    previousDueDay
    subject
    outcome
    byName
    at
  }
}`) as unknown as TypedDocumentString<ReassignMatterMutation, ReassignMatterMutationVariables>;
export const MoveMatterDeadlineDocument = new TypedDocumentString(`
    mutation MoveMatterDeadline($input: MoveDeadlineInput!) {
  moveMatterDeadline(input: $input) {
    ...MatterFileFields
  }
}
    fragment MatterFields on MatterView {
  id
  ref
  round
  title
  category
  status
  urgency
  targetQuarter
  owner {
    staffId
    partyId
    name
  }
  classifiedAt
  dueDay
  daysLeft
  overdue
  declined
  answer
  answeredAt
  mergedIntoRef
  suggesters
  version
  createdAt
}
fragment MatterFileFields on MatterFileView {
  matter {
    ...MatterFields
  }
  suggestions {
    id
    residentId
    residentName
    building
    title
    details
    category
    source
    enteredByName
    createdAt
  }
  events {
    id
    kind
    public
    text
    reason
    urgency
    dueDay
    previousDueDay
    subject
    outcome
    byName
    at
  }
}`) as unknown as TypedDocumentString<MoveMatterDeadlineMutation, MoveMatterDeadlineMutationVariables>;
export const AddMatterNoteDocument = new TypedDocumentString(`
    mutation AddMatterNote($input: MatterNoteInput!) {
  addMatterNote(input: $input) {
    ...MatterFileFields
  }
}
    fragment MatterFields on MatterView {
  id
  ref
  round
  title
  category
  status
  urgency
  targetQuarter
  owner {
    staffId
    partyId
    name
  }
  classifiedAt
  dueDay
  daysLeft
  overdue
  declined
  answer
  answeredAt
  mergedIntoRef
  suggesters
  version
  createdAt
}
fragment MatterFileFields on MatterFileView {
  matter {
    ...MatterFields
  }
  suggestions {
    id
    residentId
    residentName
    building
    title
    details
    category
    source
    enteredByName
    createdAt
  }
  events {
    id
    kind
    public
    text
    reason
    urgency
    dueDay
    previousDueDay
    subject
    outcome
    byName
    at
  }
}`) as unknown as TypedDocumentString<AddMatterNoteMutation, AddMatterNoteMutationVariables>;
export const DecideMatterDocument = new TypedDocumentString(`
    mutation DecideMatter($input: DecideMatterInput!) {
  decideMatter(input: $input) {
    ...MatterFileFields
  }
}
    fragment MatterFields on MatterView {
  id
  ref
  round
  title
  category
  status
  urgency
  targetQuarter
  owner {
    staffId
    partyId
    name
  }
  classifiedAt
  dueDay
  daysLeft
  overdue
  declined
  answer
  answeredAt
  mergedIntoRef
  suggesters
  version
  createdAt
}
fragment MatterFileFields on MatterFileView {
  matter {
    ...MatterFields
  }
  suggestions {
    id
    residentId
    residentName
    building
    title
    details
    category
    source
    enteredByName
    createdAt
  }
  events {
    id
    kind
    public
    text
    reason
    urgency
    dueDay
    previousDueDay
    subject
    outcome
    byName
    at
  }
}`) as unknown as TypedDocumentString<DecideMatterMutation, DecideMatterMutationVariables>;
export const CompleteMatterDocument = new TypedDocumentString(`
    mutation CompleteMatter($input: CompleteMatterInput!) {
  completeMatter(input: $input) {
    ...MatterFileFields
  }
}
    fragment MatterFields on MatterView {
  id
  ref
  round
  title
  category
  status
  urgency
  targetQuarter
  owner {
    staffId
    partyId
    name
  }
  classifiedAt
  dueDay
  daysLeft
  overdue
  declined
  answer
  answeredAt
  mergedIntoRef
  suggesters
  version
  createdAt
}
fragment MatterFileFields on MatterFileView {
  matter {
    ...MatterFields
  }
  suggestions {
    id
    residentId
    residentName
    building
    title
    details
    category
    source
    enteredByName
    createdAt
  }
  events {
    id
    kind
    public
    text
    reason
    urgency
    dueDay
    previousDueDay
    subject
    outcome
    byName
    at
  }
}`) as unknown as TypedDocumentString<CompleteMatterMutation, CompleteMatterMutationVariables>;
export const AnswerMatterDocument = new TypedDocumentString(`
    mutation AnswerMatter($input: AnswerMatterInput!) {
  answerMatter(input: $input) {
    ...MatterFileFields
  }
}
    fragment MatterFields on MatterView {
  id
  ref
  round
  title
  category
  status
  urgency
  targetQuarter
  owner {
    staffId
    partyId
    name
  }
  classifiedAt
  dueDay
  daysLeft
  overdue
  declined
  answer
  answeredAt
  mergedIntoRef
  suggesters
  version
  createdAt
}
fragment MatterFileFields on MatterFileView {
  matter {
    ...MatterFields
  }
  suggestions {
    id
    residentId
    residentName
    building
    title
    details
    category
    source
    enteredByName
    createdAt
  }
  events {
    id
    kind
    public
    text
    reason
    urgency
    dueDay
    previousDueDay
    subject
    outcome
    byName
    at
  }
}`) as unknown as TypedDocumentString<AnswerMatterMutation, AnswerMatterMutationVariables>;
export const MergeMattersDocument = new TypedDocumentString(`
    mutation MergeMatters($input: MergeMattersInput!) {
  mergeMatters(input: $input) {
    ...MatterFileFields
  }
}
    fragment MatterFields on MatterView {
  id
  ref
  round
  title
  category
  status
  urgency
  targetQuarter
  owner {
    staffId
    partyId
    name
  }
  classifiedAt
  dueDay
  daysLeft
  overdue
  declined
  answer
  answeredAt
  mergedIntoRef
  suggesters
  version
  createdAt
}
fragment MatterFileFields on MatterFileView {
  matter {
    ...MatterFields
  }
  suggestions {
    id
    residentId
    residentName
    building
    title
    details
    category
    source
    enteredByName
    createdAt
  }
  events {
    id
    kind
    public
    text
    reason
    urgency
    dueDay
    previousDueDay
    subject
    outcome
    byName
    at
  }
}`) as unknown as TypedDocumentString<MergeMattersMutation, MergeMattersMutationVariables>;
export const DeliberationStatsDocument = new TypedDocumentString(`
    query DeliberationStats($round: String) {
  deliberationStats(round: $round) {
    round
    category
    matters
    classified
    answered
    answeredInWindow
    overdue
  }
}
    `) as unknown as TypedDocumentString<DeliberationStatsQuery, DeliberationStatsQueryVariables>;
export const PartiesDocument = new TypedDocumentString(`
    query Parties {
  parties {
    id
    name
    kind
    contactName
    phone
    archived
    version
  }
}
    `) as unknown as TypedDocumentString<PartiesQuery, PartiesQueryVariables>;
export const SavePartyDocument = new TypedDocumentString(`
    mutation SaveParty($input: PartyInput!) {
  saveParty(input: $input) {
    id
    name
    kind
    contactName
    phone
    archived
    version
  }
}
    `) as unknown as TypedDocumentString<SavePartyMutation, SavePartyMutationVariables>;
export const DeliberationSettingsDocument = new TypedDocumentString(`
    query DeliberationSettings {
  deliberationSettings {
    counting
    urgentDays
    keyDays
    cutoffDay
    meetingDay
  }
}
    `) as unknown as TypedDocumentString<DeliberationSettingsQuery, DeliberationSettingsQueryVariables>;
export const SaveDeliberationSettingsDocument = new TypedDocumentString(`
    mutation SaveDeliberationSettings($input: DeliberationSettingsInput!) {
  saveDeliberationSettings(input: $input) {
    counting
    urgentDays
    keyDays
    cutoffDay
    meetingDay
  }
}
    `) as unknown as TypedDocumentString<SaveDeliberationSettingsMutation, SaveDeliberationSettingsMutationVariables>;
export const MeetingsDocument = new TypedDocumentString(`
    query Meetings($from: String!, $until: String!) {
  meetings(from: $from, until: $until) {
    id
    kind
    title
    day
    plannedDay
    movedReason
    place
    round
    status
    itemCount
    attendeeCount
    version
  }
}
    `) as unknown as TypedDocumentString<MeetingsQuery, MeetingsQueryVariables>;
export const MeetingDocument = new TypedDocumentString(`
    query Meeting($id: ID!) {
  meeting(id: $id) {
    ...MeetingLiveFields
  }
}
    fragment MeetingLiveFields on MeetingLive {
  id
  kind
  title
  day
  plannedDay
  movedReason
  place
  round
  status
  version
  now
  startedAt
  closedAt
  chairName
  currentItemId
  items {
    id
    position
    title
    matterId
    matterRef
    status
    timeBoxMinutes
    usedMs
    runningSince
    outcome
    decision
    discussion
  }
  invitees {
    id
    name
    building
    councilRole
    residentId
    partyId
    present
  }
  quorum {
    attendees
    councilSize
    present
    needed
    met
  }
  votes {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  lastVote {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  actions {
    id
    itemId
    what
    ownerName
    ownerStaffId
    due
  }
}`) as unknown as TypedDocumentString<MeetingQuery, MeetingQueryVariables>;
export const MeetingPlanningDocument = new TypedDocumentString(`
    query MeetingPlanning($id: ID!) {
  meeting(id: $id) {
    ...MeetingLiveFields
  }
  agendaCandidates(meetingId: $id) {
    matterId
    ref
    title
    overdue
    timeBoxMinutes
  }
  parties {
    id
    name
    archived
  }
}
    fragment MeetingLiveFields on MeetingLive {
  id
  kind
  title
  day
  plannedDay
  movedReason
  place
  round
  status
  version
  now
  startedAt
  closedAt
  chairName
  currentItemId
  items {
    id
    position
    title
    matterId
    matterRef
    status
    timeBoxMinutes
    usedMs
    runningSince
    outcome
    decision
    discussion
  }
  invitees {
    id
    name
    building
    councilRole
    residentId
    partyId
    present
  }
  quorum {
    attendees
    councilSize
    present
    needed
    met
  }
  votes {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  lastVote {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  actions {
    id
    itemId
    what
    ownerName
    ownerStaffId
    due
  }
}`) as unknown as TypedDocumentString<MeetingPlanningQuery, MeetingPlanningQueryVariables>;
export const MeetingChairDocument = new TypedDocumentString(`
    query MeetingChair($id: ID!) {
  meeting(id: $id) {
    ...MeetingLiveFields
  }
  deliberationStaff {
    id
    name
  }
  parties {
    id
    name
    archived
  }
}
    fragment MeetingLiveFields on MeetingLive {
  id
  kind
  title
  day
  plannedDay
  movedReason
  place
  round
  status
  version
  now
  startedAt
  closedAt
  chairName
  currentItemId
  items {
    id
    position
    title
    matterId
    matterRef
    status
    timeBoxMinutes
    usedMs
    runningSince
    outcome
    decision
    discussion
  }
  invitees {
    id
    name
    building
    councilRole
    residentId
    partyId
    present
  }
  quorum {
    attendees
    councilSize
    present
    needed
    met
  }
  votes {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  lastVote {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  actions {
    id
    itemId
    what
    ownerName
    ownerStaffId
    due
  }
}`) as unknown as TypedDocumentString<MeetingChairQuery, MeetingChairQueryVariables>;
export const MeetingChangedDocument = new TypedDocumentString(`
    subscription MeetingChanged($meetingId: ID!) {
  meetingChanged(meetingId: $meetingId) {
    meetingId
    version
  }
}
    `) as unknown as TypedDocumentString<MeetingChangedSubscription, MeetingChangedSubscriptionVariables>;
export const CreateMeetingDocument = new TypedDocumentString(`
    mutation CreateMeeting($input: CreateMeetingInput!) {
  createMeeting(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CreateMeetingMutation, CreateMeetingMutationVariables>;
export const UpdateMeetingDocument = new TypedDocumentString(`
    mutation UpdateMeeting($input: UpdateMeetingInput!) {
  updateMeeting(input: $input) {
    ...MeetingLiveFields
  }
}
    fragment MeetingLiveFields on MeetingLive {
  id
  kind
  title
  day
  plannedDay
  movedReason
  place
  round
  status
  version
  now
  startedAt
  closedAt
  chairName
  currentItemId
  items {
    id
    position
    title
    matterId
    matterRef
    status
    timeBoxMinutes
    usedMs
    runningSince
    outcome
    decision
    discussion
  }
  invitees {
    id
    name
    building
    councilRole
    residentId
    partyId
    present
  }
  quorum {
    attendees
    councilSize
    present
    needed
    met
  }
  votes {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  lastVote {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  actions {
    id
    itemId
    what
    ownerName
    ownerStaffId
    due
  }
}`) as unknown as TypedDocumentString<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const AddAgendaItemDocument = new TypedDocumentString(`
    mutation AddAgendaItem($input: AddAgendaItemInput!) {
  addAgendaItem(input: $input) {
    ...MeetingLiveFields
  }
}
    fragment MeetingLiveFields on MeetingLive {
  id
  kind
  title
  day
  plannedDay
  movedReason
  place
  round
  status
  version
  now
  startedAt
  closedAt
  chairName
  currentItemId
  items {
    id
    position
    title
    matterId
    matterRef
    status
    timeBoxMinutes
    usedMs
    runningSince
    outcome
    decision
    discussion
  }
  invitees {
    id
    name
    building
    councilRole
    residentId
    partyId
    present
  }
  quorum {
    attendees
    councilSize
    present
    needed
    met
  }
  votes {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  lastVote {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  actions {
    id
    itemId
    what
    ownerName
    ownerStaffId
    due
  }
}`) as unknown as TypedDocumentString<AddAgendaItemMutation, AddAgendaItemMutationVariables>;
export const RemoveAgendaItemDocument = new TypedDocumentString(`
    mutation RemoveAgendaItem($input: AgendaItemInput!) {
  removeAgendaItem(input: $input) {
    ...MeetingLiveFields
  }
}
    fragment MeetingLiveFields on MeetingLive {
  id
  kind
  title
  day
  plannedDay
  movedReason
  place
  round
  status
  version
  now
  startedAt
  closedAt
  chairName
  currentItemId
  items {
    id
    position
    title
    matterId
    matterRef
    status
    timeBoxMinutes
    usedMs
    runningSince
    outcome
    decision
    discussion
  }
  invitees {
    id
    name
    building
    councilRole
    residentId
    partyId
    present
  }
  quorum {
    attendees
    councilSize
    present
    needed
    met
  }
  votes {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  lastVote {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  actions {
    id
    itemId
    what
    ownerName
    ownerStaffId
    due
  }
}`) as unknown as TypedDocumentString<RemoveAgendaItemMutation, RemoveAgendaItemMutationVariables>;
export const ReorderAgendaDocument = new TypedDocumentString(`
    mutation ReorderAgenda($input: ReorderAgendaInput!) {
  reorderAgenda(input: $input) {
    ...MeetingLiveFields
  }
}
    fragment MeetingLiveFields on MeetingLive {
  id
  kind
  title
  day
  plannedDay
  movedReason
  place
  round
  status
  version
  now
  startedAt
  closedAt
  chairName
  currentItemId
  items {
    id
    position
    title
    matterId
    matterRef
    status
    timeBoxMinutes
    usedMs
    runningSince
    outcome
    decision
    discussion
  }
  invitees {
    id
    name
    building
    councilRole
    residentId
    partyId
    present
  }
  quorum {
    attendees
    councilSize
    present
    needed
    met
  }
  votes {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  lastVote {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  actions {
    id
    itemId
    what
    ownerName
    ownerStaffId
    due
  }
}`) as unknown as TypedDocumentString<ReorderAgendaMutation, ReorderAgendaMutationVariables>;
export const SetAgendaTimeBoxDocument = new TypedDocumentString(`
    mutation SetAgendaTimeBox($input: TimeBoxInput!) {
  setAgendaTimeBox(input: $input) {
    ...MeetingLiveFields
  }
}
    fragment MeetingLiveFields on MeetingLive {
  id
  kind
  title
  day
  plannedDay
  movedReason
  place
  round
  status
  version
  now
  startedAt
  closedAt
  chairName
  currentItemId
  items {
    id
    position
    title
    matterId
    matterRef
    status
    timeBoxMinutes
    usedMs
    runningSince
    outcome
    decision
    discussion
  }
  invitees {
    id
    name
    building
    councilRole
    residentId
    partyId
    present
  }
  quorum {
    attendees
    councilSize
    present
    needed
    met
  }
  votes {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  lastVote {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  actions {
    id
    itemId
    what
    ownerName
    ownerStaffId
    due
  }
}`) as unknown as TypedDocumentString<SetAgendaTimeBoxMutation, SetAgendaTimeBoxMutationVariables>;
export const InviteToMeetingDocument = new TypedDocumentString(`
    mutation InviteToMeeting($input: InviteInput!) {
  inviteToMeeting(input: $input) {
    ...MeetingLiveFields
  }
}
    fragment MeetingLiveFields on MeetingLive {
  id
  kind
  title
  day
  plannedDay
  movedReason
  place
  round
  status
  version
  now
  startedAt
  closedAt
  chairName
  currentItemId
  items {
    id
    position
    title
    matterId
    matterRef
    status
    timeBoxMinutes
    usedMs
    runningSince
    outcome
    decision
    discussion
  }
  invitees {
    id
    name
    building
    councilRole
    residentId
    partyId
    present
  }
  quorum {
    attendees
    councilSize
    present
    needed
    met
  }
  votes {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  lastVote {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  actions {
    id
    itemId
    what
    ownerName
    ownerStaffId
    due
  }
}`) as unknown as TypedDocumentString<InviteToMeetingMutation, InviteToMeetingMutationVariables>;
export const RemoveMeetingInviteeDocument = new TypedDocumentString(`
    mutation RemoveMeetingInvitee($input: InviteeInput!) {
  removeMeetingInvitee(input: $input) {
    ...MeetingLiveFields
  }
}
    fragment MeetingLiveFields on MeetingLive {
  id
  kind
  title
  day
  plannedDay
  movedReason
  place
  round
  status
  version
  now
  startedAt
  closedAt
  chairName
  currentItemId
  items {
    id
    position
    title
    matterId
    matterRef
    status
    timeBoxMinutes
    usedMs
    runningSince
    outcome
    decision
    discussion
  }
  invitees {
    id
    name
    building
    councilRole
    residentId
    partyId
    present
  }
  quorum {
    attendees
    councilSize
    present
    needed
    met
  }
  votes {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  lastVote {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  actions {
    id
    itemId
    what
    ownerName
    ownerStaffId
    due
  }
}`) as unknown as TypedDocumentString<RemoveMeetingInviteeMutation, RemoveMeetingInviteeMutationVariables>;
export const CheckInResidentDocument = new TypedDocumentString(`
    mutation CheckInResident($input: CheckInResidentInput!) {
  checkInResident(input: $input) {
    residentName
    alreadyCheckedIn
    pointsAwarded
  }
}
    `) as unknown as TypedDocumentString<CheckInResidentMutation, CheckInResidentMutationVariables>;
export const CouncilMembersDocument = new TypedDocumentString(`
    query CouncilMembers {
  councilMembers {
    id
    residentId
    name
    building
    role
    since
    until
  }
}
    `) as unknown as TypedDocumentString<CouncilMembersQuery, CouncilMembersQueryVariables>;
export const AddCouncilMemberDocument = new TypedDocumentString(`
    mutation AddCouncilMember($input: AddCouncilMemberInput!) {
  addCouncilMember(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddCouncilMemberMutation, AddCouncilMemberMutationVariables>;
export const RemoveCouncilMemberDocument = new TypedDocumentString(`
    mutation RemoveCouncilMember($memberId: ID!) {
  removeCouncilMember(memberId: $memberId) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveCouncilMemberMutation, RemoveCouncilMemberMutationVariables>;
export const StartMeetingDocument = new TypedDocumentString(`
    mutation StartMeeting($input: MeetingVersionInput!) {
  startMeeting(input: $input) {
    ...MeetingLiveFields
  }
}
    fragment MeetingLiveFields on MeetingLive {
  id
  kind
  title
  day
  plannedDay
  movedReason
  place
  round
  status
  version
  now
  startedAt
  closedAt
  chairName
  currentItemId
  items {
    id
    position
    title
    matterId
    matterRef
    status
    timeBoxMinutes
    usedMs
    runningSince
    outcome
    decision
    discussion
  }
  invitees {
    id
    name
    building
    councilRole
    residentId
    partyId
    present
  }
  quorum {
    attendees
    councilSize
    present
    needed
    met
  }
  votes {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  lastVote {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  actions {
    id
    itemId
    what
    ownerName
    ownerStaffId
    due
  }
}`) as unknown as TypedDocumentString<StartMeetingMutation, StartMeetingMutationVariables>;
export const NextAgendaItemDocument = new TypedDocumentString(`
    mutation NextAgendaItem($input: MeetingVersionInput!) {
  nextAgendaItem(input: $input) {
    ...MeetingLiveFields
  }
}
    fragment MeetingLiveFields on MeetingLive {
  id
  kind
  title
  day
  plannedDay
  movedReason
  place
  round
  status
  version
  now
  startedAt
  closedAt
  chairName
  currentItemId
  items {
    id
    position
    title
    matterId
    matterRef
    status
    timeBoxMinutes
    usedMs
    runningSince
    outcome
    decision
    discussion
  }
  invitees {
    id
    name
    building
    councilRole
    residentId
    partyId
    present
  }
  quorum {
    attendees
    councilSize
    present
    needed
    met
  }
  votes {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  lastVote {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  actions {
    id
    itemId
    what
    ownerName
    ownerStaffId
    due
  }
}`) as unknown as TypedDocumentString<NextAgendaItemMutation, NextAgendaItemMutationVariables>;
export const StartItemTimerDocument = new TypedDocumentString(`
    mutation StartItemTimer($input: MeetingVersionInput!) {
  startItemTimer(input: $input) {
    ...MeetingLiveFields
  }
}
    fragment MeetingLiveFields on MeetingLive {
  id
  kind
  title
  day
  plannedDay
  movedReason
  place
  round
  status
  version
  now
  startedAt
  closedAt
  chairName
  currentItemId
  items {
    id
    position
    title
    matterId
    matterRef
    status
    timeBoxMinutes
    usedMs
    runningSince
    outcome
    decision
    discussion
  }
  invitees {
    id
    name
    building
    councilRole
    residentId
    partyId
    present
  }
  quorum {
    attendees
    councilSize
    present
    needed
    met
  }
  votes {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  lastVote {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  actions {
    id
    itemId
    what
    ownerName
    ownerStaffId
    due
  }
}`) as unknown as TypedDocumentString<StartItemTimerMutation, StartItemTimerMutationVariables>;
export const PauseItemTimerDocument = new TypedDocumentString(`
    mutation PauseItemTimer($input: MeetingVersionInput!) {
  pauseItemTimer(input: $input) {
    ...MeetingLiveFields
  }
}
    fragment MeetingLiveFields on MeetingLive {
  id
  kind
  title
  day
  plannedDay
  movedReason
  place
  round
  status
  version
  now
  startedAt
  closedAt
  chairName
  currentItemId
  items {
    id
    position
    title
    matterId
    matterRef
    status
    timeBoxMinutes
    usedMs
    runningSince
    outcome
    decision
    discussion
  }
  invitees {
    id
    name
    building
    councilRole
    residentId
    partyId
    present
  }
  quorum {
    attendees
    councilSize
    present
    needed
    met
  }
  votes {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  lastVote {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  actions {
    id
    itemId
    what
    ownerName
    ownerStaffId
    due
  }
}`) as unknown as TypedDocumentString<PauseItemTimerMutation, PauseItemTimerMutationVariables>;
export const RecordVoteDocument = new TypedDocumentString(`
    mutation RecordVote($input: RecordVoteInput!) {
  recordVote(input: $input) {
    ...MeetingLiveFields
  }
}
    fragment MeetingLiveFields on MeetingLive {
  id
  kind
  title
  day
  plannedDay
  movedReason
  place
  round
  status
  version
  now
  startedAt
  closedAt
  chairName
  currentItemId
  items {
    id
    position
    title
    matterId
    matterRef
    status
    timeBoxMinutes
    usedMs
    runningSince
    outcome
    decision
    discussion
  }
  invitees {
    id
    name
    building
    councilRole
    residentId
    partyId
    present
  }
  quorum {
    attendees
    councilSize
    present
    needed
    met
  }
  votes {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  lastVote {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  actions {
    id
    itemId
    what
    ownerName
    ownerStaffId
    due
  }
}`) as unknown as TypedDocumentString<RecordVoteMutation, RecordVoteMutationVariables>;
export const RecordDecisionDocument = new TypedDocumentString(`
    mutation RecordDecision($input: RecordDecisionInput!) {
  recordDecision(input: $input) {
    ...MeetingLiveFields
  }
}
    fragment MeetingLiveFields on MeetingLive {
  id
  kind
  title
  day
  plannedDay
  movedReason
  place
  round
  status
  version
  now
  startedAt
  closedAt
  chairName
  currentItemId
  items {
    id
    position
    title
    matterId
    matterRef
    status
    timeBoxMinutes
    usedMs
    runningSince
    outcome
    decision
    discussion
  }
  invitees {
    id
    name
    building
    councilRole
    residentId
    partyId
    present
  }
  quorum {
    attendees
    councilSize
    present
    needed
    met
  }
  votes {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  lastVote {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  actions {
    id
    itemId
    what
    ownerName
    ownerStaffId
    due
  }
}`) as unknown as TypedDocumentString<RecordDecisionMutation, RecordDecisionMutationVariables>;
export const AssignActionDocument = new TypedDocumentString(`
    mutation AssignAction($input: AssignActionInput!) {
  assignAction(input: $input) {
    ...MeetingLiveFields
  }
}
    fragment MeetingLiveFields on MeetingLive {
  id
  kind
  title
  day
  plannedDay
  movedReason
  place
  round
  status
  version
  now
  startedAt
  closedAt
  chairName
  currentItemId
  items {
    id
    position
    title
    matterId
    matterRef
    status
    timeBoxMinutes
    usedMs
    runningSince
    outcome
    decision
    discussion
  }
  invitees {
    id
    name
    building
    councilRole
    residentId
    partyId
    present
  }
  quorum {
    attendees
    councilSize
    present
    needed
    met
  }
  votes {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  lastVote {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  actions {
    id
    itemId
    what
    ownerName
    ownerStaffId
    due
  }
}`) as unknown as TypedDocumentString<AssignActionMutation, AssignActionMutationVariables>;
export const CloseMeetingDocument = new TypedDocumentString(`
    mutation CloseMeeting($input: MeetingVersionInput!) {
  closeMeeting(input: $input) {
    ...MeetingLiveFields
  }
}
    fragment MeetingLiveFields on MeetingLive {
  id
  kind
  title
  day
  plannedDay
  movedReason
  place
  round
  status
  version
  now
  startedAt
  closedAt
  chairName
  currentItemId
  items {
    id
    position
    title
    matterId
    matterRef
    status
    timeBoxMinutes
    usedMs
    runningSince
    outcome
    decision
    discussion
  }
  invitees {
    id
    name
    building
    councilRole
    residentId
    partyId
    present
  }
  quorum {
    attendees
    councilSize
    present
    needed
    met
  }
  votes {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  lastVote {
    id
    itemId
    question
    for
    against
    abstain
    present
    quorumMet
    carried
    at
  }
  actions {
    id
    itemId
    what
    ownerName
    ownerStaffId
    due
  }
}`) as unknown as TypedDocumentString<CloseMeetingMutation, CloseMeetingMutationVariables>;
export const MeetingMinutesDocument = new TypedDocumentString(`
    query MeetingMinutes($id: ID!) {
  meetingMinutes(id: $id) {
    community
    title
    kind
    day
    place
    chair
    startedAt
    closedAt
    quorum {
      present
      needed
      met
    }
    attendees {
      name
      building
      role
    }
    invitedParties {
      name
      present
    }
    items {
      position
      title
      matterRef
      timeBoxMinutes
      discussion
      decision
      votes {
        question
        for
        against
        abstain
        quorumMet
        carried
      }
      actions {
        what
        owner
        due
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingMinutesQuery, MeetingMinutesQueryVariables>;
export const AdminViewerDocument = new TypedDocumentString(`
    query AdminViewer {
  viewer {
    mustChangePassword
    community {
      id
      name
      code
    }
    staff {
      id
      username
      displayName
      role
    }
  }
}
    `) as unknown as TypedDocumentString<AdminViewerQuery, AdminViewerQueryVariables>;
export const SignInStaffDocument = new TypedDocumentString(`
    mutation SignInStaff($input: StaffSignInInput!) {
  signInStaff(input: $input) {
    token
    staff {
      id
      displayName
      role
    }
  }
}
    `) as unknown as TypedDocumentString<SignInStaffMutation, SignInStaffMutationVariables>;
export const SignInOperatorDocument = new TypedDocumentString(`
    mutation SignInOperator($input: OperatorSignInInput!) {
  signInOperator(input: $input) {
    token
  }
}
    `) as unknown as TypedDocumentString<SignInOperatorMutation, SignInOperatorMutationVariables>;
export const ChangeMyPasswordDocument = new TypedDocumentString(`
    mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {
  changeMyPassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangeMyPasswordMutation, ChangeMyPasswordMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard {
  buildings {
    id
  }
  residents(limit: 1) {
    total
  }
  notices(first: 100) {
    id
    category
    title
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const BuildingsDocument = new TypedDocumentString(`
    query Buildings {
  buildings {
    id
    number
    name
  }
}
    `) as unknown as TypedDocumentString<BuildingsQuery, BuildingsQueryVariables>;
export const DevicesDocument = new TypedDocumentString(`
    query Devices {
  devices {
    id
    kind
    name
    location
    active
    createdAt
    lastSeenAt
    pairingExpiresAt
    revokedAt
    signInBudget {
      failures
      limit
      windowMinutes
      blockedUntil
    }
  }
}
    `) as unknown as TypedDocumentString<DevicesQuery, DevicesQueryVariables>;
export const RegisterDeviceDocument = new TypedDocumentString(`
    mutation RegisterDevice($input: RegisterDeviceInput!) {
  registerDevice(input: $input) {
    token
    pairingCode
    device {
      id
      name
      pairingExpiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterDeviceMutation, RegisterDeviceMutationVariables>;
export const RenewPairingCodeDocument = new TypedDocumentString(`
    mutation RenewPairingCode($id: ID!) {
  renewPairingCode(id: $id)
}
    `) as unknown as TypedDocumentString<RenewPairingCodeMutation, RenewPairingCodeMutationVariables>;
export const RevokeDeviceDocument = new TypedDocumentString(`
    mutation RevokeDevice($id: ID!) {
  revokeDevice(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeDeviceMutation, RevokeDeviceMutationVariables>;
export const ResetDeviceSignInsDocument = new TypedDocumentString(`
    mutation ResetDeviceSignIns($id: ID!) {
  resetDeviceSignIns(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ResetDeviceSignInsMutation, ResetDeviceSignInsMutationVariables>;
export const NoticesDocument = new TypedDocumentString(`
    query Notices($buildingId: ID, $includeExpired: Boolean!, $first: Int!) {
  notices(buildingId: $buildingId, includeExpired: $includeExpired, first: $first) {
    id
    category
    title
    body
    publishedAt
    expiresAt
    buildings {
      id
      number
      name
    }
  }
}
    `) as unknown as TypedDocumentString<NoticesQuery, NoticesQueryVariables>;
export const PublishNoticeDocument = new TypedDocumentString(`
    mutation PublishNotice($input: PublishNoticeInput!) {
  publishNotice(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<PublishNoticeMutation, PublishNoticeMutationVariables>;
export const DeleteNoticeDocument = new TypedDocumentString(`
    mutation DeleteNotice($id: ID!) {
  deleteNotice(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteNoticeMutation, DeleteNoticeMutationVariables>;
export const UpdateNoticeDocument = new TypedDocumentString(`
    mutation UpdateNotice($id: ID!, $input: PublishNoticeInput!) {
  updateNotice(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateNoticeMutation, UpdateNoticeMutationVariables>;
export const ConsoleNoticePublishedDocument = new TypedDocumentString(`
    subscription ConsoleNoticePublished {
  noticePublished {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleNoticePublishedSubscription, ConsoleNoticePublishedSubscriptionVariables>;
export const ConsoleNoticeChangedDocument = new TypedDocumentString(`
    subscription ConsoleNoticeChanged {
  noticeChanged {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsoleNoticeChangedSubscription, ConsoleNoticeChangedSubscriptionVariables>;
export const ResidentPointsDocument = new TypedDocumentString(`
    query ResidentPoints($residentId: ID!, $before: String, $first: Int!, $reasons: [PointsReasonCode!], $from: String, $until: String) {
  residentPoints(
    residentId: $residentId
    before: $before
    first: $first
    reasons: $reasons
    from: $from
    until: $until
  ) {
    residentId
    residentName
    building
    gone
    balance
    more
    history {
      ...PointsEntryFields
    }
  }
}
    fragment PointsEntryFields on PointsEntryView {
  id
  amount
  balanceAfter
  reason
  title
  day
  hours
  note
  voucherCode
  reversesId
  reversed
  recordedBy
  recordedByName
  at
  cursor
}`) as unknown as TypedDocumentString<ResidentPointsQuery, ResidentPointsQueryVariables>;
export const RecordVolunteerHoursDocument = new TypedDocumentString(`
    mutation RecordVolunteerHours($input: VolunteerHoursInput!) {
  recordVolunteerHours(input: $input) {
    alreadyRecorded
    balance
    entry {
      ...PointsEntryFields
    }
  }
}
    fragment PointsEntryFields on PointsEntryView {
  id
  amount
  balanceAfter
  reason
  title
  day
  hours
  note
  voucherCode
  reversesId
  reversed
  recordedBy
  recordedByName
  at
  cursor
}`) as unknown as TypedDocumentString<RecordVolunteerHoursMutation, RecordVolunteerHoursMutationVariables>;
export const AdjustPointsDocument = new TypedDocumentString(`
    mutation AdjustPoints($input: ManualPointsInput!) {
  adjustPoints(input: $input) {
    alreadyRecorded
    balance
    entry {
      ...PointsEntryFields
    }
  }
}
    fragment PointsEntryFields on PointsEntryView {
  id
  amount
  balanceAfter
  reason
  title
  day
  hours
  note
  voucherCode
  reversesId
  reversed
  recordedBy
  recordedByName
  at
  cursor
}`) as unknown as TypedDocumentString<AdjustPointsMutation, AdjustPointsMutationVariables>;
export const ReversePointsEntryDocument = new TypedDocumentString(`
    mutation ReversePointsEntry($input: ReverseEntryInput!) {
  reversePointsEntry(input: $input) {
    alreadyRecorded
    balance
    entry {
      ...PointsEntryFields
    }
  }
}
    fragment PointsEntryFields on PointsEntryView {
  id
  amount
  balanceAfter
  reason
  title
  day
  hours
  note
  voucherCode
  reversesId
  reversed
  recordedBy
  recordedByName
  at
  cursor
}`) as unknown as TypedDocumentString<ReversePointsEntryMutation, ReversePointsEntryMutationVariables>;
export const PointsRulesDocument = new TypedDocumentString(`
    query PointsRules {
  pointsRules {
    id
    reason
    points
    effectiveFrom
    current
  }
  pointsSettings {
    voucherValidDays
    starsPerQuarter
  }
}
    `) as unknown as TypedDocumentString<PointsRulesQuery, PointsRulesQueryVariables>;
export const AddPointsRuleDocument = new TypedDocumentString(`
    mutation AddPointsRule($input: PointsRuleInput!) {
  addPointsRule(input: $input) {
    id
    reason
    points
    effectiveFrom
    current
  }
}
    `) as unknown as TypedDocumentString<AddPointsRuleMutation, AddPointsRuleMutationVariables>;
export const SavePointsSettingsDocument = new TypedDocumentString(`
    mutation SavePointsSettings($input: PointsSettingsInput!) {
  savePointsSettings(input: $input) {
    voucherValidDays
    starsPerQuarter
  }
}
    `) as unknown as TypedDocumentString<SavePointsSettingsMutation, SavePointsSettingsMutationVariables>;
export const RewardsDocument = new TypedDocumentString(`
    query Rewards($includeArchived: Boolean!) {
  rewards(includeArchived: $includeArchived) {
    ...RewardFields
  }
}
    fragment RewardFields on Reward {
  id
  kind
  name
  description
  cost
  stock
  pictureId
  activeFrom
  activeUntil
  archived
  version
}`) as unknown as TypedDocumentString<RewardsQuery, RewardsQueryVariables>;
export const CreateRewardDocument = new TypedDocumentString(`
    mutation CreateReward($input: NewRewardInput!) {
  createReward(input: $input) {
    ...RewardFields
  }
}
    fragment RewardFields on Reward {
  id
  kind
  name
  description
  cost
  stock
  pictureId
  activeFrom
  activeUntil
  archived
  version
}`) as unknown as TypedDocumentString<CreateRewardMutation, CreateRewardMutationVariables>;
export const UpdateRewardDocument = new TypedDocumentString(`
    mutation UpdateReward($input: UpdateRewardInput!) {
  updateReward(input: $input) {
    ...RewardFields
  }
}
    fragment RewardFields on Reward {
  id
  kind
  name
  description
  cost
  stock
  pictureId
  activeFrom
  activeUntil
  archived
  version
}`) as unknown as TypedDocumentString<UpdateRewardMutation, UpdateRewardMutationVariables>;
export const AdjustRewardStockDocument = new TypedDocumentString(`
    mutation AdjustRewardStock($input: StockInput!) {
  adjustRewardStock(input: $input) {
    ...RewardFields
  }
}
    fragment RewardFields on Reward {
  id
  kind
  name
  description
  cost
  stock
  pictureId
  activeFrom
  activeUntil
  archived
  version
}`) as unknown as TypedDocumentString<AdjustRewardStockMutation, AdjustRewardStockMutationVariables>;
export const VouchersDocument = new TypedDocumentString(`
    query Vouchers($statuses: [VoucherStatus!], $before: DateTimeISO, $first: Int!) {
  vouchers(statuses: $statuses, before: $before, first: $first) {
    ...VoucherFields
  }
}
    fragment VoucherFields on Voucher {
  id
  code
  status
  cost
  rewardId
  rewardName
  residentId
  residentName
  building
  issuedAt
  expiresAt
  closedAt
  cancelNote
}`) as unknown as TypedDocumentString<VouchersQuery, VouchersQueryVariables>;
export const VoucherByCodeDocument = new TypedDocumentString(`
    query VoucherByCode($code: String!) {
  voucherByCode(code: $code) {
    ...VoucherFields
  }
}
    fragment VoucherFields on Voucher {
  id
  code
  status
  cost
  rewardId
  rewardName
  residentId
  residentName
  building
  issuedAt
  expiresAt
  closedAt
  cancelNote
}`) as unknown as TypedDocumentString<VoucherByCodeQuery, VoucherByCodeQueryVariables>;
export const FulfilVoucherDocument = new TypedDocumentString(`
    mutation FulfilVoucher($input: VoucherCodeInput!) {
  fulfilVoucher(input: $input) {
    ...VoucherFields
  }
}
    fragment VoucherFields on Voucher {
  id
  code
  status
  cost
  rewardId
  rewardName
  residentId
  residentName
  building
  issuedAt
  expiresAt
  closedAt
  cancelNote
}`) as unknown as TypedDocumentString<FulfilVoucherMutation, FulfilVoucherMutationVariables>;
export const CancelVoucherDocument = new TypedDocumentString(`
    mutation CancelVoucher($input: CancelVoucherInput!) {
  cancelVoucher(input: $input) {
    ...VoucherFields
  }
}
    fragment VoucherFields on Voucher {
  id
  code
  status
  cost
  rewardId
  rewardName
  residentId
  residentName
  building
  issuedAt
  expiresAt
  closedAt
  cancelNote
}`) as unknown as TypedDocumentString<CancelVoucherMutation, CancelVoucherMutationVariables>;
export const StarsOfQuarterDocument = new TypedDocumentString(`
    query StarsOfQuarter($quarter: String!) {
  starsOfQuarter(quarter: $quarter) {
    quarter
    confirmed
    over
    stars {
      rank
      name
      building
      points
      occasions
      residentId
    }
  }
}
    `) as unknown as TypedDocumentString<StarsOfQuarterQuery, StarsOfQuarterQueryVariables>;
export const ConfirmStarsDocument = new TypedDocumentString(`
    mutation ConfirmStars($input: ConfirmStarsInput!) {
  confirmStars(input: $input) {
    quarter
    confirmed
    over
    stars {
      rank
      name
      building
      points
      occasions
      residentId
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmStarsMutation, ConfirmStarsMutationVariables>;
export const PointsByMonthDocument = new TypedDocumentString(`
    query PointsByMonth($months: Int!) {
  pointsByMonth(months: $months) {
    month
    earned
    redeemed
  }
}
    `) as unknown as TypedDocumentString<PointsByMonthQuery, PointsByMonthQueryVariables>;
export const VerifyLedgerDocument = new TypedDocumentString(`
    mutation VerifyLedger {
  verifyLedger {
    accounts
    entries
    ok
    problems
    checkedAt
    mismatches {
      residentId
      kind
      balance
      sum
      last
    }
  }
}
    `) as unknown as TypedDocumentString<VerifyLedgerMutation, VerifyLedgerMutationVariables>;
export const ResidentRecordDocument = new TypedDocumentString(`
    query ResidentRecord($id: ID!) {
  residentRecord(id: $id) {
    ...ResidentRecordFields
  }
}
    fragment ResidentRecordFields on ResidentRecord {
  phone
  phone2
  birthDate
  notes
  cardCode
  hasPin
  pinLockedUntil
  pinSetupExpiresAt
  resident {
    id
    name
    unit
    room
    age
    livesAlone
    limitedMobility
    movedAway
    erased
    version
    building {
      id
      number
      name
    }
  }
}`) as unknown as TypedDocumentString<ResidentRecordQuery, ResidentRecordQueryVariables>;
export const CreateResidentDocument = new TypedDocumentString(`
    mutation CreateResident($input: ResidentInput!) {
  createResident(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateResidentMutation, CreateResidentMutationVariables>;
export const UpdateResidentDocument = new TypedDocumentString(`
    mutation UpdateResident($id: ID!, $input: ResidentEdit!) {
  updateResident(id: $id, input: $input) {
    id
    name
    unit
    room
    age
    livesAlone
    limitedMobility
    movedAway
    erased
    version
    building {
      id
      number
      name
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateResidentMutation, UpdateResidentMutationVariables>;
export const MarkResidentMovedAwayDocument = new TypedDocumentString(`
    mutation MarkResidentMovedAway($id: ID!, $version: Int!) {
  markResidentMovedAway(id: $id, version: $version) {
    id
    movedAway
    erased
    version
  }
}
    `) as unknown as TypedDocumentString<MarkResidentMovedAwayMutation, MarkResidentMovedAwayMutationVariables>;
export const EraseResidentDocument = new TypedDocumentString(`
    mutation EraseResident($id: ID!, $version: Int!) {
  eraseResident(id: $id, version: $version) {
    id
    name
    movedAway
    erased
    version
  }
}
    `) as unknown as TypedDocumentString<EraseResidentMutation, EraseResidentMutationVariables>;
export const IssueResidentCardDocument = new TypedDocumentString(`
    mutation IssueResidentCard($id: ID!) {
  issueResidentCard(id: $id) {
    ...ResidentRecordFields
  }
}
    fragment ResidentRecordFields on ResidentRecord {
  phone
  phone2
  birthDate
  notes
  cardCode
  hasPin
  pinLockedUntil
  pinSetupExpiresAt
  resident {
    id
    name
    unit
    room
    age
    livesAlone
    limitedMobility
    movedAway
    erased
    version
    building {
      id
      number
      name
    }
  }
}`) as unknown as TypedDocumentString<IssueResidentCardMutation, IssueResidentCardMutationVariables>;
export const RevokeResidentCardDocument = new TypedDocumentString(`
    mutation RevokeResidentCard($id: ID!) {
  revokeResidentCard(id: $id) {
    ...ResidentRecordFields
  }
}
    fragment ResidentRecordFields on ResidentRecord {
  phone
  phone2
  birthDate
  notes
  cardCode
  hasPin
  pinLockedUntil
  pinSetupExpiresAt
  resident {
    id
    name
    unit
    room
    age
    livesAlone
    limitedMobility
    movedAway
    erased
    version
    building {
      id
      number
      name
    }
  }
}`) as unknown as TypedDocumentString<RevokeResidentCardMutation, RevokeResidentCardMutationVariables>;
export const IssuePinSetupCodeDocument = new TypedDocumentString(`
    mutation IssuePinSetupCode($residentId: ID!) {
  issuePinSetupCode(residentId: $residentId) {
    code
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<IssuePinSetupCodeMutation, IssuePinSetupCodeMutationVariables>;
export const LiftPinLockDocument = new TypedDocumentString(`
    mutation LiftPinLock($residentId: ID!) {
  liftPinLock(residentId: $residentId)
}
    `) as unknown as TypedDocumentString<LiftPinLockMutation, LiftPinLockMutationVariables>;
export const StaffUsersDocument = new TypedDocumentString(`
    query StaffUsers {
  staffUsers {
    id
    username
    displayName
    role
    deactivatedAt
    mustChangePassword
    version
    createdAt
  }
}
    `) as unknown as TypedDocumentString<StaffUsersQuery, StaffUsersQueryVariables>;
export const CreateStaffDocument = new TypedDocumentString(`
    mutation CreateStaff($input: CreateStaffInput!) {
  createStaff(input: $input) {
    oneTimePassword
    staff {
      id
      username
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<CreateStaffMutation, CreateStaffMutationVariables>;
export const SetStaffRoleDocument = new TypedDocumentString(`
    mutation SetStaffRole($input: SetStaffRoleInput!) {
  setStaffRole(input: $input) {
    id
    role
    version
  }
}
    `) as unknown as TypedDocumentString<SetStaffRoleMutation, SetStaffRoleMutationVariables>;
export const DeactivateStaffDocument = new TypedDocumentString(`
    mutation DeactivateStaff($input: StaffVersionInput!) {
  deactivateStaff(input: $input) {
    id
    deactivatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<DeactivateStaffMutation, DeactivateStaffMutationVariables>;
export const ReactivateStaffDocument = new TypedDocumentString(`
    mutation ReactivateStaff($input: StaffVersionInput!) {
  reactivateStaff(input: $input) {
    id
    deactivatedAt
    version
  }
}
    `) as unknown as TypedDocumentString<ReactivateStaffMutation, ReactivateStaffMutationVariables>;
export const ResetStaffPasswordDocument = new TypedDocumentString(`
    mutation ResetStaffPassword($input: StaffVersionInput!) {
  resetStaffPassword(input: $input) {
    oneTimePassword
    staff {
      id
      username
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<ResetStaffPasswordMutation, ResetStaffPasswordMutationVariables>;
export const OperatorMeDocument = new TypedDocumentString(`
    query OperatorMe {
  operatorMe {
    id
    username
    displayName
  }
}
    `) as unknown as TypedDocumentString<OperatorMeQuery, OperatorMeQueryVariables>;
export const OfficeCommunitiesDocument = new TypedDocumentString(`
    query OfficeCommunities {
  officeCommunities {
    id
    name
    code
    address
    buildingCount
    unitCount
    staffCount
    createdAt
  }
}
    `) as unknown as TypedDocumentString<OfficeCommunitiesQuery, OfficeCommunitiesQueryVariables>;
export const CreateCommunityDocument = new TypedDocumentString(`
    mutation CreateCommunity($input: CreateCommunityInput!) {
  createCommunity(input: $input) {
    adminUsername
    oneTimePassword
    community {
      id
      name
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreateCommunityMutation, CreateCommunityMutationVariables>;
export const WorkOrdersDocument = new TypedDocumentString(`
    query WorkOrders($status: WorkOrderStatus) {
  workOrders(status: $status) {
    ...WorkOrderFields
  }
}
    fragment WorkOrderFields on WorkOrder {
  id
  status
  description
  owner
  dueDate
  overdue
  offeringName
  ticketCode
  residentName
  outcome
  createdAt
  closedAt
  notes {
    author
    createdAt
    text
  }
}`) as unknown as TypedDocumentString<WorkOrdersQuery, WorkOrdersQueryVariables>;
export const CreateWorkOrderDocument = new TypedDocumentString(`
    mutation CreateWorkOrder($input: CreateWorkOrderInput!) {
  createWorkOrder(input: $input) {
    ...WorkOrderFields
  }
}
    fragment WorkOrderFields on WorkOrder {
  id
  status
  description
  owner
  dueDate
  overdue
  offeringName
  ticketCode
  residentName
  outcome
  createdAt
  closedAt
  notes {
    author
    createdAt
    text
  }
}`) as unknown as TypedDocumentString<CreateWorkOrderMutation, CreateWorkOrderMutationVariables>;
export const AddWorkOrderNoteDocument = new TypedDocumentString(`
    mutation AddWorkOrderNote($input: WorkOrderNoteInput!) {
  addWorkOrderNote(input: $input) {
    ...WorkOrderFields
  }
}
    fragment WorkOrderFields on WorkOrder {
  id
  status
  description
  owner
  dueDate
  overdue
  offeringName
  ticketCode
  residentName
  outcome
  createdAt
  closedAt
  notes {
    author
    createdAt
    text
  }
}`) as unknown as TypedDocumentString<AddWorkOrderNoteMutation, AddWorkOrderNoteMutationVariables>;
export const CloseWorkOrderDocument = new TypedDocumentString(`
    mutation CloseWorkOrder($input: CloseWorkOrderInput!) {
  closeWorkOrder(input: $input) {
    ...WorkOrderFields
  }
}
    fragment WorkOrderFields on WorkOrder {
  id
  status
  description
  owner
  dueDate
  overdue
  offeringName
  ticketCode
  residentName
  outcome
  createdAt
  closedAt
  notes {
    author
    createdAt
    text
  }
}`) as unknown as TypedDocumentString<CloseWorkOrderMutation, CloseWorkOrderMutationVariables>;
export const ResidentsPageDocument = new TypedDocumentString(`
    query ResidentsPage($search: String, $buildingId: ID, $unit: Int, $room: String, $ageBand: AgeBand, $livesAlone: Boolean, $limitedMobility: Boolean, $movedAway: Boolean!, $offset: Int!, $limit: Int!) {
  residents(
    search: $search
    buildingId: $buildingId
    unit: $unit
    room: $room
    ageBand: $ageBand
    livesAlone: $livesAlone
    limitedMobility: $limitedMobility
    movedAway: $movedAway
    offset: $offset
    limit: $limit
  ) {
    total
    items {
      id
      name
      age
      unit
      room
      phoneMasked
      livesAlone
      limitedMobility
      movedAway
      building {
        id
        number
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResidentsPageQuery, ResidentsPageQueryVariables>;
export const HouseholdDocument = new TypedDocumentString(`
    query Household($buildingId: ID!, $unit: Int!, $room: String!) {
  household(buildingId: $buildingId, unit: $unit, room: $room) {
    id
    name
    age
    phoneMasked
    livesAlone
    limitedMobility
    building {
      id
      number
      name
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdQuery, HouseholdQueryVariables>;
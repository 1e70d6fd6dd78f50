/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CallNextInput = {
  /** The counter calling (one of cornerCounters); the screen sends the resident to its name */
  counterId: string;
  /** Call this waiting number of the line (12 for A012) instead of the lowest; not waiting: TICKET_NOT_WAITING, no such number: TICKET_UNKNOWN */
  number?: number | null | undefined;
  serviceId: string;
};

export type CloseSessionInput = {
  /** The bookings the person was shown and agreed to cancel; if the session holds more by now, nothing is closed (BOOKINGS_CHANGED) */
  confirmBookings: number;
  sessionId: string;
};

export type CloseWorkOrderInput = {
  /** What was done */
  outcome: string;
  workOrderId: string;
};

export type CornerServiceInput = {
  /** Bookings per session, unless a session says otherwise */
  bookingCapacity?: number;
  /** The line letter A–Z, unique in the community (the ticket prefix) */
  letter: string;
  name: string;
  /** Who provides it, e.g. the visiting locksmith */
  provider?: string;
  typicalMinutes?: number;
};

export type CounterInput = {
  /** What the screen calls residents to, e.g. "1号台" */
  name: string;
  /** The lines it usually serves (optional) */
  serviceIds?: Array<string>;
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

export type DeviceKind =
  | 'KIOSK'
  | 'SCREEN';

export type LineCapacityInput = {
  /** Places for this session; null: the service's default */
  capacity?: number | null | undefined;
  serviceId: string;
  sessionId: string;
};

/** Property notice 物业通知, service phone numbers 服务电话, activity announcement 活动预告 */
export type NoticeCategory =
  | 'ACTIVITY'
  | 'PROPERTY'
  | 'SERVICE_PHONE';

export type OneOffSessionInput = {
  /** YYYY-MM-DD, Asia/Shanghai */
  date: string;
  endTime?: string;
  startTime?: string;
};

export type PublishNoticeInput = {
  body: string;
  /** The buildings whose boards show it */
  buildingIds: Array<string>;
  category: NoticeCategory;
  expiresAt?: string | null | undefined;
  title: string;
};

export type RegisterDeviceInput = {
  kind: DeviceKind;
  location?: string;
  name: string;
};

export type SessionPatternInput = {
  /** HH:MM, Asia/Shanghai */
  endTime?: string;
  /** HH:MM, Asia/Shanghai */
  startTime?: string;
  /** ISO weekdays: 1 = Monday … 7 = Sunday */
  weekdays?: Array<number>;
  /** How many weeks ahead, from today */
  weeks: number;
};

/** What a staff user may do in the console */
export type StaffRole =
  | 'ADMIN'
  | 'SECRETARY'
  | 'STAFF';

export type StaffSignInInput = {
  password: string;
  username: string;
};

export type TicketActionInput = {
  ticketId: string;
};

export type TicketStatus =
  | 'CALLED'
  | 'CANCELLED'
  | 'DONE'
  | 'NO_SHOW'
  | 'SERVING'
  | 'WAITING';

export type UpdateCornerServiceInput = {
  /** Bookings per session, unless a session says otherwise */
  bookingCapacity?: number;
  id: string;
  /** The line letter A–Z, unique in the community (the ticket prefix) */
  letter: string;
  name: string;
  /** Who provides it, e.g. the visiting locksmith */
  provider?: string;
  typicalMinutes?: number;
};

export type UpdateCounterInput = {
  active?: boolean;
  id: string;
  /** What the screen calls residents to, e.g. "1号台" */
  name: string;
  /** The lines it usually serves (optional) */
  serviceIds?: Array<string>;
};

export type WorkOrderNoteInput = {
  text: string;
  workOrderId: string;
};

export type WorkOrderStatus =
  | 'CLOSED'
  | 'OPEN';

export type CornerServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type CornerServicesQuery = { cornerServices: Array<{ id: string, letter: string, name: string, provider: string }> };

export type CornerTodayQueryVariables = Exact<{ [key: string]: never; }>;


export type CornerTodayQuery = { cornerStatus: { open: boolean, session: { id: string, startsAt: string, endsAt: string } | null }, cornerBoard: Array<{ sessionId: string | null, version: number, waitingCount: number, servedCount: number, noShowCount: number, averageWaitMinutes: number, service: { id: string, letter: string, name: string, provider: string }, nowServing: Array<{ id: string, code: string, status: TicketStatus, counter: string | null }> }> };

export type CounterTicketFragment = { id: string, code: string, status: TicketStatus, counter: string | null, createdAt: string, calledAt: string | null, service: { id: string, name: string } };

export type CornerCountersQueryVariables = Exact<{ [key: string]: never; }>;


export type CornerCountersQuery = { cornerCounters: Array<{ id: string, name: string, serviceIds: Array<string> }> };

export type CounterLineQueryVariables = Exact<{
  serviceId: string;
  next: number;
  counterId: string;
}>;


export type CounterLineQuery = { counterTicket: { id: string, code: string, status: TicketStatus, counter: string | null, createdAt: string, calledAt: string | null, service: { id: string, name: string } } | null, cornerStatus: { open: boolean, session: { id: string, startsAt: string, endsAt: string } | null }, cornerBoard: Array<{ sessionId: string | null, version: number, waitingCount: number, servedCount: number, noShowCount: number, service: { id: string }, nowServing: Array<{ id: string, code: string, status: TicketStatus, counter: string | null, createdAt: string, calledAt: string | null, service: { id: string, name: string } }>, waiting: Array<{ id: string, code: string, status: TicketStatus, counter: string | null, createdAt: string, calledAt: string | null, service: { id: string, name: string } }> }> };

export type QueueChangedSubscriptionVariables = Exact<{
  serviceId?: string | null | undefined;
}>;


export type QueueChangedSubscription = { queueChanged: { serviceId: string, sessionId: string, version: number } };

export type CallNextMutationVariables = Exact<{
  input: CallNextInput;
}>;


export type CallNextMutation = { callNext: { id: string, code: string, status: TicketStatus, counter: string | null, createdAt: string, calledAt: string | null, service: { id: string, name: string } } | null };

export type RecallTicketMutationVariables = Exact<{
  input: TicketActionInput;
}>;


export type RecallTicketMutation = { recallTicket: { id: string, code: string, status: TicketStatus, counter: string | null, createdAt: string, calledAt: string | null, service: { id: string, name: string } } };

export type StartServingMutationVariables = Exact<{
  input: TicketActionInput;
}>;


export type StartServingMutation = { startServing: { id: string, code: string, status: TicketStatus, counter: string | null, createdAt: string, calledAt: string | null, service: { id: string, name: string } } };

export type CompleteTicketMutationVariables = Exact<{
  input: TicketActionInput;
}>;


export type CompleteTicketMutation = { completeTicket: { id: string, code: string, status: TicketStatus, counter: string | null, createdAt: string, calledAt: string | null, service: { id: string, name: string } } };

export type MarkNoShowMutationVariables = Exact<{
  input: TicketActionInput;
}>;


export type MarkNoShowMutation = { markNoShow: { id: string, code: string, status: TicketStatus, counter: string | null, createdAt: string, calledAt: string | null, service: { id: string, name: string } } };

export type SetupServiceFragment = { id: string, letter: string, name: string, provider: string, typicalMinutes: number, bookingCapacity: number, active: boolean };

export type SetupServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupServicesQuery = { cornerSetupServices: Array<{ id: string, letter: string, name: string, provider: string, typicalMinutes: number, bookingCapacity: number, active: boolean }> };

export type CreateCornerServiceMutationVariables = Exact<{
  input: CornerServiceInput;
}>;


export type CreateCornerServiceMutation = { createCornerService: { id: string, letter: string, name: string, provider: string, typicalMinutes: number, bookingCapacity: number, active: boolean } };

export type UpdateCornerServiceMutationVariables = Exact<{
  input: UpdateCornerServiceInput;
}>;


export type UpdateCornerServiceMutation = { updateCornerService: { id: string, letter: string, name: string, provider: string, typicalMinutes: number, bookingCapacity: number, active: boolean } };

export type SetCornerServiceActiveMutationVariables = Exact<{
  id: string;
  active: boolean;
}>;


export type SetCornerServiceActiveMutation = { setCornerServiceActive: { id: string, letter: string, name: string, provider: string, typicalMinutes: number, bookingCapacity: number, active: boolean } };

export type CornerCalendarQueryVariables = Exact<{
  month: string;
}>;


export type CornerCalendarQuery = { cornerCalendar: Array<{ bookings: number, session: { id: string, startsAt: string, endsAt: string, cancelled: boolean } }> };

export type CornerSessionLinesQueryVariables = Exact<{
  sessionId: string;
}>;


export type CornerSessionLinesQuery = { cornerSessionLines: Array<{ booked: number, capacity: number, capacityOverride: number | null, service: { id: string, letter: string, name: string, bookingCapacity: number } }> };

export type GenerateCornerSessionsMutationVariables = Exact<{
  input: SessionPatternInput;
}>;


export type GenerateCornerSessionsMutation = { generateCornerSessions: { created: number, skipped: number } };

export type AddCornerSessionMutationVariables = Exact<{
  input: OneOffSessionInput;
}>;


export type AddCornerSessionMutation = { addCornerSession: { id: string, startsAt: string } };

export type CloseCornerSessionMutationVariables = Exact<{
  input: CloseSessionInput;
}>;


export type CloseCornerSessionMutation = { closeCornerSession: { cancelledBookings: number, session: { id: string, cancelled: boolean } } };

export type ReopenCornerSessionMutationVariables = Exact<{
  sessionId: string;
}>;


export type ReopenCornerSessionMutation = { reopenCornerSession: { id: string, cancelled: boolean } };

export type SetCornerLineCapacityMutationVariables = Exact<{
  input: LineCapacityInput;
}>;


export type SetCornerLineCapacityMutation = { setCornerLineCapacity: { booked: number, capacity: number, capacityOverride: number | null } };

export type SetupCountersQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupCountersQuery = { cornerCounters: Array<{ id: string, name: string, active: boolean, serviceIds: Array<string> }> };

export type CreateCornerCounterMutationVariables = Exact<{
  input: CounterInput;
}>;


export type CreateCornerCounterMutation = { createCornerCounter: { id: string, name: string } };

export type UpdateCornerCounterMutationVariables = Exact<{
  input: UpdateCounterInput;
}>;


export type UpdateCornerCounterMutation = { updateCornerCounter: { id: string, name: string, active: boolean, serviceIds: Array<string> } };

export type AdminViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminViewerQuery = { viewer: { community: { id: string, name: string } | null, staff: { id: string, username: string, displayName: string, role: StaffRole } | null } };

export type SignInStaffMutationVariables = Exact<{
  input: StaffSignInInput;
}>;


export type SignInStaffMutation = { signInStaff: { token: string, staff: { id: string, displayName: string, role: StaffRole } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { buildings: Array<{ id: string }>, residents: { total: number }, notices: Array<{ id: string, category: NoticeCategory, title: string, publishedAt: string }> };

export type BuildingsQueryVariables = Exact<{ [key: string]: never; }>;


export type BuildingsQuery = { buildings: Array<{ id: string, number: number, name: string }> };

export type ResidentsQueryVariables = Exact<{
  search?: string | null | undefined;
  buildingId?: string | null | undefined;
  offset: number;
  limit: number;
}>;


export type ResidentsQuery = { residents: { total: number, items: Array<{ id: string, name: string, age: number, room: string, phone: string, livesAlone: boolean, limitedMobility: boolean, building: { id: string, name: string } }> } };

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

export type WorkOrderFieldsFragment = { id: string, status: WorkOrderStatus, description: string, owner: string, dueDate: string, overdue: boolean, serviceName: string | null, ticketCode: string | null, residentName: string, outcome: string | null, createdAt: string, closedAt: string | null, notes: Array<{ author: string | null, createdAt: string, text: string }> };

export type WorkOrdersQueryVariables = Exact<{
  status?: WorkOrderStatus | null | undefined;
}>;


export type WorkOrdersQuery = { workOrders: Array<{ id: string, status: WorkOrderStatus, description: string, owner: string, dueDate: string, overdue: boolean, serviceName: string | null, ticketCode: string | null, residentName: string, outcome: string | null, createdAt: string, closedAt: string | null, notes: Array<{ author: string | null, createdAt: string, text: string }> }> };

export type CreateWorkOrderMutationVariables = Exact<{
  input: CreateWorkOrderInput;
}>;


export type CreateWorkOrderMutation = { createWorkOrder: { id: string, status: WorkOrderStatus, description: string, owner: string, dueDate: string, overdue: boolean, serviceName: string | null, ticketCode: string | null, residentName: string, outcome: string | null, createdAt: string, closedAt: string | null, notes: Array<{ author: string | null, createdAt: string, text: string }> } };

export type AddWorkOrderNoteMutationVariables = Exact<{
  input: WorkOrderNoteInput;
}>;


export type AddWorkOrderNoteMutation = { addWorkOrderNote: { id: string, status: WorkOrderStatus, description: string, owner: string, dueDate: string, overdue: boolean, serviceName: string | null, ticketCode: string | null, residentName: string, outcome: string | null, createdAt: string, closedAt: string | null, notes: Array<{ author: string | null, createdAt: string, text: string }> } };

export type CloseWorkOrderMutationVariables = Exact<{
  input: CloseWorkOrderInput;
}>;


export type CloseWorkOrderMutation = { closeWorkOrder: { id: string, status: WorkOrderStatus, description: string, owner: string, dueDate: string, overdue: boolean, serviceName: string | null, ticketCode: string | null, residentName: string, outcome: string | null, createdAt: string, closedAt: string | null, notes: Array<{ author: string | null, createdAt: string, text: string }> } };

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
export const CounterTicketFragmentDoc = new TypedDocumentString(`
    fragment CounterTicket on Ticket {
  id
  code
  status
  counter
  createdAt
  calledAt
  service {
    id
    name
  }
}
    `, {"fragmentName":"CounterTicket"}) as unknown as TypedDocumentString<CounterTicketFragment, unknown>;
export const SetupServiceFragmentDoc = new TypedDocumentString(`
    fragment SetupService on CornerService {
  id
  letter
  name
  provider
  typicalMinutes
  bookingCapacity
  active
}
    `, {"fragmentName":"SetupService"}) as unknown as TypedDocumentString<SetupServiceFragment, unknown>;
export const WorkOrderFieldsFragmentDoc = new TypedDocumentString(`
    fragment WorkOrderFields on WorkOrder {
  id
  status
  description
  owner
  dueDate
  overdue
  serviceName
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
export const CornerServicesDocument = new TypedDocumentString(`
    query CornerServices {
  cornerServices {
    id
    letter
    name
    provider
  }
}
    `) as unknown as TypedDocumentString<CornerServicesQuery, CornerServicesQueryVariables>;
export const CornerTodayDocument = new TypedDocumentString(`
    query CornerToday {
  cornerStatus {
    open
    session {
      id
      startsAt
      endsAt
    }
  }
  cornerBoard(next: 0) {
    sessionId
    version
    waitingCount
    servedCount
    noShowCount
    averageWaitMinutes
    service {
      id
      letter
      name
      provider
    }
    nowServing {
      id
      code
      status
      counter
    }
  }
}
    `) as unknown as TypedDocumentString<CornerTodayQuery, CornerTodayQueryVariables>;
export const CornerCountersDocument = new TypedDocumentString(`
    query CornerCounters {
  cornerCounters {
    id
    name
    serviceIds
  }
}
    `) as unknown as TypedDocumentString<CornerCountersQuery, CornerCountersQueryVariables>;
export const CounterLineDocument = new TypedDocumentString(`
    query CounterLine($serviceId: ID!, $next: Int!, $counterId: ID!) {
  counterTicket(counterId: $counterId) {
    ...CounterTicket
  }
  cornerStatus {
    open
    session {
      id
      startsAt
      endsAt
    }
  }
  cornerBoard(serviceId: $serviceId, next: $next) {
    sessionId
    version
    waitingCount
    servedCount
    noShowCount
    service {
      id
    }
    nowServing {
      ...CounterTicket
    }
    waiting {
      ...CounterTicket
    }
  }
}
    fragment CounterTicket on Ticket {
  id
  code
  status
  counter
  createdAt
  calledAt
  service {
    id
    name
  }
}`) as unknown as TypedDocumentString<CounterLineQuery, CounterLineQueryVariables>;
export const QueueChangedDocument = new TypedDocumentString(`
    subscription QueueChanged($serviceId: ID) {
  queueChanged(serviceId: $serviceId) {
    serviceId
    sessionId
    version
  }
}
    `) as unknown as TypedDocumentString<QueueChangedSubscription, QueueChangedSubscriptionVariables>;
export const CallNextDocument = new TypedDocumentString(`
    mutation CallNext($input: CallNextInput!) {
  callNext(input: $input) {
    ...CounterTicket
  }
}
    fragment CounterTicket on Ticket {
  id
  code
  status
  counter
  createdAt
  calledAt
  service {
    id
    name
  }
}`) as unknown as TypedDocumentString<CallNextMutation, CallNextMutationVariables>;
export const RecallTicketDocument = new TypedDocumentString(`
    mutation RecallTicket($input: TicketActionInput!) {
  recallTicket(input: $input) {
    ...CounterTicket
  }
}
    fragment CounterTicket on Ticket {
  id
  code
  status
  counter
  createdAt
  calledAt
  service {
    id
    name
  }
}`) as unknown as TypedDocumentString<RecallTicketMutation, RecallTicketMutationVariables>;
export const StartServingDocument = new TypedDocumentString(`
    mutation StartServing($input: TicketActionInput!) {
  startServing(input: $input) {
    ...CounterTicket
  }
}
    fragment CounterTicket on Ticket {
  id
  code
  status
  counter
  createdAt
  calledAt
  service {
    id
    name
  }
}`) as unknown as TypedDocumentString<StartServingMutation, StartServingMutationVariables>;
export const CompleteTicketDocument = new TypedDocumentString(`
    mutation CompleteTicket($input: TicketActionInput!) {
  completeTicket(input: $input) {
    ...CounterTicket
  }
}
    fragment CounterTicket on Ticket {
  id
  code
  status
  counter
  createdAt
  calledAt
  service {
    id
    name
  }
}`) as unknown as TypedDocumentString<CompleteTicketMutation, CompleteTicketMutationVariables>;
export const MarkNoShowDocument = new TypedDocumentString(`
    mutation MarkNoShow($input: TicketActionInput!) {
  markNoShow(input: $input) {
    ...CounterTicket
  }
}
    fragment CounterTicket on Ticket {
  id
  code
  status
  counter
  createdAt
  calledAt
  service {
    id
    name
  }
}`) as unknown as TypedDocumentString<MarkNoShowMutation, MarkNoShowMutationVariables>;
export const SetupServicesDocument = new TypedDocumentString(`
    query SetupServices {
  cornerSetupServices {
    ...SetupService
  }
}
    fragment SetupService on CornerService {
  id
  letter
  name
  provider
  typicalMinutes
  bookingCapacity
  active
}`) as unknown as TypedDocumentString<SetupServicesQuery, SetupServicesQueryVariables>;
export const CreateCornerServiceDocument = new TypedDocumentString(`
    mutation CreateCornerService($input: CornerServiceInput!) {
  createCornerService(input: $input) {
    ...SetupService
  }
}
    fragment SetupService on CornerService {
  id
  letter
  name
  provider
  typicalMinutes
  bookingCapacity
  active
}`) as unknown as TypedDocumentString<CreateCornerServiceMutation, CreateCornerServiceMutationVariables>;
export const UpdateCornerServiceDocument = new TypedDocumentString(`
    mutation UpdateCornerService($input: UpdateCornerServiceInput!) {
  updateCornerService(input: $input) {
    ...SetupService
  }
}
    fragment SetupService on CornerService {
  id
  letter
  name
  provider
  typicalMinutes
  bookingCapacity
  active
}`) as unknown as TypedDocumentString<UpdateCornerServiceMutation, UpdateCornerServiceMutationVariables>;
export const SetCornerServiceActiveDocument = new TypedDocumentString(`
    mutation SetCornerServiceActive($id: ID!, $active: Boolean!) {
  setCornerServiceActive(id: $id, active: $active) {
    ...SetupService
  }
}
    fragment SetupService on CornerService {
  id
  letter
  name
  provider
  typicalMinutes
  bookingCapacity
  active
}`) as unknown as TypedDocumentString<SetCornerServiceActiveMutation, SetCornerServiceActiveMutationVariables>;
export const CornerCalendarDocument = new TypedDocumentString(`
    query CornerCalendar($month: String!) {
  cornerCalendar(month: $month) {
    bookings
    session {
      id
      startsAt
      endsAt
      cancelled
    }
  }
}
    `) as unknown as TypedDocumentString<CornerCalendarQuery, CornerCalendarQueryVariables>;
export const CornerSessionLinesDocument = new TypedDocumentString(`
    query CornerSessionLines($sessionId: ID!) {
  cornerSessionLines(sessionId: $sessionId) {
    booked
    capacity
    capacityOverride
    service {
      id
      letter
      name
      bookingCapacity
    }
  }
}
    `) as unknown as TypedDocumentString<CornerSessionLinesQuery, CornerSessionLinesQueryVariables>;
export const GenerateCornerSessionsDocument = new TypedDocumentString(`
    mutation GenerateCornerSessions($input: SessionPatternInput!) {
  generateCornerSessions(input: $input) {
    created
    skipped
  }
}
    `) as unknown as TypedDocumentString<GenerateCornerSessionsMutation, GenerateCornerSessionsMutationVariables>;
export const AddCornerSessionDocument = new TypedDocumentString(`
    mutation AddCornerSession($input: OneOffSessionInput!) {
  addCornerSession(input: $input) {
    id
    startsAt
  }
}
    `) as unknown as TypedDocumentString<AddCornerSessionMutation, AddCornerSessionMutationVariables>;
export const CloseCornerSessionDocument = new TypedDocumentString(`
    mutation CloseCornerSession($input: CloseSessionInput!) {
  closeCornerSession(input: $input) {
    cancelledBookings
    session {
      id
      cancelled
    }
  }
}
    `) as unknown as TypedDocumentString<CloseCornerSessionMutation, CloseCornerSessionMutationVariables>;
export const ReopenCornerSessionDocument = new TypedDocumentString(`
    mutation ReopenCornerSession($sessionId: ID!) {
  reopenCornerSession(sessionId: $sessionId) {
    id
    cancelled
  }
}
    `) as unknown as TypedDocumentString<ReopenCornerSessionMutation, ReopenCornerSessionMutationVariables>;
export const SetCornerLineCapacityDocument = new TypedDocumentString(`
    mutation SetCornerLineCapacity($input: LineCapacityInput!) {
  setCornerLineCapacity(input: $input) {
    booked
    capacity
    capacityOverride
  }
}
    `) as unknown as TypedDocumentString<SetCornerLineCapacityMutation, SetCornerLineCapacityMutationVariables>;
export const SetupCountersDocument = new TypedDocumentString(`
    query SetupCounters {
  cornerCounters(includeInactive: true) {
    id
    name
    active
    serviceIds
  }
}
    `) as unknown as TypedDocumentString<SetupCountersQuery, SetupCountersQueryVariables>;
export const CreateCornerCounterDocument = new TypedDocumentString(`
    mutation CreateCornerCounter($input: CounterInput!) {
  createCornerCounter(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateCornerCounterMutation, CreateCornerCounterMutationVariables>;
export const UpdateCornerCounterDocument = new TypedDocumentString(`
    mutation UpdateCornerCounter($input: UpdateCounterInput!) {
  updateCornerCounter(input: $input) {
    id
    name
    active
    serviceIds
  }
}
    `) as unknown as TypedDocumentString<UpdateCornerCounterMutation, UpdateCornerCounterMutationVariables>;
export const AdminViewerDocument = new TypedDocumentString(`
    query AdminViewer {
  viewer {
    community {
      id
      name
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
export const ResidentsDocument = new TypedDocumentString(`
    query Residents($search: String, $buildingId: ID, $offset: Int!, $limit: Int!) {
  residents(
    search: $search
    buildingId: $buildingId
    offset: $offset
    limit: $limit
  ) {
    total
    items {
      id
      name
      age
      room
      phone
      livesAlone
      limitedMobility
      building {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResidentsQuery, ResidentsQueryVariables>;
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
  serviceName
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
  serviceName
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
  serviceName
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
  serviceName
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
/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CornerServices {\n    cornerServices {\n      id\n      letter\n      name\n      provider\n    }\n  }\n": typeof types.CornerServicesDocument,
    "\n  query CornerToday {\n    cornerStatus {\n      open\n      session {\n        id\n        startsAt\n        endsAt\n      }\n    }\n    cornerBoard(next: 0) {\n      sessionId\n      version\n      waitingCount\n      servedCount\n      noShowCount\n      averageWaitMinutes\n      service {\n        id\n        letter\n        name\n        provider\n      }\n      nowServing {\n        id\n        code\n        status\n        counter\n      }\n    }\n  }\n": typeof types.CornerTodayDocument,
    "\n  fragment CounterTicket on Ticket {\n    id\n    code\n    status\n    counter\n    createdAt\n    calledAt\n    service {\n      id\n      name\n    }\n  }\n": typeof types.CounterTicketFragmentDoc,
    "\n  query CornerCounters {\n    cornerCounters {\n      id\n      name\n      serviceIds\n    }\n  }\n": typeof types.CornerCountersDocument,
    "\n  query CounterLine($serviceId: ID!, $next: Int!, $counterId: ID!) {\n    counterTicket(counterId: $counterId) {\n      ...CounterTicket\n    }\n    cornerStatus {\n      open\n      session {\n        id\n        startsAt\n        endsAt\n      }\n    }\n    cornerBoard(serviceId: $serviceId, next: $next) {\n      sessionId\n      version\n      waitingCount\n      servedCount\n      noShowCount\n      service {\n        id\n      }\n      nowServing {\n        ...CounterTicket\n      }\n      waiting {\n        ...CounterTicket\n      }\n    }\n  }\n": typeof types.CounterLineDocument,
    "\n  subscription QueueChanged($serviceId: ID) {\n    queueChanged(serviceId: $serviceId) {\n      serviceId\n      sessionId\n      version\n    }\n  }\n": typeof types.QueueChangedDocument,
    "\n  mutation CallNext($input: CallNextInput!) {\n    callNext(input: $input) {\n      ...CounterTicket\n    }\n  }\n": typeof types.CallNextDocument,
    "\n  mutation RecallTicket($input: TicketActionInput!) {\n    recallTicket(input: $input) {\n      ...CounterTicket\n    }\n  }\n": typeof types.RecallTicketDocument,
    "\n  mutation StartServing($input: TicketActionInput!) {\n    startServing(input: $input) {\n      ...CounterTicket\n    }\n  }\n": typeof types.StartServingDocument,
    "\n  mutation CompleteTicket($input: TicketActionInput!) {\n    completeTicket(input: $input) {\n      ...CounterTicket\n    }\n  }\n": typeof types.CompleteTicketDocument,
    "\n  mutation MarkNoShow($input: TicketActionInput!) {\n    markNoShow(input: $input) {\n      ...CounterTicket\n    }\n  }\n": typeof types.MarkNoShowDocument,
    "\n  fragment SetupService on CornerService {\n    id\n    letter\n    name\n    provider\n    typicalMinutes\n    bookingCapacity\n    active\n  }\n": typeof types.SetupServiceFragmentDoc,
    "\n  query SetupServices {\n    cornerSetupServices {\n      ...SetupService\n    }\n  }\n": typeof types.SetupServicesDocument,
    "\n  mutation CreateCornerService($input: CornerServiceInput!) {\n    createCornerService(input: $input) {\n      ...SetupService\n    }\n  }\n": typeof types.CreateCornerServiceDocument,
    "\n  mutation UpdateCornerService($input: UpdateCornerServiceInput!) {\n    updateCornerService(input: $input) {\n      ...SetupService\n    }\n  }\n": typeof types.UpdateCornerServiceDocument,
    "\n  mutation SetCornerServiceActive($id: ID!, $active: Boolean!) {\n    setCornerServiceActive(id: $id, active: $active) {\n      ...SetupService\n    }\n  }\n": typeof types.SetCornerServiceActiveDocument,
    "\n  query CornerCalendar($month: String!) {\n    cornerCalendar(month: $month) {\n      bookings\n      session {\n        id\n        startsAt\n        endsAt\n        cancelled\n      }\n    }\n  }\n": typeof types.CornerCalendarDocument,
    "\n  query CornerSessionLines($sessionId: ID!) {\n    cornerSessionLines(sessionId: $sessionId) {\n      booked\n      capacity\n      capacityOverride\n      service {\n        id\n        letter\n        name\n        bookingCapacity\n      }\n    }\n  }\n": typeof types.CornerSessionLinesDocument,
    "\n  mutation GenerateCornerSessions($input: SessionPatternInput!) {\n    generateCornerSessions(input: $input) {\n      created\n      skipped\n    }\n  }\n": typeof types.GenerateCornerSessionsDocument,
    "\n  mutation AddCornerSession($input: OneOffSessionInput!) {\n    addCornerSession(input: $input) {\n      id\n      startsAt\n    }\n  }\n": typeof types.AddCornerSessionDocument,
    "\n  mutation CloseCornerSession($input: CloseSessionInput!) {\n    closeCornerSession(input: $input) {\n      cancelledBookings\n      session {\n        id\n        cancelled\n      }\n    }\n  }\n": typeof types.CloseCornerSessionDocument,
    "\n  mutation ReopenCornerSession($sessionId: ID!) {\n    reopenCornerSession(sessionId: $sessionId) {\n      id\n      cancelled\n    }\n  }\n": typeof types.ReopenCornerSessionDocument,
    "\n  mutation SetCornerLineCapacity($input: LineCapacityInput!) {\n    setCornerLineCapacity(input: $input) {\n      booked\n      capacity\n      capacityOverride\n    }\n  }\n": typeof types.SetCornerLineCapacityDocument,
    "\n  query SetupCounters {\n    cornerCounters(includeInactive: true) {\n      id\n      name\n      active\n      serviceIds\n    }\n  }\n": typeof types.SetupCountersDocument,
    "\n  mutation CreateCornerCounter($input: CounterInput!) {\n    createCornerCounter(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateCornerCounterDocument,
    "\n  mutation UpdateCornerCounter($input: UpdateCounterInput!) {\n    updateCornerCounter(input: $input) {\n      id\n      name\n      active\n      serviceIds\n    }\n  }\n": typeof types.UpdateCornerCounterDocument,
    "\n  query AdminViewer {\n    viewer {\n      community {\n        id\n        name\n      }\n      staff {\n        id\n        username\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.AdminViewerDocument,
    "\n  mutation SignInStaff($input: StaffSignInInput!) {\n    signInStaff(input: $input) {\n      token\n      staff {\n        id\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.SignInStaffDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Dashboard {\n    buildings {\n      id\n    }\n    residents(limit: 1) {\n      total\n    }\n    notices(first: 100) {\n      id\n      category\n      title\n      publishedAt\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query Buildings {\n    buildings {\n      id\n      number\n      name\n    }\n  }\n": typeof types.BuildingsDocument,
    "\n  query Residents($search: String, $buildingId: ID, $offset: Int!, $limit: Int!) {\n    residents(search: $search, buildingId: $buildingId, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        name\n        age\n        room\n        phone\n        livesAlone\n        limitedMobility\n        building {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ResidentsDocument,
    "\n  query Devices {\n    devices {\n      id\n      kind\n      name\n      location\n      active\n      createdAt\n      lastSeenAt\n      pairingExpiresAt\n      revokedAt\n      signInBudget {\n        failures\n        limit\n        windowMinutes\n        blockedUntil\n      }\n    }\n  }\n": typeof types.DevicesDocument,
    "\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      token\n      pairingCode\n      device {\n        id\n        name\n        pairingExpiresAt\n      }\n    }\n  }\n": typeof types.RegisterDeviceDocument,
    "\n  mutation RenewPairingCode($id: ID!) {\n    renewPairingCode(id: $id)\n  }\n": typeof types.RenewPairingCodeDocument,
    "\n  mutation RevokeDevice($id: ID!) {\n    revokeDevice(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeDeviceDocument,
    "\n  mutation ResetDeviceSignIns($id: ID!) {\n    resetDeviceSignIns(id: $id) {\n      id\n    }\n  }\n": typeof types.ResetDeviceSignInsDocument,
    "\n  query Notices($buildingId: ID, $includeExpired: Boolean!, $first: Int!) {\n    notices(buildingId: $buildingId, includeExpired: $includeExpired, first: $first) {\n      id\n      category\n      title\n      body\n      publishedAt\n      expiresAt\n      buildings {\n        id\n        number\n        name\n      }\n    }\n  }\n": typeof types.NoticesDocument,
    "\n  mutation PublishNotice($input: PublishNoticeInput!) {\n    publishNotice(input: $input) {\n      id\n    }\n  }\n": typeof types.PublishNoticeDocument,
    "\n  mutation DeleteNotice($id: ID!) {\n    deleteNotice(id: $id)\n  }\n": typeof types.DeleteNoticeDocument,
    "\n  fragment WorkOrderFields on WorkOrder {\n    id\n    status\n    description\n    owner\n    dueDate\n    overdue\n    serviceName\n    ticketCode\n    residentName\n    outcome\n    createdAt\n    closedAt\n    notes {\n      author\n      createdAt\n      text\n    }\n  }\n": typeof types.WorkOrderFieldsFragmentDoc,
    "\n  query WorkOrders($status: WorkOrderStatus) {\n    workOrders(status: $status) {\n      ...WorkOrderFields\n    }\n  }\n": typeof types.WorkOrdersDocument,
    "\n  mutation CreateWorkOrder($input: CreateWorkOrderInput!) {\n    createWorkOrder(input: $input) {\n      ...WorkOrderFields\n    }\n  }\n": typeof types.CreateWorkOrderDocument,
    "\n  mutation AddWorkOrderNote($input: WorkOrderNoteInput!) {\n    addWorkOrderNote(input: $input) {\n      ...WorkOrderFields\n    }\n  }\n": typeof types.AddWorkOrderNoteDocument,
    "\n  mutation CloseWorkOrder($input: CloseWorkOrderInput!) {\n    closeWorkOrder(input: $input) {\n      ...WorkOrderFields\n    }\n  }\n": typeof types.CloseWorkOrderDocument,
};
const documents: Documents = {
    "\n  query CornerServices {\n    cornerServices {\n      id\n      letter\n      name\n      provider\n    }\n  }\n": types.CornerServicesDocument,
    "\n  query CornerToday {\n    cornerStatus {\n      open\n      session {\n        id\n        startsAt\n        endsAt\n      }\n    }\n    cornerBoard(next: 0) {\n      sessionId\n      version\n      waitingCount\n      servedCount\n      noShowCount\n      averageWaitMinutes\n      service {\n        id\n        letter\n        name\n        provider\n      }\n      nowServing {\n        id\n        code\n        status\n        counter\n      }\n    }\n  }\n": types.CornerTodayDocument,
    "\n  fragment CounterTicket on Ticket {\n    id\n    code\n    status\n    counter\n    createdAt\n    calledAt\n    service {\n      id\n      name\n    }\n  }\n": types.CounterTicketFragmentDoc,
    "\n  query CornerCounters {\n    cornerCounters {\n      id\n      name\n      serviceIds\n    }\n  }\n": types.CornerCountersDocument,
    "\n  query CounterLine($serviceId: ID!, $next: Int!, $counterId: ID!) {\n    counterTicket(counterId: $counterId) {\n      ...CounterTicket\n    }\n    cornerStatus {\n      open\n      session {\n        id\n        startsAt\n        endsAt\n      }\n    }\n    cornerBoard(serviceId: $serviceId, next: $next) {\n      sessionId\n      version\n      waitingCount\n      servedCount\n      noShowCount\n      service {\n        id\n      }\n      nowServing {\n        ...CounterTicket\n      }\n      waiting {\n        ...CounterTicket\n      }\n    }\n  }\n": types.CounterLineDocument,
    "\n  subscription QueueChanged($serviceId: ID) {\n    queueChanged(serviceId: $serviceId) {\n      serviceId\n      sessionId\n      version\n    }\n  }\n": types.QueueChangedDocument,
    "\n  mutation CallNext($input: CallNextInput!) {\n    callNext(input: $input) {\n      ...CounterTicket\n    }\n  }\n": types.CallNextDocument,
    "\n  mutation RecallTicket($input: TicketActionInput!) {\n    recallTicket(input: $input) {\n      ...CounterTicket\n    }\n  }\n": types.RecallTicketDocument,
    "\n  mutation StartServing($input: TicketActionInput!) {\n    startServing(input: $input) {\n      ...CounterTicket\n    }\n  }\n": types.StartServingDocument,
    "\n  mutation CompleteTicket($input: TicketActionInput!) {\n    completeTicket(input: $input) {\n      ...CounterTicket\n    }\n  }\n": types.CompleteTicketDocument,
    "\n  mutation MarkNoShow($input: TicketActionInput!) {\n    markNoShow(input: $input) {\n      ...CounterTicket\n    }\n  }\n": types.MarkNoShowDocument,
    "\n  fragment SetupService on CornerService {\n    id\n    letter\n    name\n    provider\n    typicalMinutes\n    bookingCapacity\n    active\n  }\n": types.SetupServiceFragmentDoc,
    "\n  query SetupServices {\n    cornerSetupServices {\n      ...SetupService\n    }\n  }\n": types.SetupServicesDocument,
    "\n  mutation CreateCornerService($input: CornerServiceInput!) {\n    createCornerService(input: $input) {\n      ...SetupService\n    }\n  }\n": types.CreateCornerServiceDocument,
    "\n  mutation UpdateCornerService($input: UpdateCornerServiceInput!) {\n    updateCornerService(input: $input) {\n      ...SetupService\n    }\n  }\n": types.UpdateCornerServiceDocument,
    "\n  mutation SetCornerServiceActive($id: ID!, $active: Boolean!) {\n    setCornerServiceActive(id: $id, active: $active) {\n      ...SetupService\n    }\n  }\n": types.SetCornerServiceActiveDocument,
    "\n  query CornerCalendar($month: String!) {\n    cornerCalendar(month: $month) {\n      bookings\n      session {\n        id\n        startsAt\n        endsAt\n        cancelled\n      }\n    }\n  }\n": types.CornerCalendarDocument,
    "\n  query CornerSessionLines($sessionId: ID!) {\n    cornerSessionLines(sessionId: $sessionId) {\n      booked\n      capacity\n      capacityOverride\n      service {\n        id\n        letter\n        name\n        bookingCapacity\n      }\n    }\n  }\n": types.CornerSessionLinesDocument,
    "\n  mutation GenerateCornerSessions($input: SessionPatternInput!) {\n    generateCornerSessions(input: $input) {\n      created\n      skipped\n    }\n  }\n": types.GenerateCornerSessionsDocument,
    "\n  mutation AddCornerSession($input: OneOffSessionInput!) {\n    addCornerSession(input: $input) {\n      id\n      startsAt\n    }\n  }\n": types.AddCornerSessionDocument,
    "\n  mutation CloseCornerSession($input: CloseSessionInput!) {\n    closeCornerSession(input: $input) {\n      cancelledBookings\n      session {\n        id\n        cancelled\n      }\n    }\n  }\n": types.CloseCornerSessionDocument,
    "\n  mutation ReopenCornerSession($sessionId: ID!) {\n    reopenCornerSession(sessionId: $sessionId) {\n      id\n      cancelled\n    }\n  }\n": types.ReopenCornerSessionDocument,
    "\n  mutation SetCornerLineCapacity($input: LineCapacityInput!) {\n    setCornerLineCapacity(input: $input) {\n      booked\n      capacity\n      capacityOverride\n    }\n  }\n": types.SetCornerLineCapacityDocument,
    "\n  query SetupCounters {\n    cornerCounters(includeInactive: true) {\n      id\n      name\n      active\n      serviceIds\n    }\n  }\n": types.SetupCountersDocument,
    "\n  mutation CreateCornerCounter($input: CounterInput!) {\n    createCornerCounter(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateCornerCounterDocument,
    "\n  mutation UpdateCornerCounter($input: UpdateCounterInput!) {\n    updateCornerCounter(input: $input) {\n      id\n      name\n      active\n      serviceIds\n    }\n  }\n": types.UpdateCornerCounterDocument,
    "\n  query AdminViewer {\n    viewer {\n      community {\n        id\n        name\n      }\n      staff {\n        id\n        username\n        displayName\n        role\n      }\n    }\n  }\n": types.AdminViewerDocument,
    "\n  mutation SignInStaff($input: StaffSignInInput!) {\n    signInStaff(input: $input) {\n      token\n      staff {\n        id\n        displayName\n        role\n      }\n    }\n  }\n": types.SignInStaffDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Dashboard {\n    buildings {\n      id\n    }\n    residents(limit: 1) {\n      total\n    }\n    notices(first: 100) {\n      id\n      category\n      title\n      publishedAt\n    }\n  }\n": types.DashboardDocument,
    "\n  query Buildings {\n    buildings {\n      id\n      number\n      name\n    }\n  }\n": types.BuildingsDocument,
    "\n  query Residents($search: String, $buildingId: ID, $offset: Int!, $limit: Int!) {\n    residents(search: $search, buildingId: $buildingId, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        name\n        age\n        room\n        phone\n        livesAlone\n        limitedMobility\n        building {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ResidentsDocument,
    "\n  query Devices {\n    devices {\n      id\n      kind\n      name\n      location\n      active\n      createdAt\n      lastSeenAt\n      pairingExpiresAt\n      revokedAt\n      signInBudget {\n        failures\n        limit\n        windowMinutes\n        blockedUntil\n      }\n    }\n  }\n": types.DevicesDocument,
    "\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      token\n      pairingCode\n      device {\n        id\n        name\n        pairingExpiresAt\n      }\n    }\n  }\n": types.RegisterDeviceDocument,
    "\n  mutation RenewPairingCode($id: ID!) {\n    renewPairingCode(id: $id)\n  }\n": types.RenewPairingCodeDocument,
    "\n  mutation RevokeDevice($id: ID!) {\n    revokeDevice(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeDeviceDocument,
    "\n  mutation ResetDeviceSignIns($id: ID!) {\n    resetDeviceSignIns(id: $id) {\n      id\n    }\n  }\n": types.ResetDeviceSignInsDocument,
    "\n  query Notices($buildingId: ID, $includeExpired: Boolean!, $first: Int!) {\n    notices(buildingId: $buildingId, includeExpired: $includeExpired, first: $first) {\n      id\n      category\n      title\n      body\n      publishedAt\n      expiresAt\n      buildings {\n        id\n        number\n        name\n      }\n    }\n  }\n": types.NoticesDocument,
    "\n  mutation PublishNotice($input: PublishNoticeInput!) {\n    publishNotice(input: $input) {\n      id\n    }\n  }\n": types.PublishNoticeDocument,
    "\n  mutation DeleteNotice($id: ID!) {\n    deleteNotice(id: $id)\n  }\n": types.DeleteNoticeDocument,
    "\n  fragment WorkOrderFields on WorkOrder {\n    id\n    status\n    description\n    owner\n    dueDate\n    overdue\n    serviceName\n    ticketCode\n    residentName\n    outcome\n    createdAt\n    closedAt\n    notes {\n      author\n      createdAt\n      text\n    }\n  }\n": types.WorkOrderFieldsFragmentDoc,
    "\n  query WorkOrders($status: WorkOrderStatus) {\n    workOrders(status: $status) {\n      ...WorkOrderFields\n    }\n  }\n": types.WorkOrdersDocument,
    "\n  mutation CreateWorkOrder($input: CreateWorkOrderInput!) {\n    createWorkOrder(input: $input) {\n      ...WorkOrderFields\n    }\n  }\n": types.CreateWorkOrderDocument,
    "\n  mutation AddWorkOrderNote($input: WorkOrderNoteInput!) {\n    addWorkOrderNote(input: $input) {\n      ...WorkOrderFields\n    }\n  }\n": types.AddWorkOrderNoteDocument,
    "\n  mutation CloseWorkOrder($input: CloseWorkOrderInput!) {\n    closeWorkOrder(input: $input) {\n      ...WorkOrderFields\n    }\n  }\n": types.CloseWorkOrderDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CornerServices {\n    cornerServices {\n      id\n      letter\n      name\n      provider\n    }\n  }\n"): typeof import('./graphql').CornerServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CornerToday {\n    cornerStatus {\n      open\n      session {\n        id\n        startsAt\n        endsAt\n      }\n    }\n    cornerBoard(next: 0) {\n      sessionId\n      version\n      waitingCount\n      servedCount\n      noShowCount\n      averageWaitMinutes\n      service {\n        id\n        letter\n        name\n        provider\n      }\n      nowServing {\n        id\n        code\n        status\n        counter\n      }\n    }\n  }\n"): typeof import('./graphql').CornerTodayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CounterTicket on Ticket {\n    id\n    code\n    status\n    counter\n    createdAt\n    calledAt\n    service {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CounterTicketFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CornerCounters {\n    cornerCounters {\n      id\n      name\n      serviceIds\n    }\n  }\n"): typeof import('./graphql').CornerCountersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CounterLine($serviceId: ID!, $next: Int!, $counterId: ID!) {\n    counterTicket(counterId: $counterId) {\n      ...CounterTicket\n    }\n    cornerStatus {\n      open\n      session {\n        id\n        startsAt\n        endsAt\n      }\n    }\n    cornerBoard(serviceId: $serviceId, next: $next) {\n      sessionId\n      version\n      waitingCount\n      servedCount\n      noShowCount\n      service {\n        id\n      }\n      nowServing {\n        ...CounterTicket\n      }\n      waiting {\n        ...CounterTicket\n      }\n    }\n  }\n"): typeof import('./graphql').CounterLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription QueueChanged($serviceId: ID) {\n    queueChanged(serviceId: $serviceId) {\n      serviceId\n      sessionId\n      version\n    }\n  }\n"): typeof import('./graphql').QueueChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CallNext($input: CallNextInput!) {\n    callNext(input: $input) {\n      ...CounterTicket\n    }\n  }\n"): typeof import('./graphql').CallNextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecallTicket($input: TicketActionInput!) {\n    recallTicket(input: $input) {\n      ...CounterTicket\n    }\n  }\n"): typeof import('./graphql').RecallTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartServing($input: TicketActionInput!) {\n    startServing(input: $input) {\n      ...CounterTicket\n    }\n  }\n"): typeof import('./graphql').StartServingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTicket($input: TicketActionInput!) {\n    completeTicket(input: $input) {\n      ...CounterTicket\n    }\n  }\n"): typeof import('./graphql').CompleteTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNoShow($input: TicketActionInput!) {\n    markNoShow(input: $input) {\n      ...CounterTicket\n    }\n  }\n"): typeof import('./graphql').MarkNoShowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SetupService on CornerService {\n    id\n    letter\n    name\n    provider\n    typicalMinutes\n    bookingCapacity\n    active\n  }\n"): typeof import('./graphql').SetupServiceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupServices {\n    cornerSetupServices {\n      ...SetupService\n    }\n  }\n"): typeof import('./graphql').SetupServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCornerService($input: CornerServiceInput!) {\n    createCornerService(input: $input) {\n      ...SetupService\n    }\n  }\n"): typeof import('./graphql').CreateCornerServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCornerService($input: UpdateCornerServiceInput!) {\n    updateCornerService(input: $input) {\n      ...SetupService\n    }\n  }\n"): typeof import('./graphql').UpdateCornerServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCornerServiceActive($id: ID!, $active: Boolean!) {\n    setCornerServiceActive(id: $id, active: $active) {\n      ...SetupService\n    }\n  }\n"): typeof import('./graphql').SetCornerServiceActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CornerCalendar($month: String!) {\n    cornerCalendar(month: $month) {\n      bookings\n      session {\n        id\n        startsAt\n        endsAt\n        cancelled\n      }\n    }\n  }\n"): typeof import('./graphql').CornerCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CornerSessionLines($sessionId: ID!) {\n    cornerSessionLines(sessionId: $sessionId) {\n      booked\n      capacity\n      capacityOverride\n      service {\n        id\n        letter\n        name\n        bookingCapacity\n      }\n    }\n  }\n"): typeof import('./graphql').CornerSessionLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateCornerSessions($input: SessionPatternInput!) {\n    generateCornerSessions(input: $input) {\n      created\n      skipped\n    }\n  }\n"): typeof import('./graphql').GenerateCornerSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCornerSession($input: OneOffSessionInput!) {\n    addCornerSession(input: $input) {\n      id\n      startsAt\n    }\n  }\n"): typeof import('./graphql').AddCornerSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCornerSession($input: CloseSessionInput!) {\n    closeCornerSession(input: $input) {\n      cancelledBookings\n      session {\n        id\n        cancelled\n      }\n    }\n  }\n"): typeof import('./graphql').CloseCornerSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCornerSession($sessionId: ID!) {\n    reopenCornerSession(sessionId: $sessionId) {\n      id\n      cancelled\n    }\n  }\n"): typeof import('./graphql').ReopenCornerSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCornerLineCapacity($input: LineCapacityInput!) {\n    setCornerLineCapacity(input: $input) {\n      booked\n      capacity\n      capacityOverride\n    }\n  }\n"): typeof import('./graphql').SetCornerLineCapacityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupCounters {\n    cornerCounters(includeInactive: true) {\n      id\n      name\n      active\n      serviceIds\n    }\n  }\n"): typeof import('./graphql').SetupCountersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCornerCounter($input: CounterInput!) {\n    createCornerCounter(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateCornerCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCornerCounter($input: UpdateCounterInput!) {\n    updateCornerCounter(input: $input) {\n      id\n      name\n      active\n      serviceIds\n    }\n  }\n"): typeof import('./graphql').UpdateCornerCounterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminViewer {\n    viewer {\n      community {\n        id\n        name\n      }\n      staff {\n        id\n        username\n        displayName\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').AdminViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInStaff($input: StaffSignInInput!) {\n    signInStaff(input: $input) {\n      token\n      staff {\n        id\n        displayName\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').SignInStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    buildings {\n      id\n    }\n    residents(limit: 1) {\n      total\n    }\n    notices(first: 100) {\n      id\n      category\n      title\n      publishedAt\n    }\n  }\n"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Buildings {\n    buildings {\n      id\n      number\n      name\n    }\n  }\n"): typeof import('./graphql').BuildingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Residents($search: String, $buildingId: ID, $offset: Int!, $limit: Int!) {\n    residents(search: $search, buildingId: $buildingId, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        name\n        age\n        room\n        phone\n        livesAlone\n        limitedMobility\n        building {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Devices {\n    devices {\n      id\n      kind\n      name\n      location\n      active\n      createdAt\n      lastSeenAt\n      pairingExpiresAt\n      revokedAt\n      signInBudget {\n        failures\n        limit\n        windowMinutes\n        blockedUntil\n      }\n    }\n  }\n"): typeof import('./graphql').DevicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      token\n      pairingCode\n      device {\n        id\n        name\n        pairingExpiresAt\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewPairingCode($id: ID!) {\n    renewPairingCode(id: $id)\n  }\n"): typeof import('./graphql').RenewPairingCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeDevice($id: ID!) {\n    revokeDevice(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').RevokeDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetDeviceSignIns($id: ID!) {\n    resetDeviceSignIns(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').ResetDeviceSignInsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notices($buildingId: ID, $includeExpired: Boolean!, $first: Int!) {\n    notices(buildingId: $buildingId, includeExpired: $includeExpired, first: $first) {\n      id\n      category\n      title\n      body\n      publishedAt\n      expiresAt\n      buildings {\n        id\n        number\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').NoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishNotice($input: PublishNoticeInput!) {\n    publishNotice(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PublishNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNotice($id: ID!) {\n    deleteNotice(id: $id)\n  }\n"): typeof import('./graphql').DeleteNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkOrderFields on WorkOrder {\n    id\n    status\n    description\n    owner\n    dueDate\n    overdue\n    serviceName\n    ticketCode\n    residentName\n    outcome\n    createdAt\n    closedAt\n    notes {\n      author\n      createdAt\n      text\n    }\n  }\n"): typeof import('./graphql').WorkOrderFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkOrders($status: WorkOrderStatus) {\n    workOrders(status: $status) {\n      ...WorkOrderFields\n    }\n  }\n"): typeof import('./graphql').WorkOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkOrder($input: CreateWorkOrderInput!) {\n    createWorkOrder(input: $input) {\n      ...WorkOrderFields\n    }\n  }\n"): typeof import('./graphql').CreateWorkOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWorkOrderNote($input: WorkOrderNoteInput!) {\n    addWorkOrderNote(input: $input) {\n      ...WorkOrderFields\n    }\n  }\n"): typeof import('./graphql').AddWorkOrderNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseWorkOrder($input: CloseWorkOrderInput!) {\n    closeWorkOrder(input: $input) {\n      ...WorkOrderFields\n    }\n  }\n"): typeof import('./graphql').CloseWorkOrderDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

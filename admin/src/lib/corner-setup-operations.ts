import { graphql } from '$gql';

/** Setting up the 便民服务角 in the console: its services, the calendar of sessions, its counters. */

export const SetupServiceFragment = graphql(`
  fragment SetupService on CornerService {
    id
    letter
    name
    provider
    typicalMinutes
    bookingCapacity
    active
  }
`);

export const SetupServicesQuery = graphql(`
  query SetupServices {
    cornerSetupServices {
      ...SetupService
    }
  }
`);

export const CreateCornerService = graphql(`
  mutation CreateCornerService($input: CornerServiceInput!) {
    createCornerService(input: $input) {
      ...SetupService
    }
  }
`);

export const UpdateCornerService = graphql(`
  mutation UpdateCornerService($input: UpdateCornerServiceInput!) {
    updateCornerService(input: $input) {
      ...SetupService
    }
  }
`);

export const SetCornerServiceActive = graphql(`
  mutation SetCornerServiceActive($id: ID!, $active: Boolean!) {
    setCornerServiceActive(id: $id, active: $active) {
      ...SetupService
    }
  }
`);

export const CornerCalendarQuery = graphql(`
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
`);

export const CornerSessionLinesQuery = graphql(`
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
`);

export const GenerateCornerSessions = graphql(`
  mutation GenerateCornerSessions($input: SessionPatternInput!) {
    generateCornerSessions(input: $input) {
      created
      skipped
    }
  }
`);

export const AddCornerSession = graphql(`
  mutation AddCornerSession($input: OneOffSessionInput!) {
    addCornerSession(input: $input) {
      id
      startsAt
    }
  }
`);

export const CloseCornerSession = graphql(`
  mutation CloseCornerSession($input: CloseSessionInput!) {
    closeCornerSession(input: $input) {
      cancelledBookings
      session {
        id
        cancelled
      }
    }
  }
`);

export const ReopenCornerSession = graphql(`
  mutation ReopenCornerSession($sessionId: ID!) {
    reopenCornerSession(sessionId: $sessionId) {
      id
      cancelled
    }
  }
`);

export const SetCornerLineCapacity = graphql(`
  mutation SetCornerLineCapacity($input: LineCapacityInput!) {
    setCornerLineCapacity(input: $input) {
      booked
      capacity
      capacityOverride
    }
  }
`);

export const SetupCountersQuery = graphql(`
  query SetupCounters {
    cornerCounters(includeInactive: true) {
      id
      name
      active
      serviceIds
    }
  }
`);

export const CreateCornerCounter = graphql(`
  mutation CreateCornerCounter($input: CounterInput!) {
    createCornerCounter(input: $input) {
      id
      name
    }
  }
`);

export const UpdateCornerCounter = graphql(`
  mutation UpdateCornerCounter($input: UpdateCounterInput!) {
    updateCornerCounter(input: $input) {
      id
      name
      active
      serviceIds
    }
  }
`);

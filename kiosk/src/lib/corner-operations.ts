import { graphql } from '$gql';

export const CornerTicket = graphql(`
  fragment CornerTicket on Ticket {
    id
    code
    status
    counter
    ahead
    estimatedWaitMinutes
    createdAt
    calledAt
    followToken
    transferredFrom {
      ticketId
      code
    }
    service {
      id
      letter
      name
      provider
    }
  }
`);

export const CornerOverview = graphql(`
  query CornerOverview {
    cornerServices {
      id
      letter
      name
      provider
    }
    cornerStatus {
      open
      session {
        id
        startsAt
        endsAt
      }
    }
  }
`);

export const MyTickets = graphql(`
  query MyTickets {
    myTickets {
      ...CornerTicket
    }
  }
`);

export const TakeTicket = graphql(`
  mutation TakeTicket($serviceId: ID!, $idempotencyKey: String!) {
    takeTicket(input: { serviceId: $serviceId, idempotencyKey: $idempotencyKey }) {
      ...CornerTicket
    }
  }
`);

export const CancelMyTicket = graphql(`
  mutation CancelMyTicket($ticketId: ID!) {
    cancelMyTicket(input: { ticketId: $ticketId }) {
      ...CornerTicket
    }
  }
`);

export const QueueChanged = graphql(`
  subscription QueueChanged($serviceId: ID) {
    queueChanged(serviceId: $serviceId) {
      serviceId
      version
    }
  }
`);

export const CornerBooking = graphql(`
  fragment CornerBooking on Booking {
    id
    status
    cancelReason
    problem
    homeVisit
    createdAt
    service {
      id
      letter
      name
      provider
    }
    session {
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
`);

export const MyBookings = graphql(`
  query MyBookings {
    myBookings {
      ...CornerBooking
    }
  }
`);

export const BookableSessions = graphql(`
  query BookableSessions($serviceId: ID!) {
    bookableSessions(serviceId: $serviceId) {
      placesLeft
      session {
        id
        startsAt
        endsAt
      }
    }
  }
`);

export const BookService = graphql(`
  mutation BookService(
    $serviceId: ID!
    $sessionId: ID!
    $problem: String!
    $homeVisit: Boolean!
    $idempotencyKey: String!
  ) {
    bookService(
      input: {
        serviceId: $serviceId
        sessionId: $sessionId
        problem: $problem
        homeVisit: $homeVisit
        idempotencyKey: $idempotencyKey
      }
    ) {
      ...CornerBooking
    }
  }
`);

export const CancelBooking = graphql(`
  mutation CancelBooking($bookingId: ID!) {
    cancelBooking(input: { bookingId: $bookingId }) {
      ...CornerBooking
    }
  }
`);

/** Puts away a booking cancelled because the corner closed that day ("知道了"). */
export const DismissBooking = graphql(`
  mutation DismissBooking($bookingId: ID!) {
    dismissBooking(input: { bookingId: $bookingId }) {
      id
    }
  }
`);

export const CheckIn = graphql(`
  mutation CheckIn($bookingId: ID!) {
    checkIn(input: { bookingId: $bookingId }) {
      ...CornerTicket
    }
  }
`);

export const ChangeBooking = graphql(`
  mutation ChangeBooking($bookingId: ID!, $sessionId: ID!, $problem: String!, $homeVisit: Boolean!) {
    changeBooking(input: { bookingId: $bookingId, sessionId: $sessionId, problem: $problem, homeVisit: $homeVisit }) {
      ...CornerBooking
    }
  }
`);

/** Where phones reach the server (PUBLIC_URL), when the server knows; else the kiosk's own origin. */
export const PublicUrl = graphql(`
  query PublicUrl {
    publicUrl
  }
`);

import { graphql } from '$gql';

export const CornerTicket = graphql(`
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
`);

export const CornerOverview = graphql(`
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
`);

export const MyTickets = graphql(`
  query MyTickets {
    myTickets {
      ...CornerTicket
    }
  }
`);

export const TakeTicket = graphql(`
  mutation TakeTicket($offeringId: ID!, $idempotencyKey: String!) {
    takeTicket(input: { offeringId: $offeringId, idempotencyKey: $idempotencyKey }) {
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
  subscription QueueChanged($offeringId: ID) {
    queueChanged(offeringId: $offeringId) {
      offeringId
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
`);

export const MyBookings = graphql(`
  query MyBookings {
    myBookings {
      ...CornerBooking
    }
  }
`);

export const BookableOpenings = graphql(`
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
`);

export const BookOffering = graphql(`
  mutation BookOffering(
    $offeringId: ID!
    $openingId: ID!
    $problem: String!
    $homeVisit: Boolean!
    $idempotencyKey: String!
  ) {
    bookOffering(
      input: {
        offeringId: $offeringId
        openingId: $openingId
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
  mutation ChangeBooking($bookingId: ID!, $openingId: ID!, $problem: String!, $homeVisit: Boolean!) {
    changeBooking(input: { bookingId: $bookingId, openingId: $openingId, problem: $problem, homeVisit: $homeVisit }) {
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

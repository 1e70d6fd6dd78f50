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

import { graphql } from '$gql';

/** The 便民服务角's offerings, its opening and today's lines, for the staff console. */

export const OfferingsQuery = graphql(`
  query Offerings {
    offerings {
      id
      letter
      name
      provider
    }
  }
`);

export const CornerTodayQuery = graphql(`
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
`);

export const DeskTicketFragment = graphql(`
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
`);

/** The desks a desk view can be, with the lines each usually serves. */
export const DesksQuery = graphql(`
  query Desks {
    desks {
      id
      name
      offeringIds
    }
  }
`);

export const DeskLineQuery = graphql(`
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
`);

export const QueueChangedSubscription = graphql(`
  subscription QueueChanged($offeringId: ID) {
    queueChanged(offeringId: $offeringId) {
      offeringId
      openingId
      version
    }
  }
`);

export const CallNext = graphql(`
  mutation CallNext($input: CallNextInput!) {
    callNext(input: $input) {
      ...DeskTicket
    }
  }
`);

export const RecallTicket = graphql(`
  mutation RecallTicket($input: TicketActionInput!) {
    recallTicket(input: $input) {
      ...DeskTicket
    }
  }
`);

export const StartServing = graphql(`
  mutation StartServing($input: TicketActionInput!) {
    startServing(input: $input) {
      ...DeskTicket
    }
  }
`);

export const CompleteTicket = graphql(`
  mutation CompleteTicket($input: TicketActionInput!) {
    completeTicket(input: $input) {
      ...DeskTicket
    }
  }
`);

export const MarkNoShow = graphql(`
  mutation MarkNoShow($input: TicketActionInput!) {
    markNoShow(input: $input) {
      ...DeskTicket
    }
  }
`);

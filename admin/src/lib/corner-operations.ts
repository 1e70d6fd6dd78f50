import { graphql } from '$gql';

/** The 便民服务角's services, its opening and today's lines, for the staff console. */

export const CornerServicesQuery = graphql(`
  query CornerServices {
    cornerServices {
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
`);

export const CounterTicketFragment = graphql(`
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
`);

/** The counters a counter view can be, with the lines each usually serves. */
export const CornerCountersQuery = graphql(`
  query CornerCounters {
    cornerCounters {
      id
      name
      serviceIds
    }
  }
`);

export const CounterLineQuery = graphql(`
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
`);

export const QueueChangedSubscription = graphql(`
  subscription QueueChanged($serviceId: ID) {
    queueChanged(serviceId: $serviceId) {
      serviceId
      sessionId
      version
    }
  }
`);

export const CallNext = graphql(`
  mutation CallNext($input: CallNextInput!) {
    callNext(input: $input) {
      ...CounterTicket
    }
  }
`);

export const RecallTicket = graphql(`
  mutation RecallTicket($input: TicketActionInput!) {
    recallTicket(input: $input) {
      ...CounterTicket
    }
  }
`);

export const StartServing = graphql(`
  mutation StartServing($input: TicketActionInput!) {
    startServing(input: $input) {
      ...CounterTicket
    }
  }
`);

export const CompleteTicket = graphql(`
  mutation CompleteTicket($input: TicketActionInput!) {
    completeTicket(input: $input) {
      ...CounterTicket
    }
  }
`);

export const MarkNoShow = graphql(`
  mutation MarkNoShow($input: TicketActionInput!) {
    markNoShow(input: $input) {
      ...CounterTicket
    }
  }
`);

import { graphql } from '$gql';

/** Whether the corner is open, and its current or next session (polled slowly so the screen flips at 9:00). */
export const CornerScreenStatus = graphql(`
  query CornerScreenStatus {
    cornerStatus {
      open
      session {
        id
        startsAt
        endsAt
        cancelled
      }
    }
  }
`);

export const CornerScreenTicket = graphql(`
  fragment CornerScreenTicket on Ticket {
    id
    code
    counter
    status
    calledAt
  }
`);

export const CornerScreenLine = graphql(`
  fragment CornerScreenLine on QueueLineView {
    sessionId
    version
    service {
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
`);

/** Every line (or one service's line, after a change event) with its next `next` waiting tickets. */
export const CornerScreenBoard = graphql(`
  query CornerScreenBoard($next: Int!, $serviceId: ID) {
    cornerBoard(next: $next, serviceId: $serviceId) {
      ...CornerScreenLine
    }
  }
`);

/** All lines of the community: ids and versions only, the screen re-fetches what changed. */
export const CornerScreenQueueChanged = graphql(`
  subscription CornerScreenQueueChanged {
    queueChanged {
      serviceId
      sessionId
      version
    }
  }
`);

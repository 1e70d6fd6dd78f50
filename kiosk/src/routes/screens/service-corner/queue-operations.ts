import { graphql } from '$gql';

/** Whether the corner is open, and its current or next opening (polled slowly so the screen flips at 9:00). */
export const CornerScreenStatus = graphql(`
  query CornerScreenStatus {
    cornerStatus {
      open
      opening {
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
    deskName
    status
    calledAt
  }
`);

export const CornerScreenLine = graphql(`
  fragment CornerScreenLine on QueueLineView {
    openingId
    version
    offering {
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

/** Every line (or one offering's line, after a change event) with its next `next` waiting tickets. */
export const CornerScreenBoard = graphql(`
  query CornerScreenBoard($next: Int!, $offeringId: ID) {
    cornerBoard(next: $next, offeringId: $offeringId) {
      ...CornerScreenLine
    }
  }
`);

/** All lines of the community: ids and versions only, the screen re-fetches what changed. */
export const CornerScreenQueueChanged = graphql(`
  subscription CornerScreenQueueChanged {
    queueChanged {
      offeringId
      openingId
      version
    }
  }
`);

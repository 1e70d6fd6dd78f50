import { graphql } from '$gql';

export const FollowedTicket = graphql(`
  query FollowedTicket($token: String!) {
    followedTicket(token: $token) {
      code
      offeringName
      status
      ahead
      estimatedWaitMinutes
      deskName
      transferredFrom
      openingEndsAt
      version
    }
  }
`);

export const FollowedTicketChanged = graphql(`
  subscription FollowedTicketChanged($token: String!) {
    followedTicketChanged(token: $token) {
      version
    }
  }
`);

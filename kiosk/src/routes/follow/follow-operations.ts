import { graphql } from '$gql';

export const FollowedTicket = graphql(`
  query FollowedTicket($token: String!) {
    followedTicket(token: $token) {
      code
      serviceName
      status
      ahead
      estimatedWaitMinutes
      counter
      transferredFrom
      sessionEndsAt
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

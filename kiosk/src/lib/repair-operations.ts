import { graphql } from '$gql';

export const MyRepairs = graphql(`
  query MyRepairs {
    myRepairs {
      id
      status
      description
      owner
      dueDate
      overdue
      offeringName
      ticketCode
      outcome
      createdAt
      closedAt
      notes {
        text
        createdAt
      }
    }
  }
`);

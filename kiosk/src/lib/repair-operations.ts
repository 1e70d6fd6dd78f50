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
      serviceName
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

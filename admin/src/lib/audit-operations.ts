import { graphql } from '$gql';

export const AuditLogQuery = graphql(`
  query AuditLog($action: AuditAction, $residentId: ID, $staffId: ID, $after: String, $first: Int!) {
    auditLog(action: $action, residentId: $residentId, staffId: $staffId, after: $after, first: $first) {
      lines {
        id
        at
        action
        staffId
        staffName
        residentId
        residentName
        address
        detail
      }
      nextCursor
    }
  }
`);

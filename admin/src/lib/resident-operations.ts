import { graphql } from '$gql';

/** One resident's page (居民档案) and adding one: the whole record, edits, PIN set-up codes, cards. */

export const ResidentRecordFieldsFragment = graphql(`
  fragment ResidentRecordFields on ResidentRecord {
    phone
    phone2
    birthDate
    notes
    cardCode
    hasPin
    pinLockedUntil
    pinSetupExpiresAt
    resident {
      id
      name
      unit
      room
      age
      livesAlone
      limitedMobility
      movedAway
      erased
      version
      building {
        id
        number
        name
      }
    }
  }
`);

/** The whole record; every read is written to the audit log, so a page asks once per visit. */
export const ResidentRecordQuery = graphql(`
  query ResidentRecord($id: ID!) {
    residentRecord(id: $id) {
      ...ResidentRecordFields
    }
  }
`);

export const CreateResident = graphql(`
  mutation CreateResident($input: ResidentInput!) {
    createResident(input: $input) {
      id
    }
  }
`);

/** What an edit changes (and the new version); the rest of the record stays as it was. */
export const UpdateResident = graphql(`
  mutation UpdateResident($id: ID!, $input: ResidentEdit!) {
    updateResident(id: $id, input: $input) {
      id
      name
      unit
      room
      age
      livesAlone
      limitedMobility
      movedAway
      erased
      version
      building {
        id
        number
        name
      }
    }
  }
`);

export const MarkResidentMovedAway = graphql(`
  mutation MarkResidentMovedAway($id: ID!, $version: Int!) {
    markResidentMovedAway(id: $id, version: $version) {
      id
      movedAway
      erased
      version
    }
  }
`);

export const EraseResident = graphql(`
  mutation EraseResident($id: ID!, $version: Int!) {
    eraseResident(id: $id, version: $version) {
      id
      name
      movedAway
      erased
      version
    }
  }
`);

export const IssueResidentCard = graphql(`
  mutation IssueResidentCard($id: ID!) {
    issueResidentCard(id: $id) {
      ...ResidentRecordFields
    }
  }
`);

export const RevokeResidentCard = graphql(`
  mutation RevokeResidentCard($id: ID!) {
    revokeResidentCard(id: $id) {
      ...ResidentRecordFields
    }
  }
`);

export const IssuePinSetupCode = graphql(`
  mutation IssuePinSetupCode($residentId: ID!) {
    issuePinSetupCode(residentId: $residentId) {
      code
      expiresAt
    }
  }
`);

export const LiftPinLock = graphql(`
  mutation LiftPinLock($residentId: ID!) {
    liftPinLock(residentId: $residentId)
  }
`);

import { graphql } from '$gql';

export const ViewerQuery = graphql(`
  query AdminViewer {
    viewer {
      mustChangePassword
      community {
        id
        name
        code
      }
      staff {
        id
        username
        displayName
        role
      }
    }
  }
`);

export const SignInStaff = graphql(`
  mutation SignInStaff($input: StaffSignInInput!) {
    signInStaff(input: $input) {
      token
      staff {
        id
        displayName
        role
      }
    }
  }
`);

export const SignInOperator = graphql(`
  mutation SignInOperator($input: OperatorSignInInput!) {
    signInOperator(input: $input) {
      token
    }
  }
`);

export const ChangeMyPassword = graphql(`
  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {
    changeMyPassword(input: $input)
  }
`);

export const SignOut = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const DashboardQuery = graphql(`
  query Dashboard {
    buildings {
      id
    }
    residents(limit: 1) {
      total
    }
    notices(first: 100) {
      id
      category
      title
      publishedAt
    }
  }
`);

export const BuildingsQuery = graphql(`
  query Buildings {
    buildings {
      id
      number
      name
    }
  }
`);

export const DevicesQuery = graphql(`
  query Devices {
    devices {
      id
      kind
      name
      location
      active
      createdAt
      lastSeenAt
      pairingExpiresAt
      revokedAt
      signInBudget {
        failures
        limit
        windowMinutes
        blockedUntil
      }
    }
  }
`);

export const RegisterDevice = graphql(`
  mutation RegisterDevice($input: RegisterDeviceInput!) {
    registerDevice(input: $input) {
      token
      pairingCode
      device {
        id
        name
        pairingExpiresAt
      }
    }
  }
`);

export const RenewPairingCode = graphql(`
  mutation RenewPairingCode($id: ID!) {
    renewPairingCode(id: $id)
  }
`);

export const RevokeDevice = graphql(`
  mutation RevokeDevice($id: ID!) {
    revokeDevice(id: $id) {
      id
      revokedAt
    }
  }
`);

export const ResetDeviceSignIns = graphql(`
  mutation ResetDeviceSignIns($id: ID!) {
    resetDeviceSignIns(id: $id) {
      id
    }
  }
`);

export const NoticesQuery = graphql(`
  query Notices($buildingId: ID, $includeExpired: Boolean!, $first: Int!) {
    notices(buildingId: $buildingId, includeExpired: $includeExpired, first: $first) {
      id
      category
      title
      body
      publishedAt
      expiresAt
      buildings {
        id
        number
        name
      }
    }
  }
`);

export const PublishNotice = graphql(`
  mutation PublishNotice($input: PublishNoticeInput!) {
    publishNotice(input: $input) {
      id
    }
  }
`);

export const DeleteNotice = graphql(`
  mutation DeleteNotice($id: ID!) {
    deleteNotice(id: $id)
  }
`);

export const UpdateNotice = graphql(`
  mutation UpdateNotice($id: ID!, $input: PublishNoticeInput!) {
    updateNotice(id: $id, input: $input) {
      id
    }
  }
`);

/** Any change to the notices (published elsewhere, corrected, deleted): the list is read anew. */
export const ConsoleNoticePublished = graphql(`
  subscription ConsoleNoticePublished {
    noticePublished {
      id
    }
  }
`);

export const ConsoleNoticeChanged = graphql(`
  subscription ConsoleNoticeChanged {
    noticeChanged {
      id
    }
  }
`);

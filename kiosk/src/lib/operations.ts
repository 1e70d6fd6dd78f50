import { graphql } from '$gql';

export const ViewerQuery = graphql(`
  query KioskViewer {
    viewer {
      community {
        name
      }
      device {
        name
        kind
      }
      resident {
        name
        limitedMobility
        building {
          id
          name
        }
      }
    }
  }
`);

/** What the kiosk keeps of a resident who signed in, whichever way they did. */
export const ResidentSignInFields = graphql(`
  fragment ResidentSignInFields on ResidentSignIn {
    token
    resident {
      name
      limitedMobility
      building {
        id
        name
      }
    }
  }
`);

export const SignInWithPin = graphql(`
  mutation SignInWithPin($phone: String!, $pin: String!) {
    signInWithPin(input: { phone: $phone, pin: $pin }) {
      ...ResidentSignInFields
    }
  }
`);

export const SignInWithCard = graphql(`
  mutation SignInWithCard($code: String!) {
    signInWithCard(input: { code: $code }) {
      ...ResidentSignInFields
    }
  }
`);

export const SignOut = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const PairDevice = graphql(`
  mutation PairDevice($code: String!) {
    pairDevice(code: $code) {
      token
      device {
        name
        kind
      }
    }
  }
`);

export const KioskNotice = graphql(`
  fragment KioskNotice on Notice {
    id
    title
    body
    category
    publishedAt
    expiresAt
    buildings {
      number
      name
    }
  }
`);

export const MyNotices = graphql(`
  query MyNotices {
    myNotices(first: 30) {
      ...KioskNotice
    }
  }
`);

export const CommunityNotices = graphql(`
  query CommunityNotices($first: Int!) {
    notices(first: $first) {
      ...KioskNotice
    }
  }
`);

export const NoticePublished = graphql(`
  subscription NoticePublished($buildingId: ID) {
    noticePublished(buildingId: $buildingId) {
      ...KioskNotice
    }
  }
`);

export const NoticeChanged = graphql(`
  subscription NoticeChanged($buildingId: ID) {
    noticeChanged(buildingId: $buildingId) {
      id
      notice {
        ...KioskNotice
      }
    }
  }
`);

import { graphql } from '$gql';

/** One line of the resident's points history, as the kiosk words it. */
export const KioskPointsEntry = graphql(`
  fragment KioskPointsEntry on PointsEntryView {
    id
    amount
    reason
    title
    day
    hours
    note
    voucherCode
    reversed
    at
    cursor
  }
`);

export const KioskVoucher = graphql(`
  fragment KioskVoucher on Voucher {
    id
    code
    status
    cost
    rewardName
    issuedAt
    expiresAt
    closedAt
  }
`);

export const KioskStars = graphql(`
  fragment KioskStars on StarsView {
    quarter
    stars {
      rank
      name
      building
      points
    }
  }
`);

/** The points page: the balance with the catalogue, and the star preference. */
export const KioskPointsPage = graphql(`
  query KioskPointsPage {
    rewardCatalogue {
      balance
      items {
        affordable
        short
        reward {
          id
          kind
          name
          description
          cost
          stock
          pictureId
        }
      }
    }
    myStarPreference {
      hideName
    }
  }
`);

/** Older history, a page at a time. */
export const KioskPointsHistory = graphql(`
  query KioskPointsHistory($before: String, $first: Int!) {
    myPoints(before: $before, first: $first) {
      balance
      more
      history {
        ...KioskPointsEntry
      }
    }
  }
`);

export const KioskRedeemReward = graphql(`
  mutation KioskRedeemReward($rewardId: ID!, $idempotencyKey: String!) {
    redeemReward(input: { rewardId: $rewardId, idempotencyKey: $idempotencyKey }) {
      ...KioskVoucher
    }
  }
`);

export const KioskMyVouchers = graphql(`
  query KioskMyVouchers {
    myVouchers {
      ...KioskVoucher
    }
  }
`);

export const KioskSetStarPreference = graphql(`
  mutation KioskSetStarPreference($hideName: Boolean!) {
    setStarPreference(hideName: $hideName) {
      hideName
    }
  }
`);

export const KioskGovernanceStars = graphql(`
  query KioskGovernanceStars {
    governanceStars {
      ...KioskStars
    }
  }
`);

import { graphql } from '$gql';

/** The console's points operations (议事积分): ledger, rules, catalogue, vouchers, stars, overview. */

export const PointsEntryFields = graphql(`
  fragment PointsEntryFields on PointsEntryView {
    id
    amount
    balanceAfter
    reason
    title
    day
    hours
    note
    voucherCode
    reversesId
    reversed
    recordedBy
    recordedByName
    at
    cursor
  }
`);

export const ResidentPointsQuery = graphql(`
  query ResidentPoints(
    $residentId: ID!
    $before: String
    $first: Int!
    $reasons: [PointsReasonCode!]
    $from: String
    $until: String
  ) {
    residentPoints(
      residentId: $residentId
      before: $before
      first: $first
      reasons: $reasons
      from: $from
      until: $until
    ) {
      residentId
      residentName
      building
      gone
      balance
      more
      history {
        ...PointsEntryFields
      }
    }
  }
`);

export const RecordVolunteerHours = graphql(`
  mutation RecordVolunteerHours($input: VolunteerHoursInput!) {
    recordVolunteerHours(input: $input) {
      alreadyRecorded
      balance
      entry {
        ...PointsEntryFields
      }
    }
  }
`);

export const AdjustPoints = graphql(`
  mutation AdjustPoints($input: ManualPointsInput!) {
    adjustPoints(input: $input) {
      alreadyRecorded
      balance
      entry {
        ...PointsEntryFields
      }
    }
  }
`);

export const ReversePointsEntry = graphql(`
  mutation ReversePointsEntry($input: ReverseEntryInput!) {
    reversePointsEntry(input: $input) {
      alreadyRecorded
      balance
      entry {
        ...PointsEntryFields
      }
    }
  }
`);

export const PointsRulesQuery = graphql(`
  query PointsRules {
    pointsRules {
      id
      reason
      points
      effectiveFrom
      current
    }
    pointsSettings {
      voucherValidDays
      starsPerQuarter
    }
  }
`);

export const AddPointsRule = graphql(`
  mutation AddPointsRule($input: PointsRuleInput!) {
    addPointsRule(input: $input) {
      id
      reason
      points
      effectiveFrom
      current
    }
  }
`);

export const SavePointsSettings = graphql(`
  mutation SavePointsSettings($input: PointsSettingsInput!) {
    savePointsSettings(input: $input) {
      voucherValidDays
      starsPerQuarter
    }
  }
`);

export const RewardFields = graphql(`
  fragment RewardFields on Reward {
    id
    kind
    name
    description
    cost
    stock
    pictureId
    activeFrom
    activeUntil
    archived
    version
  }
`);

export const RewardsQuery = graphql(`
  query Rewards($includeArchived: Boolean!) {
    rewards(includeArchived: $includeArchived) {
      ...RewardFields
    }
  }
`);

export const CreateReward = graphql(`
  mutation CreateReward($input: NewRewardInput!) {
    createReward(input: $input) {
      ...RewardFields
    }
  }
`);

export const UpdateReward = graphql(`
  mutation UpdateReward($input: UpdateRewardInput!) {
    updateReward(input: $input) {
      ...RewardFields
    }
  }
`);

export const AdjustRewardStock = graphql(`
  mutation AdjustRewardStock($input: StockInput!) {
    adjustRewardStock(input: $input) {
      ...RewardFields
    }
  }
`);

export const VoucherFields = graphql(`
  fragment VoucherFields on Voucher {
    id
    code
    status
    cost
    rewardId
    rewardName
    residentId
    residentName
    building
    issuedAt
    expiresAt
    closedAt
    cancelNote
  }
`);

export const VouchersQuery = graphql(`
  query Vouchers($statuses: [VoucherStatus!], $before: DateTimeISO, $first: Int!) {
    vouchers(statuses: $statuses, before: $before, first: $first) {
      ...VoucherFields
    }
  }
`);

export const VoucherByCodeQuery = graphql(`
  query VoucherByCode($code: String!) {
    voucherByCode(code: $code) {
      ...VoucherFields
    }
  }
`);

export const FulfilVoucher = graphql(`
  mutation FulfilVoucher($input: VoucherCodeInput!) {
    fulfilVoucher(input: $input) {
      ...VoucherFields
    }
  }
`);

export const CancelVoucher = graphql(`
  mutation CancelVoucher($input: CancelVoucherInput!) {
    cancelVoucher(input: $input) {
      ...VoucherFields
    }
  }
`);

export const StarsOfQuarterQuery = graphql(`
  query StarsOfQuarter($quarter: String!) {
    starsOfQuarter(quarter: $quarter) {
      quarter
      confirmed
      over
      stars {
        rank
        name
        building
        points
        occasions
        residentId
      }
    }
  }
`);

export const ConfirmStars = graphql(`
  mutation ConfirmStars($input: ConfirmStarsInput!) {
    confirmStars(input: $input) {
      quarter
      confirmed
      over
      stars {
        rank
        name
        building
        points
        occasions
        residentId
      }
    }
  }
`);

export const PointsByMonthQuery = graphql(`
  query PointsByMonth($months: Int!) {
    pointsByMonth(months: $months) {
      month
      earned
      redeemed
    }
  }
`);

export const VerifyLedger = graphql(`
  mutation VerifyLedger {
    verifyLedger {
      accounts
      entries
      ok
      problems
      checkedAt
      mismatches {
        residentId
        kind
        balance
        sum
        last
      }
    }
  }
`);

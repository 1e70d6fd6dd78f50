import { graphql } from '$gql';

export const StaffUsersQuery = graphql(`
  query StaffUsers {
    staffUsers {
      id
      username
      displayName
      role
      deactivatedAt
      mustChangePassword
      version
      createdAt
    }
  }
`);

export const CreateStaff = graphql(`
  mutation CreateStaff($input: CreateStaffInput!) {
    createStaff(input: $input) {
      oneTimePassword
      staff {
        id
        username
        displayName
      }
    }
  }
`);

export const SetStaffRole = graphql(`
  mutation SetStaffRole($input: SetStaffRoleInput!) {
    setStaffRole(input: $input) {
      id
      role
      version
    }
  }
`);

export const DeactivateStaff = graphql(`
  mutation DeactivateStaff($input: StaffVersionInput!) {
    deactivateStaff(input: $input) {
      id
      deactivatedAt
      version
    }
  }
`);

export const ReactivateStaff = graphql(`
  mutation ReactivateStaff($input: StaffVersionInput!) {
    reactivateStaff(input: $input) {
      id
      deactivatedAt
      version
    }
  }
`);

export const ResetStaffPassword = graphql(`
  mutation ResetStaffPassword($input: StaffVersionInput!) {
    resetStaffPassword(input: $input) {
      oneTimePassword
      staff {
        id
        username
        displayName
      }
    }
  }
`);

export const OperatorMe = graphql(`
  query OperatorMe {
    operatorMe {
      id
      username
      displayName
    }
  }
`);

export const OfficeCommunities = graphql(`
  query OfficeCommunities {
    officeCommunities {
      id
      name
      code
      address
      buildingCount
      unitCount
      staffCount
      createdAt
    }
  }
`);

export const CreateCommunity = graphql(`
  mutation CreateCommunity($input: CreateCommunityInput!) {
    createCommunity(input: $input) {
      adminUsername
      oneTimePassword
      community {
        id
        name
        code
      }
    }
  }
`);

/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AdminViewer {\n    viewer {\n      community {\n        id\n        name\n      }\n      staff {\n        id\n        username\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.AdminViewerDocument,
    "\n  mutation SignInStaff($input: StaffSignInInput!) {\n    signInStaff(input: $input) {\n      token\n      staff {\n        id\n        displayName\n        role\n      }\n    }\n  }\n": typeof types.SignInStaffDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Dashboard {\n    buildings {\n      id\n    }\n    residents(limit: 1) {\n      total\n    }\n    notices(first: 100) {\n      id\n      category\n      title\n      publishedAt\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query Buildings {\n    buildings {\n      id\n      number\n      name\n    }\n  }\n": typeof types.BuildingsDocument,
    "\n  query Residents($search: String, $buildingId: ID, $offset: Int!, $limit: Int!) {\n    residents(search: $search, buildingId: $buildingId, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        name\n        age\n        room\n        phone\n        livesAlone\n        limitedMobility\n        building {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ResidentsDocument,
    "\n  query Devices {\n    devices {\n      id\n      kind\n      name\n      location\n      active\n      createdAt\n      lastSeenAt\n      pairingExpiresAt\n      revokedAt\n    }\n  }\n": typeof types.DevicesDocument,
    "\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      token\n      pairingCode\n      device {\n        id\n        name\n        pairingExpiresAt\n      }\n    }\n  }\n": typeof types.RegisterDeviceDocument,
    "\n  mutation RenewPairingCode($id: ID!) {\n    renewPairingCode(id: $id)\n  }\n": typeof types.RenewPairingCodeDocument,
    "\n  mutation RevokeDevice($id: ID!) {\n    revokeDevice(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeDeviceDocument,
    "\n  query Notices($buildingId: ID, $includeExpired: Boolean!, $first: Int!) {\n    notices(buildingId: $buildingId, includeExpired: $includeExpired, first: $first) {\n      id\n      category\n      title\n      body\n      publishedAt\n      expiresAt\n      buildings {\n        id\n        number\n        name\n      }\n    }\n  }\n": typeof types.NoticesDocument,
    "\n  mutation PublishNotice($input: PublishNoticeInput!) {\n    publishNotice(input: $input) {\n      id\n    }\n  }\n": typeof types.PublishNoticeDocument,
    "\n  mutation DeleteNotice($id: ID!) {\n    deleteNotice(id: $id)\n  }\n": typeof types.DeleteNoticeDocument,
};
const documents: Documents = {
    "\n  query AdminViewer {\n    viewer {\n      community {\n        id\n        name\n      }\n      staff {\n        id\n        username\n        displayName\n        role\n      }\n    }\n  }\n": types.AdminViewerDocument,
    "\n  mutation SignInStaff($input: StaffSignInInput!) {\n    signInStaff(input: $input) {\n      token\n      staff {\n        id\n        displayName\n        role\n      }\n    }\n  }\n": types.SignInStaffDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Dashboard {\n    buildings {\n      id\n    }\n    residents(limit: 1) {\n      total\n    }\n    notices(first: 100) {\n      id\n      category\n      title\n      publishedAt\n    }\n  }\n": types.DashboardDocument,
    "\n  query Buildings {\n    buildings {\n      id\n      number\n      name\n    }\n  }\n": types.BuildingsDocument,
    "\n  query Residents($search: String, $buildingId: ID, $offset: Int!, $limit: Int!) {\n    residents(search: $search, buildingId: $buildingId, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        name\n        age\n        room\n        phone\n        livesAlone\n        limitedMobility\n        building {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ResidentsDocument,
    "\n  query Devices {\n    devices {\n      id\n      kind\n      name\n      location\n      active\n      createdAt\n      lastSeenAt\n      pairingExpiresAt\n      revokedAt\n    }\n  }\n": types.DevicesDocument,
    "\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      token\n      pairingCode\n      device {\n        id\n        name\n        pairingExpiresAt\n      }\n    }\n  }\n": types.RegisterDeviceDocument,
    "\n  mutation RenewPairingCode($id: ID!) {\n    renewPairingCode(id: $id)\n  }\n": types.RenewPairingCodeDocument,
    "\n  mutation RevokeDevice($id: ID!) {\n    revokeDevice(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeDeviceDocument,
    "\n  query Notices($buildingId: ID, $includeExpired: Boolean!, $first: Int!) {\n    notices(buildingId: $buildingId, includeExpired: $includeExpired, first: $first) {\n      id\n      category\n      title\n      body\n      publishedAt\n      expiresAt\n      buildings {\n        id\n        number\n        name\n      }\n    }\n  }\n": types.NoticesDocument,
    "\n  mutation PublishNotice($input: PublishNoticeInput!) {\n    publishNotice(input: $input) {\n      id\n    }\n  }\n": types.PublishNoticeDocument,
    "\n  mutation DeleteNotice($id: ID!) {\n    deleteNotice(id: $id)\n  }\n": types.DeleteNoticeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminViewer {\n    viewer {\n      community {\n        id\n        name\n      }\n      staff {\n        id\n        username\n        displayName\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').AdminViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInStaff($input: StaffSignInInput!) {\n    signInStaff(input: $input) {\n      token\n      staff {\n        id\n        displayName\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').SignInStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    buildings {\n      id\n    }\n    residents(limit: 1) {\n      total\n    }\n    notices(first: 100) {\n      id\n      category\n      title\n      publishedAt\n    }\n  }\n"): typeof import('./graphql').DashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Buildings {\n    buildings {\n      id\n      number\n      name\n    }\n  }\n"): typeof import('./graphql').BuildingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Residents($search: String, $buildingId: ID, $offset: Int!, $limit: Int!) {\n    residents(search: $search, buildingId: $buildingId, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        name\n        age\n        room\n        phone\n        livesAlone\n        limitedMobility\n        building {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Devices {\n    devices {\n      id\n      kind\n      name\n      location\n      active\n      createdAt\n      lastSeenAt\n      pairingExpiresAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').DevicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      token\n      pairingCode\n      device {\n        id\n        name\n        pairingExpiresAt\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewPairingCode($id: ID!) {\n    renewPairingCode(id: $id)\n  }\n"): typeof import('./graphql').RenewPairingCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeDevice($id: ID!) {\n    revokeDevice(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').RevokeDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notices($buildingId: ID, $includeExpired: Boolean!, $first: Int!) {\n    notices(buildingId: $buildingId, includeExpired: $includeExpired, first: $first) {\n      id\n      category\n      title\n      body\n      publishedAt\n      expiresAt\n      buildings {\n        id\n        number\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').NoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishNotice($input: PublishNoticeInput!) {\n    publishNotice(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').PublishNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNotice($id: ID!) {\n    deleteNotice(id: $id)\n  }\n"): typeof import('./graphql').DeleteNoticeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

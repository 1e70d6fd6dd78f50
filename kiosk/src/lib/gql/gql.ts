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
    "\n  query KioskViewer {\n    viewer {\n      community {\n        name\n      }\n      device {\n        name\n        kind\n      }\n      resident {\n        name\n        building {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.KioskViewerDocument,
    "\n  mutation SignInWithPin($phone: String!, $pin: String!) {\n    signInWithPin(input: { phone: $phone, pin: $pin }) {\n      token\n      resident {\n        name\n        building {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SignInWithPinDocument,
    "\n  mutation SignInWithCard($code: String!) {\n    signInWithCard(input: { code: $code }) {\n      token\n      resident {\n        name\n        building {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SignInWithCardDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation PairDevice($code: String!) {\n    pairDevice(code: $code) {\n      token\n      device {\n        name\n        kind\n      }\n    }\n  }\n": typeof types.PairDeviceDocument,
    "\n  fragment KioskNotice on Notice {\n    id\n    title\n    body\n    category\n    publishedAt\n    expiresAt\n    buildings {\n      number\n      name\n    }\n  }\n": typeof types.KioskNoticeFragmentDoc,
    "\n  query MyNotices {\n    myNotices(first: 30) {\n      ...KioskNotice\n    }\n  }\n": typeof types.MyNoticesDocument,
    "\n  query CommunityNotices($first: Int!) {\n    notices(first: $first) {\n      ...KioskNotice\n    }\n  }\n": typeof types.CommunityNoticesDocument,
    "\n  subscription NoticePublished($buildingId: ID) {\n    noticePublished(buildingId: $buildingId) {\n      ...KioskNotice\n    }\n  }\n": typeof types.NoticePublishedDocument,
};
const documents: Documents = {
    "\n  query KioskViewer {\n    viewer {\n      community {\n        name\n      }\n      device {\n        name\n        kind\n      }\n      resident {\n        name\n        building {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.KioskViewerDocument,
    "\n  mutation SignInWithPin($phone: String!, $pin: String!) {\n    signInWithPin(input: { phone: $phone, pin: $pin }) {\n      token\n      resident {\n        name\n        building {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SignInWithPinDocument,
    "\n  mutation SignInWithCard($code: String!) {\n    signInWithCard(input: { code: $code }) {\n      token\n      resident {\n        name\n        building {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SignInWithCardDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation PairDevice($code: String!) {\n    pairDevice(code: $code) {\n      token\n      device {\n        name\n        kind\n      }\n    }\n  }\n": types.PairDeviceDocument,
    "\n  fragment KioskNotice on Notice {\n    id\n    title\n    body\n    category\n    publishedAt\n    expiresAt\n    buildings {\n      number\n      name\n    }\n  }\n": types.KioskNoticeFragmentDoc,
    "\n  query MyNotices {\n    myNotices(first: 30) {\n      ...KioskNotice\n    }\n  }\n": types.MyNoticesDocument,
    "\n  query CommunityNotices($first: Int!) {\n    notices(first: $first) {\n      ...KioskNotice\n    }\n  }\n": types.CommunityNoticesDocument,
    "\n  subscription NoticePublished($buildingId: ID) {\n    noticePublished(buildingId: $buildingId) {\n      ...KioskNotice\n    }\n  }\n": types.NoticePublishedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskViewer {\n    viewer {\n      community {\n        name\n      }\n      device {\n        name\n        kind\n      }\n      resident {\n        name\n        building {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').KioskViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithPin($phone: String!, $pin: String!) {\n    signInWithPin(input: { phone: $phone, pin: $pin }) {\n      token\n      resident {\n        name\n        building {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SignInWithPinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithCard($code: String!) {\n    signInWithCard(input: { code: $code }) {\n      token\n      resident {\n        name\n        building {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SignInWithCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PairDevice($code: String!) {\n    pairDevice(code: $code) {\n      token\n      device {\n        name\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').PairDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KioskNotice on Notice {\n    id\n    title\n    body\n    category\n    publishedAt\n    expiresAt\n    buildings {\n      number\n      name\n    }\n  }\n"): typeof import('./graphql').KioskNoticeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotices {\n    myNotices(first: 30) {\n      ...KioskNotice\n    }\n  }\n"): typeof import('./graphql').MyNoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityNotices($first: Int!) {\n    notices(first: $first) {\n      ...KioskNotice\n    }\n  }\n"): typeof import('./graphql').CommunityNoticesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NoticePublished($buildingId: ID) {\n    noticePublished(buildingId: $buildingId) {\n      ...KioskNotice\n    }\n  }\n"): typeof import('./graphql').NoticePublishedDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

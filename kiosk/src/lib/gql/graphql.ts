/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type DeviceKind =
  | 'KIOSK'
  | 'SCREEN';

/** Property notice 物业通知, service phone numbers 服务电话, activity announcement 活动预告 */
export type NoticeCategory =
  | 'ACTIVITY'
  | 'PROPERTY'
  | 'SERVICE_PHONE';

export type KioskViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type KioskViewerQuery = { viewer: { community: { name: string } | null, device: { name: string, kind: DeviceKind } | null, resident: { name: string, building: { id: string, name: string } } | null } };

export type SignInWithPinMutationVariables = Exact<{
  phone: string;
  pin: string;
}>;


export type SignInWithPinMutation = { signInWithPin: { token: string, resident: { name: string, building: { id: string, name: string } } } };

export type SignInWithCardMutationVariables = Exact<{
  code: string;
}>;


export type SignInWithCardMutation = { signInWithCard: { token: string, resident: { name: string, building: { id: string, name: string } } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type PairDeviceMutationVariables = Exact<{
  code: string;
}>;


export type PairDeviceMutation = { pairDevice: { token: string, device: { name: string, kind: DeviceKind } } };

export type KioskNoticeFragment = { id: string, title: string, body: string, category: NoticeCategory, publishedAt: string, expiresAt: string | null, buildings: Array<{ number: number, name: string }> };

export type MyNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNoticesQuery = { myNotices: Array<{ id: string, title: string, body: string, category: NoticeCategory, publishedAt: string, expiresAt: string | null, buildings: Array<{ number: number, name: string }> }> };

export type CommunityNoticesQueryVariables = Exact<{
  first: number;
}>;


export type CommunityNoticesQuery = { notices: Array<{ id: string, title: string, body: string, category: NoticeCategory, publishedAt: string, expiresAt: string | null, buildings: Array<{ number: number, name: string }> }> };

export type NoticePublishedSubscriptionVariables = Exact<{
  buildingId?: string | null | undefined;
}>;


export type NoticePublishedSubscription = { noticePublished: { id: string, title: string, body: string, category: NoticeCategory, publishedAt: string, expiresAt: string | null, buildings: Array<{ number: number, name: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const KioskNoticeFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"KioskNotice"}) as unknown as TypedDocumentString<KioskNoticeFragment, unknown>;
export const KioskViewerDocument = new TypedDocumentString(`
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
      building {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KioskViewerQuery, KioskViewerQueryVariables>;
export const SignInWithPinDocument = new TypedDocumentString(`
    mutation SignInWithPin($phone: String!, $pin: String!) {
  signInWithPin(input: {phone: $phone, pin: $pin}) {
    token
    resident {
      name
      building {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignInWithPinMutation, SignInWithPinMutationVariables>;
export const SignInWithCardDocument = new TypedDocumentString(`
    mutation SignInWithCard($code: String!) {
  signInWithCard(input: {code: $code}) {
    token
    resident {
      name
      building {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SignInWithCardMutation, SignInWithCardMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const PairDeviceDocument = new TypedDocumentString(`
    mutation PairDevice($code: String!) {
  pairDevice(code: $code) {
    token
    device {
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<PairDeviceMutation, PairDeviceMutationVariables>;
export const MyNoticesDocument = new TypedDocumentString(`
    query MyNotices {
  myNotices(first: 30) {
    ...KioskNotice
  }
}
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
}`) as unknown as TypedDocumentString<MyNoticesQuery, MyNoticesQueryVariables>;
export const CommunityNoticesDocument = new TypedDocumentString(`
    query CommunityNotices($first: Int!) {
  notices(first: $first) {
    ...KioskNotice
  }
}
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
}`) as unknown as TypedDocumentString<CommunityNoticesQuery, CommunityNoticesQueryVariables>;
export const NoticePublishedDocument = new TypedDocumentString(`
    subscription NoticePublished($buildingId: ID) {
  noticePublished(buildingId: $buildingId) {
    ...KioskNotice
  }
}
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
}`) as unknown as TypedDocumentString<NoticePublishedSubscription, NoticePublishedSubscriptionVariables>;
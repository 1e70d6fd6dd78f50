/** Why a followed ticket cannot be shown. */
export enum FollowReason {
  FOLLOW_LINK_INVALID = 'FOLLOW_LINK_INVALID',
  FOLLOW_LINK_EXPIRED = 'FOLLOW_LINK_EXPIRED',
}

export const followReasons: Record<FollowReason, string> = {
  FOLLOW_LINK_INVALID: 'The follow link does not lead to a ticket',
  FOLLOW_LINK_EXPIRED: 'The followed ticket is from an earlier day',
};

declare module '../../platform/errors.js' {
  interface ErrorReasons {
    follow: FollowReason;
  }
}

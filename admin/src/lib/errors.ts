import { NETWORK_ERROR } from '@linli/client';
import { errorText as translate, type CodeMap, type ReasonMap, type Translate } from '@linli/ui';

/**
 * Every reason the API has (the schema's ErrorReason), and whether the console has a sentence of
 * its own for it (`errors.<REASON>`); `false`: its code's sentence says enough here, or the page
 * that meets it says more (the desk view, the corner set-up). A new reason in the schema is a
 * compile error here until it is decided.
 */
export const reasons: ReasonMap = {
  ALREADY_BOOKED: false,
  ALREADY_IN_LINE: false,
  ALREADY_REVERSED: true,
  BOOKINGS_CHANGED: false,
  BOOKING_STATE: false,
  CAPACITY_BELOW_BOOKED: false,
  CARD_UNKNOWN: false,
  COMMUNITY_CODE_TAKEN: true,
  CORNER_CLOSED: false,
  CURRENT_PASSWORD_WRONG: true,
  DESK_BUSY: false,
  DESK_NAME_TAKEN: false,
  DEVICE_REQUIRED: false,
  DEVICE_REVOKED: false,
  DEVICE_SIGN_IN_LIMIT: false,
  ENTRY_OF_VOUCHER: true,
  FOLLOW_LINK_EXPIRED: false,
  FOLLOW_LINK_INVALID: false,
  FULLY_BOOKED: false,
  HOME_VISIT_NOT_ELIGIBLE: false,
  IDEMPOTENCY_KEY_REUSED: true,
  LAST_ADMIN: true,
  LETTER_TAKEN: false,
  NOT_CHECK_IN_TIME: false,
  NOT_ENOUGH_POINTS: true,
  NO_RULE: true,
  OFFERING_IN_USE: false,
  ONE_SIGN_IN_PER_REQUEST: false,
  OPENING_EXISTS: false,
  OPENING_OVER: false,
  OPENING_STARTED: false,
  OWN_ACCOUNT: true,
  PAIRING_CODE_INVALID: false,
  PASSWORD_CHANGE_REQUIRED: true,
  PASSWORD_TOO_COMMON: true,
  PASSWORD_TOO_SHORT: true,
  PASSWORD_UNCHANGED: true,
  PASSWORD_WRONG: true,
  PHONE_TAKEN: true,
  PHONE_UNKNOWN: false,
  PICTURE_FORMAT: true,
  PIN_LOCKED: false,
  PIN_NOT_SET: false,
  PIN_TOO_SIMPLE: false,
  PIN_WRONG: false,
  QUARTER_NOT_OVER: true,
  RESIDENT_CHANGED: true,
  RESIDENT_GONE: true,
  REWARD_CHANGED: true,
  REWARD_NOT_AVAILABLE: true,
  ROSTER_CHANGED: true,
  ROSTER_ROLE: true,
  RULE_IN_FORCE: true,
  SESSION_EXPIRED: true,
  SETUP_CODE_EXPIRED: false,
  SETUP_CODE_WRONG: false,
  SHIFT_RECORDED: true,
  SIGN_IN_BUSY: true,
  SOLD_OUT: true,
  STAFF_CHANGED_MEANWHILE: true,
  STARS_CHANGED: true,
  STARS_CONFIRMED: true,
  STOCK_BELOW_ZERO: true,
  TICKET_NOT_WAITING: false,
  TICKET_STATE: false,
  TICKET_UNKNOWN: false,
  USERNAME_TAKEN: true,
  VOUCHER_EXPIRED: true,
  VOUCHER_STATE: true,
  VOUCHER_UNKNOWN: true,
  WORK_ORDER_CLOSED: false,
  WORK_ORDER_EXISTS: false,
};

const codes: CodeMap = {
  [NETWORK_ERROR]: true,
  UNAUTHENTICATED: true,
  FORBIDDEN: true,
  NOT_FOUND: true,
  CONFLICT: true,
  RATE_LIMITED: (err) => (err.retryAfterSeconds ? 'errors.RATE_LIMITED_WAIT' : 'errors.RATE_LIMITED'),
  BAD_USER_INPUT: true,
};

/** A sentence the user can act on, in their language. Never the server's message. */
export function errorText(err: unknown, t: Translate): string {
  return translate(err, t, { reasons, codes });
}

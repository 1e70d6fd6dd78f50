import { NETWORK_ERROR } from '@linli/client';
import { errorText as translate, inputProblems, type CodeMap, type ReasonMap, type Translate } from '@linli/ui';

/**
 * Every reason the API has (the schema's ErrorReason): `true` for those a resident can meet at the
 * kiosk, each with its sentence (`errors.<REASON>`, which may use {triesLeft} and {minutes});
 * `false` for the staff's (their code's sentence, else the generic one). A new reason in the
 * schema is a compile error here until it is decided.
 */
export const reasons: ReasonMap = {
  AGENDA_MISMATCH: false,
  ALREADY_BOOKED: true,
  ALREADY_INVITED: false,
  ALREADY_IN_LINE: true,
  ALREADY_ON_AGENDA: false,
  ALREADY_ON_COUNCIL: false,
  ALREADY_REVERSED: false,
  BOOKINGS_CHANGED: false,
  BOOKING_STATE: true,
  CANNOT_MERGE: false,
  CAPACITY_BELOW_BOOKED: false,
  CARD_UNKNOWN: true,
  COMMUNITY_CODE_TAKEN: false,
  CORNER_CLOSED: true,
  COUNCIL_HAS_CHAIR: false,
  CURRENT_PASSWORD_WRONG: false,
  DEADLINE_IN_PAST: false,
  DESK_BUSY: false,
  DESK_NAME_TAKEN: false,
  DEVICE_REQUIRED: false,
  DEVICE_REVOKED: true,
  DEVICE_SIGN_IN_LIMIT: true,
  ENTRY_OF_VOUCHER: false,
  FOLLOW_LINK_EXPIRED: false,
  FOLLOW_LINK_INVALID: false,
  FULLY_BOOKED: true,
  HOME_VISIT_NOT_ELIGIBLE: true,
  IDEMPOTENCY_KEY_REUSED: true,
  ITEM_DONE: false,
  LAST_ADMIN: false,
  LETTER_TAKEN: false,
  MATTER_CHANGED: false,
  MATTER_STATE: false,
  MEETING_CHANGED: true,
  MEETING_ROUND_TAKEN: false,
  MEETING_STATE: false,
  NOT_CHECK_IN_TIME: true,
  NOT_CHECK_IN_WINDOW: true,
  NOT_ENOUGH_POINTS: true,
  NO_CURRENT_ITEM: false,
  NO_RULE: false,
  OFFERING_IN_USE: false,
  ONE_SIGN_IN_PER_REQUEST: false,
  OPENING_EXISTS: false,
  OPENING_OVER: false,
  OPENING_STARTED: true,
  OWN_ACCOUNT: false,
  PAIRING_CODE_INVALID: true,
  PARTY_CHANGED: false,
  PASSWORD_CHANGE_REQUIRED: false,
  PASSWORD_TOO_COMMON: false,
  PASSWORD_TOO_SHORT: false,
  PASSWORD_UNCHANGED: false,
  PASSWORD_WRONG: false,
  PHONE_TAKEN: false,
  PHONE_UNKNOWN: true,
  PICTURE_FORMAT: false,
  PIN_LOCKED: true,
  PIN_NOT_SET: true,
  PIN_TOO_SIMPLE: true,
  PIN_WRONG: true,
  QUARTER_NOT_OVER: false,
  RESIDENT_CHANGED: false,
  RESIDENT_GONE: true,
  REWARD_CHANGED: true,
  REWARD_NOT_AVAILABLE: true,
  ROSTER_CHANGED: false,
  ROSTER_ROLE: false,
  RULE_IN_FORCE: false,
  SESSION_EXPIRED: true,
  SETUP_CODE_EXPIRED: true,
  SETUP_CODE_WRONG: true,
  SHIFT_RECORDED: false,
  SIGN_IN_BUSY: true,
  SOLD_OUT: true,
  STAFF_CHANGED_MEANWHILE: false,
  STARS_CHANGED: false,
  STARS_CONFIRMED: false,
  STOCK_BELOW_ZERO: false,
  TICKET_NOT_WAITING: false,
  TICKET_STATE: true,
  TICKET_UNKNOWN: false,
  TIMER_NOT_RUNNING: false,
  TIMER_RUNNING: false,
  USERNAME_TAKEN: false,
  VOUCHER_EXPIRED: false,
  VOUCHER_STATE: false,
  VOUCHER_UNKNOWN: false,
  WORK_ORDER_CLOSED: false,
  WORK_ORDER_EXISTS: false,
};

const codes: CodeMap = {
  [NETWORK_ERROR]: true,
  // The kiosk's fields are few and short: one sentence for the first problem, when it has one.
  BAD_USER_INPUT: (err) => {
    const [field, constraint] = Object.entries(inputProblems(err))[0] ?? [];
    if (constraint === 'controlCharacters' || constraint === 'notBlank') return `errors.${constraint}`;
    if (constraint === 'matches') return field === 'pin' ? 'errors.pinFormat' : 'errors.phoneFormat';
    return undefined;
  },
};

/** A sentence a resident can act on, in their language. Never a server message. */
export function errorText(err: unknown, t: Translate): string {
  return translate(err, t, { reasons, codes });
}

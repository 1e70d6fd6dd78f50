import { NETWORK_ERROR } from '@linli/client';
import { errorText as translate, inputProblems, type CodeMap, type ReasonMap, type Translate } from '@linli/ui';

/**
 * The reasons a resident can meet at the kiosk, each with its sentence (`errors.<REASON>`, which
 * may use {triesLeft} and {minutes}). Any other reason says what its code says, else the generic
 * sentence. Once `Reason` is the schema's union, every reason has to be named here.
 */
const reasons: ReasonMap = {
  PIN_WRONG: true,
  PIN_LOCKED: true,
  PHONE_UNKNOWN: true,
  PIN_NOT_SET: true,
  CARD_UNKNOWN: true,
  DEVICE_SIGN_IN_LIMIT: true,
  SIGN_IN_BUSY: true,
  SESSION_EXPIRED: true,
  DEVICE_REVOKED: true,
  PAIRING_CODE_INVALID: true,
  CORNER_CLOSED: true,
  ALREADY_IN_LINE: true,
  TICKET_STATE: true,
  FULLY_BOOKED: true,
  ALREADY_BOOKED: true,
  HOME_VISIT_NOT_ELIGIBLE: true,
  SESSION_STARTED: true,
  NOT_CHECK_IN_TIME: true,
  BOOKING_STATE: true,
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

/** Why a sign-in or a credential was refused. */
export enum AuthReason {
  PIN_WRONG = 'PIN_WRONG',
  PIN_LOCKED = 'PIN_LOCKED',
  PIN_NOT_SET = 'PIN_NOT_SET',
  PHONE_UNKNOWN = 'PHONE_UNKNOWN',
  CARD_UNKNOWN = 'CARD_UNKNOWN',
  PASSWORD_WRONG = 'PASSWORD_WRONG',
  DEVICE_REVOKED = 'DEVICE_REVOKED',
  DEVICE_REQUIRED = 'DEVICE_REQUIRED',
  DEVICE_SIGN_IN_LIMIT = 'DEVICE_SIGN_IN_LIMIT',
  PAIRING_CODE_INVALID = 'PAIRING_CODE_INVALID',
  ONE_SIGN_IN_PER_REQUEST = 'ONE_SIGN_IN_PER_REQUEST',
  SIGN_IN_BUSY = 'SIGN_IN_BUSY',
  PIN_TOO_SIMPLE = 'PIN_TOO_SIMPLE',
  SETUP_CODE_WRONG = 'SETUP_CODE_WRONG',
  SETUP_CODE_EXPIRED = 'SETUP_CODE_EXPIRED',
}

export const authReasons: Record<AuthReason, string> = {
  PIN_WRONG: 'The PIN does not match (triesLeft says how many tries remain)',
  PIN_LOCKED: 'Too many wrong PINs: this resident is locked for a while (retryAfterSeconds)',
  PIN_NOT_SET: 'The resident has no PIN yet',
  PHONE_UNKNOWN: 'No resident of this community has this phone number',
  CARD_UNKNOWN: 'The card is not known in this community',
  PASSWORD_WRONG: 'Wrong username or password',
  DEVICE_REVOKED: 'The device token is unknown or was revoked',
  DEVICE_REQUIRED: 'Residents sign in at a registered kiosk',
  DEVICE_SIGN_IN_LIMIT: "The kiosk's budget of failed sign-ins is spent (retryAfterSeconds)",
  PAIRING_CODE_INVALID: 'The pairing code is wrong or expired',
  ONE_SIGN_IN_PER_REQUEST: 'A request may hold one sign-in mutation only',
  SIGN_IN_BUSY: 'Too many sign-ins are being checked right now: try again in a few seconds',
  PIN_TOO_SIMPLE: 'The new PIN is too easy to guess (why: REPEATED, SEQUENCE, BIRTH_DATE or PHONE)',
  SETUP_CODE_WRONG: 'The set-up code is not right, or none is outstanding (triesLeft)',
  SETUP_CODE_EXPIRED: 'The set-up code is older than 24 hours: staff can give a new one',
};

declare module '../../platform/errors.js' {
  interface ErrorReasons {
    auth: AuthReason;
  }
}

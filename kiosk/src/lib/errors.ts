import { ApiError, NETWORK_ERROR } from '@linli/client';

type Translate = (key: string, options?: { values?: Record<string, string | number> }) => string;

const REASONS = new Set([
  'PIN_WRONG',
  'PIN_LOCKED',
  'PHONE_UNKNOWN',
  'PIN_NOT_SET',
  'CARD_UNKNOWN',
  'DEVICE_SIGN_IN_LIMIT',
  'SIGN_IN_BUSY',
  'SESSION_EXPIRED',
  'DEVICE_REVOKED',
  'PAIRING_CODE_INVALID',
  'CORNER_CLOSED',
  'ALREADY_IN_LINE',
  'TICKET_STATE',
  'FULLY_BOOKED',
  'ALREADY_BOOKED',
  'HOME_VISIT_NOT_ELIGIBLE',
  'SESSION_STARTED',
  'NOT_CHECK_IN_TIME',
  'BOOKING_STATE',
]);

/** A sentence a resident can act on, in their language. Never a server message. */
export function errorText(err: unknown, t: Translate): string {
  if (!(err instanceof ApiError)) return t('errors.generic');
  if (err.reason && REASONS.has(err.reason)) {
    return t(`errors.${err.reason}`, {
      values: {
        triesLeft: err.triesLeft ?? 0,
        minutes: Math.max(1, Math.ceil((err.retryAfterSeconds ?? 60) / 60)),
      },
    });
  }
  if (err.code === 'BAD_USER_INPUT' && err.fields) {
    const first = Object.values(err.fields)[0]?.[0];
    if (first === 'controlCharacters' || first === 'notBlank') return t(`errors.${first}`);
    if (first === 'matches') {
      const field = Object.keys(err.fields)[0];
      return t(field === 'pin' ? 'errors.pinFormat' : 'errors.phoneFormat');
    }
  }
  if (err.code === NETWORK_ERROR) return t('errors.NETWORK_ERROR');
  return t('errors.generic');
}

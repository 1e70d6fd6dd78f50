import { NETWORK_ERROR } from '@linli/client';
import { errorText as translate, type CodeMap, type ReasonMap, type Translate } from '@linli/ui';

/**
 * The reasons staff can meet in the console with a sentence of their own (`errors.<REASON>`).
 * Any other reason says what its code says. Once `Reason` is the schema's union, every reason
 * has to be named here.
 */
const reasons: ReasonMap = {
  PASSWORD_WRONG: true,
  SESSION_EXPIRED: true,
  SIGN_IN_BUSY: true,
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

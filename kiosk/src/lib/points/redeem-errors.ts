import { ApiError } from '@linli/client';
import type { Translate } from '@linli/ui';
import { errorText } from '../errors';
import { pointsShort } from './catalogue';

/**
 * A refused redemption in words: NOT_ENOUGH_POINTS says how many points are missing (from the
 * answer's balance and needed), the rest as the kiosk says every error.
 */
export function redeemErrorText(err: unknown, t: Translate): string {
  if (err instanceof ApiError && err.reason === 'NOT_ENOUGH_POINTS') {
    const short = pointsShort(err.balance, err.needed);
    if (short !== null) return t('errors.notEnoughPoints', { values: { short } });
  }
  return errorText(err, t);
}

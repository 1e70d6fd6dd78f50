import { ApiError, NETWORK_ERROR } from '@linli/client';

export type Translate = (
  key: string,
  options?: { values?: Record<string, string | number>; default?: string },
) => string;

const REASONS = new Set(['PASSWORD_WRONG', 'SESSION_EXPIRED', 'SIGN_IN_BUSY']);
const CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'BAD_USER_INPUT']);

/** A sentence the user can act on, in their language. Never the server's message. */
export function errorText(err: unknown, t: Translate): string {
  if (!(err instanceof ApiError)) return t('errors.generic');
  if (err.reason && REASONS.has(err.reason)) return t(`errors.${err.reason}`);
  if (err.code === NETWORK_ERROR) return t('errors.NETWORK_ERROR');
  if (err.code === 'RATE_LIMITED' && err.retryAfterSeconds) {
    return t('errors.RATE_LIMITED_WAIT', { values: { minutes: Math.max(1, Math.ceil(err.retryAfterSeconds / 60)) } });
  }
  if (CODES.has(err.code)) return t(`errors.${err.code}`);
  return t('errors.generic');
}

/**
 * BAD_USER_INPUT's `fields` ({ title: ['minLength'] }) as one sentence per field, looked up as
 * `validation.<form>.<field>.<constraint>`, then `validation.<constraint>`, then a generic one.
 * Keys may arrive with the argument's name in front (`input.title`); only the last part counts.
 */
export function fieldErrors(err: unknown, form: string, t: Translate): Record<string, string> {
  if (!(err instanceof ApiError) || err.code !== 'BAD_USER_INPUT' || !err.fields) return {};
  const out: Record<string, string> = {};
  for (const [key, constraints] of Object.entries(err.fields)) {
    const field =
      key
        .split('.')
        .filter((p) => !/^\d+$/.test(p))
        .pop() ?? key;
    const c = constraints[0] ?? 'invalid';
    out[field] ??= t(`validation.${form}.${field}.${c}`, {
      default: t(`validation.${c}`, { default: t('validation.invalid') }),
    });
  }
  return out;
}

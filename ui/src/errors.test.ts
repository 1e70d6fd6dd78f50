import { ApiError, NETWORK_ERROR } from '@linli/client';
import { describe, expect, it } from 'vitest';
import {
  errorMessage,
  errorText,
  fieldErrors,
  inputProblems,
  type ErrorVocabulary,
  type ReasonMap,
  type Translate,
} from './errors';

/** A translation that shows what was asked: the key, and the values it was given. */
const t: Translate = (key, options) => (options?.values ? `${key} ${JSON.stringify(options.values)}` : key);

// A partial map (and a reason no server sends), as an app built against another schema might hold.
const vocabulary: ErrorVocabulary = {
  reasons: { PIN_WRONG: true, SESSION_EXPIRED: true, NOT_HERE: false } as Partial<ReasonMap> as ReasonMap,
  codes: {
    [NETWORK_ERROR]: true,
    FORBIDDEN: true,
    RATE_LIMITED: (err) => (err.retryAfterSeconds ? 'errors.RATE_LIMITED_WAIT' : 'errors.RATE_LIMITED'),
    BAD_USER_INPUT: (err) => (inputProblems(err).pin === 'matches' ? 'errors.pinFormat' : undefined),
  },
};

// Codes and reasons as strings: a newer server may send ones this build does not know.
const apiError = (code: string, more: Partial<Omit<ApiError, 'reason'>> & { reason?: string } = {}) =>
  Object.assign(new ApiError('the server says something', { code: code as ApiError['code'] }), more);

describe(errorMessage.name, () => {
  it('uses the reason when the app translates it, with tries and whole minutes left', () => {
    const err = apiError('UNAUTHENTICATED', { reason: 'PIN_WRONG', triesLeft: 2, retryAfterSeconds: 61 });
    expect(errorMessage(err, vocabulary)).toEqual({ key: 'errors.PIN_WRONG', values: { triesLeft: 2, minutes: 2 } });
  });

  it('falls back to the code when the app declines the reason or does not know it', () => {
    expect(errorMessage(apiError('FORBIDDEN', { reason: 'NOT_HERE' }), vocabulary).key).toBe('errors.FORBIDDEN');
    expect(errorMessage(apiError('FORBIDDEN', { reason: 'SOMETHING_NEW' }), vocabulary).key).toBe('errors.FORBIDDEN');
  });

  it('says the generic sentence for what the app does not handle, and for anything not from the API', () => {
    expect(errorMessage(apiError('INTERNAL_SERVER_ERROR'), vocabulary).key).toBe('errors.generic');
    expect(errorMessage(new Error('boom'), vocabulary).key).toBe('errors.generic');
    expect(errorMessage('boom', vocabulary).key).toBe('errors.generic');
  });

  it('does not mistake inherited object keys for reasons or codes', () => {
    expect(errorMessage(apiError('toString', { reason: 'constructor' }), vocabulary).key).toBe('errors.generic');
  });

  it('lets a function choose the key, or decline it', () => {
    expect(errorMessage(apiError('RATE_LIMITED', { retryAfterSeconds: 30 }), vocabulary)).toEqual({
      key: 'errors.RATE_LIMITED_WAIT',
      values: { triesLeft: 0, minutes: 1 },
    });
    expect(errorMessage(apiError('RATE_LIMITED'), vocabulary).key).toBe('errors.RATE_LIMITED');
    const pin = apiError('BAD_USER_INPUT', { fields: { pin: ['matches'] } });
    expect(errorMessage(pin, vocabulary).key).toBe('errors.pinFormat');
    const title = apiError('BAD_USER_INPUT', { fields: { title: ['maxLength'] } });
    expect(errorMessage(title, vocabulary).key).toBe('errors.generic');
  });

  it('knows the network being down', () => {
    expect(errorMessage(apiError(NETWORK_ERROR), vocabulary).key).toBe('errors.NETWORK_ERROR');
  });
});

describe(errorText.name, () => {
  it('translates the key with its values and never shows the server message', () => {
    const text = errorText(apiError('UNAUTHENTICATED', { reason: 'PIN_WRONG', triesLeft: 4 }), t, vocabulary);
    expect(text).toBe('errors.PIN_WRONG {"triesLeft":4,"minutes":1}');
    expect(errorText(apiError('INTERNAL_SERVER_ERROR'), t, vocabulary)).not.toContain('the server says');
  });
});

describe(fieldErrors.name, () => {
  const known = new Set(['validation.notice.title.maxLength', 'validation.notBlank', 'validation.invalid']);
  const lookup: Translate = (key, options) => (known.has(key) ? `«${key}»` : (options?.default ?? key));

  it('finds the most specific sentence per field, by the last part of its path', () => {
    const err = apiError('BAD_USER_INPUT', {
      fields: { 'input.title': ['maxLength', 'notBlank'], 'input.body': ['notBlank'], 'input.lines.0.x': ['odd'] },
    });
    expect(fieldErrors(err, 'notice', lookup)).toEqual({
      title: '«validation.notice.title.maxLength»',
      body: '«validation.notBlank»',
      x: '«validation.invalid»',
    });
  });

  it('is empty for anything but BAD_USER_INPUT with fields', () => {
    expect(fieldErrors(apiError('BAD_USER_INPUT'), 'notice', lookup)).toEqual({});
    expect(fieldErrors(apiError('FORBIDDEN', { fields: { title: ['x'] } }), 'notice', lookup)).toEqual({});
    expect(fieldErrors(new Error('x'), 'notice', lookup)).toEqual({});
  });
});

describe('ReasonMap', () => {
  it('is exhaustive for a union of reasons (checked by the compiler)', () => {
    type Two = 'A_REASON' | 'B_REASON';
    const full: ReasonMap<Two> = { A_REASON: true, B_REASON: false };
    // @ts-expect-error B_REASON is missing: a reason added to the union must be handled.
    const missing: ReasonMap<Two> = { A_REASON: true };
    // @ts-expect-error C_REASON is not a reason in the union.
    const extra: ReasonMap<Two> = { A_REASON: true, B_REASON: true, C_REASON: true };
    expect(Object.keys(full)).toHaveLength(2);
    expect([missing, extra]).toHaveLength(2);
  });
});

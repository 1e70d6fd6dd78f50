import { ApiError, type ClientErrorCode, type ErrorCode, type ErrorReason } from '@linli/client';

/**
 * A failure's reason (`extensions.reason`): the schema's `enum ErrorReason`, generated. Each
 * app's `ReasonMap` has to name every reason in it.
 */
export type Reason = ErrorReason;

/** A failure's code (`extensions.code`, the schema's `ErrorCode`), or one the client gives (NETWORK_ERROR …). */
export type Code = ErrorCode | ClientErrorCode;

/** svelte-i18n's `$_`, or anything that turns a key and values into a sentence. */
export type Translate = (
  key: string,
  options?: { values?: Record<string, string | number>; default?: string },
) => string;

/** How an app shows a failure with this reason or code:
 * - `true`: its own sentence, `errors.<NAME>`;
 * - `false`: not this one (the app never meets it, or the code or the generic sentence says enough);
 * - a function: the key for this failure, or undefined to go on as for `false`. */
export type Handling = boolean | ((err: ApiError) => string | undefined);

/**
 * Every reason with how the app shows it. Keyed by `Reason`, so once that is a union, a reason
 * the app does not name (a new one, say) is a compile error until it is translated or declined.
 */
export type ReasonMap<R extends string = Reason> = { readonly [K in R]: Handling };

/** The codes the app gives a sentence of their own (the others fall to the generic one). */
export type CodeMap<C extends string = Code> = { readonly [K in C]?: Handling };

/** One app's way with failures: its reasons first, then its codes, else `errors.generic`. */
export interface ErrorVocabulary {
  reasons: ReasonMap;
  codes: CodeMap;
}

/** A failure before translation: a message key and the values its sentence may use. */
export interface ErrorMessage {
  key: string;
  values: { triesLeft: number; minutes: number };
}

export const GENERIC_ERROR = 'errors.generic';

/** The key and values for a failure. Never the server's message: that is for the logs. */
export function errorMessage(err: unknown, vocabulary: ErrorVocabulary): ErrorMessage {
  if (!(err instanceof ApiError)) return { key: GENERIC_ERROR, values: { triesLeft: 0, minutes: 1 } };
  const key =
    (err.reason === undefined ? undefined : keyFor(err.reason, vocabulary.reasons, err)) ??
    keyFor(err.code, vocabulary.codes, err) ??
    GENERIC_ERROR;
  return {
    key,
    values: {
      triesLeft: err.triesLeft ?? 0,
      // Whole minutes, rounded up: "in 0 minutes" helps nobody.
      minutes: Math.max(1, Math.ceil((err.retryAfterSeconds ?? 60) / 60)),
    },
  };
}

function keyFor(name: string, map: Readonly<Record<string, Handling>>, err: ApiError): string | undefined {
  if (!Object.hasOwn(map, name)) return undefined;
  const handling = map[name];
  if (typeof handling === 'function') return handling(err);
  return handling ? `errors.${name}` : undefined;
}

/** A sentence the user can act on, in their language. */
export function errorText(err: unknown, t: Translate, vocabulary: ErrorVocabulary): string {
  const { key, values } = errorMessage(err, vocabulary);
  return t(key, { values });
}

/** BAD_USER_INPUT's `fields` ({ 'input.title': ['minLength'] }) as field name → first constraint. */
export function inputProblems(err: unknown): Record<string, string> {
  if (!(err instanceof ApiError) || err.code !== 'BAD_USER_INPUT' || !err.fields) return {};
  const out: Record<string, string> = {};
  for (const [key, constraints] of Object.entries(err.fields)) {
    // The argument's name and list indexes may come in front (`input.title`, `lines.0.capacity`).
    const field =
      key
        .split('.')
        .filter((p) => !/^\d+$/.test(p))
        .pop() ?? key;
    out[field] ??= constraints[0] ?? 'invalid';
  }
  return out;
}

/**
 * BAD_USER_INPUT's fields as one sentence per field, looked up as
 * `validation.<form>.<field>.<constraint>`, then `validation.<constraint>`, then `validation.invalid`.
 */
export function fieldErrors(err: unknown, form: string, t: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, c] of Object.entries(inputProblems(err))) {
    out[field] = t(`validation.${form}.${field}.${c}`, {
      default: t(`validation.${c}`, { default: t('validation.invalid') }),
    });
  }
  return out;
}

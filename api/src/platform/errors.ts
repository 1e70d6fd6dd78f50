import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';

/** Every failure a client can meet. Clients translate on `code` (and `reason`), never on message. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/**
 * The platform's own reasons. Modules add theirs by augmenting `ErrorReasons` beside their
 * code, with a string enum whose values equal their names:
 *
 *     declare module '../../platform/errors.js' {
 *       interface ErrorReasons { queue: QueueReason }
 *     }
 *
 * and list them (with a line each) as their manifest's `reasons`; the schema's `ErrorReason`
 * enum is the union of all of them, so the apps get a typed reason from codegen.
 */
export enum PlatformReason {
  /** The caller's sign-in session is over (signed out, expired or idle too long). */
  SESSION_EXPIRED = 'SESSION_EXPIRED',
  /** The staff account signed in with a one-time password and must choose its own first. */
  PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED',
}
export const platformReasons: Record<PlatformReason, string> = {
  SESSION_EXPIRED: 'The sign-in session is over (signed out, expired or idle too long): sign in again',
  PASSWORD_CHANGE_REQUIRED:
    'The account signed in with a one-time password: only changeMyPassword, viewer and signOut until it chooses its own',
};

export interface ErrorReasons {
  platform: PlatformReason;
}
/** A finer reason inside a code, for the UI to choose its sentence. */
export type ErrorReason = `${ErrorReasons[keyof ErrorReasons]}`;

export interface ErrorDetails {
  reason?: ErrorReason;
  triesLeft?: number;
  retryAfterSeconds?: number;
  fields?: Record<string, string[]>;
  /** When the service corner next opens (ISO date-time). */
  opensAt?: string;
  /** DESK_BUSY: the ticket still open at the desk, e.g. "A003"; TICKET_NOT_WAITING / TICKET_UNKNOWN: the number asked for. */
  ticketCode?: string;
  /** TICKET_NOT_WAITING: the ticket's status now (CALLED, SERVING, DONE, NO_SHOW, CANCELLED). */
  ticketStatus?: string;
  /** How many: bookings in a session (BOOKINGS_CHANGED, SERVICE_IN_USE), or booked places (CAPACITY_BELOW_BOOKED). */
  count?: number;
  /** PIN_TOO_SIMPLE: why (REPEATED, SEQUENCE, BIRTH_DATE, PHONE). */
  why?: string;
  /** NOT_ENOUGH_POINTS: the account's balance now; `needed`: what the redemption costs. */
  balance?: number;
  needed?: number;
  /** VOUCHER_STATE: the voucher's status now (FULFILLED, CANCELLED, EXPIRED). */
  voucherStatus?: string;
  /** A stale edit (MATTER_CHANGED, PARTY_CHANGED, MEETING_CHANGED): the version there is now (re-read it). */
  version?: number;
  /** MATTER_STATE: where the matter is now (NEW, OPEN, ADOPTED, DONE, CLOSED, MERGED). */
  matterStatus?: string;
}

const httpStatus: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/** A deliberate, client-facing error. Anything else reaching formatError is masked. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message, { extensions: { code, ...details } });
  }
}

type Extra = Omit<ErrorDetails, 'reason'>;

export const badInput = (message: string, fields?: Record<string, string[]>) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, fields ? { fields } : {});
export const notFound = (what: string, reason?: ErrorReason, extra: Extra = {}) =>
  new AppError(ErrorCode.NOT_FOUND, reason ? what : `${what} not found`, { reason, ...extra });
export const forbidden = (message = 'You may not do this', reason?: ErrorReason, extra: Extra = {}) =>
  new AppError(ErrorCode.FORBIDDEN, message, { reason, ...extra });
export const unauthenticated = (message: string, reason?: ErrorReason, extra: Extra = {}) =>
  new AppError(ErrorCode.UNAUTHENTICATED, message, { reason, ...extra });
/** The request clashes with the state of things now: the reason says which rule. */
export const conflict = (reason: ErrorReason, message: string, extra: Extra = {}) =>
  new AppError(ErrorCode.CONFLICT, message, { reason, ...extra });
/** The caller's sign-in session is over (signed out, expired or idle too long). */
export const sessionEnded = () =>
  unauthenticated('Your session has ended. Please sign in again.', PlatformReason.SESSION_EXPIRED);

/** Codes graphql-js / Apollo produce themselves for malformed requests; safe to pass through. */
const passThroughCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

function fromValidation(err: ArgumentValidationError): GraphQLFormattedError {
  const fields: Record<string, string[]> = {};
  const walk = (errors: ArgumentValidationError['extensions']['validationErrors'], prefix: string) => {
    for (const e of errors) {
      const key = prefix ? `${prefix}.${e.property}` : e.property;
      if (e.constraints) fields[key] = Object.keys(e.constraints);
      if (e.children?.length) walk(e.children as typeof errors, key);
    }
  };
  walk(err.extensions.validationErrors, '');
  return {
    message: 'Some fields are not valid',
    extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
  };
}

export function statusFor(code: unknown): number {
  return typeof code === 'string' && code in httpStatus ? httpStatus[code as ErrorCode] : 200;
}

function unwrap(error: unknown): unknown {
  return error instanceof GraphQLError ? (error.originalError ?? error) : error;
}

/** True for errors we raise on purpose or that describe a malformed request. */
export function isExpectedError(error: unknown): boolean {
  const original = unwrap(error);
  if (
    original instanceof AppError ||
    original instanceof ArgumentValidationError ||
    original instanceof AuthenticationError ||
    original instanceof AuthorizationError
  )
    return true;
  // Apollo sets these codes on its own wrappers (ValidationError, SyntaxError, UserInputError),
  // which carry graphql-js's error as `originalError`; a resolver's thrown Error has no code.
  const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
  return typeof code === 'string' && passThroughCodes.has(code);
}

/**
 * The same error carrying its HTTP status, for failures Apollo answers before executing
 * anything (a context function that throws would otherwise answer 500).
 */
export function withHttpStatus(error: AppError): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { ...error.extensions, http: { status: statusFor(error.extensions.code) } },
  });
}

/**
 * The one place errors become what a client sees. Unexpected errors are masked here and
 * logged (with the request id) by the logging plugin.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrap(error);
  const path = formatted.path;
  if (original instanceof AppError) {
    return { message: original.message, path, extensions: { ...original.extensions } };
  }
  if (original instanceof ArgumentValidationError) return { ...fromValidation(original), path };
  if (original instanceof AuthenticationError) {
    return { message: 'Please sign in', path, extensions: { code: ErrorCode.UNAUTHENTICATED } };
  }
  if (original instanceof AuthorizationError) {
    return { message: 'You may not do this', path, extensions: { code: ErrorCode.FORBIDDEN } };
  }
  if (isExpectedError(error)) {
    return {
      message: hideSuggestions(formatted.message),
      locations: formatted.locations,
      path,
      extensions: { code: formatted.extensions?.code, reason: formatted.extensions?.reason },
    };
  }
  return {
    message: 'Something went wrong on our side. Please try again.',
    path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** Drops graphql-js's "Did you mean …?" hints, which would spell out the schema to a prober. */
export function hideSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from a client that cannot exist is simply not found (and never reaches SQL). */
export function checkId(id: string, what: string): string {
  if (!UUID.test(id)) throw notFound(what);
  return id;
}

import { DriverException } from '@mikro-orm/postgresql';
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * What a log line may never carry: SQL parameters, tokens, passwords, PINs or their hashes.
 *
 * - Database errors are logged as their SQLSTATE code, constraint, table, column and a short
 *   message, never the statement (knex writes the statement, values and all, into the message;
 *   PostgreSQL's `detail` repeats a duplicate key's values). See `serializeError`.
 * - Fields named like a secret (password, token, hash, pin, authorization, cookie, card or
 *   pairing code …) are replaced by "[Redacted]" at any depth, in errors too.
 * - Every finished line is scrubbed of argon2 hashes, Linli tokens, bearer tokens, 64-hex
 *   digests and passwords in connection URLs, wherever they hide (a message, a stack).
 *
 * Database unavailability (a refused or dropped connection, a server shutting down, a pool that
 * cannot connect) is rate-limited: one line per kind every few seconds, with the count of lines
 * suppressed in between (`suppressed`), so an outage is visible without flooding the log.
 */
export function createLogger(
  level: string,
  destination?: DestinationStream,
  opts: { unavailableEveryMs?: number } = {},
): Logger {
  const limiter = new UnavailableLimiter(opts.unavailableEveryMs);
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'linli-api' },
    serializers: { err: serializeValue, error: serializeValue },
    formatters: { log: (obj) => redactDeep(obj, 0) as Record<string, unknown> },
    hooks: {
      logMethod(args, method, levelNumber) {
        const next = sanitizeArgs(args as unknown[]);
        const first = next[0];
        const err = first && typeof first === 'object' ? (first as { err?: unknown }).err : undefined;
        const kind = err === undefined ? null : databaseUnavailable(err);
        if (kind) {
          const msg = typeof next[1] === 'string' ? next[1] : '';
          const suppressed = limiter.admit(`${levelNumber} ${msg} ${kind}`);
          if (suppressed === null) return;
          next[0] = { ...(first as object), databaseUnavailable: kind, ...(suppressed ? { suppressed } : {}) };
        }
        return method.apply(this, next as Parameters<typeof method>);
      },
      streamWrite: scrubText,
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

// ---------------------------------------------------------------------------------------------
// Secrets by name and by shape

const SECRET_KEY =
  /passw|passphrase|^pass$|secret|token|hash|authorization|cookie|credential|api[-_]?key|private[-_]?key|card[-_]?code|pairing[-_]?code|^pin$|^params$|^bindings$|^parameters$/i;
const REDACTED = '[Redacted]';

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

const SHAPES: Array<[RegExp, string]> = [
  [/\$argon2(?:id|i|d)\$[^\s"'`;)}\]\\]*/g, '[hash]'],
  [/\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}/g, '[hash]'],
  [/\bll[sdr]_[A-Za-z0-9_-]{8,}/g, '[token]'],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [token]'],
  [/\b[0-9a-f]{64}\b/gi, '[digest]'],
  [/\b(postgres(?:ql)?:\/\/[^:\s/@"]+:)[^@\s"]+@/gi, '$1*****@'],
  // PostgreSQL's DETAIL of a unique or foreign key violation repeats the values.
  [/\bKey \(([^()]*)\)=\((?:[^()]|\([^()]*\))*\)/g, 'Key ($1)=(…)'],
];

/** Replaces what looks like a hash, a token or a password in a URL. */
export function scrubText(text: string): string {
  let out = text;
  for (const [re, by] of SHAPES) out = out.replace(re, by);
  return out;
}

/** `log.error(err)` and `log.error({ err })` without a message would print `err.message` raw. */
function sanitizeArgs(args: unknown[]): unknown[] {
  const next = [...args];
  if (next[0] instanceof Error) next.splice(0, 1, { err: next[0] });
  const first = next[0] as { err?: unknown; msg?: unknown } | undefined;
  if (first && typeof first === 'object' && first.err instanceof Error && typeof next[1] !== 'string') {
    next.splice(1, 0, safeErrorMessage(first.err));
  }
  for (let i = 0; i < next.length; i++) if (typeof next[i] === 'string') next[i] = safeText(next[i] as string);
  return next;
}

function redactDeep(value: unknown, depth: number): unknown {
  if (value instanceof Error) return serializeError(value, depth);
  if (typeof value === 'string') return safeText(value);
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value; // Dates, Buffers, class instances: as pino would
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    out[k] = isSecretKey(k) && v != null ? REDACTED : redactDeep(v, depth + 1);
  return out;
}

function serializeValue(value: unknown): unknown {
  return redactDeep(value, 0);
}

// ---------------------------------------------------------------------------------------------
// Database errors

const SQLSTATE = /^[0-9A-Z]{5}$/;
/**
 * Where a statement starts in an error message: knex writes `<sql> - <message>`, MikroORM's
 * migrator `…failed: Original error: <sql> - <message>`.
 */
const SQL_START =
  /(^|: )\s*(select|insert|update|delete|with|create|alter|drop|truncate|lock|begin|commit|rollback|savepoint|release|set|do|call|copy|notify|listen|unlisten|prepare|execute|explain|vacuum|analyze|grant|revoke|comment|values)\b/i;

function isDatabaseError(err: Error): boolean {
  const e = err as Error & { severity?: unknown; code?: unknown; sqlState?: unknown };
  return (
    err instanceof DriverException ||
    (typeof e.severity === 'string' && typeof e.code === 'string') ||
    (typeof e.sqlState === 'string' && SQLSTATE.test(e.sqlState))
  );
}

/**
 * A message without the SQL statement knex (and MikroORM's migrator) put in it, nor the
 * `detail` (which repeats a key's values) and `hint` MikroORM appends.
 */
export function withoutSql(message: string): string {
  let text = message.replace(/\n - (detail|hint): [\s\S]*$/, '');
  const dash = text.lastIndexOf(' - ');
  if (dash >= 0) {
    const head = text.slice(0, dash);
    const sql = SQL_START.exec(head);
    if (sql) text = `${head.slice(0, sql.index + sql[1].length)}[SQL]${text.slice(dash)}`;
  }
  return text;
}

/** The server's own words, short, with a value after a colon (`…for type uuid: "x"`) left out. */
function shortDbMessage(err: Error): string {
  const text = withoutSql(err.message);
  const dash = text.lastIndexOf('[SQL] - ');
  const own = dash >= 0 ? text.slice(0, dash) + text.slice(dash + '[SQL] - '.length) : text;
  return scrubText(own.replace(/: "[^"]*"\s*$/, ': "…"').slice(0, 200));
}

function safeText(text: string): string {
  return scrubText(withoutSql(text));
}

/** One line about an error that is safe to print anywhere (a log, the console at start-up). */
export function safeErrorMessage(err: unknown): string {
  if (!(err instanceof Error)) return safeText(String(err));
  if (isDatabaseError(err)) {
    const code = (err as { code?: unknown }).code;
    return `${err.name}${typeof code === 'string' && SQLSTATE.test(code) ? ` ${code}` : ''}: ${shortDbMessage(err)}`;
  }
  return safeText(err.message || err.name);
}

const FRAMES_ONLY = (stack: string | undefined) =>
  (stack ?? '')
    .split('\n')
    .filter((l) => l.trimStart().startsWith('at '))
    .join('\n');

/** What the log keeps of an error. Database errors keep only what names the failure. */
export function serializeError(err: Error, depth = 0): Record<string, unknown> {
  const e = err as Error & Record<string, unknown>;
  const out: Record<string, unknown> = { type: err.constructor?.name ?? err.name };
  if (isDatabaseError(err)) {
    out.message = shortDbMessage(err);
    for (const k of ['code', 'severity', 'constraint', 'table', 'column', 'schema', 'dataType', 'routine'])
      if (typeof e[k] === 'string' && e[k]) out[k] = e[k];
    if (typeof e.code === 'string' && !SQLSTATE.test(e.code)) delete out.code;
    out.stack = FRAMES_ONLY(err.stack);
  } else {
    out.message = safeText(err.message);
    out.stack = safeText(err.stack ?? '');
    for (const [k, v] of Object.entries(e)) {
      if (k === 'message' || k === 'stack' || k === 'cause' || k === 'errors' || k === 'originalError') continue;
      out[k] = isSecretKey(k) && v != null ? REDACTED : redactDeep(v, depth + 1);
    }
  }
  if (depth < 5) {
    const original = e.originalError;
    if (original instanceof Error && original !== err) out.originalError = serializeError(original, depth + 1);
    if (err.cause !== undefined && err.cause !== null)
      out.cause = err.cause instanceof Error ? serializeError(err.cause, depth + 1) : redactDeep(err.cause, depth + 1);
    if (Array.isArray(e.errors))
      out.errors = (e.errors as unknown[]).map((x) =>
        x instanceof Error ? serializeError(x, depth + 1) : redactDeep(x, depth + 1),
      );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Database unavailability

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ECONNABORTED',
]);
/** admin/crash shutdown, cannot connect now, too many connections, no such database, wrong password. */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300', '3D000', '28P01', '28000']);
const LOST =
  /Connection terminated|Connection ended unexpectedly|connection error|timeout exceeded when trying to connect|Timeout acquiring a connection|server closed the connection|the database system is (shutting down|starting up)/i;

/**
 * Why the database cannot be reached, when that is what `err` (or its cause) says: a network
 * code (`ECONNREFUSED`), a SQLSTATE (`57P01`, class `08…`), or `CONNECTION_LOST`; else null.
 */
export function databaseUnavailable(err: unknown, depth = 0): string | null {
  if (!err || typeof err !== 'object' || depth > 5) return null;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; originalError?: unknown; errors?: unknown };
  if (typeof e.code === 'string') {
    if (NETWORK_CODES.has(e.code)) return e.code;
    if (SQLSTATE.test(e.code) && (e.code.startsWith('08') || UNAVAILABLE_STATES.has(e.code))) return e.code;
  }
  for (const inner of [e.originalError, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])]) {
    const kind = databaseUnavailable(inner, depth + 1);
    if (kind) return kind;
  }
  if (typeof e.message === 'string' && LOST.test(e.message)) return 'CONNECTION_LOST';
  return null;
}

/** Lets one line per key through every `windowMs`, and counts the ones it held back. */
export class UnavailableLimiter {
  private readonly seen = new Map<string, { until: number; suppressed: number }>();

  constructor(
    private readonly windowMs = 5000,
    private readonly now = () => Date.now(),
  ) {}

  /** null: suppress this line; otherwise how many lines of this key were suppressed before it. */
  admit(key: string): number | null {
    const t = this.now();
    const entry = this.seen.get(key);
    if (entry && t < entry.until) {
      entry.suppressed++;
      return null;
    }
    const suppressed = entry?.suppressed ?? 0;
    this.seen.set(key, { until: t + this.windowMs, suppressed: 0 });
    if (this.seen.size > 100) for (const [k, v] of this.seen) if (v.until < t) this.seen.delete(k);
    return suppressed;
  }
}

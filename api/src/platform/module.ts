import type { EntityClass, EntityManager } from '@mikro-orm/postgresql';
import type { ValidationRule } from 'graphql';
import type { Context, Services } from './context.js';
import type { Logger } from './logger.js';
import type { Credentials, PrincipalResolver } from './principal.js';

/**
 * What a feature module gives the platform: everything the platform wires up for it. A module
 * is one folder under `api/src/modules/`, whose `index.ts` exports its manifest (and the small
 * service API other modules may call); `api/src/modules.ts` lists the manifests. The platform
 * imports nothing from `modules/` — it receives this.
 */
export interface LinliModule {
  /** Short, unique, kebab-case: `queue`, `work-order`. */
  name: string;
  /** MikroORM entities whose tables the module owns: only its own SQL writes them. */
  entities?: EntityClass<object>[];
  /**
   * Its tables that other modules' SQL may read (join for a name, a letter, the opening now);
   * nobody else writes them, and a table not listed is read only through the module's API
   * (test/module-sql.test.ts checks every module's SQL file for both).
   */
  readable?: readonly string[];
  /** type-graphql resolver classes. */
  resolvers?: Function[]; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
  /**
   * The module's events: topic names. Payload types are declared beside them by augmenting
   * the platform's `Topics` interface (see `platform/pubsub.ts`).
   */
  topics?: readonly string[];
  /**
   * The error reasons the module raises (a string enum), with one line each on what happened;
   * they become values of the schema's `ErrorReason` enum. The type side augments the
   * platform's `ErrorReasons` interface (see `platform/errors.ts`).
   */
  reasons?: Record<string, string>;
  /** Attempt budgets the module keeps (name → what it guards), for the README and the console. */
  limiters?: Record<string, LimiterInfo>;
  /**
   * Subscriptions a socket without credentials may run (a phone following its ticket). Every
   * other operation on such a socket is asked to sign in.
   */
  anonymousSubscriptions?: readonly string[];
  /** Extra validation rules for every GraphQL request. */
  validationRules?: ValidationRule[];
  /** Turns request credentials into who is calling. Exactly one module provides it. */
  principal?: PrincipalResolver;
  /** The module's part of the demo data, run in list order on an empty database. */
  seed?: SeedStep;
  /**
   * Plain HTTP endpoints, for what GraphQL carries badly: files up (a spreadsheet larger than a
   * GraphQL body may be) and down. Each is served at `/api/<module name>/<path>`; the platform
   * resolves the caller from the same credentials as `/graphql` and hands the handler the same
   * `Context` (community-scoped EntityManager, row-level security bound). Access checks are the
   * handler's (its service's); an `AppError` becomes the GraphQL-shaped error body with its status.
   */
  routes?: readonly ModuleRoute[];
  /** Work the job queue runs for the module: on a schedule, or when sent. */
  jobs?: readonly ModuleJob[];
}

/**
 * Work the platform's job queue (platform/jobs.ts, on pg-boss) runs: each run happens once, on
 * whichever API instance takes it, and a run due while no instance was up happens when one
 * comes back.
 */
export interface ModuleJob {
  /** Unique: `<module>.<what>`, e.g. `points.expire-vouchers`. */
  name: string;
  /** Cron in Asia/Shanghai ('0 3 * * *': at 3:00 every day); without it the job runs only when sent. */
  schedule?: string;
  /** The work. A job may run again after a crash: the work must be idempotent on the data's state. */
  run: (job: JobRun) => Promise<void>;
}

/** One run of a job, as its `run` gets it. */
export interface JobRun {
  id: string;
  data: Record<string, unknown>;
  /** orm, pubsub, config, log, clock, jobs (platform/context.ts). */
  services: Services;
  /**
   * fn once per community (every community in the database), each in its own scope: a Context as
   * a request would have it (em scoped + row-level security bound via withCommunity), principal
   * `{ communityId }` only (a system job: no staff, no resident), requestId = job id. A community
   * whose fn throws is logged and the others still run; the run then fails (and is retried).
   */
  forEachCommunity(fn: (ctx: Context) => Promise<void>): Promise<void>;
  /** fn in one community's scope, as above. */
  inCommunity<T>(communityId: string, fn: (ctx: Context) => Promise<T>): Promise<T>;
}

export interface ModuleRoute {
  method: 'GET' | 'POST';
  /** Below `/api/<module name>/`, e.g. `dry-run`. */
  path: string;
  /** POST: the largest request body taken, in bytes (it arrives whole, as a Buffer). */
  maxBodyBytes?: number;
  handle: (ctx: Context, request: RouteRequest) => Promise<RouteReply>;
}

export interface RouteRequest {
  /** The query string's parameters (a repeated one: its first value). */
  query: Record<string, string>;
  /** POST: the body as sent; GET: an empty buffer. */
  body: Buffer;
  /**
   * Tells a caller that asked for it (`Accept: application/x-ndjson`) how far the work is: each
   * call is one line of the answer, and the reply (or the error) comes as the last line. For
   * everyone else it does nothing.
   */
  progress: (event: Record<string, unknown>) => void;
}

/** JSON, or a file to download. */
export type RouteReply = { json: unknown } | { file: { body: Buffer; contentType: string; filename: string } };

export interface LimiterInfo {
  /** Where the budget is kept: shared by all instances, or per process. */
  store: 'postgres' | 'memory';
  /** What is counted, in a sentence. */
  guards: string;
}

/** What a demo seed step gets: the seed's one transaction, and the demo community made first. */
export interface SeedContext {
  em: EntityManager;
  log: Logger;
  communityId: string;
}

/**
 * The module's part of the demo data, run inside the seed's transaction after the steps of the
 * modules listed before it. What it returns (device tokens) is shown in the start-up banner.
 */
export type SeedStep = (ctx: SeedContext) => Promise<Record<string, string> | void>;

export type { Credentials, PrincipalResolver };

import {
  getOperationAST,
  isObjectType,
  subscribe,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { Role, hasRole } from './auth-checker.js';
import type { Context } from './context.js';

/** Marks a subscription field as shareable: `@Extensions(SHARED)` on its resolver. */
export const SHARED = { sharedSubscription: true } as const;

/**
 * Marks a subscription field as versioned state: a result replaces a queued, undelivered one
 * with the same values of `fields` (e.g. one queue line), so a subscriber that falls behind
 * gets the newest version of each, not every step. `@Extensions({ ...latestBy('serviceId') })`.
 * Results that do not select all of `fields` are never coalesced.
 */
export const latestBy = (...fields: string[]) => ({ latestBy: fields });

type Stream = AsyncGenerator<ExecutionResult, void, void>;
type KeyOf = (result: ExecutionResult) => string | null;

export interface OutboxOptions {
  /**
   * A subscriber this far behind (results queued and not yet sent) is cut off: `overflow` is
   * called with its context (the server closes its socket; the client reconnects and re-reads).
   */
  maxQueued?: number;
  overflow?: (contextValue: unknown) => void;
}

/** Queued, undelivered results a subscription may hold before its reader counts as stalled. */
export const MAX_QUEUED = 256;

/**
 * Runs every subscription through a bounded outbox, and runs shareable ones once for all alike
 * subscribers.
 *
 * graphql-ws sends one result at a time per subscription and waits for the socket to take it;
 * whatever arrives meanwhile waits in the subscription's outbox. A reader that stops reading
 * would make it grow without end, so it is capped (`maxQueued`), and versioned state
 * (`latestBy`) keeps only the newest undelivered result per key: lag stays bounded by one round
 * of sends however fast events come.
 *
 * graphql-js runs a subscription once per subscriber: a call-next seen by 1,000 displays is
 * filtered, resolved and completed 1,000 times. For fields marked `@Extensions(SHARED)` —
 * whose results depend only on the event, the operation and its variables, the caller's
 * community and roles — the first subscriber's execution is shared: later ones with the same
 * key attach to it and receive the same result objects. Everything else, and any operation
 * that fails to subscribe, runs once per subscriber.
 */
export class SharedSubscriptions {
  private readonly groups = new Map<string, Group>();
  /** The query text of each document, recorded when the operation is parsed. */
  private readonly texts = new WeakMap<object, string>();
  private readonly maxQueued: number;
  private readonly overflow: (contextValue: unknown) => void;

  constructor(
    private readonly schema: GraphQLSchema,
    options: OutboxOptions = {},
  ) {
    this.maxQueued = options.maxQueued ?? MAX_QUEUED;
    this.overflow = options.overflow ?? (() => undefined);
  }

  /** Call with every parsed subscription document (graphql-ws `onSubscribe`). */
  remember(document: object, query: string): void {
    this.texts.set(document, query);
  }

  /** Drop-in for graphql-js `subscribe` in graphql-ws's `subscribe` option. */
  subscribe = async (args: ExecutionArgs): Promise<Stream | ExecutionResult> => {
    const field = this.rootField(args);
    const outbox: Outbox = {
      keyOf: field ? keyBy(field.responseKey, field.latestBy) : () => null,
      maxQueued: this.maxQueued,
      overflow: () => this.overflow(args.contextValue),
    };
    const key = field?.shared ? this.keyOf(args) : null;
    if (!key) {
      const own: Group = new Group(subscribe(args) as Promise<Stream | ExecutionResult>, () => undefined);
      return (await own.attach(outbox))!;
    }
    for (;;) {
      let group = this.groups.get(key);
      if (!group) {
        const created: Group = new Group(
          subscribe(args) as Promise<Stream | ExecutionResult>,
          () => this.groups.get(key) === created && this.groups.delete(key),
        );
        this.groups.set(key, (group = created));
      }
      // null: the group ended while this subscriber waited to join; start a new one.
      const attached = await group.attach(outbox);
      if (attached) return attached;
    }
  };

  /** How many shared executions are live (for tests). */
  get size(): number {
    return this.groups.size;
  }

  /** The operation's one root field (a subscription has exactly one) and how it may be run. */
  private rootField(args: ExecutionArgs) {
    const operation = getOperationAST(args.document, args.operationName);
    const type = this.schema.getSubscriptionType();
    const [selection, ...more] = operation?.selectionSet.selections ?? [];
    if (!operation || operation.operation !== 'subscription' || !isObjectType(type)) return null;
    if (!selection || more.length || selection.kind !== 'Field') return null;
    const extensions = type.getFields()[selection.name.value]?.extensions ?? {};
    return {
      responseKey: selection.alias?.value ?? selection.name.value,
      shared: !!extensions.sharedSubscription,
      latestBy: Array.isArray(extensions.latestBy) ? (extensions.latestBy as string[]) : null,
    };
  }

  private keyOf(args: ExecutionArgs): string | null {
    const query = this.texts.get(args.document);
    if (!query) return null;
    const { principal } = args.contextValue as Context;
    const roles = Object.values(Role).filter((role) => hasRole(principal, role));
    return JSON.stringify([
      principal.communityId,
      roles,
      !!principal.staff || !!principal.device,
      !!principal.staff?.mustChangePassword,
      !!principal.residentSessionExpired,
      query,
      args.operationName ?? null,
      args.variableValues ?? null,
    ]);
  }
}

/** The coalescing key of a result: the values of `fields` in the root field's object. */
function keyBy(responseKey: string, fields: string[] | null): KeyOf {
  if (!fields?.length) return () => null;
  return (result) => {
    const value = (result.data as Record<string, unknown> | null | undefined)?.[responseKey];
    if (!value || typeof value !== 'object' || result.errors?.length) return null;
    const parts = fields.map((f) => (value as Record<string, unknown>)[f]);
    return parts.some((p) => p === undefined) ? null : JSON.stringify(parts);
  };
}

interface Outbox {
  keyOf: KeyOf;
  maxQueued: number;
  overflow: () => void;
}

/** One shared execution and the subscribers attached to it. */
class Group {
  private readonly subscribers = new Set<Subscriber>();
  private source: Stream | null = null;
  private finished = false;

  constructor(
    private readonly started: Promise<Stream | ExecutionResult>,
    private readonly forget: () => void,
  ) {}

  async attach(outbox: Outbox): Promise<Stream | ExecutionResult | null> {
    const result = await this.started;
    if (!isStream(result)) {
      this.forget();
      return result; // an error result: each subscriber gets it, as without sharing
    }
    if (this.finished) return null;
    if (!this.source) {
      this.source = result;
      void this.pump(result);
    }
    const subscriber: Subscriber = new Subscriber(outbox, () => this.detach(subscriber));
    this.subscribers.add(subscriber);
    return subscriber.iterator();
  }

  private async pump(source: Stream): Promise<void> {
    try {
      for await (const result of source) for (const s of this.subscribers) s.push(result);
      this.end();
    } catch (err) {
      this.end(err);
    }
  }

  private end(err?: unknown): void {
    this.finished = true;
    this.forget();
    for (const s of this.subscribers) s.close(err);
    this.subscribers.clear();
  }

  private detach(subscriber: Subscriber): void {
    this.subscribers.delete(subscriber);
    if (this.subscribers.size === 0 && !this.finished) {
      this.finished = true;
      this.forget();
      void this.source?.return();
    }
  }
}

/** One subscriber's outbox of results, read by graphql-ws as an async generator. */
class Subscriber {
  /** Oldest first; a coalescable result replaces the queued one with its key, keeping its place. */
  private readonly queue: Array<{ key: string | null; result: ExecutionResult }> = [];
  private readonly queued = new Map<string, { key: string | null; result: ExecutionResult }>();
  private waiting: { resolve: (r: IteratorResult<ExecutionResult>) => void; reject: (e: unknown) => void } | null =
    null;
  private done = false;
  private error: unknown = undefined;

  constructor(
    private readonly outbox: Outbox,
    private readonly onLeave: () => void,
  ) {}

  push(result: ExecutionResult): void {
    if (this.done) return;
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      w.resolve({ value: result, done: false });
      return;
    }
    const key = this.outbox.keyOf(result);
    const held = key === null ? undefined : this.queued.get(key);
    if (held) {
      held.result = result;
      return;
    }
    const item = { key, result };
    this.queue.push(item);
    if (key !== null) this.queued.set(key, item);
    if (this.queue.length > this.outbox.maxQueued) {
      // The reader stopped reading: drop what it never took and let the server cut it off.
      this.queue.length = 0;
      this.queued.clear();
      this.close();
      this.outbox.overflow();
    }
  }

  private shift(): ExecutionResult | undefined {
    const item = this.queue.shift();
    if (item?.key != null) this.queued.delete(item.key);
    return item?.result;
  }

  close(err?: unknown): void {
    if (this.done) return;
    this.done = true;
    this.error = err;
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      if (err === undefined) w.resolve({ value: undefined, done: true });
      else w.reject(err);
    }
  }

  iterator(): Stream {
    const next = (): Promise<IteratorResult<ExecutionResult, void>> => {
      const queued = this.shift();
      if (queued) return Promise.resolve({ value: queued, done: false });
      if (this.done) {
        const err = this.error;
        this.error = undefined;
        return err === undefined ? Promise.resolve({ value: undefined, done: true }) : Promise.reject(err);
      }
      return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
    };
    const leave = (): Promise<IteratorResult<ExecutionResult, void>> => {
      this.queue.length = 0;
      this.queued.clear();
      this.close();
      this.onLeave();
      return Promise.resolve({ value: undefined, done: true });
    };
    const stream: Stream = {
      next,
      return: leave,
      throw: (err: unknown) => {
        void leave();
        return Promise.reject(err);
      },
      [Symbol.asyncIterator]: () => stream,
    };
    return stream;
  }
}

function isStream(x: Stream | ExecutionResult): x is Stream {
  return typeof (x as Stream)[Symbol.asyncIterator] === 'function';
}

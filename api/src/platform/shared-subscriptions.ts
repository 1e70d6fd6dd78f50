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

type Stream = AsyncGenerator<ExecutionResult, void, void>;

/**
 * One execution of a subscription for every subscriber that would get the same results.
 *
 * graphql-js runs a subscription once per subscriber: a call-next seen by 1,000 displays is
 * filtered, resolved and completed 1,000 times. For fields marked `@Extensions(SHARED)` —
 * whose results depend only on the event, the operation and its variables, the caller's
 * community and roles — the first subscriber's execution is shared: later ones with the same
 * key attach to it and receive the same result objects. Everything else, and any operation
 * that fails to subscribe, runs as before.
 */
export class SharedSubscriptions {
  private readonly groups = new Map<string, Group>();
  /** The query text of each document, recorded when the operation is parsed. */
  private readonly texts = new WeakMap<object, string>();

  constructor(private readonly schema: GraphQLSchema) {}

  /** Call with every parsed subscription document (graphql-ws `onSubscribe`). */
  remember(document: object, query: string): void {
    this.texts.set(document, query);
  }

  /** Drop-in for graphql-js `subscribe` in graphql-ws's `subscribe` option. */
  subscribe = async (args: ExecutionArgs): Promise<Stream | ExecutionResult> => {
    const key = this.keyOf(args);
    if (!key) return subscribe(args) as Promise<Stream | ExecutionResult>;
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
      const attached = await group.attach();
      if (attached) return attached;
    }
  };

  /** How many executions are live (for tests). */
  get size(): number {
    return this.groups.size;
  }

  private keyOf(args: ExecutionArgs): string | null {
    const query = this.texts.get(args.document);
    const operation = getOperationAST(args.document, args.operationName);
    const type = this.schema.getSubscriptionType();
    if (!query || !operation || operation.operation !== 'subscription' || !isObjectType(type)) return null;
    const fields = type.getFields();
    for (const selection of operation.selectionSet.selections) {
      if (selection.kind !== 'Field' || !fields[selection.name.value]?.extensions?.sharedSubscription) return null;
    }
    const { principal } = args.contextValue as Context;
    const roles = Object.values(Role).filter((role) => hasRole(principal, role));
    return JSON.stringify([
      principal.communityId,
      roles,
      !!principal.staff || !!principal.device,
      !!principal.residentSessionExpired,
      query,
      args.operationName ?? null,
      args.variableValues ?? null,
    ]);
  }
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

  async attach(): Promise<Stream | ExecutionResult | null> {
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
    const subscriber = new Subscriber(() => this.detach(subscriber));
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

/** One subscriber's queue of results, read by graphql-ws as an async generator. */
class Subscriber {
  private readonly queue: ExecutionResult[] = [];
  private waiting: { resolve: (r: IteratorResult<ExecutionResult>) => void; reject: (e: unknown) => void } | null =
    null;
  private done = false;
  private error: unknown = undefined;

  constructor(private readonly onLeave: () => void) {}

  push(result: ExecutionResult): void {
    if (this.done) return;
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      w.resolve({ value: result, done: false });
    } else this.queue.push(result);
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
      const queued = this.queue.shift();
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

import { createPubSub, filter, pipe } from '@graphql-yoga/subscription';
import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Context, Principal } from './context.js';
import { SHARED, SharedSubscriptions, latestBy } from './shared-subscriptions.js';

type Event = { community: string; n: number };

/** A real graphql-js schema with one shared and one ordinary subscription, counting executions. */
function setup() {
  const pubsub = createPubSub<{ E: [Event] }>();
  const resolved = { shared: 0, own: 0 };
  const field = (name: 'shared' | 'own', extensions: Record<string, unknown>) => ({
    type: GraphQLInt,
    args: { tag: { type: GraphQLString } },
    extensions,
    subscribe: (_: unknown, __: unknown, ctx: Context) =>
      pipe(
        pubsub.subscribe('E'),
        filter((e: Event) => e.community === ctx.principal.communityId),
      ),
    resolve: (e: Event) => {
      resolved[name]++;
      return e.n;
    },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: { shared: field('shared', SHARED), own: field('own', {}) },
    }),
  });
  const shared = new SharedSubscriptions(schema);
  const principal = (communityId: string): Principal => ({ communityId, device: { id: 'd', kind: 'SCREEN' } });

  async function open(query: string, communityId = 'c1', variables: Record<string, unknown> = {}) {
    const document = parse(query);
    shared.remember(document, query);
    const stream = (await shared.subscribe({
      schema,
      document,
      variableValues: variables,
      contextValue: { principal: principal(communityId) } as Context,
    })) as AsyncGenerator<ExecutionResult>;
    const seen: unknown[] = [];
    let wake: () => void = () => undefined;
    const reading = (async () => {
      for await (const r of stream) {
        seen.push(r.data);
        wake();
      }
    })();
    const until = (count: number) =>
      new Promise<void>((resolve) => {
        wake = () => seen.length >= count && resolve();
        wake();
      });
    return { seen, until, close: async () => void (await stream.return(undefined), await reading) };
  }

  /** Lets the streams start listening (a pubsub subscription begins on its first read). */
  const settle = () => new Promise((r) => setTimeout(r, 20));
  return { pubsub, resolved, shared, open, settle };
}

describe('SharedSubscriptions', () => {
  it('runs a shared subscription once per event for all alike subscribers', async () => {
    const { pubsub, resolved, shared, open, settle } = setup();
    const subs = await Promise.all([1, 2, 3].map(() => open('subscription { shared }')));
    expect(shared.size).toBe(1);
    await settle();
    pubsub.publish('E', { community: 'c1', n: 1 });
    pubsub.publish('E', { community: 'c1', n: 2 });
    await Promise.all(subs.map((s) => s.until(2)));
    for (const s of subs) expect(s.seen).toEqual([{ shared: 1 }, { shared: 2 }]);
    expect(resolved.shared).toBe(2);
    await Promise.all(subs.map((s) => s.close()));
    expect(shared.size).toBe(0);
  });

  it('keeps communities, variables and unmarked fields apart', async () => {
    const { pubsub, resolved, shared, open, settle } = setup();
    const a = await open('subscription { shared }', 'c1');
    const b = await open('subscription { shared }', 'c2');
    const tagged = await open('subscription($t: String) { shared(tag: $t) }', 'c1', { t: 'x' });
    const own = [await open('subscription { own }', 'c1'), await open('subscription { own }', 'c1')];
    expect(shared.size).toBe(3);
    await settle();
    pubsub.publish('E', { community: 'c1', n: 7 });
    pubsub.publish('E', { community: 'c2', n: 8 });
    await Promise.all([a.until(1), b.until(1), tagged.until(1), ...own.map((s) => s.until(1))]);
    expect(a.seen).toEqual([{ shared: 7 }]);
    expect(b.seen).toEqual([{ shared: 8 }]);
    expect(tagged.seen).toEqual([{ shared: 7 }]);
    expect(resolved).toEqual({ shared: 3, own: 2 }); // unmarked: once per subscriber
    await Promise.all([a, b, tagged, ...own].map((s) => s.close()));
  });

  it('goes on for the others when one leaves, and starts afresh after the last', async () => {
    const { pubsub, shared, open, settle } = setup();
    const [first, second] = [await open('subscription { shared }'), await open('subscription { shared }')];
    await settle();
    pubsub.publish('E', { community: 'c1', n: 1 });
    await Promise.all([first.until(1), second.until(1)]);
    await first.close();
    pubsub.publish('E', { community: 'c1', n: 2 });
    await second.until(2);
    expect(second.seen).toEqual([{ shared: 1 }, { shared: 2 }]);
    expect(first.seen).toEqual([{ shared: 1 }]);
    await second.close();
    expect(shared.size).toBe(0);

    const later = await open('subscription { shared }');
    await settle();
    pubsub.publish('E', { community: 'c1', n: 3 });
    await later.until(1);
    expect(later.seen).toEqual([{ shared: 3 }]);
    await later.close();
  });
});

describe('subscription outbox', () => {
  type LineEvent = { line: string; version: number };
  const Line = new GraphQLObjectType({
    name: 'Line',
    fields: { line: { type: GraphQLString }, version: { type: GraphQLInt } },
  });

  /** A `line` subscription (versioned state, coalesced by line) and a plain `note` one. */
  function setup(maxQueued: number) {
    const pubsub = createPubSub<{ L: [LineEvent] }>();
    const overflowed: unknown[] = [];
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt } } }),
      subscription: new GraphQLObjectType({
        name: 'Subscription',
        fields: {
          line: {
            type: Line,
            extensions: { ...SHARED, ...latestBy('line') },
            subscribe: () => pubsub.subscribe('L'),
            resolve: (e: LineEvent) => e,
          },
          note: { type: GraphQLInt, subscribe: () => pubsub.subscribe('L'), resolve: (e: LineEvent) => e.version },
        },
      }),
    });
    const shared = new SharedSubscriptions(schema, { maxQueued, overflow: (c) => overflowed.push(c) });
    /** A subscriber that reads nothing until told to. */
    async function open(query: string, who: string) {
      const document = parse(query);
      shared.remember(document, query);
      return (await shared.subscribe({
        schema,
        document,
        contextValue: {
          who,
          principal: { communityId: 'c1', device: { id: who, kind: 'SCREEN' } },
        } as unknown as Context,
      })) as AsyncGenerator<ExecutionResult>;
    }
    /** Publishes, then waits until the outboxes have taken everything (the pump reads eagerly). */
    async function publish(events: LineEvent[]) {
      for (const e of events) pubsub.publish('L', e);
      await new Promise((r) => setImmediate(r));
      await new Promise((r) => setImmediate(r));
    }
    return { open, publish, overflowed };
  }

  async function take(stream: AsyncGenerator<ExecutionResult>, n: number) {
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) out.push((await stream.next()).value?.data);
    return out;
  }

  it('gives a subscriber that fell behind the newest version of each line, in first-seen order', async () => {
    const { open, publish } = setup(100);
    const slow = await open('subscription { line { line version } }', 'slow');
    const first = slow.next(); // the reader takes one, then stops reading
    await publish([{ line: 'A', version: 1 }]);
    expect((await first).value?.data).toEqual({ line: { line: 'A', version: 1 } });
    const events: LineEvent[] = [];
    for (let v = 2; v <= 300; v++) events.push({ line: ['A', 'B', 'C'][v % 3], version: v });
    await publish(events);
    expect(await take(slow, 3)).toEqual([
      { line: { line: 'C', version: 299 } },
      { line: { line: 'A', version: 300 } },
      { line: { line: 'B', version: 298 } },
    ]);
    await slow.return(undefined);
  });

  it('does not coalesce results that leave out the key', async () => {
    const { open, publish } = setup(100);
    const slow = await open('subscription { line { version } }', 'slow');
    const first = slow.next();
    await publish([1, 2, 3].map((version) => ({ line: 'A', version })));
    await first;
    expect(await take(slow, 2)).toEqual([{ line: { version: 2 } }, { line: { version: 3 } }]);
    await slow.return(undefined);
  });

  it('cuts off a reader that stopped reading once its outbox is full, and only that reader', async () => {
    const { open, publish, overflowed } = setup(10);
    const stalled = await open('subscription { note }', 'stalled');
    const reading = await open('subscription { note }', 'reading');
    const seen: unknown[] = [];
    const reader = (async () => {
      for await (const r of reading) seen.push(r.data);
    })();
    await publish(Array.from({ length: 11 }, (_, i) => ({ line: 'A', version: i + 1 })));
    expect(overflowed).toEqual([expect.objectContaining({ who: 'stalled' })]);
    expect((await stalled.next()).done).toBe(true);
    await publish([{ line: 'A', version: 12 }]);
    await expect.poll(() => seen.length).toBe(12);
    expect(overflowed).toHaveLength(1);
    await reading.return(undefined);
    await reader;
  });
});

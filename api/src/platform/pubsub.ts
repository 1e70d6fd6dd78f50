import { createPubSub, type PubSub, type PubSubEventTarget } from '@graphql-yoga/subscription';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from './logger.js';

/**
 * Topics and their payloads. Payloads travel through PostgreSQL NOTIFY (8,000 bytes max),
 * so they carry ids and versions; subscribers load what they show.
 *
 * The platform declares its own; each module declares its topics beside its code by
 * augmenting this interface (and lists their names in its manifest):
 *
 *     declare module '../../platform/pubsub.js' {
 *       interface Topics { NOTICE_PUBLISHED: [NoticeEvent] }
 *     }
 */
export interface Topics {
  /**
   * Access was withdrawn: these sign-in sessions ended (sign-out) or these devices were revoked
   * or re-paired. Every process re-checks its WebSockets that use them.
   */
  ACCESS_ENDED: [{ sessionIds?: string[]; deviceIds?: string[] }];
  /** A job can be taken now (platform/jobs.ts): every process working its queue asks at once. */
  JOB_SENT: [{ name: string }];
}
export type Topic = keyof Topics;
/** `Topics` as a type literal (an interface does not satisfy the pubsub's record constraint). */
type TopicMap = { [K in Topic]: Topics[K] };
export type Payload<T extends Topic> = Topics[T][0];
export type AppPubSub = Omit<PubSub<TopicMap>, 'publish'> & {
  /**
   * Refuses: publish with `publishIn` (or `notifySql`) inside the transaction that makes the
   * change, so no change goes out without its event and no event without its change.
   * (type-graphql's PubSub shape needs the method.)
   */
  publish(topic: string, ...args: unknown[]): never;
  close(): Promise<void>;
  /**
   * Calls `listener` whenever this process's LISTEN connection came back after losing its
   * connection: events committed meanwhile never reached this process, so whoever holds state
   * fed by events must re-sync. Returns a function that removes the listener.
   */
  onResync(listener: () => void): () => void;
};

const CHANNEL = 'linli_events';

/**
 * SQL that publishes `topic` from inside a statement: `fields` gives, for every field of the
 * topic's payload, the SQL expression that computes it (so the payload's shape is checked here
 * against its one TS definition). NOTIFY is transactional — the event goes out when the change
 * commits and never without it — and costs no extra round trip. Use it in a data-modifying
 * statement's CTE (and reference that CTE, or PostgreSQL will not run it).
 */
export function notifySql<T extends Topic>(topic: T, fields: { [K in keyof Payload<T>]-?: string }): string {
  const pairs = Object.entries(fields as Record<string, string>).map(([k, expr]) => `'${k}', ${expr}`);
  return `pg_notify('${CHANNEL}', json_build_object('t', '${topic}', 'd', json_strip_nulls(json_build_object(${pairs.join(', ')})))::text)`;
}

/**
 * Publishes `topic` inside `em`'s current transaction (call it within `em.transactional`): the
 * event goes out when the change commits and never without it. Outside a transaction it throws.
 */
export async function publishIn<T extends Topic>(em: EntityManager, topic: T, payload: Payload<T>): Promise<void> {
  if (!em.isInTransaction()) throw new Error(`publishIn(${topic}) outside a transaction`);
  const text = JSON.stringify({ t: topic, d: payload } satisfies Envelope);
  if (Buffer.byteLength(text) > MAX_PAYLOAD) throw new Error(`pubsub payload for ${topic} too large`);
  await em.execute('SELECT pg_notify(?, ?)', [CHANNEL, text]);
}

/** PostgreSQL refuses NOTIFY payloads from 8,000 bytes. */
const MAX_PAYLOAD = 7900;
const RESYNC = 'linli:resync';

interface Envelope {
  t: string;
  d: unknown;
}

/**
 * An EventTarget whose dispatch is a NOTIFY and whose listeners are fed by one LISTEN
 * connection per process, so every API process sees every event (its own included, once).
 */
class PgEventTarget extends EventTarget {
  private client: pg.Client | null = null;
  private closed = false;
  private ready: Promise<void>;

  constructor(
    private readonly url: string,
    private readonly log: Logger,
  ) {
    super();
    this.ready = this.listen();
  }

  private async listen(attempt = 0): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.url });
    client.on('error', (err) => {
      if (!this.closed && this.client === client)
        this.log.warn({ err }, 'pubsub listener lost its connection; reconnecting');
    });
    client.on('end', () => {
      // Only the live listener reconnects from here; a failed attempt retries in the catch below.
      if (this.client !== client) return;
      this.client = null;
      if (!this.closed) void this.listen(1);
    });
    client.on('notification', (msg) => {
      if (msg.channel !== CHANNEL || !msg.payload) return;
      try {
        const { t, d } = JSON.parse(msg.payload) as Envelope;
        super.dispatchEvent(new CustomEvent(t, { detail: d }));
      } catch (err) {
        this.log.error({ err }, 'pubsub: bad notification');
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.client = client;
      if (attempt > 0) {
        // Whatever was committed between losing the connection and now was never delivered
        // here, and PostgreSQL keeps no backlog: everyone fed by events must re-read.
        this.log.warn('pubsub listener reconnected; asking subscribers to re-sync');
        super.dispatchEvent(new Event(RESYNC));
      }
    } catch (err) {
      await client.end().catch(() => undefined);
      if (this.closed) return;
      if (attempt === 0) throw err;
      this.log.warn({ err }, 'pubsub listener could not reconnect; retrying');
      await new Promise((r) => setTimeout(r, Math.min(5000, 250 * 2 ** attempt)));
      return this.listen(attempt + 1);
    }
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  override dispatchEvent(event: Event): boolean {
    throw new Error(`publish ${event.type} with publishIn inside its transaction`);
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}

export async function createPgPubSub(url: string, log: Logger): Promise<AppPubSub> {
  const target = new PgEventTarget(url, log);
  await target.whenReady();
  const pubsub = createPubSub<TopicMap>({
    eventTarget: target as unknown as PubSubEventTarget<TopicMap>,
  }) as unknown as AppPubSub;
  pubsub.publish = (topic: string) => {
    throw new Error(`publish ${topic} with publishIn inside its transaction`);
  };
  pubsub.close = () => target.close();
  pubsub.onResync = (listener) => {
    target.addEventListener(RESYNC, listener);
    return () => target.removeEventListener(RESYNC, listener);
  };
  return pubsub;
}

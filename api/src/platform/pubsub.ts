import { createPubSub, type PubSub, type PubSubEventTarget } from '@graphql-yoga/subscription';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from './logger.js';

/**
 * Topics and their payloads. Payloads travel through PostgreSQL NOTIFY (8,000 bytes max),
 * so they carry ids and versions; subscribers load what they show.
 */
export type Topics = {
  NOTICE_PUBLISHED: [{ communityId: string; noticeId: string; buildingIds: string[] }];
  QUEUE_CHANGED: [
    {
      communityId: string;
      sessionId: string;
      serviceId: string;
      version: number;
      /** A ticket of this line moved to another line (transferTicket): phones following it follow it there. */
      moved?: { ticketId: string; toTicketId: string; toServiceId: string };
    },
  ];
  /**
   * Access was withdrawn: these sign-in sessions ended (sign-out) or these devices were revoked
   * or re-paired. Every process re-checks its WebSockets that use them.
   */
  ACCESS_ENDED: [{ sessionIds?: string[]; deviceIds?: string[] }];
};
export type Topic = keyof Topics;
/** A change of one queue line (a ticket taken, called, moved …): ids and the line's version. */
export type QueueEvent = Topics['QUEUE_CHANGED'][0];
export type AppPubSub = PubSub<Topics> & {
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
 * SQL that publishes `topic` from inside a statement: `payload` is an SQL expression building
 * the event's JSON object. NOTIFY is transactional — the event goes out when the change
 * commits and never without it — and costs no extra round trip. Use it in a data-modifying
 * statement's CTE (and reference that CTE, or PostgreSQL will not run it).
 */
export function notifySql(topic: Topic, payload: string): string {
  return `pg_notify('${CHANNEL}', json_build_object('t', '${topic}', 'd', ${payload})::text)`;
}

/**
 * Publishes `topic` inside `em`'s current transaction (call it within `em.transactional`): the
 * event goes out when the change commits and never without it.
 */
export async function publishIn<T extends Topic>(em: EntityManager, topic: T, payload: Topics[T][0]): Promise<void> {
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
  private readonly pool: pg.Pool;

  constructor(
    private readonly url: string,
    private readonly log: Logger,
  ) {
    super();
    this.pool = new pg.Pool({ connectionString: url, max: 4 });
    this.pool.on('error', (err) => log.warn({ err }, 'pubsub pool error'));
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
    const detail = (event as CustomEvent).detail as unknown;
    const payload = JSON.stringify({ t: event.type, d: detail } satisfies Envelope);
    if (Buffer.byteLength(payload) > MAX_PAYLOAD) throw new Error(`pubsub payload for ${event.type} too large`);
    this.pool.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]).catch((err: unknown) => {
      this.log.error({ err, topic: event.type }, 'pubsub: publish failed');
    });
    return true;
  }

  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    await Promise.allSettled([client?.end(), this.pool.end()]);
  }
}

export async function createPgPubSub(url: string, log: Logger): Promise<AppPubSub> {
  const target = new PgEventTarget(url, log);
  await target.whenReady();
  const pubsub = createPubSub<Topics>({
    eventTarget: target as unknown as PubSubEventTarget<Topics>,
  }) as AppPubSub;
  pubsub.close = () => target.close();
  pubsub.onResync = (listener) => {
    target.addEventListener(RESYNC, listener);
    return () => target.removeEventListener(RESYNC, listener);
  };
  return pubsub;
}

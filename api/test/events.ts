import pg from 'pg';
import { expect } from 'vitest';
import type { TestApp } from './harness.js';

/** The pubsub's channel (platform/pubsub.ts). */
const CHANNEL = 'linli_events';

export interface Heard {
  t: string;
  d: Record<string, unknown>;
}

/**
 * Every event published on a test's database, as PostgreSQL delivers it to a listener of its
 * own (LISTEN has taken effect when this resolves: nothing committed after it is missed).
 */
export async function hearEvents(t: TestApp) {
  const client = new pg.Client({ connectionString: t.databaseUrl });
  client.on('error', () => undefined);
  await client.connect();
  const heard: Heard[] = [];
  const waiters = new Set<() => void>();
  client.on('notification', (msg) => {
    if (msg.channel !== CHANNEL || !msg.payload) return;
    heard.push(JSON.parse(msg.payload) as Heard);
    waiters.forEach((w) => w());
  });
  await client.query(`LISTEN ${CHANNEL}`);
  return {
    heard,
    /** The first event heard of `topic` (waiting for it if none yet). */
    async first(topic: string, timeoutMs = 10_000): Promise<Heard> {
      return (await this.take(topic, 1, timeoutMs))[0];
    },
    /** The first `n` events heard of `topic`, in order (waiting for them). */
    take(topic: string, n: number, timeoutMs = 10_000): Promise<Heard[]> {
      return new Promise((resolve, reject) => {
        const check = () => {
          const of = heard.filter((h) => h.t === topic);
          if (of.length < n) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(of.slice(0, n));
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no ${topic} event; heard ${JSON.stringify(heard)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    stop: () => client.end(),
  };
}

/**
 * Makes the commit of every transaction fail that wrote a row of `table` matching `when` (an SQL
 * condition on NEW): a deferred constraint trigger raises at COMMIT, after every statement of the
 * transaction ran — the sharpest test that an event leaves only with its change. For `DELETE`,
 * `when` speaks of OLD.
 */
export async function failCommitsWhere(
  t: TestApp,
  table: string,
  when: string,
  on: 'INSERT OR UPDATE' | 'DELETE' = 'INSERT OR UPDATE',
): Promise<void> {
  const name = `fail_commit_${table}_${Math.random().toString(36).slice(2, 8)}`;
  await t.sql(`CREATE OR REPLACE FUNCTION linli_test_fail_commit() RETURNS trigger LANGUAGE plpgsql AS
    $$ BEGIN RAISE EXCEPTION 'commit refused by the test'; END $$`);
  await t.sql(`CREATE CONSTRAINT TRIGGER ${name} AFTER ${on} ON ${table}
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION linli_test_fail_commit()`);
}

/** The mutation failed as a whole, masked as the API masks any database failure. */
export function expectRefusedAtCommit(res: {
  data?: unknown;
  errors?: Array<{ extensions?: Record<string, unknown> }>;
}) {
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
}

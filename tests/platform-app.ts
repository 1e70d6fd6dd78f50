import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { newDatabase } from '../api/test/harness.js';
import { startApp, type App } from '../api/src/server.js';

export interface Platform extends App {
  demoDevices: NonNullable<App['demo']>;
  /** A GraphQL request over HTTP; throws on errors. */
  gql<T>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<T>;
  /** A statement on the platform's database (test set-up only). */
  sql(statement: string, params?: unknown[]): Promise<Array<Record<string, unknown>>>;
  /** Opens the service corner from an hour ago to two hours ahead (the demo opens Wed & Sat mornings). */
  openCornerNow(): Promise<void>;
  cleanup(): Promise<void>;
}

/** The whole platform as a community runs it: built kiosk and console, seeded demo data. */
export async function startPlatform(): Promise<Platform> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'linli-e2e-'));
  const app = await startApp({
    config: {
      databaseUrl: await newDatabase(),
      dataDir,
      port: 0,
      host: '127.0.0.1',
      seedDemo: true,
      serveApps: true,
      env: 'production',
      logLevel: 'error',
    },
  });
  if (!app.demo) throw new Error('the demo seed did not run');
  const sql = (statement: string, params: unknown[] = []) =>
    app.orm.em.getConnection().execute<Array<Record<string, unknown>>>(statement, params);
  return Object.assign(app, {
    demoDevices: app.demo,
    async gql<T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: unknown[] };
      if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
      return body.data as T;
    },
    sql,
    async openCornerNow() {
      await sql(
        `INSERT INTO corner_session (id, community_id, starts_at, ends_at, cancelled)
         SELECT gen_random_uuid(), id, now() - interval '1 hour', now() + interval '2 hours', false FROM community`,
      );
    },
    cleanup: async () => {
      await app.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  });
}

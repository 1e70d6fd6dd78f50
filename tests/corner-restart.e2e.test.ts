import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { freePort } from '../api/test/free-port.js';
import { newDatabase } from '../api/test/harness.js';
import { startApp, type App } from '../api/src/server.js';
import { launchBrowser } from './browser.js';
import { demoCounterId, takeDemoTicket } from './drivers.js';
import type { Platform } from './platform-app.js';

/**
 * Two API instances on one database, as a community with two servers runs it. The display
 * follows instance A; A restarts while B calls a number, so the display misses that event —
 * and must still show the call once it is back.
 */
describe('the service-corner display across an API restart', () => {
  let browser: Browser;
  let dataDir: string;
  let databaseUrl: string;
  let port: number;
  const apps = new Set<App>();

  async function start(onPort: number): Promise<Platform> {
    const app = await startApp({
      config: {
        databaseUrl,
        dataDir,
        port: onPort,
        host: '127.0.0.1',
        seedDemo: true,
        serveApps: true,
        env: 'production',
        logLevel: 'error',
      },
    });
    apps.add(app);
    const gql = async <T>(query: string, variables: Record<string, unknown> = {}, headers = {}) => {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: unknown[] };
      if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
      return body.data as T;
    };
    const sql = (statement: string, params: unknown[] = []) =>
      app.orm.em.getConnection().execute<Array<Record<string, unknown>>>(statement, params);
    return Object.assign(app, {
      demoDevices: app.demo!,
      gql,
      sql,
      openCornerNow: async () => undefined,
      cleanup: () => app.stop(),
    });
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'linli-e2e-restart-'));
    databaseUrl = await newDatabase();
    port = await freePort();
  });
  afterAll(async () => {
    await browser?.close();
    for (const app of apps) await app.stop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('catches up with a call made while it was disconnected', async () => {
    const a = await start(port);
    const b = await start(0);
    await a.sql(`UPDATE corner_session SET cancelled = true WHERE starts_at <= now() AND ends_at > now()`);
    await a.sql(
      `INSERT INTO corner_session (id, community_id, starts_at, ends_at, cancelled)
       SELECT gen_random_uuid(), id, now() - interval '1 hour', now() + interval '2 hours', false FROM community`,
    );
    const code = await takeDemoTicket(a, 'A', crypto.randomUUID());

    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
    const screen = await context.newPage();
    await screen.goto(`${a.url}/screens/service-corner#device=${a.demoDevices.serviceScreenToken}`);
    const queues = screen.getByRole('region', { name: '各服务排队' });
    await queues.getByText(code).waitFor({ timeout: 15_000 });
    const nowServing = screen.getByRole('region', { name: '正在服务' });

    // A goes away; B, still up, calls the number. The display hears nothing of it.
    await a.stop();
    apps.delete(a);
    const { signInStaff } = await b.gql<{ signInStaff: { token: string } }>(
      'mutation { signInStaff(input: { username: "staff", password: "linli-staff" }) { token } }',
    );
    const staff = { authorization: `Bearer ${signInStaff.token}` };
    const { cornerServices } = await b.gql<{ cornerServices: Array<{ id: string; letter: string }> }>(
      '{ cornerServices { id letter } }',
      {},
      staff,
    );
    const counterId = await demoCounterId(b, '1号台', staff);
    await b.gql(
      `mutation ($s: ID!, $c: ID!) { callNext(input: { serviceId: $s, counterId: $c }) { code } }`,
      { s: cornerServices.find((s) => s.letter === 'A')!.id, c: counterId },
      staff,
    );

    // A is back on the same address: the display reconnects by itself and re-reads the board.
    await start(port);
    await nowServing.getByText(code).waitFor({ timeout: 30_000 });
    await nowServing.getByText('1号台').waitFor();
    await context.close();
  });
});

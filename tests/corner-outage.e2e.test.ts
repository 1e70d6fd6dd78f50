import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { freePort } from '../api/test/free-port.js';
import { createLogger } from '../api/src/platform/logger.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../api/src/platform/embedded-postgres.js';
import { launchBrowser } from './browser.js';
import { callNext, openCornerScreen, residentHeaders, staffHeaders, takeDemoTicket, takeTicket } from './drivers.js';
import { startPlatform, type Platform } from './platform-app.js';

/**
 * A database restart in the middle of the day, with two API instances. PostgreSQL keeps no
 * backlog of NOTIFY: what commits before an instance's LISTEN connection is back never reaches
 * its subscribers. The display must still show the right state within seconds of the database
 * coming back.
 */
describe('the service-corner display across a PostgreSQL restart', () => {
  let browser: Browser;
  let db: EmbeddedDatabase;
  let pgPort: number;
  let dataDir: string;
  const log = createLogger('error');
  const running: Platform[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'linli-e2e-outage-'));
    await chmod(dataDir, 0o711); // the embedded server (user postgres) passes through to its folder
    pgPort = await freePort();
    db = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'db'), port: pgPort, log });
  });
  afterAll(async () => {
    await browser?.close();
    for (const p of running) await p.cleanup().catch(() => undefined);
    await db?.stop().catch(() => undefined);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  /** Retries `fn` while the database is still coming back (the API answers errors meanwhile). */
  async function once<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        if (attempt >= 60) throw err;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  it('shows calls made just after the database came back', async () => {
    const shared = { databaseUrl: db.url, dataDir: path.join(dataDir, 'app') };
    const a = await startPlatform({ shared });
    running.push(a);
    const b = await startPlatform({ shared });
    running.push(b);
    await a.openCornerNow();
    const first = await takeDemoTicket(a, 'A');

    const screen = await openCornerScreen({ browser, platform: a });
    const queues = screen.getByRole('region', { name: '各服务排队' });
    const nowServing = screen.getByRole('region', { name: '正在服务' });
    await queues.getByText(first).waitFor({ timeout: 15_000 });

    // Credentials made beforehand (sessions outlive a database restart), so that the changes
    // below follow the restart as closely as they can.
    const staff = await staffHeaders(b);
    const resident = await residentHeaders(b);

    // The database goes away for a while (each instance's listener backs off to seconds)…
    await db.stop();
    await new Promise((r) => setTimeout(r, 8000));
    db = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'db'), port: pgPort, log });

    // …and the moment it is back, B takes numbers in two more lines and calls the first, most
    // likely before the listeners have reconnected (their next try is seconds away).
    await once(() => b.sql('SELECT 1')); // B's pool has dropped its dead connections
    const second = await once(() => takeTicket(b, resident, 'B', 'outage-second'));
    const third = await once(() => takeTicket(b, resident, 'C', 'outage-third'));
    await once(() => callNext(b, staff, 'A', '2号台'));

    await nowServing.getByText(first).waitFor({ timeout: 30_000 });
    await nowServing.getByText('2号台').waitFor();
    await queues.getByText(second).waitFor();
    await queues.getByText(third).waitFor();
    await screen.context().close();
  });
});

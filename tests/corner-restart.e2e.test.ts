import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { freePort } from '../api/test/free-port.js';
import { newDatabase } from '../api/test/harness.js';
import { launchBrowser } from './browser.js';
import { callNext, openCornerScreen, staffHeaders, takeDemoTicket } from './drivers.js';
import { startPlatform, type Platform } from './platform-app.js';

/**
 * Two API instances on one database, as a community with two servers runs it. The display
 * follows instance A; A restarts while B calls a number, so the display misses that event —
 * and must still show the call once it is back.
 */
describe('the service-corner display across an API restart', () => {
  let browser: Browser;
  let shared: { databaseUrl: string; dataDir: string };
  let port: number;
  const running = new Set<Platform>();

  async function start(onPort: number): Promise<Platform> {
    const platform = await startPlatform({ shared, port: onPort });
    running.add(platform);
    return platform;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    shared = {
      dataDir: await mkdtemp(path.join(os.tmpdir(), 'linli-e2e-restart-')),
      databaseUrl: await newDatabase(),
    };
    port = await freePort();
  });
  afterAll(async () => {
    await browser?.close();
    for (const platform of running) await platform.cleanup().catch(() => undefined);
    if (shared) await rm(shared.dataDir, { recursive: true, force: true });
  });

  it('catches up with a call made while it was disconnected', async () => {
    const a = await start(port);
    const b = await start(0);
    await a.openCornerNow();
    const code = await takeDemoTicket(a, 'A');

    const screen = await openCornerScreen({ browser, platform: a });
    const queues = screen.getByRole('region', { name: '各服务排队' });
    await queues.getByText(code).waitFor({ timeout: 15_000 });
    const nowServing = screen.getByRole('region', { name: '正在服务' });

    // A goes away; B, still up, calls the number. The display hears nothing of it.
    await a.cleanup();
    running.delete(a);
    await callNext(b, await staffHeaders(b), 'A', '1号台');

    // A is back on the same address: the display reconnects by itself and re-reads the board.
    await start(port);
    await nowServing.getByText(code).waitFor({ timeout: 30_000 });
    await nowServing.getByText('1号台').waitFor();
    await screen.context().close();
  });
});

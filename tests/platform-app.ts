import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { freePort } from '../api/test/free-port.js';
import { newDatabase, openOwnerOrm } from '../api/test/harness.js';
import { startApp, type App } from '../api/src/server.js';
import { launchBrowser } from './browser.js';

export interface Platform extends App {
  demoDevices: NonNullable<App['demo']>;
  /** A GraphQL request over HTTP; throws on errors. */
  gql<T>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<T>;
  /** A statement on the platform's database, as its owner (test set-up only). */
  sql(statement: string, params?: unknown[]): Promise<Array<Record<string, unknown>>>;
  /** Opens the service corner from an hour ago to two hours ahead (the demo opens Wed & Sat mornings). */
  openCornerNow(): Promise<void>;
  /** Cancels any opening under way now, so the corner is closed whatever day the test runs. */
  closeCornerNow(): Promise<void>;
  /** The day of the one booking still booked comes: its opening opens now, for two hours. */
  openBookedOpeningNow(): Promise<void>;
  cleanup(): Promise<void>;
}

export interface PlatformOptions {
  /** A database and data folder another instance uses too (they are left for the caller to remove). */
  shared?: { databaseUrl: string; dataDir: string };
  /** 0: any free port. */
  port?: number;
}

/** The whole platform as a community runs it: built kiosk and console, seeded demo data. */
export async function startPlatform({ shared, port = 0 }: PlatformOptions = {}): Promise<Platform> {
  const dataDir = shared?.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'linli-e2e-')));
  const databaseUrl = shared?.databaseUrl ?? (await newDatabase());
  const app = await startApp({
    config: {
      databaseUrl,
      dataDir,
      port,
      host: '127.0.0.1',
      seedDemo: true,
      serveApps: true,
      env: 'production',
      logLevel: 'error',
    },
  });
  if (!app.demo) throw new Error('the demo seed did not run');
  const owner = await openOwnerOrm(databaseUrl);
  const sql = (statement: string, params: unknown[] = []) =>
    owner.em.getConnection().execute<Array<Record<string, unknown>>>(statement, params);
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
      // A demo opening happening now (Wed/Sat mornings in Shanghai) makes way, so every test
      // meets the same corner whatever day it runs.
      await sql(`UPDATE opening SET cancelled = true WHERE starts_at <= now() AND ends_at > now()`);
      await sql(
        `INSERT INTO opening (id, community_id, starts_at, ends_at, cancelled)
         SELECT gen_random_uuid(), id, now() - interval '1 hour', now() + interval '2 hours', false FROM community`,
      );
    },
    async closeCornerNow() {
      await sql(`UPDATE opening SET cancelled = true WHERE starts_at <= now() AND ends_at > now()`);
    },
    async openBookedOpeningNow() {
      const [booked] = await sql(
        `SELECT l.opening_id FROM booking b JOIN queue_line l ON l.id = b.line_id WHERE b.status = 'BOOKED'`,
      );
      await sql(
        `UPDATE opening SET starts_at = now() - interval '10 minutes', ends_at = now() + interval '2 hours'
          WHERE id = ?`,
        [booked.opening_id],
      );
    },
    cleanup: async () => {
      await app.stop();
      await owner.close();
      if (!shared) await rm(dataDir, { recursive: true, force: true });
    },
  });
}

/** A running platform and the Chromium that opens its kiosk, screens and console. */
export interface BrowserPlatform {
  readonly platform: Platform;
  readonly browser: Browser;
}

/**
 * Starts the platform and Chromium before the tests of the calling `describe` (then runs
 * `prepare`, e.g. opening the corner) and stops both after them; closes each test's pages
 * after it. `browserArgs`: more Chromium flags (see launchBrowser).
 */
export function useBrowserPlatform(
  prepare?: (platform: Platform) => Promise<void>,
  { browserArgs = [] }: { browserArgs?: string[] } = {},
): BrowserPlatform {
  let platform: Platform | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchBrowser(browserArgs);
    await prepare?.(platform);
  });
  afterEach(async () => {
    await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.cleanup();
  });
  const started = <T>(it: T | undefined): T => {
    if (it === undefined) throw new Error('useBrowserPlatform: read in a test, once beforeAll has run');
    return it;
  };
  return {
    get platform() {
      return started(platform);
    },
    get browser() {
      return started(browser);
    },
  };
}

/**
 * API instances on one database and data folder, as a community with two servers runs them, and
 * a browser. `port` is free for the first instance, so it can stop and come back on the same
 * address; `stop` takes one away (a restart, an outage) while the others run on.
 */
export function useSharedPlatforms(tmpPrefix: string) {
  const running = new Set<Platform>();
  let shared: { databaseUrl: string; dataDir: string } | undefined;
  let browser: Browser | undefined;
  let port = 0;
  beforeAll(async () => {
    browser = await launchBrowser();
    shared = {
      dataDir: await mkdtemp(path.join(os.tmpdir(), tmpPrefix)),
      databaseUrl: await newDatabase(),
    };
    port = await freePort();
  });
  afterAll(async () => {
    await browser?.close();
    for (const platform of running) await platform.cleanup().catch(() => undefined);
    if (shared) await rm(shared.dataDir, { recursive: true, force: true });
  });
  return {
    get browser(): Browser {
      return browser!;
    },
    get port(): number {
      return port;
    },
    async start(onPort = 0): Promise<Platform> {
      const platform = await startPlatform({ shared, port: onPort });
      running.add(platform);
      return platform;
    },
    async stop(platform: Platform): Promise<void> {
      await platform.cleanup();
      running.delete(platform);
    },
  };
}

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { newDatabase } from '../api/test/harness.js';
import { startApp, type App } from '../api/src/server.js';

/** The whole platform as a community runs it: built kiosk and console, seeded demo data. */
export async function startPlatform(): Promise<
  App & { demoDevices: NonNullable<App['demo']>; cleanup(): Promise<void> }
> {
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
  return Object.assign(app, {
    demoDevices: app.demo,
    cleanup: async () => {
      await app.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  });
}

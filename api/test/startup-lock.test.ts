import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../src/server.js';
import { newDatabase } from './harness.js';

/**
 * Two instances started at once on an empty database (a deploy of two processes, or a restart
 * racing the old one): migrations and the demo seed run under an advisory lock, so the second
 * waits for the first and starts normally on what it made.
 */
describe('start-up under a lock', () => {
  const apps: App[] = [];
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('starts three apps at once on one empty database: all run, migrated and seeded once', async () => {
    const databaseUrl = await newDatabase({ empty: true });
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'linli-lock-'));
    dirs.push(dataDir);
    const start = () =>
      startApp({
        config: {
          databaseUrl,
          dataDir,
          port: 0,
          host: '127.0.0.1',
          seedDemo: true,
          serveApps: false,
          env: 'test',
          logLevel: 'silent',
        },
      });
    const results = await Promise.allSettled([start(), start(), start()]);
    for (const r of results) if (r.status === 'fulfilled') apps.push(r.value);
    expect(
      results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason)),
    ).toEqual([]);

    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const count = async (table: string) =>
        Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
      expect(await count('community')).toBe(1);
      expect(await count('staff_user')).toBe(3);
      expect(await count('device')).toBe(3);
      // Each migration once.
      const migrations = await client.query('SELECT name, count(*) AS n FROM mikro_orm_migrations GROUP BY name');
      expect(migrations.rows.length).toBeGreaterThan(0);
      expect(migrations.rows.filter((r) => Number(r.n) !== 1)).toEqual([]);
      // No advisory lock left behind.
      expect((await client.query("SELECT 1 FROM pg_locks WHERE locktype = 'advisory'")).rowCount).toBe(0);
    } finally {
      await client.end();
    }
    // Every instance serves, and each knows the demo devices (the seeding one made them, the others read them).
    const demos = apps.map((a) => a.demo);
    expect(demos[0]).not.toBeNull();
    for (const d of demos) expect(d).toEqual(demos[0]);
    for (const app of apps) {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${demos[0]!.kioskToken}` },
        body: JSON.stringify({ query: '{ viewer { device { name } } }' }),
      });
      expect(await res.json()).toEqual({ data: { viewer: { device: { name: '大堂自助机' } } } });
    }
  }, 120_000);
});

import 'reflect-metadata';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { repoRoot } from '../src/platform/config.js';
import { openDatabase } from '../src/platform/database.js';
import { entities, modules } from '../src/modules.js';
import { jobsOf, prepareJobQueues } from '../src/platform/jobs.js';
import { startEmbeddedPostgres } from '../src/platform/embedded-postgres.js';
import { createLogger } from '../src/platform/logger.js';
import { freePort } from './free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL of the test server's `postgres` database. */
    pgAdminUrl: string;
    /** The same server's `postgres` database as linli_app (a login there, as the embedded set-up makes it). */
    pgAppUrl: string;
  }
}

export const TEMPLATE_DB = 'linli_template';

/**
 * One real PostgreSQL (the embedded one) for the whole run, with a migrated template
 * database; every test file clones its own database from it (see harness.ts).
 */
export default async function setup(project: TestProject) {
  const log = createLogger('warn');
  // Each project (api, e2e) runs this setup in the same process: each gets its own server.
  const dataDir = path.join(repoRoot, '.test-data', `pg-${process.pid}-${project.name}`);
  await rm(dataDir, { recursive: true, force: true });
  const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), log });
  const admin = new URL(db.url);
  admin.pathname = '/postgres';
  const template = new URL(db.url);
  template.pathname = `/${TEMPLATE_DB}`;
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await client.end();
  const orm = await openDatabase({ entities, url: template.toString(), log });
  await orm.close();
  // The modules' job queues (partitions: DDL) too, so that a test's start finds them made.
  await prepareJobQueues(template.toString(), jobsOf(modules), log);
  project.provide('pgAdminUrl', admin.toString());
  const app = new URL(db.appUrl);
  app.pathname = '/postgres';
  project.provide('pgAppUrl', app.toString());
  return async () => {
    await db.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

/**
 * Writes a migration for the difference between the entities and the committed migrations,
 * using a scratch embedded PostgreSQL. Then add the new class to src/migrations/index.ts.
 *   npm run migration:create -w api
 */
import 'reflect-metadata';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { repoRoot } from '../platform/config.js';
import { ormConfig } from '../platform/database.js';
import { entities } from '../modules.js';
import { startEmbeddedPostgres } from '../platform/embedded-postgres.js';
import { createLogger } from '../platform/logger.js';

const log = createLogger('warn');
const dataDir = path.join(repoRoot, '.data', 'migration-scratch');
await rm(dataDir, { recursive: true, force: true });
const db = await startEmbeddedPostgres({ dataDir, port: 54398, log });
try {
  const base = ormConfig({ entities, url: db.url, log });
  const orm = await MikroORM.init({
    ...base,
    migrations: {
      ...base.migrations,
      path: path.join(repoRoot, 'api/src/migrations'),
      emit: 'ts',
      fileName: (ts, name) => `Migration${ts}${name ? '_' + name : ''}`,
    },
  });
  await orm.migrator.up();
  const result = await orm.migrator.createMigration(undefined, false, false, process.argv[2]);
  console.log(result.fileName ? `wrote ${result.fileName}\n${result.diff.up.join('\n')}` : 'no changes');
  await orm.close();
} finally {
  await db.stop();
  await rm(dataDir, { recursive: true, force: true });
}

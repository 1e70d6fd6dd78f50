import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsList } from '../src/migrations/index.js';
import { openDatabase } from '../src/platform/database.js';
import { entities } from '../src/modules.js';
import { createLogger } from '../src/platform/logger.js';
import { newDatabase } from './harness.js';

describe('migrations', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    // An empty database, migrated the way the server does it at start.
    orm = await openDatabase({ entities, url: await newDatabase({ empty: true }), log: createLogger('silent') });
  });
  afterAll(() => orm.close());

  it('runs every committed migration', async () => {
    const executed = await orm.migrator.getExecutedMigrations();
    expect(executed.map((m) => m.name)).toEqual(migrationsList.map((m) => m.name));
    expect(await orm.migrator.getPendingMigrations()).toEqual([]);
  });

  it('leaves a schema that matches the entities', async () => {
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });

  it('would notice a schema that does not match', async () => {
    const drifted = await openDatabase({
      entities,
      url: await newDatabase({ empty: true }),
      log: createLogger('silent'),
    });
    try {
      const conn = drifted.em.getConnection();
      await conn.execute('DROP INDEX notice_community_id_published_at_index');
      await conn.execute('ALTER TABLE resident DROP CONSTRAINT resident_phone_format');
      const diff = await drifted.schema.getUpdateSchemaSQL({ wrap: false });
      expect(diff).toContain('notice_community_id_published_at_index');
      expect(diff).toContain('resident_phone_format');
    } finally {
      await drifted.close();
    }
  });
});

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities, modules } from '../src/modules.js';
import { ormConfig } from '../src/platform/database.js';
import { createLogger } from '../src/platform/logger.js';
import type { Sql } from '../src/platform/sql.js';

/**
 * "A module's raw SQL lives in one typed file beside it", checked: no statement outside a
 * module's `<module>.sql.ts`, and in those files a module writes only the tables it owns and
 * reads other modules' tables only where they let it (`readable` in their manifests).
 */
const MODULES_DIR = fileURLToPath(new URL('../src/modules/', import.meta.url));

/**
 * Known exceptions, each a debt with its reason. The PIN tries are counted in the resident's row
 * (auth writes `resident`), until accounts (issue 10) give sign-in credentials their own table.
 */
const CROSS_WRITES: Record<string, string[]> = { auth: ['resident'] };

/** Raw SQL reaching the database: these calls belong in a `.sql.ts` file only. */
const RAW_CALLS = /\.execute\s*[<(]|getConnection\(\)|runPrepared\(|\.raw\(/;

let orm: MikroORM;
/** Table → the module that owns it (pivot tables with their owning entity's module). */
const owner = new Map<string, string>();

beforeAll(async () => {
  const config = ormConfig({ entities, url: 'postgresql://nobody@localhost:1/none', log: createLogger('silent') });
  orm = await MikroORM.init({ ...config, connect: false });
  const moduleOf = new Map<string, string>();
  for (const m of modules) for (const e of m.entities ?? []) moduleOf.set(e.name, m.name);
  for (const meta of Object.values(orm.getMetadata().getAll())) {
    const m = moduleOf.get(meta.className);
    if (!m) continue;
    owner.set(meta.tableName, m);
    for (const rel of meta.relations) if (rel.pivotTable && rel.owner) owner.set(rel.pivotTable, m);
  }
});
afterAll(() => orm?.close());

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The tables a statement writes and reads (names the ORM knows; CTEs and functions are not tables). */
function tablesOf(text: string): { writes: Set<string>; reads: Set<string> } {
  const writes = new Set<string>();
  const reads = new Set<string>();
  for (const [, verb, table] of text.matchAll(/\b(UPDATE|INSERT\s+INTO|DELETE\s+FROM|FROM|JOIN)\s+"?([a-z_]+)"?/gi)) {
    if (!owner.has(table)) continue;
    (/^(UPDATE|INSERT|DELETE)/i.test(verb) ? writes : reads).add(table);
  }
  return { writes, reads };
}

describe('module SQL', () => {
  it('keeps raw SQL in the `<module>.sql.ts` files, nowhere else in a module', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles(MODULES_DIR)) {
      if (file.endsWith('.sql.ts')) continue;
      const text = await readFile(file, 'utf8');
      if (RAW_CALLS.test(text)) offenders.push(path.relative(MODULES_DIR, file));
    }
    expect(offenders).toEqual([]);
  });

  it("writes only the module's own tables and reads only what other modules let it", async () => {
    const readable = new Set(modules.flatMap((m) => [...(m.readable ?? [])]));
    const problems: string[] = [];
    let statements = 0;
    for (const m of modules) {
      const file = path.join(MODULES_DIR, m.name, `${m.name}.sql.ts`);
      const exported = (await import(file).catch(() => null)) as Record<string, unknown> | null;
      if (!exported) continue;
      for (const [name, value] of Object.entries(exported)) {
        const statement = value as Sql<object, unknown>;
        if (typeof statement?.text !== 'string' || !Array.isArray(statement.names)) continue;
        statements++;
        const { writes, reads } = tablesOf(statement.text);
        for (const table of writes) {
          if (owner.get(table) !== m.name && !CROSS_WRITES[m.name]?.includes(table)) {
            problems.push(`${m.name}.${name} writes ${table} (${owner.get(table)}'s)`);
          }
        }
        for (const table of reads) {
          if (owner.get(table) !== m.name && !readable.has(table) && !CROSS_WRITES[m.name]?.includes(table)) {
            problems.push(`${m.name}.${name} reads ${table} (${owner.get(table)}'s, not readable)`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    // The check saw the statements (a path or export change would otherwise pass it vacuously).
    expect(statements).toBeGreaterThan(50);
  });

  it('would notice a module writing another module’s table or reading a private one', () => {
    expect([...tablesOf('UPDATE ticket SET status = 1 FROM queue_line l').writes]).toEqual(['ticket']);
    expect([...tablesOf('WITH x AS (SELECT 1) SELECT * FROM x JOIN booking b ON true').reads]).toEqual(['booking']);
    expect(owner.get('ticket')).toBe('queue');
    expect(owner.get('desk_offerings')).toBe('corner');
    expect(modules.flatMap((m) => m.readable ?? [])).not.toContain('ticket');
  });
});

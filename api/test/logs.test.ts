import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import argon2 from 'argon2';
import { DriverException, type MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { repoRoot } from '../src/platform/config.js';
import { openDatabase, ormConfig } from '../src/platform/database.js';
import { entities } from '../src/modules.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/platform/embedded-postgres.js';
import { createLogger, type Logger } from '../src/platform/logger.js';
import { TokenPrefix, newToken } from '../src/platform/tokens.js';
import { Community } from '../src/modules/community/index.js';
import { StaffRole, StaffUser } from '../src/modules/staff/index.js';
import { startApp } from '../src/server.js';
import { freePort } from './free-port.js';
import { TestApp, newDatabase } from './harness.js';

/**
 * The app makes its logger itself (server.ts); here every logger it makes writes into `appLog`
 * instead of stdout, with a short repeat window for database-unavailable lines.
 */
const appLog = vi.hoisted(() => ({ lines: [] as string[] }));
vi.mock('../src/platform/logger.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/platform/logger.js')>();
  const { Writable: W } = await import('node:stream');
  const sink = new W({
    write(chunk, _enc, done) {
      appLog.lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return {
    ...real,
    createLogger: (level: string, destination?: Writable, opts?: { unavailableEveryMs?: number }) =>
      real.createLogger(level, destination ?? sink, destination ? opts : { unavailableEveryMs: 1000 }),
  };
});

function capture(level = 'trace'): { log: Logger; text: () => string; lines: () => Array<Record<string, unknown>> } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const log = createLogger(level, stream);
  const text = () => chunks.join('');
  return {
    log,
    text,
    lines: () =>
      text()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

async function caught(fn: () => Promise<unknown>): Promise<Error> {
  try {
    await fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a failure');
}

describe('no secrets in logs', () => {
  let orm: MikroORM;
  let communityId: string;
  beforeAll(async () => {
    orm = await openDatabase({ entities, url: await newDatabase(), log: createLogger('silent') });
    const [row] = await orm.em
      .getConnection()
      .execute<Array<{ id: string }>>(
        "INSERT INTO community (id, name, code, timezone, created_at) VALUES (gen_random_uuid(), 'c', 'c', 'Asia/Shanghai', now()) RETURNING id",
      );
    communityId = row.id;
  });
  afterAll(() => orm?.close());

  it('logs a failed INSERT as its code, constraint and table: no statement, no values', async () => {
    const passwordHash = await argon2.hash('linli-admin', { memoryCost: 1024, timeCost: 1, parallelism: 1 });
    // A value no pattern could recognise: only leaving out the statement keeps it out.
    const plainSecret = `plain-secret-${randomUUID()}`;
    // Through the ORM, as the seed inserts: a UniqueConstraintViolationException (a DriverException).
    const staff = () => {
      const em = orm.em.fork();
      em.create(StaffUser, {
        community: em.getReference(Community, communityId),
        username: 'dup',
        displayName: plainSecret,
        role: StaffRole.ADMIN,
        passwordHash,
      } as StaffUser);
      return em.flush();
    };
    await staff();
    const duplicate = await caught(staff);
    expect(duplicate).toBeInstanceOf(DriverException);
    // Raw SQL with parameters: pg's own DatabaseError, the statement (values inlined) in its message.
    const raw = await caught(() =>
      orm.em.getConnection().execute(
        `INSERT INTO staff_user (id, community_id, username, display_name, role, password_hash, created_at)
           VALUES (gen_random_uuid(), ?, 'dup', ?, 'ADMIN', ?, now())`,
        [communityId, plainSecret, passwordHash],
      ),
    );
    for (const err of [duplicate, raw]) expect(err.message).toContain(plainSecret); // what the logger is up against

    const { log, text, lines } = capture();
    log.error({ err: duplicate, requestId: 'r1' }, 'unexpected error');
    log.error({ err: raw, requestId: 'r2' }, 'unexpected error');
    log.error(duplicate);
    log.error({ err: duplicate });
    log.error({ err: new Error('seeding failed', { cause: duplicate }) }, 'start-up failed');
    log.warn({ error: raw, nested: { deeper: { err: duplicate } } }, 'nested');
    log.error(`the message itself: ${duplicate.message}`);

    const out = text();
    for (const secret of [plainSecret, passwordHash, passwordHash.split('$').pop()!, '$argon2', 'linli-admin'])
      expect(out).not.toContain(secret);
    expect(out).not.toMatch(/insert into|values \(|password_hash|Key \(/i);
    // What names the failure stays.
    const [first, second] = lines();
    expect(first.requestId).toBe('r1');
    expect(first.msg).toBe('unexpected error');
    for (const line of [first, second])
      expect(line.err).toMatchObject({
        code: '23505',
        table: 'staff_user',
        constraint: expect.stringContaining('username'),
        message: expect.stringContaining('duplicate key value violates unique constraint'),
      });
    expect(first.err).toMatchObject({ type: 'UniqueConstraintViolationException' });
    expect(lines()).toHaveLength(7);
  });

  it('MikroORM logs statements without their parameters', async () => {
    for (const onQuery of [undefined, () => undefined]) {
      const debug = ormConfig({ entities, url: 'postgres://x', log: createLogger('silent'), onQuery }).debug;
      expect(Array.isArray(debug) ? debug : []).not.toContain('query-params');
    }
    const { log, text } = capture();
    const secret = `plain-secret-${randomUUID()}`;
    const statements: string[] = [];
    const traced = await openDatabase({
      entities,
      url: await newDatabase(),
      log,
      onQuery: (sql) => statements.push(sql),
    });
    try {
      await traced.em.getConnection().execute('SELECT ?::text AS x', [secret]);
      await caught(() => traced.em.getConnection().execute('SELECT ?::uuid AS x', [secret]));
    } finally {
      await traced.close();
    }
    expect(statements.join('\n')).toContain('SELECT');
    expect(statements.join('\n')).not.toContain(secret);
    expect(text()).not.toContain(secret);
  });

  it('redacts token-, password- and hash-like fields and shapes, at any depth', () => {
    const staffToken = newToken(TokenPrefix.staff);
    const deviceToken = newToken(TokenPrefix.device);
    const digest = 'ab'.repeat(32);
    const { log, text, lines } = capture();
    log.info(
      {
        password: 'hunter2-password',
        token: 'plain-token-value',
        headers: { authorization: 'Bearer abc.def' },
        user: { passwordHash: 'stored-hash-value', pin: '654321', cardCode: 'CARD-SECRET-1', name: '张秀英' },
        list: [{ residentToken: 'resident-token-value' }],
        url: 'postgres://postgres:db-password-value@127.0.0.1:5432/linli',
      },
      `sign-in with ${staffToken} and Bearer ${deviceToken}, digest ${digest}`,
    );
    log.error({ err: Object.assign(new Error(`bad token ${deviceToken}`), { token: 'prop-token-value' }) }, 'x');
    const out = text();
    for (const secret of [
      'hunter2-password',
      'plain-token-value',
      'abc.def',
      'stored-hash-value',
      '654321',
      'CARD-SECRET-1',
      'resident-token-value',
      'db-password-value',
      staffToken,
      deviceToken,
      digest,
      'prop-token-value',
    ])
      expect(out).not.toContain(secret);
    const [info] = lines();
    expect(info.user).toEqual({
      passwordHash: '[Redacted]',
      pin: '[Redacted]',
      cardCode: '[Redacted]',
      name: '张秀英',
    });
  });

  it('a failing demo seed says what failed, without the demo staff’s password hashes', async () => {
    const databaseUrl = await newDatabase();
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    // The seed's INSERT of the staff (their argon2 hashes among its values) fails.
    await client.query("ALTER TABLE staff_user ADD CONSTRAINT no_demo_admin CHECK (username <> 'admin')");
    await client.end();
    const dataDir = path.join(repoRoot, '.test-data', `seed-fail-${process.pid}`);
    appLog.lines.length = 0;
    const err = await caught(() =>
      startApp({
        config: {
          databaseUrl,
          dataDir,
          port: 0,
          seedDemo: true,
          serveApps: false,
          env: 'test',
          logLevel: 'trace',
        },
      }),
    );
    await rm(dataDir, { recursive: true, force: true });
    // main.ts prints this message as it is.
    expect(err.message).toMatch(/^Seeding the demo community failed: CheckConstraintViolationException 23514/);
    expect(err.message).not.toMatch(/argon2|insert|values/i);
    const { log, text } = capture();
    log.fatal({ err }, 'Linli could not start');
    expect(text()).toContain('no_demo_admin');
    expect(text() + appLog.lines.join('\n')).not.toMatch(/\$argon2|insert into|linli-admin/i);
  });
});

describe('database unavailability', () => {
  let db: EmbeddedDatabase;
  let t: TestApp;
  let dataDir: string;
  let port: number;
  beforeAll(async () => {
    // A PostgreSQL of its own, to stop while the app runs.
    dataDir = path.join(repoRoot, '.test-data', `outage-${process.pid}`);
    await rm(dataDir, { recursive: true, force: true });
    port = await freePort();
    db = await startEmbeddedPostgres({
      dataDir,
      port,
      log: createLogger('silent', new Writable({ write: (_c, _e, d) => d() })),
    });
    t = await TestApp.start({ databaseUrl: db.url, config: { logLevel: 'info' } });
  });
  afterAll(async () => {
    // The database may be stopped already (a failure mid-outage): tidy up regardless.
    await t?.stop().catch(() => undefined);
    await db?.stop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('logs an outage at error level, a line per kind every so often with the count held back, and the request id', async () => {
    const { community } = await t.newCommunity();
    const staff = await t.newStaff(community.id);
    const kiosk = await t.newDevice(community.id);
    await db.stop();
    appLog.lines.length = 0;

    const ids: string[] = [];
    const send = async (i: number, query: string, token?: string) => {
      const id = `outage-${i}`;
      ids.push(id);
      const res = await fetch(t.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-request-id': id,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as { errors?: Array<{ message: string; extensions?: unknown }> };
      // Masked, as every unexpected failure: no SQL, no connection details.
      expect(body.errors?.[0]?.extensions, JSON.stringify(body)).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|select|127\.0\.0\.1|terminated/i);
    };
    for (let i = 0; i < 64; i++) {
      if (i % 8 === 7) await send(i, `{ followedTicket(token: "${'0'.repeat(32)}") { code } }`);
      else await send(i, '{ buildings { id } }', i % 2 ? staff.token : kiosk.token);
    }

    const lines = appLog.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    if (process.env.SHOW_LOG) console.log(appLog.lines.join('\n'));
    const errors = lines.filter((l) => (l.level as number) >= 50);
    expect(errors.length, appLog.lines.join('\n')).toBeGreaterThan(0);
    const unavailable = errors.filter((l) => typeof l.databaseUnavailable === 'string');
    expect(unavailable.length).toBeGreaterThan(0);
    // Rate-limited: a line per kind per second here (5 s in production), not one per request.
    expect(unavailable.length).toBeLessThan(20);
    for (const line of unavailable) {
      expect(ids).toContain(line.requestId);
      expect(JSON.stringify(line)).not.toMatch(/password|\$argon2|ll[sd]_/);
    }
    const contextLine = unavailable.find((l) => l.msg === 'could not resolve the caller');
    expect(contextLine, 'the failure in resolving the caller is logged').toBeDefined();
    expect(contextLine!.requestId).toBe('outage-0');

    // After the window, the next line says how many it held back.
    const before = appLog.lines.length;
    await new Promise((r) => setTimeout(r, 1100));
    await send(100, '{ buildings { id } }', staff.token);
    const later = appLog.lines
      .slice(before)
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.msg === 'could not resolve the caller');
    expect(later).toHaveLength(1);
    expect(later[0].requestId).toBe('outage-100');
    const total = unavailable.filter((l) => l.msg === 'could not resolve the caller').length + later.length;
    const held = unavailable
      .filter((l) => l.msg === 'could not resolve the caller')
      .concat(later)
      .reduce((n, l) => n + ((l.suppressed as number) ?? 0), 0);
    // Every failed caller resolution is either a line or counted in one.
    expect(total + held).toBe(57);

    // The database comes back: so does the app, with nothing to restart.
    db = await startEmbeddedPostgres({
      dataDir,
      port,
      log: createLogger('silent', new Writable({ write: (_c, _e, d) => d() })),
    });
    let ok = false;
    for (let i = 0; i < 50 && !ok; i++) {
      const res = await t.gql<{ buildings: unknown[] }>('{ buildings { id } }', {}, { token: staff.token });
      ok = !!res.data;
      if (!ok) await new Promise((r) => setTimeout(r, 200));
    }
    expect(ok).toBe(true);
  }, 60_000);
});

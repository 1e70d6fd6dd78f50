import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import expressStaticGzip from 'express-static-gzip';
import {
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  parse,
  execute,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { MikroORM } from '@mikro-orm/postgresql';
import { MAX_TOKENS, createArmor } from './armor.js';
import { loadConfig, repoRoot, type Config } from './config.js';
import { anonymousSockets, consume } from './rate-limit.js';
import { SharedSubscriptions } from './shared-subscriptions.js';
import { LiveSockets, SocketClose } from './live-sockets.js';
import { Clock } from './clock.js';
import { scopedEm, type Context, type Principal, type Services } from './context.js';
import { entitiesOf, openDatabase, ormConfig } from './database.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';
import {
  AppError,
  ErrorCode,
  formatError,
  hideSuggestions,
  isExpectedError,
  statusFor,
  sessionEnded,
  withHttpStatus,
} from './errors.js';
import { Jobs, jobsOf, prepareJobQueues, type AppJobs } from './jobs.js';
import { createLogger, type Logger } from './logger.js';
import { createPgPubSub, type AppPubSub } from './pubsub.js';
import { buildAppSchema } from './schema.js';
import { appRoleUrl, bindCommunity, communityScope, openAppDatabase, withCommunity } from './row-security.js';
import type { LinliModule, ModuleRoute } from './module.js';
import type { Credentials, PrincipalResolver } from './principal.js';

export interface App<Demo = unknown> {
  url: string;
  port: number;
  config: Config;
  orm: MikroORM;
  pubsub: AppPubSub;
  schema: GraphQLSchema;
  log: Logger;
  /** The time rules read; tests move it forward with `travel`. */
  clock: Clock;
  /** The job queue: `send` a module's job, or `run` one to its end (tests: after `clock.travel`). */
  jobs: AppJobs;
  /** What the seed returned (the demo's device tokens), when the config asks for the demo. */
  demo: Demo | null;
  stop(): Promise<void>;
}

export interface AppOptions {
  config?: Partial<Config>;
  /** Tests pass a statement counter. */
  onQuery?: (sql: string) => void;
}

export interface PlatformParts<Demo> {
  /** The feature modules, in order (their seed steps run in this order). */
  modules: readonly LinliModule[];
  /** Seeds the demo data when the config asks for it (and the database is empty). */
  seed?: (orm: MikroORM, config: Config, log: Logger) => Promise<Demo | null>;
}

/** Starts the database, the ORM, the pubsub and the HTTP + WebSocket server, for these modules. */
export async function startPlatform<Demo>(parts: PlatformParts<Demo>, opts: AppOptions = {}): Promise<App<Demo>> {
  const { modules } = parts;
  const jobList = jobsOf(modules);
  const config = loadConfig(opts.config);
  const log = createLogger(config.logLevel);
  const cleanups: Array<() => Promise<unknown>> = [];
  const stopAll = async () => {
    for (const fn of cleanups.reverse()) await fn().catch((err: unknown) => log.warn({ err }, 'shutdown step failed'));
  };
  try {
    let url = config.databaseUrl;
    let appUrl = config.databaseAppUrl;
    if (!url) {
      const embedded: EmbeddedDatabase = await startEmbeddedPostgres({
        dataDir: config.dataDir,
        port: config.embeddedPgPort,
        log,
      });
      cleanups.push(() => embedded.stop());
      url = embedded.url;
      appUrl = embedded.appUrl;
    }
    const entities = entitiesOf(modules);
    // Migrations and the demo seed run as the owner; everything serving requests as linli_app.
    const owner = await openDatabase({ url, log, entities });
    let demo: Demo | null = null;
    try {
      if (config.seedDemo && parts.seed) demo = await parts.seed(owner, config, log);
    } finally {
      await owner.close();
    }
    // The modules' queues and schedules: DDL, so as the owner (see jobs.ts); meanwhile the rest starts.
    const preparingJobs = prepareJobQueues(url, jobList, log);
    preparingJobs.catch(() => undefined); // awaited below; a failure before that must not go unhandled
    const runtimeUrl = appUrl ?? appRoleUrl(url);
    const orm = await openAppDatabase(ormConfig({ url: runtimeUrl, log, onQuery: opts.onQuery, entities }));
    cleanups.push(() => orm.close());
    const pubsub = await createPgPubSub(runtimeUrl, log);
    cleanups.push(() => pubsub.close());
    const schema = await buildAppSchema(modules, pubsub);
    const clock = new Clock();
    const jobs = new Jobs(runtimeUrl, jobList, log, config.jobs);
    const services: Services = { orm, pubsub, config, log, clock, jobs };
    // Stopped after HTTP has drained (a request may still send a job), before the pubsub and ORM close.
    cleanups.push(() => jobs.stop());
    await preparingJobs;
    await jobs.start(services);
    const { httpServer, stop } = await listen(services, schema, wiring(modules));
    cleanups.push(stop);
    const address = httpServer.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    return {
      url: config.publicUrl ?? `http://${shownHost}:${port}`,
      port,
      config,
      orm,
      pubsub,
      schema,
      log,
      clock,
      jobs,
      demo,
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

/** What a WebSocket may hold unsent before its reader counts as stalled. */
const MAX_SOCKET_BUFFER_BYTES = 1024 * 1024;

function credentialsFrom(req: express.Request): Credentials {
  const resident = req.headers['x-resident-token'];
  return { authorization: req.headers.authorization, residentToken: typeof resident === 'string' ? resident : null };
}

/** What the HTTP and WebSocket handling takes from the modules. */
interface Wiring {
  resolvePrincipal: PrincipalResolver;
  validationRules: ValidationRule[];
  anonymousSubscriptions: ReadonlySet<string>;
  routes: { name: string; route: ModuleRoute }[];
}

function wiring(modules: readonly LinliModule[]): Wiring {
  const resolvers = modules.flatMap((m) => (m.principal ? [m.principal] : []));
  if (resolvers.length !== 1) throw new Error(`exactly one module must resolve principals (found ${resolvers.length})`);
  return {
    resolvePrincipal: resolvers[0],
    validationRules: modules.flatMap((m) => m.validationRules ?? []),
    anonymousSubscriptions: new Set(modules.flatMap((m) => m.anonymousSubscriptions ?? [])),
    routes: modules.flatMap((m) => (m.routes ?? []).map((route) => ({ name: m.name, route }))),
  };
}

/**
 * A socket without credentials (a phone following its ticket) may run only the subscriptions
 * meant for it; anything else asks it to sign in, whatever the resolvers would say.
 */
function anonymousAllowed(
  document: DocumentNode,
  operationName: string | null | undefined,
  allowed: ReadonlySet<string>,
): boolean {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const op = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  return (
    !!op &&
    op.operation === 'subscription' &&
    op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && allowed.has(s.name.value))
  );
}

function communityOf(args: ExecutionArgs): string | null {
  return (args.contextValue as Context).principal.communityId;
}

function contextFor(services: Services, principal: Principal, requestId: string, clientIp: string): Context {
  return { ...services, principal, requestId, clientIp, em: scopedEm(services.orm, principal.communityId) };
}

async function listen(
  services: Services,
  schema: GraphQLSchema,
  { resolvePrincipal, validationRules: moduleRules, anonymousSubscriptions, routes }: Wiring,
): Promise<{ httpServer: Server; stop: () => Promise<void> }> {
  const { config, log, orm } = services;
  const production = config.env === 'production';
  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are POSTs nobody revalidates: no ETag (express would hash every response).
  app.set('etag', false);
  // Behind a reverse proxy, per-address budgets need the client's address (X-Forwarded-For).
  if (config.trustProxy)
    app.set('trust proxy', /^\d+$/.test(config.trustProxy) ? Number(config.trustProxy) : config.trustProxy);
  const httpServer = createServer(app);
  const armor = createArmor();
  const validationRules = [...armor.validationRules, ...moduleRules];
  // graphql-ws validates on its own: the same rules, plus what Apollo adds for HTTP.
  const wsValidationRules = [
    ...specifiedRules,
    ...validationRules,
    ...(production ? [NoSchemaIntrospectionCustomRule] : []),
  ];
  // graphql-ws sends these as they are: the code and wording HTTP clients get.
  const requestError = (e: GraphQLError, code: string) =>
    new GraphQLError(hideSuggestions(e.message), {
      nodes: e.nodes,
      source: e.source,
      positions: e.positions,
      extensions: { ...e.extensions, code },
    });

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const shared = new SharedSubscriptions(schema, {
    // A socket whose reader fell too far behind is closed: its client reconnects and re-reads.
    overflow: (contextValue) => (contextValue as Context).socket?.terminate(),
  });
  // Access is checked again on every operation and whenever it is withdrawn or runs out.
  const live = new LiveSockets<Credentials>(
    (creds) => resolvePrincipal(orm, creds, config.residentIdleSeconds, { touch: false }),
    log,
  );
  const stopResync = services.pubsub.onResync(() =>
    live.closeAll(SocketClose.RESYNC, 'Live updates were interrupted; reconnect to re-sync'),
  );
  const accessEnded = services.pubsub.subscribe('ACCESS_ENDED');
  void (async () => {
    for await (const ended of accessEnded) live.accessEnded(ended);
  })();
  const wsCleanup = useServer<Record<string, unknown>, { credentials: Credentials; connectionId: string }>(
    {
      schema,
      // Each operation, and each event of a subscription, reads as the caller's community.
      execute: (args) => withCommunity(communityOf(args), () => execute(args)),
      subscribe: (args) => withCommunity(communityOf(args), () => shared.subscribe(args)),
      onConnect: async (ctx) => {
        ctx.extra.connectionId = randomUUID();
        const params = ctx.connectionParams ?? {};
        const credentials: Credentials = {
          authorization: typeof params.authorization === 'string' ? params.authorization : null,
          residentToken: typeof params.residentToken === 'string' ? params.residentToken : null,
        };
        ctx.extra.credentials = credentials;
        try {
          if (!credentials.authorization) {
            await consume(anonymousSockets, ctx.extra.request.socket.remoteAddress ?? '');
          }
          live.add(ctx.extra.socket, credentials, await resolvePrincipal(orm, credentials, config.residentIdleSeconds));
          return true;
        } catch (err) {
          if (!(err instanceof AppError)) {
            // Not a refusal: the database could not say (an outage). The client should come back.
            log.error({ err, requestId: ctx.extra.connectionId }, 'could not accept a WebSocket');
            ctx.extra.socket.close(1013, 'Try again later');
          }
          return false; // closes with 4403 Forbidden
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query ?? '', { maxTokens: MAX_TOKENS });
        } catch (err) {
          return [requestError(err as GraphQLError, 'GRAPHQL_PARSE_FAILED')];
        }
        const errors = validate(schema, document, wsValidationRules);
        if (errors.length) return errors.map((e) => requestError(e, 'GRAPHQL_VALIDATION_FAILED'));
        // As on HTTP, every operation is authorised against the session's and the device's state
        // now, not as they were when the socket connected.
        let principal: Principal;
        try {
          principal = await resolvePrincipal(orm, ctx.extra.credentials ?? {}, config.residentIdleSeconds);
        } catch (err) {
          if (err instanceof AppError) {
            live.withdraw(ctx.extra.socket);
            return [err];
          }
          // The database could not say (an outage): this operation fails, the socket stays.
          log.error({ err, requestId: ctx.extra.connectionId }, 'could not authorise a WebSocket operation');
          return [
            new GraphQLError('Something went wrong on our side. Please try again.', {
              extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
            }),
          ];
        }
        if (!live.update(ctx.extra.socket, principal)) {
          return [sessionEnded()];
        }
        if (
          !principal.staff &&
          !principal.device &&
          !principal.operator &&
          !anonymousAllowed(document, payload.operationName, anonymousSubscriptions)
        ) {
          return [new GraphQLError('Please sign in', { extensions: { code: ErrorCode.UNAUTHENTICATED } })];
        }
        shared.remember(document, payload.query);
        return {
          schema,
          document,
          variableValues: payload.variables,
          operationName: payload.operationName,
          contextValue: {
            ...contextFor(
              services,
              principal,
              String(ctx.extra.connectionId),
              ctx.extra.request.socket.remoteAddress ?? '',
            ),
            socket: ctx.extra.socket,
          },
        } as ExecutionArgs;
      },
      onNext: (ctx, _id, _payload, _args, result) => {
        // Results wait in the outbox while one is being sent; this guards what the socket itself
        // holds (a reader that stopped reading): past the cap it is cut off and reconnects.
        if (ctx.extra.socket.bufferedAmount > MAX_SOCKET_BUFFER_BYTES) ctx.extra.socket.terminate();
        if ('errors' in result && result.errors?.length) {
          for (const e of result.errors)
            if (!isExpectedError(e)) log.error({ err: e.originalError ?? e }, 'subscription error');
          return {
            ...result,
            errors: result.errors.map((e) => formatError(e.toJSON(), e)),
          } as unknown as typeof result;
        }
        return result;
      },
    },
    wsServer,
  );

  const plugins: ApolloServerPlugin<Context>[] = [
    ...(armor.plugins as ApolloServerPlugin<Context>[]),
    ApolloServerPluginDrainHttpServer({ httpServer }),
    {
      async serverWillStart() {
        return {
          async drainServer() {
            stopResync();
            await accessEnded.return?.();
            await wsCleanup.dispose();
          },
        };
      },
    },
    {
      async requestDidStart() {
        return {
          async didEncounterErrors({ errors, contextValue, operationName }) {
            for (const err of errors) {
              if (!isExpectedError(err)) {
                log.error(
                  { err: err.originalError ?? err, requestId: contextValue.requestId, operationName },
                  'unexpected error',
                );
              }
            }
          },
          async willSendResponse({ response }) {
            // A request that failed as a whole (no data) gets the status of its error.
            if (response.body.kind === 'single' && response.body.singleResult.data === undefined) {
              const code = response.body.singleResult.errors?.[0]?.extensions?.code;
              if (code && code !== ErrorCode.INTERNAL_SERVER_ERROR && !response.http.status) {
                response.http.status = statusFor(code);
              }
            }
          },
        };
      },
    },
  ];
  if (production) plugins.push(ApolloServerPluginLandingPageDisabled());

  const apollo = new ApolloServer<Context>({
    schema,
    plugins,
    formatError,
    validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
  });
  await apollo.start();

  app.use((req, res, next) => {
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = id;
    res.setHeader('x-request-id', id);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    next();
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('SELECT 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '200kb' }),
    communityScope,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        try {
          const principal = await resolvePrincipal(orm, credentialsFrom(req), config.residentIdleSeconds);
          bindCommunity(principal.communityId);
          return contextFor(services, principal, res.locals.requestId as string, req.ip ?? '');
        } catch (err) {
          if (err instanceof AppError) throw withHttpStatus(err);
          // Apollo's plugins never see a failed context (a database outage fails here first).
          log.error({ err, requestId: res.locals.requestId }, 'could not resolve the caller');
          throw err;
        }
      },
    }),
  );
  for (const { name, route } of routes) {
    const handle: express.RequestHandler = async (req, res) => {
      // A caller may follow long work line by line (NDJSON): progress lines, then the reply's.
      const streaming = req.headers.accept === 'application/x-ndjson';
      const line = (value: unknown) => {
        if (!res.headersSent) {
          res.status(200).setHeader('content-type', 'application/x-ndjson');
          res.setHeader('cache-control', 'no-store');
        }
        res.write(JSON.stringify(value) + '\n');
      };
      try {
        const principal = await resolvePrincipal(orm, credentialsFrom(req), config.residentIdleSeconds);
        bindCommunity(principal.communityId);
        const ctx = contextFor(services, principal, res.locals.requestId as string, req.ip ?? '');
        const query: Record<string, string> = {};
        for (const [k, v] of Object.entries(req.query)) {
          const first = Array.isArray(v) ? v[0] : v;
          if (typeof first === 'string') query[k] = first;
        }
        const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const progress = streaming ? (event: Record<string, unknown>) => line({ progress: event }) : () => {};
        const reply = await route.handle(ctx, { query, body, progress });
        if (!res.headersSent) res.setHeader('cache-control', 'no-store');
        if ('file' in reply) {
          res.setHeader('content-type', reply.file.contentType);
          res.setHeader(
            'content-disposition',
            `attachment; filename="${reply.file.filename.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(reply.file.filename)}`,
          );
          res.send(reply.file.body);
        } else if (streaming) {
          line({ result: reply.json });
          res.end();
        } else res.json(reply.json);
      } catch (err) {
        const known = err instanceof AppError;
        if (!known) log.error({ err, requestId: res.locals.requestId }, 'route failed');
        const formatted = formatError({ message: '' }, err);
        const status = known ? statusFor(formatted.extensions?.code) : 500;
        if (streaming) {
          line({ status, errors: [formatted] });
          res.end();
        } else res.status(status).json({ errors: [formatted] });
      }
    };
    const at = `/api/${name}/${route.path}`;
    if (route.method === 'GET') app.get(at, communityScope, handle);
    else app.post(at, express.raw({ type: () => true, limit: route.maxBodyBytes ?? 100_000 }), communityScope, handle);
  }
  if (config.serveApps) serveApps(app, log, config.appsDir ?? repoRoot);
  app.use((err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = (err as { status?: number }).status ?? 500;
    if (status >= 500) log.error({ err }, 'http error');
    res.status(status).json({
      errors: [
        {
          message: status >= 500 ? 'Internal error' : 'Bad request',
          extensions: { code: status >= 500 ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.BAD_USER_INPUT },
        },
      ],
    });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  return {
    httpServer,
    stop: async () => {
      await apollo.stop(); // drains HTTP and closes the WebSocket subscriptions
    },
  };
}

/**
 * The built kiosk (at /) and console (at /admin), single-page apps with a fallback page. Each file
 * goes out precompressed when the browser takes it (the build writes x.js.br and x.js.gz beside
 * x.js): brotli first, then gzip, else as it is, with `Vary: Accept-Encoding`. Hashed files under
 * _app/immutable/ never change, so they are cached for a year; everything else (index.html and
 * the fallback, _app/version.json) is revalidated on every load, so a new build shows at once.
 */
function serveApps(app: express.Express, log: Logger, root: string): void {
  const mount = (prefix: string, dir: string) => {
    const index = path.join(dir, 'index.html');
    if (!existsSync(index)) {
      log.warn({ dir }, `no build at ${dir}; run npm run build to serve ${prefix}`);
      return;
    }
    const immutable = path.join(dir, '_app', 'immutable') + path.sep;
    const files = expressStaticGzip(dir, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: {
        index: false,
        setHeaders: (res, file) => {
          res.setHeader(
            'cache-control',
            file.startsWith(immutable) ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        },
      },
    });
    app.use(prefix, files);
    // Any other path is a route of the app: its index.html, through the same files (compressed
    // too). A file that is not there — of the build (an old page asking for last build's chunk),
    // or any name with an extension (/favicon.ico, /robots.txt): no route has one — is a 404,
    // not a page of HTML in its place.
    const assets = `${prefix === '/' ? '' : prefix}/_app/`;
    app.get(prefix === '/' ? '/{*path}' : `${prefix}{/*path}`, (req, res, next) => {
      if (req.path.startsWith(assets) || /\.[a-z0-9]+$/i.test(req.path)) {
        res.sendStatus(404);
        return;
      }
      req.url = '/index.html';
      files(req, res, next);
    });
  };
  mount('/admin', path.join(root, 'admin', 'build'));
  mount('/', path.join(root, 'kiosk', 'build'));
}

import type { WebSocket } from 'ws';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { JobQueue } from './jobs.js';
import type { Logger } from './logger.js';
import type { AppPubSub } from './pubsub.js';
import { TENANT_FILTER, type TenantFilterArgs } from './tenancy.js';

/** Who is calling. Resolved once per request (or WebSocket connection) from the tokens. */
export interface Principal {
  communityId: string | null;
  staff?: {
    id: string;
    role: 'ADMIN' | 'SECRETARY' | 'STAFF';
    sessionId: string;
    /** Signed in with a one-time password: may only choose a new one (see auth-checker.ts). */
    mustChangePassword?: boolean;
  };
  /** The street office's operator: above communities, in none (`communityId` stays null). */
  operator?: { id: string; sessionId: string };
  device?: { id: string; kind: 'KIOSK' | 'SCREEN' };
  resident?: { id: string; sessionId: string };
  /** A resident token came with the request but its session is over. */
  residentSessionExpired?: boolean;
  /**
   * When this access lapses unless used again (ms since the epoch): the staff session's end, or
   * the resident session's idle limit. Open WebSockets are re-checked then.
   */
  expiresAt?: number;
}

export interface Services {
  orm: MikroORM;
  pubsub: AppPubSub;
  config: Config;
  log: Logger;
  /** The time rules read (tests move it forward). */
  clock: Clock;
  /** The job queue: sends a module's job to run once, on some instance (platform/jobs.ts). */
  jobs: JobQueue;
}

export interface Context extends Services {
  requestId: string;
  /** The caller's address, for attempt budgets. */
  clientIp: string;
  principal: Principal;
  /** This request's EntityManager, scoped to the caller's community. */
  em: EntityManager;
  /** The WebSocket an operation came on (absent over HTTP). */
  socket?: WebSocket;
}

/** A fresh EntityManager with the tenant filter bound to the caller's community. */
export function scopedEm(orm: MikroORM, communityId: string | null): EntityManager {
  const em = orm.em.fork();
  if (communityId) em.setFilterParams(TENANT_FILTER, { communityId } satisfies TenantFilterArgs);
  return em;
}

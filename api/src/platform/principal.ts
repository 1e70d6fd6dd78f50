import type { MikroORM } from '@mikro-orm/postgresql';
import type { Principal } from './context.js';

/** What a request or a WebSocket presents. */
export interface Credentials {
  /** `Bearer <token>`: a staff session or a device token. */
  authorization?: string | null;
  /** A resident session token; valid only together with the kiosk it was issued on. */
  residentToken?: string | null;
}

export interface ResolveOptions {
  /** False for background re-checks: the check itself must not keep a session alive. */
  touch?: boolean;
}

/**
 * Turns credentials into who is calling (a module provides it: auth). Throws an AppError when
 * the credentials are refused; any other error means the database could not say.
 */
export type PrincipalResolver = (
  orm: MikroORM,
  creds: Credentials,
  idleSeconds: number,
  options?: ResolveOptions,
) => Promise<Principal>;

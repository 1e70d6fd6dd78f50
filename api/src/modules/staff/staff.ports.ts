import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * What the staff module asks of the sign-in module without importing it (auth is built on
 * staff): ending an account's sessions, inside the transaction of the change that ends its
 * access (deactivation, a password reset, a changed password), and telling every process so
 * that its open sockets close.
 */
export type EndSessionsHook = (
  em: EntityManager,
  staffId: string,
  options?: { exceptSessionId?: string },
) => Promise<string[]>;

let endSessionsHook: EndSessionsHook | null = null;

export const StaffPorts = {
  /** The sign-in module registers how a staff account's sessions end. */
  endSessionsWith(hook: EndSessionsHook): void {
    endSessionsHook = hook;
  },
};

/** Ends the account's sessions (but `exceptSessionId`), in `em`'s transaction; their ids. */
export function endSessions(em: EntityManager, staffId: string, options?: { exceptSessionId?: string }) {
  if (!endSessionsHook) throw new Error('no module ends staff sessions');
  return endSessionsHook(em, staffId, options);
}

import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * What the resident module asks of the modules built on it, without knowing them: when a
 * resident leaves (moves away, is erased), the auth module ends their sessions — in the
 * transaction that records the leaving.
 */
export type ResidentLeavingHook = (em: EntityManager, residentId: string) => Promise<void>;

const leavingHooks: ResidentLeavingHook[] = [];

export const ResidentPorts = {
  /** Registers what must happen when a resident moves away or is erased. */
  whenResidentLeaves(hook: ResidentLeavingHook): void {
    leavingHooks.push(hook);
  },
};

export async function residentLeaves(em: EntityManager, residentId: string): Promise<void> {
  for (const hook of leavingHooks) await hook(em, residentId);
}

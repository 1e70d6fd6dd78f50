import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * What the corner asks of the modules built on it (the queue, bookings), without knowing them:
 * they register here through the corner's public face, and the corner calls them inside its own
 * transactions. The corner imports none of them.
 */

/** Residents that an offering still has: open tickets in its line, places booked in it … */
export interface OfferingHolder {
  /** How many residents hold the offering now. */
  count(em: EntityManager, offeringId: string): Promise<number>;
  /** What they hold shows the offering's letter (a ticket code): the letter may not change while any. */
  showsLetter: boolean;
}

/**
 * Called inside the transaction that closes a future opening (a holiday), after its row is
 * locked: gives back what residents held in it and says how many bookings that cancelled.
 * `confirmed`: the bookings the person closing was shown; the hook refuses (BOOKINGS_CHANGED)
 * when it would cancel more.
 */
export type OpeningClosingHook = (em: EntityManager, openingId: string, confirmed: number) => Promise<number>;

const holders: OfferingHolder[] = [];
const closingHooks: OpeningClosingHook[] = [];

export const CornerPorts = {
  /** Registers residents' holdings of offerings (the queue's tickets, bookings' places). */
  holdOfferings(holder: OfferingHolder): void {
    holders.push(holder);
  },
  /** Registers what must happen when an opening closes (bookings are cancelled and told). */
  whenOpeningCloses(hook: OpeningClosingHook): void {
    closingHooks.push(hook);
  },
};

/** Residents holding an offering (only what shows its letter, with `letterOnly`). */
export async function offeringHolders(em: EntityManager, offeringId: string, letterOnly = false): Promise<number> {
  let total = 0;
  for (const holder of holders) {
    if (!letterOnly || holder.showsLetter) total += await holder.count(em, offeringId);
  }
  return total;
}

/** Runs every closing hook (inside the closing's transaction); the bookings they cancelled. */
export async function openingClosing(em: EntityManager, openingId: string, confirmed: number): Promise<number> {
  let cancelled = 0;
  for (const hook of closingHooks) cancelled += await hook(em, openingId, confirmed);
  return cancelled;
}

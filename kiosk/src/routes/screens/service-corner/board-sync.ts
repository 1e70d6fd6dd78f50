/** Bookkeeping for the service-corner screen that needs no reactivity. */

export interface CalledTicket {
  id: string;
  status: string;
  /** calledAt in ms (0 when not called) */
  at: number;
}

/**
 * Decides which tickets are new calls: a ticket called after the screen started, or called
 * again (a recall gives it a newer calledAt). What was already called when the screen first
 * loaded is not announced.
 */
export class CallTracker {
  private seen = new Map<string, number>();
  private primed = false;
  private watermark = 0;

  /** New calls among `tickets`, oldest first. */
  detect<T extends CalledTicket>(tickets: T[]): T[] {
    if (!this.primed) {
      for (const t of tickets) this.seen.set(t.id, t.at);
      this.watermark = Math.max(0, ...tickets.map((t) => t.at));
      this.primed = true;
      return [];
    }
    const fresh = tickets.filter((t) => t.status === 'CALLED' && t.at > (this.seen.get(t.id) ?? this.watermark));
    for (const t of tickets) this.seen.set(t.id, Math.max(t.at, this.seen.get(t.id) ?? 0));
    return fresh.sort((a, b) => a.at - b.at);
  }
}

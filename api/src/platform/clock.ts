/**
 * The time the platform's rules read (a voucher's expiry, a round's cut-off): the system's,
 * moved forward only by tests (`travel`), which must not wait a month to see a month pass.
 * Rows' own timestamps (`at`, `created_at`) stay the database's `now()`.
 */
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Tests only: from now on the platform's time runs `ms` ahead (cumulative). */
  travel(ms: number): void {
    this.offsetMs += ms;
  }
}

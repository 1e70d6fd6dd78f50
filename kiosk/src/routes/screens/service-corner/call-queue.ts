/**
 * The calls the screen announces, one at a time: a new call fills the screen for a while,
 * then the next one waiting does. Calls arriving together (or after a reconnect) wait their
 * turn, at most a few of them, and a backlog moves on faster.
 */
export class CallQueue<T extends { id: string }> {
  /** The call on screen now. */
  current: T | null = null;
  private waiting: T[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * @param show called with each call as it comes on screen, and with null when none is left
   * @param showMs how long a call fills the screen
   * @param max at most this many calls wait (the newest)
   */
  constructor(
    private readonly show: (call: T | null) => void,
    private readonly showMs = 6000,
    private readonly max = 4,
  ) {}

  /** New calls, oldest first: a call already waiting moves to the end; shown at once if none is. */
  add(fresh: readonly T[]): void {
    if (!fresh.length) return;
    this.waiting = [...this.waiting.filter((q) => !fresh.some((f) => f.id === q.id)), ...fresh].slice(-this.max);
    if (!this.current) this.next();
  }

  /** The next call on screen (or none). */
  next(): void {
    clearTimeout(this.timer);
    const next = this.waiting.shift() ?? null;
    this.current = next;
    this.show(next);
    if (!next) return;
    // A backlog (several calls at once, or a reconnect) moves on faster.
    this.timer = setTimeout(() => this.next(), this.waiting.length ? this.showMs * 0.7 : this.showMs);
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}

/**
 * Loading what is chosen now (the desk view: a line and a desk), one fetch at a time.
 * Asked again while a fetch is on its way, it fetches once more afterwards, and every caller's
 * promise settles with that one: whoever waits sees the state as of their call. When the choice
 * changes while a fetch is on its way, its answer is dropped and the new choice is fetched.
 */
export interface LatestLoadOptions<K, T> {
  /** What is chosen now. */
  key: () => K;
  /** Whether there is anything to load for it (both chosen). */
  wanted: (key: K) => boolean;
  same: (a: K, b: K) => boolean;
  fetch: (key: K) => Promise<T>;
  /** The answer, for what is still chosen. */
  apply: (data: T, key: K) => void;
  /** The fetch failed: nothing more is fetched until asked again. */
  fail: (err: unknown) => void;
  /** True while a fetch is on its way. */
  loading: (on: boolean) => void;
}

export class LatestLoad<K, T> {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly options: LatestLoadOptions<K, T>) {}

  load(): Promise<void> {
    const o = this.options;
    if (!o.wanted(o.key())) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    o.loading(true);
    this.running = (async () => {
      try {
        do {
          this.again = false;
          const key = o.key();
          const data = await o.fetch(key);
          // Switched while this was on its way: fetch the new choice.
          if (!o.same(key, o.key())) {
            this.again = true;
            continue;
          }
          o.apply(data, key);
        } while (this.again);
      } catch (err) {
        o.fail(err);
      } finally {
        o.loading(false);
        this.running = null;
      }
    })();
    return this.running;
  }
}

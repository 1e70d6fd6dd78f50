import { changeAction, mergeLines, statusFlipped, type VersionedLine } from './board-lines';

/** What the screen shows, held where the page renders it from (its state). */
export interface ScreenBoard<S, L, N> {
  status: S | null;
  lines: L[];
  notices: N[];
}

export interface ScreenFeedOptions<S, L, N> {
  /** The status, every line and the latest notices. */
  fetchAll: () => Promise<{ status: S; lines: L[]; notices: N[] }>;
  /** One line, after its change event. */
  fetchLine: (offeringId: string) => Promise<L[]>;
  fetchStatus: () => Promise<S>;
  /** Runs each line's refresh one at a time, once more if asked meanwhile (`coalescedBy`). */
  coalescedBy: (load: (offeringId: string) => Promise<void>) => (offeringId: string) => Promise<void>;
  /** The board's lines changed (new calls may be among them). */
  merged: () => void;
  /** What went wrong, or null once a fetch has succeeded again. */
  error: (err: unknown) => void;
}

/**
 * Keeps the screen's board current without polling it: everything fetched at the start and
 * after a reconnect, one line when its change event says it moved on, everything when a
 * opening the screen does not show yet begins; the status polled only so the screen opens and
 * closes on time. Answers that cross are sorted out by version, and a full fetch overtaken by a
 * later one is dropped.
 */
export class ScreenFeed<S extends { open: boolean; opening: { id: string } | null }, L extends VersionedLine, N> {
  private generation = 0;
  private resyncTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly refreshLine: (offeringId: string) => Promise<void>;

  constructor(
    private readonly board: ScreenBoard<S, L, N>,
    private readonly options: ScreenFeedOptions<S, L, N>,
  ) {
    this.refreshLine = options.coalescedBy(async (offeringId) => {
      try {
        this.merge(await options.fetchLine(offeringId), false);
        options.error(null);
      } catch {
        // The offering may have been withdrawn, or the network dropped: start over from the top.
        this.scheduleResync(2000);
      }
    });
  }

  /** Everything, fetched anew; only the latest of overlapping reloads is shown. */
  async reload(): Promise<void> {
    const generation = ++this.generation;
    try {
      const { status, lines, notices } = await this.options.fetchAll();
      if (generation !== this.generation) return;
      this.board.status = status;
      this.merge(lines, true);
      this.board.notices = notices;
      this.options.error(null);
    } catch (err) {
      if (generation === this.generation) this.options.error(err);
    }
  }

  /** A reload in `delay` ms; asked again meanwhile, the earlier one is replaced. */
  scheduleResync(delay: number): void {
    clearTimeout(this.resyncTimer);
    this.resyncTimer = setTimeout(() => void this.reload(), delay);
  }

  /** A line's change event (its id, opening and version only). */
  queueChanged(change: { offeringId: string; openingId: string; version: number }): void {
    const action = changeAction(this.board.lines, change);
    if (action === 'resync') this.scheduleResync(0);
    else if (action === 'refresh') void this.refreshLine(change.offeringId);
  }

  /** The status polled: the corner opened or closed (or another opening began) fetches everything. */
  async refreshStatus(): Promise<void> {
    try {
      const status = await this.options.fetchStatus();
      const flipped = statusFlipped(this.board.status, status);
      this.board.status = status;
      if (flipped) await this.reload();
      else this.options.error(null);
    } catch (err) {
      this.options.error(err);
    }
  }

  stop(): void {
    clearTimeout(this.resyncTimer);
  }

  private merge(fetched: L[], full: boolean) {
    this.board.lines = mergeLines(this.board.lines, fetched, full);
    this.options.merged();
  }
}

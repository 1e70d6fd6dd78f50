/**
 * The meeting-room screen's live state, without Svelte: which meeting it shows, kept current
 * from `meetingChanged` events (id and version only) by re-fetching the meeting, and the time
 * boxes counted on the server's clock.
 */

/** What the feed needs of a meeting's live state (the screen's fragment has more). */
export interface FeedMeeting {
  id: string;
  version: number;
  status: 'PLANNED' | 'LIVE' | 'CLOSED';
  /** The server's time of the answer (ISO). */
  now: string;
  closedAt?: string | null;
}

export interface MeetingFeedOptions<M extends FeedMeeting> {
  /** `currentMeeting`: the meeting running now, else the next one planned (null: none). */
  fetchCurrent: () => Promise<M | null>;
  /** `meeting(id)`: one meeting's state now. */
  fetchMeeting: (id: string) => Promise<M>;
  /** The state to show changed (a newer version, or another meeting, or none). */
  show: (meeting: M | null, offsetMs: number) => void;
  /** The meeting shown is another one now (null: none): follow its events instead. */
  follow: (meetingId: string | null) => void;
  /** What went wrong, or null once a fetch has succeeded again. */
  error: (err: unknown) => void;
  /** The device's clock (ms); tests pass their own. */
  clock?: () => number;
}

/** The calendar day of an instant in Asia/Shanghai (UTC+8 all year), YYYY-MM-DD. */
export function shanghaiDay(at: number): string {
  return new Date(at + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * Which meeting to show after `currentMeeting` answered `fetched`: a live one always; a meeting
 * the screen showed closing today stays ("会议已结束" and its decisions) until the day is over,
 * since `currentMeeting` passes closed meetings over for the next one planned; else what came.
 */
export function chooseMeeting<M extends FeedMeeting>(shown: M | null, fetched: M | null, serverNow: number): M | null {
  if (fetched?.status === 'LIVE') return fetched;
  if (
    shown?.status === 'CLOSED' &&
    shown.closedAt &&
    shanghaiDay(Date.parse(shown.closedAt)) === shanghaiDay(serverNow)
  )
    return shown;
  return fetched;
}

/**
 * Follows one meeting at a time. Versions only go up on screen: an answer older than the one
 * shown (overtaken by a later fetch, or from an instance that had not seen the change yet) is
 * dropped. Events coalesce: one fetch of the meeting in flight, at most one more queued, which
 * then reads the newest state. After a reconnect (events may have been missed) the meeting is
 * fetched again; with nothing live, `currentMeeting` is asked again from time to time (`poll`)
 * so a meeting that starts — or is planned anew — is picked up.
 */
export class MeetingFeed<M extends FeedMeeting> {
  /** The meeting on screen. */
  shown: M | null = null;
  /** The server's clock minus the device's, as of the last answer. */
  offsetMs = 0;
  /** The newest version an event announced for the meeting shown. */
  private heard = 0;
  private inFlight: Promise<void> | null = null;
  private queued = false;
  private stopped = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly clock: () => number;

  constructor(private readonly options: MeetingFeedOptions<M>) {
    this.clock = options.clock ?? Date.now;
  }

  /** Asks `currentMeeting` (at the start, and polled while nothing is live). */
  async loadCurrent(): Promise<void> {
    try {
      const fetched = await this.options.fetchCurrent();
      if (this.stopped) return;
      const serverNow = fetched ? Date.parse(fetched.now) : this.clock() + this.offsetMs;
      this.accept(chooseMeeting(this.shown, fetched, serverNow));
      this.options.error(null);
    } catch (err) {
      if (!this.stopped) this.options.error(err);
    }
  }

  /** The subscription's event: re-fetch the meeting if it is newer than what is shown. */
  changed(event: { meetingId: string; version: number }): void {
    if (!this.shown || event.meetingId !== this.shown.id) return;
    if (event.version <= this.shown.version) return;
    this.heard = Math.max(this.heard, event.version);
    void this.refresh();
  }

  /** After a reconnect (or a fetch that failed): read the meeting shown again, or look for one. */
  resync(): Promise<void> {
    return this.shown ? this.refresh() : this.loadCurrent();
  }

  /** A resync in `delay` ms; asked again meanwhile, the earlier one is replaced. */
  scheduleResync(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.resync(), delay);
  }

  /** The slow poll: only while no meeting is live (a live one is followed by its events). */
  poll(): Promise<void> {
    return this.shown?.status === 'LIVE' ? Promise.resolve() : this.loadCurrent();
  }

  /** Re-reads the meeting shown: one fetch at a time, at most one more queued. */
  refresh(): Promise<void> {
    if (this.inFlight) {
      this.queued = true;
      return this.inFlight;
    }
    this.inFlight = (async () => {
      try {
        do {
          this.queued = false;
          const id = this.shown?.id;
          if (!id) return;
          try {
            const fetched = await this.options.fetchMeeting(id);
            if (this.stopped) return;
            this.accept(fetched);
            this.options.error(null);
          } catch (err) {
            if (this.stopped) return;
            this.options.error(err);
            this.scheduleResync(5000);
            return;
          }
          // An event announced a version this answer (from an instance behind) had not reached yet.
          if (this.shown && this.heard > this.shown.version) this.queued = true;
        } while (this.queued && !this.stopped);
      } finally {
        this.inFlight = null;
      }
    })();
    return this.inFlight;
  }

  /** The remaining time of an item now, counted on the server's clock (see `timeLeft`). */
  timeLeft(item: TimedItem, at: number = this.clock()): TimeLeft {
    return timeLeft(item, this.shown ? Date.parse(this.shown.now) : at + this.offsetMs, at + this.offsetMs);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** Shows `next` unless it is older than what is shown of the same meeting. */
  private accept(next: M | null): void {
    const shown = this.shown;
    if (next && shown && next.id === shown.id && next.version < shown.version) return;
    if (next === shown) return;
    const switched = (next?.id ?? null) !== (shown?.id ?? null);
    if (next) this.offsetMs = Date.parse(next.now) - this.clock();
    this.shown = next;
    if (switched) this.heard = next?.version ?? 0;
    this.options.show(next, this.offsetMs);
    if (switched) this.options.follow(next?.id ?? null);
  }
}

/** What the countdown needs of an agenda item. */
export interface TimedItem {
  timeBoxMinutes: number;
  /** ms the timer has run up to the answer's `now` (running time included) */
  usedMs: number;
  /** When the timer was started (null: paused, or never started) */
  runningSince: string | null;
}

export interface TimeLeft {
  /** ms left in the time box; negative when over */
  leftMs: number;
  running: boolean;
  overrun: boolean;
  /** Never started (nothing used, not running) */
  notStarted: boolean;
}

/**
 * The time left of an item at server time `serverAt`, from an answer given at server time
 * `answeredAt`: `usedMs` counted up to the answer, plus the time since while it runs.
 */
export function timeLeft(item: TimedItem, answeredAt: number, serverAt: number): TimeLeft {
  const running = item.runningSince !== null;
  const used = item.usedMs + (running ? Math.max(0, serverAt - answeredAt) : 0);
  const leftMs = item.timeBoxMinutes * 60_000 - used;
  return { leftMs, running, overrun: leftMs < 0, notStarted: !running && item.usedMs === 0 };
}

/**
 * mm:ss of a duration in ms: time left rounds up (a box shows 10:00 until a whole second has
 * gone, and 00:00 only at the end); time over rounds down (+00:01 after one whole second).
 */
export function formatDuration(ms: number): string {
  const seconds = ms >= 0 ? Math.ceil(ms / 1000) : Math.floor(-ms / 1000);
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MeetingFeed, chooseMeeting, formatDuration, shanghaiDay, timeLeft, type FeedMeeting } from './meeting-feed';

/** A promise settled from outside, as a request on its way is. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const SERVER_NOW = Date.parse('2026-12-15T06:30:00Z'); // 14:30 in Shanghai
type M = FeedMeeting & { label?: string };
const meeting = (version: number, over: Partial<M> = {}): M => ({
  id: 'm1',
  version,
  status: 'LIVE',
  now: new Date(SERVER_NOW).toISOString(),
  ...over,
});

const flush = () => vi.advanceTimersByTimeAsync(0);

describe(MeetingFeed.name, () => {
  let fetches: Array<ReturnType<typeof deferred<M>>>;
  let currents: Array<ReturnType<typeof deferred<M | null>>>;
  let shown: Array<M | null>;
  let followed: Array<string | null>;
  let errors: unknown[];
  let localClock: number;
  let feed: MeetingFeed<M>;

  beforeEach(() => {
    vi.useFakeTimers();
    fetches = [];
    currents = [];
    shown = [];
    followed = [];
    errors = [];
    localClock = SERVER_NOW;
    feed = new MeetingFeed<M>({
      fetchCurrent: () => {
        const d = deferred<M | null>();
        currents.push(d);
        return d.promise;
      },
      fetchMeeting: () => {
        const d = deferred<M>();
        fetches.push(d);
        return d.promise;
      },
      show: (m) => shown.push(m),
      follow: (id) => followed.push(id),
      error: (err) => errors.push(err),
      clock: () => localClock,
    });
  });
  afterEach(() => {
    feed.stop();
    vi.useRealTimers();
  });

  async function start(m: M | null = meeting(3)) {
    const loading = feed.loadCurrent();
    currents[0].resolve(m);
    await loading;
  }

  it('shows the current meeting and follows its events', async () => {
    await start();
    expect(feed.shown?.version).toBe(3);
    expect(followed).toEqual(['m1']);
    expect(errors).toEqual([null]);
  });

  it('re-fetches on a newer version only, and never goes back to an older state', async () => {
    await start();
    feed.changed({ meetingId: 'm1', version: 3 }); // what it shows already
    feed.changed({ meetingId: 'm2', version: 9 }); // another meeting
    expect(fetches).toHaveLength(0);

    feed.changed({ meetingId: 'm1', version: 4 });
    expect(fetches).toHaveLength(1);
    fetches[0].resolve(meeting(5)); // the fetch read a state newer than the event
    await flush();
    expect(feed.shown?.version).toBe(5);
    // An event for a version already shown (it arrived late) fetches nothing.
    feed.changed({ meetingId: 'm1', version: 4 });
    feed.changed({ meetingId: 'm1', version: 5 });
    expect(fetches).toHaveLength(1);

    // A resync answered by an instance still behind: dropped.
    const resync = feed.resync();
    fetches[1].resolve(meeting(4, { label: 'stale' }));
    await resync;
    expect(feed.shown?.version).toBe(5);
    expect(shown.map((m) => m?.version)).toEqual([3, 5]);
  });

  it('coalesces a burst: one fetch in flight, one more queued', async () => {
    await start();
    for (let v = 4; v <= 10; v++) feed.changed({ meetingId: 'm1', version: v });
    expect(fetches).toHaveLength(1);
    fetches[0].resolve(meeting(6));
    await flush();
    // One more, for all the events heard meanwhile.
    expect(fetches).toHaveLength(2);
    fetches[1].resolve(meeting(10));
    await flush();
    expect(fetches).toHaveLength(2);
    expect(shown.map((m) => m?.version)).toEqual([3, 6, 10]);
  });

  it('fetches once more when the answer is behind the version an event announced', async () => {
    await start();
    feed.changed({ meetingId: 'm1', version: 5 });
    fetches[0].resolve(meeting(4)); // another instance had not seen version 5 yet
    await flush();
    expect(fetches).toHaveLength(2);
    fetches[1].resolve(meeting(5));
    await flush();
    expect(feed.shown?.version).toBe(5);
    expect(fetches).toHaveLength(2);
  });

  it('re-reads the meeting after a reconnect, and looks for one when none was shown', async () => {
    await start();
    const again = feed.resync();
    expect(fetches).toHaveLength(1);
    fetches[0].resolve(meeting(7));
    await again;
    expect(feed.shown?.version).toBe(7);

    const empty = new MeetingFeed<M>({
      fetchCurrent: async () => meeting(1, { id: 'm9', status: 'PLANNED' }),
      fetchMeeting: () => Promise.reject(new Error('not asked')),
      show: () => undefined,
      follow: () => undefined,
      error: () => undefined,
    });
    await empty.resync();
    expect(empty.shown?.id).toBe('m9');
  });

  it('tries again after a failed fetch, and says so meanwhile', async () => {
    await start();
    feed.changed({ meetingId: 'm1', version: 4 });
    fetches[0].reject(new Error('network'));
    await flush();
    expect(errors.at(-1)).toBeInstanceOf(Error);
    await vi.advanceTimersByTimeAsync(5000);
    expect(fetches).toHaveLength(2);
    fetches[1].resolve(meeting(4));
    await flush();
    expect(errors.at(-1)).toBeNull();
    expect(feed.shown?.version).toBe(4);
  });

  it('polls currentMeeting only while nothing is live, and switches to a meeting that started', async () => {
    await start(meeting(2, { status: 'PLANNED' }));
    const polled = feed.poll();
    currents[1].resolve(meeting(3)); // the chair started it
    await polled;
    expect(feed.shown?.status).toBe('LIVE');
    void feed.poll();
    expect(currents).toHaveLength(2);

    // Another meeting becomes the one to show: the events followed change with it.
    const other = new MeetingFeed<M>({
      fetchCurrent: async () => meeting(1, { id: 'm2', status: 'PLANNED' }),
      fetchMeeting: () => Promise.reject(new Error('not asked')),
      show: () => undefined,
      follow: (id) => followed.push(id),
      error: () => undefined,
    });
    await other.loadCurrent();
    expect(followed).toEqual(['m1', 'm2']);
  });

  it('keeps a meeting closed today on screen, until the day is over or another one runs', () => {
    const closedAt = new Date(SERVER_NOW).toISOString();
    const closed = meeting(9, { status: 'CLOSED', closedAt });
    const next = meeting(1, { id: 'm2', status: 'PLANNED' });
    expect(chooseMeeting(closed, next, SERVER_NOW + 3600_000)).toBe(closed);
    expect(chooseMeeting(closed, null, SERVER_NOW + 3600_000)).toBe(closed);
    expect(chooseMeeting(closed, next, SERVER_NOW + 24 * 3600_000)).toBe(next);
    const live = meeting(1, { id: 'm3' });
    expect(chooseMeeting(closed, live, SERVER_NOW)).toBe(live);
    expect(chooseMeeting(null, next, SERVER_NOW)).toBe(next);
    expect(shanghaiDay(Date.parse('2026-12-15T16:30:00Z'))).toBe('2026-12-16');
  });
});

describe('the countdown', () => {
  const box = { timeBoxMinutes: 10 };
  const answered = SERVER_NOW;

  it('counts a running timer down from the answer, on the server clock', () => {
    const item = { ...box, usedMs: 60_000, runningSince: new Date(answered - 60_000).toISOString() };
    expect(timeLeft(item, answered, answered).leftMs).toBe(9 * 60_000);
    const later = timeLeft(item, answered, answered + 30_000);
    expect(later).toMatchObject({ leftMs: 8.5 * 60_000, running: true, overrun: false });
    expect(formatDuration(later.leftMs)).toBe('08:30');
  });

  it('counts right on a device whose clock is wrong (the offset to the server)', () => {
    let local = SERVER_NOW - 7 * 60_000; // seven minutes slow
    const feed = new MeetingFeed<M & { items: never[] }>({
      fetchCurrent: async () => ({ ...meeting(1), items: [] }),
      fetchMeeting: () => Promise.reject(new Error('not asked')),
      show: () => undefined,
      follow: () => undefined,
      error: () => undefined,
      clock: () => local,
    });
    return feed.loadCurrent().then(() => {
      expect(feed.offsetMs).toBe(7 * 60_000);
      const item = { ...box, usedMs: 2 * 60_000, runningSince: new Date(SERVER_NOW - 2 * 60_000).toISOString() };
      expect(formatDuration(feed.timeLeft(item).leftMs)).toBe('08:00');
      local += 90_000;
      expect(formatDuration(feed.timeLeft(item).leftMs)).toBe('06:30');
      feed.stop();
    });
  });

  it('stands still while paused', () => {
    const item = { ...box, usedMs: 4 * 60_000 + 20_000, runningSince: null };
    const now = timeLeft(item, answered, answered);
    const later = timeLeft(item, answered, answered + 10 * 60_000);
    expect(later).toEqual(now);
    expect(later).toMatchObject({ running: false, overrun: false, notStarted: false });
    expect(formatDuration(later.leftMs)).toBe('05:40');
    expect(timeLeft({ ...box, usedMs: 0, runningSince: null }, answered, answered).notStarted).toBe(true);
  });

  it('goes over the time box: overrun, counted up', () => {
    const item = { ...box, usedMs: 9 * 60_000 + 59_000, runningSince: new Date(answered).toISOString() };
    expect(timeLeft(item, answered, answered).overrun).toBe(false);
    const over = timeLeft(item, answered, answered + 3 * 60_000 + 13_500);
    expect(over.overrun).toBe(true);
    expect(formatDuration(over.leftMs)).toBe('03:12');
  });

  it('rounds time left up and time over down', () => {
    expect(formatDuration(600_000)).toBe('10:00');
    expect(formatDuration(599_001)).toBe('10:00');
    expect(formatDuration(599_000)).toBe('09:59');
    expect(formatDuration(1)).toBe('00:01');
    expect(formatDuration(0)).toBe('00:00');
    expect(formatDuration(-999)).toBe('00:00');
    expect(formatDuration(-1000)).toBe('00:01');
    expect(formatDuration(-65 * 60_000)).toBe('65:00');
  });
});

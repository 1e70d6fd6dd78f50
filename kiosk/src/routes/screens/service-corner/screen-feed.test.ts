import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Line } from './board-lines';
import { ScreenFeed, type ScreenBoard, type ScreenFeedOptions } from './screen-feed';

type Status = { open: boolean; opening: { id: string } | null };

const open: Status = { open: true, opening: { id: 's1' } };
const closed: Status = { open: false, opening: { id: 's1' } };

function line(id: string, version: number, openingId = 's1'): Line {
  return {
    openingId,
    version,
    waitingCount: 0,
    offering: { id, letter: id.toUpperCase(), name: id },
    nowServing: [],
    waiting: [],
  };
}

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

const flush = () => vi.advanceTimersByTimeAsync(0);

describe(ScreenFeed.name, () => {
  let board: ScreenBoard<Status, Line, { id: string }>;
  let errors: unknown[];
  let merges: number;
  let all: Array<ReturnType<typeof deferred<{ status: Status; lines: Line[]; notices: { id: string }[] }>>>;
  let fetchLine: ReturnType<typeof vi.fn<(offeringId: string) => Promise<Line[]>>>;
  let fetchStatus: ReturnType<typeof vi.fn<() => Promise<Status>>>;
  let feed: ScreenFeed<Status, Line, { id: string }>;

  beforeEach(() => {
    vi.useFakeTimers();
    board = { status: null, lines: [], notices: [] };
    errors = [];
    merges = 0;
    all = [];
    fetchLine = vi.fn();
    fetchStatus = vi.fn();
    const options: ScreenFeedOptions<Status, Line, { id: string }> = {
      fetchAll: () => {
        const d = deferred<{ status: Status; lines: Line[]; notices: { id: string }[] }>();
        all.push(d);
        return d.promise;
      },
      fetchLine,
      fetchStatus,
      coalescedBy: (load) => load,
      merged: () => merges++,
      error: (err) => errors.push(err),
    };
    feed = new ScreenFeed(board, options);
  });
  afterEach(() => {
    feed.stop();
    vi.useRealTimers();
  });

  it('shows everything fetched, and clears the error', async () => {
    const done = feed.reload();
    all[0].resolve({ status: open, lines: [line('a', 1)], notices: [{ id: 'n1' }] });
    await done;
    expect(board).toEqual({ status: open, lines: [line('a', 1)], notices: [{ id: 'n1' }] });
    expect(merges).toBe(1);
    expect(errors).toEqual([null]);
  });

  it('drops a full fetch overtaken by a later one, also when it fails', async () => {
    const first = feed.reload();
    const second = feed.reload();
    all[1].resolve({ status: open, lines: [line('a', 2)], notices: [] });
    await second;
    all[0].resolve({ status: closed, lines: [line('a', 1)], notices: [] });
    await first;
    expect(board.status).toBe(open);
    expect(board.lines[0].version).toBe(2);
    const third = feed.reload();
    const fourth = feed.reload();
    all[3].resolve({ status: open, lines: [line('a', 3)], notices: [] });
    all[2].reject(new Error('late failure'));
    await Promise.all([third, fourth]);
    expect(errors).toEqual([null, null]);
  });

  it('reports a failed fetch', async () => {
    const boom = new Error('offline');
    const done = feed.reload();
    all[0].reject(boom);
    await done;
    expect(errors).toEqual([boom]);
  });

  it('refreshes one line when its change event says it moved on; nothing for an old version', async () => {
    board.lines = [line('a', 1), line('b', 1)];
    fetchLine.mockResolvedValue([line('b', 2)]);
    feed.queueChanged({ offeringId: 'b', openingId: 's1', version: 1 });
    expect(fetchLine).not.toHaveBeenCalled();
    feed.queueChanged({ offeringId: 'b', openingId: 's1', version: 2 });
    await flush();
    expect(fetchLine).toHaveBeenCalledWith('b');
    expect(board.lines.map((l) => l.version)).toEqual([1, 2]);
    expect(errors).toEqual([null]);
    expect(all).toHaveLength(0);
  });

  it('fetches everything, once, for a line or opening it does not show', async () => {
    board.lines = [line('a', 1)];
    feed.queueChanged({ offeringId: 'a', openingId: 's2', version: 1 });
    feed.queueChanged({ offeringId: 'c', openingId: 's1', version: 1 });
    expect(all).toHaveLength(0);
    await flush();
    expect(all).toHaveLength(1);
  });

  it('starts over two seconds after a line’s refresh fails', async () => {
    board.lines = [line('a', 1)];
    fetchLine.mockRejectedValue(new Error('withdrawn'));
    feed.queueChanged({ offeringId: 'a', openingId: 's1', version: 2 });
    await vi.advanceTimersByTimeAsync(1999);
    expect(all).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(all).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('a resync asked for again replaces the one waiting', async () => {
    feed.scheduleResync(1000);
    await vi.advanceTimersByTimeAsync(900);
    feed.scheduleResync(1000);
    await vi.advanceTimersByTimeAsync(900);
    expect(all).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(all).toHaveLength(1);
    feed.scheduleResync(1000);
    feed.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(all).toHaveLength(1);
  });

  it('fetches everything when the status polled flips, and only then', async () => {
    board.status = open;
    fetchStatus.mockResolvedValueOnce({ open: true, opening: { id: 's1' } });
    await feed.refreshStatus();
    expect(all).toHaveLength(0);
    expect(errors).toEqual([null]);

    fetchStatus.mockResolvedValueOnce(closed);
    const done = feed.refreshStatus();
    await flush();
    expect(board.status).toBe(closed);
    expect(all).toHaveLength(1);
    all[0].resolve({ status: closed, lines: [], notices: [] });
    await done;

    const boom = new Error('offline');
    fetchStatus.mockRejectedValueOnce(boom);
    await feed.refreshStatus();
    expect(errors.at(-1)).toBe(boom);
    expect(board.status).toBe(closed);
  });
});

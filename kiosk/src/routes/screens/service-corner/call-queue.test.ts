import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallQueue } from './call-queue';

const call = (id: string) => ({ id });

describe(CallQueue.name, () => {
  let shown: Array<string | null>;
  let queue: CallQueue<{ id: string }>;

  beforeEach(() => {
    vi.useFakeTimers();
    shown = [];
    queue = new CallQueue((c) => shown.push(c?.id ?? null), 6000, 4);
  });
  afterEach(() => {
    queue.stop();
    vi.useRealTimers();
  });

  it('shows a call at once, for its time, then nothing', () => {
    queue.add([call('A1')]);
    expect(shown).toEqual(['A1']);
    expect(queue.current?.id).toBe('A1');
    vi.advanceTimersByTime(5999);
    expect(shown).toEqual(['A1']);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual(['A1', null]);
    expect(queue.current).toBeNull();
  });

  it('lets calls made meanwhile wait their turn, one with others behind it moving on faster', () => {
    queue.add([call('A1')]);
    queue.add([call('A2'), call('A3')]);
    expect(shown).toEqual(['A1']);
    // A1 came on screen with none behind it: its full time.
    vi.advanceTimersByTime(5999);
    expect(shown).toEqual(['A1']);
    vi.advanceTimersByTime(1);
    expect(shown).toEqual(['A1', 'A2']);
    // A2 has A3 behind it: 70% of the time.
    vi.advanceTimersByTime(4200);
    expect(shown).toEqual(['A1', 'A2', 'A3']);
    // The last one: its full time.
    vi.advanceTimersByTime(5999);
    expect(shown).toEqual(['A1', 'A2', 'A3']);
    vi.advanceTimersByTime(1);
    expect(shown.at(-1)).toBeNull();
  });

  it('ignores nothing new', () => {
    queue.add([]);
    expect(shown).toEqual([]);
  });

  it('keeps a call once (a recall moves it to the end) and only the newest few', () => {
    queue.add([call('A1')]);
    queue.add([call('B1'), call('C1')]);
    queue.add([call('B1')]);
    queue.add([call('D1'), call('E1'), call('F1')]);
    for (let i = 0; i < 6; i++) vi.advanceTimersByTime(6000);
    expect(shown.filter(Boolean)).toEqual(['A1', 'B1', 'D1', 'E1', 'F1']);
  });

  it('stops: no further call comes on screen', () => {
    queue.add([call('A1'), call('A2')]);
    queue.stop();
    vi.advanceTimersByTime(60_000);
    expect(shown).toEqual(['A1']);
  });
});

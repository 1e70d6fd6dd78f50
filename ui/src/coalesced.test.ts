import { describe, expect, it } from 'vitest';
import { coalesced, coalescedBy } from './coalesced';

/** A load that waits until released, counting its runs. */
function gatedLoad() {
  const releases: Array<() => void> = [];
  let runs = 0;
  const load = () => {
    runs++;
    return new Promise<void>((resolve) => releases.push(resolve));
  };
  const releaseNext = async () => {
    releases.shift()?.();
    // Let the coalesced loop see the settled run and start the next one, if any.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { load, releaseNext, runs: () => runs };
}

describe(coalesced.name, () => {
  it('runs once when called once', async () => {
    const gate = gatedLoad();
    const refresh = coalesced(gate.load);
    const done = refresh();
    await gate.releaseNext();
    await done;
    expect(gate.runs()).toBe(1);
  });

  it('turns a burst during a run into one more run, and every caller waits for that last one', async () => {
    const gate = gatedLoad();
    const refresh = coalesced(gate.load);
    let firstDone = false;
    const first = refresh().then(() => (firstDone = true));
    const burst = [refresh(), refresh(), refresh()];
    expect(gate.runs()).toBe(1);

    await gate.releaseNext();
    // The burst asked again while the first run was on its way: a second run, and only one.
    expect(gate.runs()).toBe(2);
    expect(firstDone).toBe(false);

    await gate.releaseNext();
    await Promise.all([first, ...burst]);
    expect(gate.runs()).toBe(2);
  });

  it('starts afresh after a run has finished', async () => {
    const gate = gatedLoad();
    const refresh = coalesced(gate.load);
    const a = refresh();
    await gate.releaseNext();
    await a;
    const b = refresh();
    await gate.releaseNext();
    await b;
    expect(gate.runs()).toBe(2);
  });

  it('rejects its callers when the load fails, and runs again on the next call', async () => {
    let fail = true;
    let runs = 0;
    const refresh = coalesced(async () => {
      runs++;
      if (fail) throw new Error('offline');
    });
    await expect(refresh()).rejects.toThrow('offline');
    fail = false;
    await expect(refresh()).resolves.toBeUndefined();
    expect(runs).toBe(2);
  });
});

describe(coalescedBy.name, () => {
  it('keeps one run and one once-more per key', async () => {
    const releases = new Map<string, Array<() => void>>();
    const runs: string[] = [];
    const refresh = coalescedBy((key) => {
      runs.push(key);
      return new Promise<void>((resolve) => releases.set(key, [...(releases.get(key) ?? []), resolve]));
    });
    const calls = [refresh('A'), refresh('B'), refresh('A'), refresh('A')];
    // A and B each run at once: a run of A does not hold B back.
    expect(runs).toEqual(['A', 'B']);
    releases.get('A')!.shift()!();
    releases.get('B')!.shift()!();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    // A was asked again while it ran (twice: one more run); B was not.
    expect(runs).toEqual(['A', 'B', 'A']);
    releases.get('A')!.shift()!();
    await Promise.all(calls);
    expect(runs).toEqual(['A', 'B', 'A']);
  });
});

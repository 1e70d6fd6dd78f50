import { describe, expect, it } from 'vitest';
import { LatestLoad } from './latest-load';

/** A promise settled from outside, as a fetch on its way is. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A loader over `choice` whose fetches wait until the test answers them, and what it did. */
function setUp(initial = 'a') {
  const state = { choice: initial };
  const fetches: Array<{ key: string } & ReturnType<typeof deferred<string>>> = [];
  const applied: Array<[string, string]> = [];
  const failed: unknown[] = [];
  const loading: boolean[] = [];
  const loader = new LatestLoad<string, string>({
    key: () => state.choice,
    wanted: (key) => key !== '',
    same: (a, b) => a === b,
    fetch: (key) => {
      const d = deferred<string>();
      fetches.push({ key, ...d });
      return d.promise;
    },
    apply: (data, key) => applied.push([key, data]),
    fail: (err) => failed.push(err),
    loading: (on) => loading.push(on),
  });
  return { state, fetches, applied, failed, loading, loader };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe(LatestLoad.name, () => {
  it('fetches what is chosen and applies it, loading meanwhile', async () => {
    const { fetches, applied, loading, loader } = setUp();
    const done = loader.load();
    expect(loading).toEqual([true]);
    fetches[0].resolve('A1');
    await done;
    expect(fetches.map((f) => f.key)).toEqual(['a']);
    expect(applied).toEqual([['a', 'A1']]);
    expect(loading).toEqual([true, false]);
  });

  it('fetches nothing while nothing is chosen', async () => {
    const { state, fetches, loading, loader } = setUp();
    state.choice = '';
    await loader.load();
    expect(fetches).toHaveLength(0);
    expect(loading).toEqual([]);
  });

  it('asked again while fetching: once more afterwards, however often asked, and everyone waits for that one', async () => {
    const { fetches, applied, loader } = setUp();
    const first = loader.load();
    let secondDone = false;
    const second = loader.load().then(() => (secondDone = true));
    void loader.load();
    fetches[0].resolve('A1');
    await settle();
    expect(fetches).toHaveLength(2);
    expect(secondDone).toBe(false);
    fetches[1].resolve('A2');
    await Promise.all([first, second]);
    expect(fetches).toHaveLength(2);
    expect(applied).toEqual([
      ['a', 'A1'],
      ['a', 'A2'],
    ]);
  });

  it('drops the answer for a choice left meanwhile and fetches the new one', async () => {
    const { state, fetches, applied, loader } = setUp();
    const done = loader.load();
    state.choice = 'b';
    fetches[0].resolve('A1');
    await settle();
    expect(fetches.map((f) => f.key)).toEqual(['a', 'b']);
    fetches[1].resolve('B1');
    await done;
    expect(applied).toEqual([['b', 'B1']]);
  });

  it('a failure is reported, stops the loading, and the next call fetches afresh', async () => {
    const { fetches, applied, failed, loading, loader } = setUp();
    const done = loader.load();
    void loader.load(); // the once-more is not run after a failure
    const boom = new Error('offline');
    fetches[0].reject(boom);
    await done;
    expect(failed).toEqual([boom]);
    expect(fetches).toHaveLength(1);
    expect(loading).toEqual([true, false]);
    const again = loader.load();
    fetches[1].resolve('A1');
    await again;
    expect(applied).toEqual([['a', 'A1']]);
  });
});

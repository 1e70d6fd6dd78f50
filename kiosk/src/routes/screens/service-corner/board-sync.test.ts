import { describe, expect, it } from 'vitest';
import { CallTracker } from './board-sync';

const t = (id: string, at: number, status = 'CALLED') => ({ id, status, at });

describe(CallTracker.name, () => {
  it('announces nothing of what was already called when the screen first loaded', () => {
    const calls = new CallTracker();
    expect(calls.detect([t('A1', 100), t('B1', 200)])).toEqual([]);
    expect(calls.detect([t('A1', 100), t('B1', 200)])).toEqual([]);
  });

  it('announces a call made since, and a recall (a newer calledAt), oldest first', () => {
    const calls = new CallTracker();
    calls.detect([t('A1', 100)]);
    expect(calls.detect([t('A1', 100), t('B1', 300), t('C1', 250)]).map((c) => c.id)).toEqual(['C1', 'B1']);
    expect(calls.detect([t('A1', 400), t('B1', 300), t('C1', 250)]).map((c) => c.id)).toEqual(['A1']);
  });

  it('does not announce a ticket being served, nor one called before the screen loaded that it first sees now', () => {
    const calls = new CallTracker();
    calls.detect([t('A1', 500)]);
    expect(calls.detect([t('A1', 500, 'SERVING'), t('B1', 600, 'SERVING')])).toEqual([]);
    expect(calls.detect([t('C1', 400)])).toEqual([]);
    expect(calls.detect([t('D1', 700)]).map((c) => c.id)).toEqual(['D1']);
  });
});

import { describe, expect, it } from 'vitest';
import { draftOf, draftProblems, emptyDraft, inputOf, offeredOn } from './rewards-form';

describe('the reward form', () => {
  it('checks name, cost, stock and the window', () => {
    expect(draftProblems(emptyDraft(), true)).toEqual(['name', 'cost']);
    const d = {
      ...emptyDraft(),
      name: '洗衣液一瓶',
      cost: '50',
      stock: 'x',
      activeFrom: '2026-12-01',
      activeUntil: '2026-11-01',
    };
    expect(draftProblems(d, true)).toEqual(['stock', 'window']);
    expect(draftProblems(d, false)).toEqual(['window']);
  });

  it('round-trips a reward into its input', () => {
    const r = {
      id: 'r1',
      kind: 'SERVICE' as const,
      name: '理发一次',
      description: '',
      cost: 100,
      stock: 5,
      pictureId: null,
      activeFrom: null,
      activeUntil: '2026-12-31',
      archived: false,
      version: 3,
    };
    expect(inputOf(draftOf(r))).toEqual({
      kind: 'SERVICE',
      name: '理发一次',
      description: '',
      cost: 100,
      activeFrom: null,
      activeUntil: '2026-12-31',
      pictureId: null,
    });
  });

  it('is offered inside its window only', () => {
    const r = { activeFrom: '2026-12-01', activeUntil: '2026-12-31', archived: false };
    expect(offeredOn(r, '2026-11-30')).toBe(false);
    expect(offeredOn(r, '2026-12-03')).toBe(true);
    expect(offeredOn({ ...r, archived: true }, '2026-12-03')).toBe(false);
  });
});

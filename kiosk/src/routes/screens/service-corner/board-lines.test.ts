import { describe, expect, it } from 'vitest';
import {
  MAX_SERVING_TILES,
  NEXT,
  boardLayout,
  changeAction,
  mergeLines,
  newer,
  servingNow,
  statusFlipped,
  withNotice,
  type Line,
  type Serving,
} from './board-lines';

type Ticket = Line['nowServing'][number];

const ticket = (id: string, calledAt: string | null = null, status = 'CALLED'): Ticket =>
  ({ id, code: id, deskName: '1号台', status, calledAt }) as Ticket;

function line(id: string, version: number, extra: Partial<Line> = {}): Line {
  return {
    openingId: 's1',
    version,
    waitingCount: 0,
    offering: { id, letter: id.toUpperCase(), name: `${id} offering` },
    nowServing: [],
    waiting: [],
    ...extra,
  };
}

describe('which line wins', () => {
  it('the fetched one, unless the one held is newer in the same opening', () => {
    expect(newer(line('a', 3), undefined)).toBe(true);
    expect(newer(line('a', 3), line('a', 3))).toBe(true);
    expect(newer(line('a', 4), line('a', 3))).toBe(true);
    expect(newer(line('a', 2), line('a', 3))).toBe(false);
    expect(newer(line('a', 1, { openingId: 's2' }), line('a', 9))).toBe(true);
  });

  it('a full fetch sets the lines and their order, keeping a held line that is newer', () => {
    const held = [line('a', 5), line('b', 1), line('gone', 1)];
    const merged = mergeLines(held, [line('b', 2), line('a', 4), line('c', 1)], true);
    expect(merged.map((l) => [l.offering.id, l.version])).toEqual([
      ['b', 2],
      ['a', 5],
      ['c', 1],
    ]);
    expect(merged[1]).toBe(held[0]);
  });

  it("a line's fetch replaces it in place where newer, and a line not held yet comes last", () => {
    const held = [line('a', 5), line('b', 1)];
    expect(mergeLines(held, [line('b', 2)], false).map((l) => [l.offering.id, l.version])).toEqual([
      ['a', 5],
      ['b', 2],
    ]);
    expect(mergeLines(held, [line('a', 4)], false)).toEqual(held);
    expect(mergeLines(held, [line('c', 1)], false).map((l) => l.offering.id)).toEqual(['a', 'b', 'c']);
  });
});

describe("a line's change event", () => {
  const held = [line('a', 5)];

  it('refreshes that line when it moved on', () => {
    expect(changeAction(held, { offeringId: 'a', openingId: 's1', version: 6 })).toBe('refresh');
  });

  it('does nothing for a version already shown', () => {
    expect(changeAction(held, { offeringId: 'a', openingId: 's1', version: 5 })).toBe('none');
    expect(changeAction(held, { offeringId: 'a', openingId: 's1', version: 4 })).toBe('none');
  });

  it('fetches everything for a line not shown or an opening that just began', () => {
    expect(changeAction(held, { offeringId: 'b', openingId: 's1', version: 1 })).toBe('resync');
    expect(changeAction(held, { offeringId: 'a', openingId: 's2', version: 1 })).toBe('resync');
    expect(changeAction([], { offeringId: 'a', openingId: 's1', version: 1 })).toBe('resync');
  });
});

describe('the status polled', () => {
  const open = { open: true, opening: { id: 's1' } };

  it('flips when the corner opens or closes, or another opening begins', () => {
    expect(statusFlipped(null, open)).toBe(true);
    expect(statusFlipped({ open: false, opening: { id: 's1' } }, open)).toBe(true);
    expect(statusFlipped(open, { open: true, opening: { id: 's2' } })).toBe(true);
    expect(statusFlipped(open, { open: true, opening: null })).toBe(true);
  });

  it('does not when nothing of that changed', () => {
    expect(statusFlipped(open, { open: true, opening: { id: 's1' } })).toBe(false);
    expect(statusFlipped({ open: false, opening: null }, { open: false, opening: null })).toBe(false);
  });
});

describe('who is being served', () => {
  it('every line’s calls, the newest first, with their line; one not called yet last', () => {
    const lines = [
      line('a', 1, { nowServing: [ticket('A1', '2026-03-04T01:00:00Z'), ticket('A2', null, 'SERVING')] }),
      line('b', 1, { nowServing: [ticket('B1', '2026-03-04T01:05:00Z')] }),
    ];
    const serving = servingNow(lines);
    expect(serving.map((s) => s.id)).toEqual(['B1', 'A1', 'A2']);
    expect(serving[0]).toMatchObject({
      letter: 'B',
      offeringName: 'b offering',
      at: Date.parse('2026-03-04T01:05:00Z'),
    });
    expect(serving[2].at).toBe(0);
  });
});

describe('the board’s layout', () => {
  const calls = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `t${i}` }) as Serving);

  it('shows the newest call large and up to four more as tiles, counting the rest', () => {
    expect(boardLayout([], 3)).toMatchObject({ featured: null, others: [], hidden: 0 });
    const one = boardLayout(calls(1), 3);
    expect(one.featured?.id).toBe('t0');
    expect(one.others).toEqual([]);
    const many = boardLayout(calls(7), 3);
    expect(many.others.map((c) => c.id)).toEqual(['t1', 't2', 't3', 't4']);
    expect(many.others).toHaveLength(MAX_SERVING_TILES);
    expect(many.hidden).toBe(2);
    expect(boardLayout(calls(5), 3).hidden).toBe(0);
  });

  it('gives the lines the whole width while nobody is being served', () => {
    expect(boardLayout([], 10)).toMatchObject({ idle: true, columns: 2, rows: 5, shownWaiting: 5 });
    expect(boardLayout(calls(1), 10)).toMatchObject({ idle: false, columns: 2, rows: 5, shownWaiting: 3 });
  });

  it('sets out up to five lines in one column; beside the calls two columns, alone up to three', () => {
    expect(boardLayout(calls(1), 5)).toMatchObject({ columns: 1, rows: 5, density: 'roomy', shownWaiting: 5 });
    expect(boardLayout(calls(1), 6)).toMatchObject({ columns: 2, rows: 3, density: 'roomy', shownWaiting: 3 });
    expect(boardLayout(calls(1), 14)).toMatchObject({ columns: 2, rows: 7, density: 'snug' });
    expect(boardLayout(calls(1), 26)).toMatchObject({ columns: 2, rows: 13, density: 'dense' });
    expect(boardLayout([], 5)).toMatchObject({ columns: 1, rows: 5, shownWaiting: 5 });
    expect(boardLayout([], 12)).toMatchObject({ columns: 2, rows: 6, density: 'snug', shownWaiting: 5 });
    expect(boardLayout([], 13)).toMatchObject({ columns: 3, rows: 5, density: 'roomy', shownWaiting: 4 });
    expect(boardLayout([], 26)).toMatchObject({ columns: 3, rows: 9, density: 'dense', shownWaiting: 0 });
    expect(boardLayout([], 0)).toMatchObject({ columns: 1, rows: 1 });
  });

  it('shows as many waiting numbers as the card is wide, at least one and at most those fetched', () => {
    for (const lines of [1, 5, 6, 10, 13, 14, 20, 21]) {
      for (const serving of [[], calls(2)]) {
        const { shownWaiting, density } = boardLayout(serving, lines);
        if (density === 'dense') continue;
        expect(shownWaiting).toBeGreaterThanOrEqual(1);
        expect(shownWaiting).toBeLessThanOrEqual(NEXT);
      }
    }
  });

  it('shows no waiting numbers on a dense board (more than seven rows), only each line’s count', () => {
    expect(boardLayout(calls(1), 15)).toMatchObject({ rows: 8, density: 'dense', shownWaiting: 0 });
    expect(boardLayout(calls(1), 26)).toMatchObject({ rows: 13, density: 'dense', shownWaiting: 0 });
    expect(boardLayout([], 22)).toMatchObject({ rows: 8, density: 'dense', shownWaiting: 0 });
  });
});

describe('a notice published', () => {
  it('comes first, once, and the oldest beyond four goes', () => {
    const n = (id: string) => ({ id });
    expect(withNotice([n('a'), n('b')], n('c')).map((x) => x.id)).toEqual(['c', 'a', 'b']);
    expect(withNotice([n('a'), n('b')], n('b')).map((x) => x.id)).toEqual(['b', 'a']);
    expect(withNotice([n('a'), n('b'), n('c'), n('d')], n('e')).map((x) => x.id)).toEqual(['e', 'a', 'b', 'c']);
  });
});

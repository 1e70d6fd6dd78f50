import { ApiError, type ErrorReason } from '@linli/client';
import { describe, expect, it } from 'vitest';
import {
  abilities,
  blockedKey,
  changeNeedsLoad,
  countRecall,
  firstLine,
  lineForDesk,
  linesFor,
  numberRefusalKey,
  parseNumber,
  readRecalls,
  refusalOf,
  rememberedDesk,
  stored,
  ticketCode,
} from './desk-model';

const A = { id: 'a', letter: 'A' };
const B = { id: 'b', letter: 'B' };
const C = { id: 'c', letter: 'C' };
const offerings = [A, B, C];
const desks = [
  { id: 'k1', name: '1号台', offeringIds: ['c', 'b'] },
  { id: 'k2', name: '2号台', offeringIds: [] },
];
const open = { open: true };
const closed = { open: false };
const conflict = (reason: ErrorReason) => new ApiError('conflict', { code: 'CONFLICT', reason });

describe('what the desk may do', () => {
  it('calls only when idle, open and the line is loaded', () => {
    expect(abilities(null, open, true, 0).call).toBe(true);
    expect(abilities(null, closed, true, 0).call).toBe(false);
    expect(abilities(null, null, true, 0).call).toBe(false);
    expect(abilities(null, open, false, 0).call).toBe(false);
    expect(abilities({ status: 'SERVING' }, open, true, 0).call).toBe(false);
  });

  it('recalls and starts a called ticket; completes or turns into a work order a called or served one', () => {
    const called = abilities({ status: 'CALLED' }, open, true, 0);
    expect(called).toMatchObject({ recall: true, start: true, complete: true, workOrder: true, noShow: false });
    const serving = abilities({ status: 'SERVING' }, open, true, 0);
    expect(serving).toMatchObject({ recall: false, start: false, complete: true, workOrder: true, noShow: false });
    expect(abilities(null, open, true, 0)).toMatchObject({ recall: false, complete: false, workOrder: false });
  });

  it('marks a no-show only after a recall, and only while it is called', () => {
    expect(abilities({ status: 'CALLED' }, open, true, 1).noShow).toBe(true);
    expect(abilities({ status: 'SERVING' }, open, true, 2).noShow).toBe(false);
  });

  it('says why a press did nothing: finish first, closed, recall first; else nothing', () => {
    expect(blockedKey('call', { status: 'CALLED' }, open)).toBe('corner.desk.finishFirst');
    expect(blockedKey('call', null, closed)).toBe('corner.desk.closed');
    expect(blockedKey('call', null, null)).toBeNull();
    expect(blockedKey('noShow', { status: 'CALLED' }, open)).toBe('corner.desk.noShowNeedsRecall');
    expect(blockedKey('noShow', { status: 'SERVING' }, open)).toBeNull();
    expect(blockedKey('start', null, open)).toBeNull();
  });
});

describe('叫指定号', () => {
  it('reads a number in the chosen line, or a letter and a number, in either case and with spaces', () => {
    expect(parseNumber('12', offerings, 'b')).toEqual({ offering: B, number: 12 });
    expect(parseNumber(' a 012 ', offerings, 'b')).toEqual({ offering: A, number: 12 });
    expect(parseNumber('C7', offerings, 'a')).toEqual({ offering: C, number: 7 });
  });

  it('refuses what is not a number from 1, or longer than six digits', () => {
    for (const text of ['', 'A', '0', 'A000', '12a', 'AB12', '1234567', '-3']) {
      expect(parseNumber(text, offerings, 'a')).toEqual({ error: 'invalid' });
    }
  });

  it('says which letter has no line, or that no line is chosen', () => {
    expect(parseNumber('Z9', offerings, 'a')).toEqual({ error: 'noLine', letter: 'Z' });
    expect(parseNumber('9', offerings, 'gone')).toEqual({ error: 'noLine', letter: '' });
    expect(parseNumber('9', null, 'a')).toEqual({ error: 'noLine', letter: '' });
  });

  it('shows the code as the lobby does', () => {
    expect(ticketCode('A', 12)).toBe('A012');
    expect(ticketCode('B', 1234)).toBe('B1234');
  });

  it('words the refusals of the number asked for, whatever the error code', () => {
    expect(numberRefusalKey(conflict('TICKET_NOT_WAITING'))).toBe('corner.desk.numberNotWaiting');
    expect(numberRefusalKey(new ApiError('x', { code: 'NOT_FOUND', reason: 'TICKET_UNKNOWN' }))).toBe(
      'corner.desk.numberUnknown',
    );
    expect(numberRefusalKey(conflict('DESK_BUSY'))).toBeNull();
    expect(numberRefusalKey(new Error('TICKET_UNKNOWN'))).toBeNull();
  });
});

describe('the refusals the desk words itself', () => {
  it('are conflicts: desk busy, ticket taken elsewhere, corner closed', () => {
    expect(refusalOf(conflict('DESK_BUSY'))).toBe('deskBusy');
    expect(refusalOf(conflict('TICKET_STATE'))).toBe('takenElsewhere');
    expect(refusalOf(conflict('CORNER_CLOSED'))).toBe('closed');
  });

  it('leave everything else to the generic error text', () => {
    expect(refusalOf(conflict('LETTER_TAKEN'))).toBeNull();
    expect(refusalOf(new ApiError('x', { code: 'FORBIDDEN', reason: 'DESK_BUSY' }))).toBeNull();
    expect(refusalOf(new Error('DESK_BUSY'))).toBeNull();
  });
});

describe('choosing the line and the desk', () => {
  it("starts a desk on the first of its usual lines in the lines' order, else the first line", () => {
    expect(firstLine(offerings, desks, 'k1')).toBe('b');
    expect(firstLine(offerings, desks, 'k2')).toBe('a');
    expect(firstLine(offerings, desks, 'unknown')).toBe('a');
    expect(firstLine([], desks, 'k1')).toBe('');
    expect(firstLine(null, null, 'k1')).toBe('');
  });

  it('remembers the desk by id, or by the name typed in before desks existed, else takes the first', () => {
    expect(rememberedDesk(desks, 'k2')).toBe('k2');
    expect(rememberedDesk(desks, '2号台')).toBe('k2');
    expect(rememberedDesk(desks, '9号台')).toBe('k1');
    expect(rememberedDesk([], 'k1')).toBe('');
  });

  it("lists a desk's usual lines apart from the rest, each in the lines' order", () => {
    expect(linesFor(offerings, desks[0])).toEqual({ usual: [B, C], rest: [A] });
    expect(linesFor(offerings, null)).toEqual({ usual: [], rest: offerings });
    expect(linesFor(null, desks[0])).toEqual({ usual: [], rest: [] });
  });

  it('moves to the new desk’s usual line unless the line on screen is one of them, or it has none', () => {
    expect(lineForDesk(offerings, desks, 'k1', 'a')).toBe('b');
    expect(lineForDesk(offerings, desks, 'k1', 'c')).toBe('c');
    expect(lineForDesk(offerings, desks, 'k2', 'c')).toBe('c');
    expect(lineForDesk(offerings, desks, 'unknown', 'c')).toBe('c');
  });
});

describe('a line changed somewhere', () => {
  const line = { openingId: 's1', version: 5 };
  const shown = { offeringId: 'a', ticketOfferingId: null, line };

  it('loads again for a newer version, another opening, or nothing shown yet of the line on screen', () => {
    expect(changeNeedsLoad({ offeringId: 'a', openingId: 's1', version: 6 }, shown)).toBe(true);
    expect(changeNeedsLoad({ offeringId: 'a', openingId: 's2', version: 1 }, shown)).toBe(true);
    expect(changeNeedsLoad({ offeringId: 'a', openingId: 's1', version: 1 }, { ...shown, line: null })).toBe(true);
  });

  it('does not for a version already shown, or another line', () => {
    expect(changeNeedsLoad({ offeringId: 'a', openingId: 's1', version: 5 }, shown)).toBe(false);
    expect(changeNeedsLoad({ offeringId: 'a', openingId: 's1', version: 4 }, shown)).toBe(false);
    expect(changeNeedsLoad({ offeringId: 'b', openingId: 's1', version: 9 }, shown)).toBe(false);
  });

  it("does for the line of this desk's ticket when it is not the line on screen, whatever the version", () => {
    const elsewhere = { ...shown, ticketOfferingId: 'b' };
    expect(changeNeedsLoad({ offeringId: 'b', openingId: 's1', version: 1 }, elsewhere)).toBe(true);
    expect(changeNeedsLoad({ offeringId: 'c', openingId: 's1', version: 9 }, elsewhere)).toBe(false);
  });
});

describe('what the desk remembers', () => {
  it('counts recalls, forgetting tickets no longer open here but not the one recalled', () => {
    expect(countRecall({}, 't1', ['t1'])).toEqual({ t1: 1 });
    expect(countRecall({ t1: 1, t2: 3 }, 't1', ['t1'])).toEqual({ t1: 2 });
    expect(countRecall({ t1: 2 }, 't1', [])).toEqual({ t1: 3 });
  });

  const storage = (items: Record<string, string>) => ({ getItem: (k: string) => items[k] ?? null });
  const refusing = {
    getItem: (): string | null => {
      throw new Error('SecurityError');
    },
  };

  it('reads a stored value, or nothing when there is none or storage is refused', () => {
    expect(stored('k', storage({ k: 'v' }))).toBe('v');
    expect(stored('k', storage({}))).toBe('');
    expect(stored('k', refusing)).toBe('');
  });

  it('reads the recalls kept for the tab; nothing when unreadable or refused', () => {
    expect(readRecalls('r', () => storage({ r: '{"t1":2}' }))).toEqual({ t1: 2 });
    expect(readRecalls('r', () => storage({}))).toEqual({});
    expect(readRecalls('r', () => storage({ r: '{not json' }))).toEqual({});
    expect(
      readRecalls('r', () => {
        throw new Error('no sessionStorage');
      }),
    ).toEqual({});
  });
});

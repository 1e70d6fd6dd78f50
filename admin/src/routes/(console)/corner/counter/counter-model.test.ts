import { ApiError, type ErrorReason } from '@linli/client';
import { describe, expect, it } from 'vitest';
import {
  abilities,
  blockedKey,
  changeNeedsLoad,
  countRecall,
  firstLine,
  lineForCounter,
  linesFor,
  numberRefusalKey,
  parseNumber,
  readRecalls,
  refusalOf,
  rememberedCounter,
  stored,
  ticketCode,
} from './counter-model';

const A = { id: 'a', letter: 'A' };
const B = { id: 'b', letter: 'B' };
const C = { id: 'c', letter: 'C' };
const services = [A, B, C];
const counters = [
  { id: 'k1', name: '1号台', serviceIds: ['c', 'b'] },
  { id: 'k2', name: '2号台', serviceIds: [] },
];
const open = { open: true };
const closed = { open: false };
const conflict = (reason: ErrorReason) => new ApiError('conflict', { code: 'CONFLICT', reason });

describe('what the counter may do', () => {
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
    expect(blockedKey('call', { status: 'CALLED' }, open)).toBe('corner.counter.finishFirst');
    expect(blockedKey('call', null, closed)).toBe('corner.counter.closed');
    expect(blockedKey('call', null, null)).toBeNull();
    expect(blockedKey('noShow', { status: 'CALLED' }, open)).toBe('corner.counter.noShowNeedsRecall');
    expect(blockedKey('noShow', { status: 'SERVING' }, open)).toBeNull();
    expect(blockedKey('start', null, open)).toBeNull();
  });
});

describe('叫指定号', () => {
  it('reads a number in the chosen line, or a letter and a number, in either case and with spaces', () => {
    expect(parseNumber('12', services, 'b')).toEqual({ service: B, number: 12 });
    expect(parseNumber(' a 012 ', services, 'b')).toEqual({ service: A, number: 12 });
    expect(parseNumber('C7', services, 'a')).toEqual({ service: C, number: 7 });
  });

  it('refuses what is not a number from 1, or longer than six digits', () => {
    for (const text of ['', 'A', '0', 'A000', '12a', 'AB12', '1234567', '-3']) {
      expect(parseNumber(text, services, 'a')).toEqual({ error: 'invalid' });
    }
  });

  it('says which letter has no line, or that no line is chosen', () => {
    expect(parseNumber('Z9', services, 'a')).toEqual({ error: 'noLine', letter: 'Z' });
    expect(parseNumber('9', services, 'gone')).toEqual({ error: 'noLine', letter: '' });
    expect(parseNumber('9', null, 'a')).toEqual({ error: 'noLine', letter: '' });
  });

  it('shows the code as the lobby does', () => {
    expect(ticketCode('A', 12)).toBe('A012');
    expect(ticketCode('B', 1234)).toBe('B1234');
  });

  it('words the refusals of the number asked for, whatever the error code', () => {
    expect(numberRefusalKey(conflict('TICKET_NOT_WAITING'))).toBe('corner.counter.numberNotWaiting');
    expect(numberRefusalKey(new ApiError('x', { code: 'NOT_FOUND', reason: 'TICKET_UNKNOWN' }))).toBe(
      'corner.counter.numberUnknown',
    );
    expect(numberRefusalKey(conflict('COUNTER_BUSY'))).toBeNull();
    expect(numberRefusalKey(new Error('TICKET_UNKNOWN'))).toBeNull();
  });
});

describe('the refusals the counter words itself', () => {
  it('are conflicts: counter busy, ticket taken elsewhere, corner closed', () => {
    expect(refusalOf(conflict('COUNTER_BUSY'))).toBe('counterBusy');
    expect(refusalOf(conflict('TICKET_STATE'))).toBe('takenElsewhere');
    expect(refusalOf(conflict('CORNER_CLOSED'))).toBe('closed');
  });

  it('leave everything else to the generic error text', () => {
    expect(refusalOf(conflict('LETTER_TAKEN'))).toBeNull();
    expect(refusalOf(new ApiError('x', { code: 'FORBIDDEN', reason: 'COUNTER_BUSY' }))).toBeNull();
    expect(refusalOf(new Error('COUNTER_BUSY'))).toBeNull();
  });
});

describe('choosing the line and the counter', () => {
  it("starts a counter on the first of its usual lines in the lines' order, else the first line", () => {
    expect(firstLine(services, counters, 'k1')).toBe('b');
    expect(firstLine(services, counters, 'k2')).toBe('a');
    expect(firstLine(services, counters, 'unknown')).toBe('a');
    expect(firstLine([], counters, 'k1')).toBe('');
    expect(firstLine(null, null, 'k1')).toBe('');
  });

  it('remembers the counter by id, or by the name typed in before counters existed, else takes the first', () => {
    expect(rememberedCounter(counters, 'k2')).toBe('k2');
    expect(rememberedCounter(counters, '2号台')).toBe('k2');
    expect(rememberedCounter(counters, '9号台')).toBe('k1');
    expect(rememberedCounter([], 'k1')).toBe('');
  });

  it("lists a counter's usual lines apart from the rest, each in the lines' order", () => {
    expect(linesFor(services, counters[0])).toEqual({ usual: [B, C], rest: [A] });
    expect(linesFor(services, null)).toEqual({ usual: [], rest: services });
    expect(linesFor(null, counters[0])).toEqual({ usual: [], rest: [] });
  });

  it('moves to the new counter’s usual line unless the line on screen is one of them, or it has none', () => {
    expect(lineForCounter(services, counters, 'k1', 'a')).toBe('b');
    expect(lineForCounter(services, counters, 'k1', 'c')).toBe('c');
    expect(lineForCounter(services, counters, 'k2', 'c')).toBe('c');
    expect(lineForCounter(services, counters, 'unknown', 'c')).toBe('c');
  });
});

describe('a line changed somewhere', () => {
  const line = { sessionId: 's1', version: 5 };
  const shown = { serviceId: 'a', ticketServiceId: null, line };

  it('loads again for a newer version, another session, or nothing shown yet of the line on screen', () => {
    expect(changeNeedsLoad({ serviceId: 'a', sessionId: 's1', version: 6 }, shown)).toBe(true);
    expect(changeNeedsLoad({ serviceId: 'a', sessionId: 's2', version: 1 }, shown)).toBe(true);
    expect(changeNeedsLoad({ serviceId: 'a', sessionId: 's1', version: 1 }, { ...shown, line: null })).toBe(true);
  });

  it('does not for a version already shown, or another line', () => {
    expect(changeNeedsLoad({ serviceId: 'a', sessionId: 's1', version: 5 }, shown)).toBe(false);
    expect(changeNeedsLoad({ serviceId: 'a', sessionId: 's1', version: 4 }, shown)).toBe(false);
    expect(changeNeedsLoad({ serviceId: 'b', sessionId: 's1', version: 9 }, shown)).toBe(false);
  });

  it("does for the line of this counter's ticket when it is not the line on screen, whatever the version", () => {
    const elsewhere = { ...shown, ticketServiceId: 'b' };
    expect(changeNeedsLoad({ serviceId: 'b', sessionId: 's1', version: 1 }, elsewhere)).toBe(true);
    expect(changeNeedsLoad({ serviceId: 'c', sessionId: 's1', version: 9 }, elsewhere)).toBe(false);
  });
});

describe('what the counter remembers', () => {
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

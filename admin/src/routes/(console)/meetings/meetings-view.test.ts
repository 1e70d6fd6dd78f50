import { ApiError } from '@linli/client';
import { describe, expect, it } from 'vitest';
import {
  clockText,
  currentAndNext,
  isMeetingChanged,
  isNewer,
  listWindow,
  moveItem,
  movedText,
  remainingMs,
  sortCandidates,
  splitMeetings,
  step,
  voteProblem,
  voteResult,
  type Item,
  type Summary,
} from './meetings-view';

const t = (key: string, o?: { values?: Record<string, string | number> }) =>
  o?.values ? `${key} ${JSON.stringify(o.values)}` : key;

const summary = (id: string, day: string, status: Summary['status']): Summary => ({
  id,
  day,
  plannedDay: day,
  movedReason: null,
  status,
  kind: 'OTHER',
  title: id,
  place: null,
  round: null,
  itemCount: 0,
  attendeeCount: 0,
  version: 1,
});

const item = (id: string, position: number, status: Item['status'], extra: Partial<Item> = {}): Item => ({
  id,
  position,
  status,
  title: id,
  matterId: null,
  matterRef: null,
  timeBoxMinutes: 10,
  usedMs: 0,
  runningSince: null,
  outcome: null,
  decision: null,
  discussion: null,
  ...extra,
});

describe('the meetings list', () => {
  it('splits upcoming (soonest first) from past (latest first)', () => {
    const list = [
      summary('old', '2026-11-15', 'CLOSED'),
      summary('later', '2027-01-15', 'PLANNED'),
      summary('soon', '2026-12-15', 'PLANNED'),
      summary('closedToday', '2026-12-04', 'CLOSED'),
      summary('forgotten', '2026-12-01', 'PLANNED'),
    ];
    const { upcoming, past } = splitMeetings(list, '2026-12-04');
    expect(upcoming.map((m) => m.id)).toEqual(['soon', 'later']);
    expect(past.map((m) => m.id)).toEqual(['closedToday', 'forgotten', 'old']);
  });

  it('reads a window around today and says when the day moved', () => {
    expect(listWindow('2026-12-04')).toEqual({ from: '2026-06-04', until: '2027-12-05' });
    const m = { day: '2026-12-16', plannedDay: '2026-12-15', movedReason: '议事厅检修' };
    expect(movedText(m, t, (d) => d)).toBe('meetings.moved {"planned":"2026-12-15","reason":"议事厅检修"}');
    expect(movedText({ ...m, day: '2026-12-15' }, t, (d) => d)).toBeNull();
  });
});

describe('the agenda builder', () => {
  it('moves an item up or down, not past the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 'a', -1)).toBeNull();
    expect(moveItem(['a', 'b', 'c'], 'c', 1)).toBeNull();
    expect(moveItem(['a'], 'x', 1)).toBeNull();
  });

  it('offers overdue candidates first', () => {
    const list = [
      { ref: '2026-003', overdue: false },
      { ref: '2026-002', overdue: true },
      { ref: '2026-001', overdue: false },
    ];
    expect(sortCandidates(list).map((c) => c.ref)).toEqual(['2026-002', '2026-001', '2026-003']);
  });
});

describe('versions', () => {
  it('knows a refusal for a stale version and an event that is newer', () => {
    expect(isMeetingChanged(new ApiError('x', { code: 'CONFLICT', reason: 'MEETING_CHANGED' }))).toBe(true);
    expect(isMeetingChanged(new ApiError('x', { code: 'CONFLICT', reason: 'MEETING_STATE' }))).toBe(false);
    expect(isMeetingChanged(new Error('x'))).toBe(false);
    expect(isNewer({ version: 5 }, { version: 4 })).toBe(true);
    expect(isNewer({ version: 4 }, { version: 4 })).toBe(false);
    expect(isNewer({ version: 3 }, { version: 4 })).toBe(false);
    expect(isNewer({ version: 1 }, null)).toBe(true);
  });
});

describe('the chair’s clock', () => {
  it('finds the current and the next pending item', () => {
    const items = [item('c', 3, 'PENDING'), item('a', 1, 'DONE'), item('b', 2, 'CURRENT'), item('d', 4, 'PENDING')];
    expect(currentAndNext({ items, currentItemId: 'b' })).toMatchObject({ current: { id: 'b' }, next: { id: 'c' } });
    expect(currentAndNext({ items, currentItemId: null })).toMatchObject({ current: null, next: { id: 'c' } });
    expect(currentAndNext({ items: [item('a', 1, 'CURRENT')], currentItemId: 'a' }).next).toBeNull();
  });

  it('counts down from the server’s answer, adding only what this device counted while running', () => {
    const paused = item('a', 1, 'CURRENT', { timeBoxMinutes: 10, usedMs: 90_000 });
    expect(remainingMs(paused, 60_000)).toBe(510_000);
    const running = { ...paused, runningSince: '2026-12-04T06:00:00Z' };
    expect(remainingMs(running, 60_000)).toBe(450_000);
    expect(remainingMs(running, -5)).toBe(510_000);
    expect(remainingMs({ ...running, usedMs: 600_000 }, 30_000)).toBe(-30_000);
  });

  it('writes the clock in minutes and seconds, over time with a minus', () => {
    expect(clockText(600_000)).toBe('10:00');
    expect(clockText(59_001)).toBe('01:00');
    expect(clockText(500)).toBe('00:01');
    expect(clockText(0)).toBe('00:00');
    expect(clockText(-400)).toBe('00:00');
    expect(clockText(-90_000)).toBe('−01:30');
  });
});

describe('votes', () => {
  it('says the result in words', () => {
    expect(voteResult({ quorumMet: true, carried: true })).toBe('carried');
    expect(voteResult({ quorumMet: true, carried: false })).toBe('notCarried');
    expect(voteResult({ quorumMet: false, carried: false })).toBe('noQuorum');
  });

  it('checks the counts against those present', () => {
    expect(voteProblem({ for: 3, against: 1, abstain: 0 }, 4)).toBeNull();
    expect(voteProblem({ for: 3, against: 1, abstain: 1 }, 4)).toBe('meetings.vote.tooMany');
    expect(voteProblem({ for: 0, against: 0, abstain: 0 }, 4)).toBe('meetings.vote.none');
    expect(voteProblem({ for: -1, against: 0, abstain: 0 }, 4)).toBe('meetings.vote.whole');
    expect(voteProblem({ for: 1.5, against: 0, abstain: 0 }, 4)).toBe('meetings.vote.whole');
  });

  it('steps within bounds', () => {
    expect(step(0, -1, 5)).toBe(0);
    expect(step(5, 1, 5)).toBe(5);
    expect(step(2, 1, 5)).toBe(3);
    expect(step(NaN, 1, 5)).toBe(1);
  });
});

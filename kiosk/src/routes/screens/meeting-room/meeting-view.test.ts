import { describe, expect, it } from 'vitest';
import zh from '../../../lib/locales/meeting-screen/zh-CN.json';
import en from '../../../lib/locales/meeting-screen/en.json';
import { attendance, currentItem, latestDecisions, nextItems, voteResult } from './meeting-view';

const items = [
  { id: 'c', position: 3, status: 'PENDING' as const },
  { id: 'a', position: 1, status: 'DONE' as const },
  { id: 'b', position: 2, status: 'CURRENT' as const },
  { id: 'd', position: 4, status: 'PENDING' as const },
  { id: 'e', position: 5, status: 'PENDING' as const },
  { id: 'f', position: 6, status: 'PENDING' as const },
];

describe('the meeting screen words', () => {
  it('finds the current item and its place on the agenda', () => {
    expect(currentItem(items, 'b')).toEqual({ item: items[2], number: 2, total: 6 });
    expect(currentItem(items, null)).toBeNull();
  });

  it('lists what comes next, in agenda order, and counts the rest', () => {
    const next = nextItems(items, 3);
    expect(next.items.map((i) => i.id)).toEqual(['c', 'd', 'e']);
    expect(next.more).toBe(1);
  });

  it('says attendance against the quorum', () => {
    expect(attendance({ present: 7, councilSize: 9, needed: 5, met: true })).toEqual({
      count: { key: 'meetingScreen.attendance', values: { present: 7, size: 9 } },
      quorum: { key: 'meetingScreen.quorumMet' },
    });
    expect(attendance({ present: 3, councilSize: 9, needed: 5, met: false }).quorum).toEqual({
      key: 'meetingScreen.quorumShort',
      values: { count: 2 },
    });
  });

  it('reads a vote: carried, not carried, void without quorum', () => {
    expect(voteResult({ carried: true, quorumMet: true })).toBe('carried');
    expect(voteResult({ carried: false, quorumMet: true })).toBe('notCarried');
    expect(voteResult({ carried: false, quorumMet: false })).toBe('noQuorum');
  });

  it('keeps the newest decisions, newest last', () => {
    expect(latestDecisions([1, 2, 3, 4, 5], 3)).toEqual({ shown: [3, 4, 5], hidden: 2 });
    expect(latestDecisions([1, 2], 3)).toEqual({ shown: [1, 2], hidden: 0 });
    expect(latestDecisions([1, 2], 0)).toEqual({ shown: [], hidden: 2 });
  });

  it('has the same words in both languages', () => {
    const keys = (o: object, p = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v as object, `${p}${k}.`) : [`${p}${k}`]));
    expect(keys(en).sort()).toEqual(keys(zh).sort());
    expect(zh.meetingScreen.quorumShort).toContain('{count}');
  });
});

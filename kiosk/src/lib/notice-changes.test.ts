import { describe, expect, it } from 'vitest';
import { applyChange, current } from './notice-changes';

const n = (id: string, title = id, expiresAt: string | null = null) => ({ id, title, expiresAt });

describe('a board and its changing notices', () => {
  it('drops a deleted notice at once and fetches to fill its place', () => {
    expect(applyChange([n('a'), n('b'), n('c')], { id: 'b', notice: null })).toEqual({
      notices: [n('a'), n('c')],
      reload: true,
    });
  });

  it('needs no fetch for a deletion it did not show', () => {
    expect(applyChange([n('a')], { id: 'x', notice: null })).toEqual({ notices: [n('a')], reload: false });
  });

  it('corrects a notice in its place', () => {
    expect(applyChange([n('a'), n('b')], { id: 'b', notice: n('b', 'corrected') })).toEqual({
      notices: [n('a'), n('b', 'corrected')],
      reload: false,
    });
  });

  it('fetches when a notice it did not show was corrected (it may belong on the board now)', () => {
    expect(applyChange([n('a')], { id: 'x', notice: n('x') })).toEqual({ notices: [n('a')], reload: true });
  });

  it('keeps only the notices whose expiry has not passed', () => {
    const now = Date.parse('2026-12-03T10:00:00Z');
    const list = [n('open'), n('later', 'later', '2026-12-03T10:00:01Z'), n('gone', 'gone', '2026-12-03T10:00:00Z')];
    expect(current(list, now).map((x) => x.id)).toEqual(['open', 'later']);
  });
});

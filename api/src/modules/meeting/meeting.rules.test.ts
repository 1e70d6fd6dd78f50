import { describe, expect, it } from 'vitest';
import { carries, quorumOf } from './meeting.service.js';

describe('the quorum and carrying rules', () => {
  it('needs more than half of the council checked in', () => {
    expect(quorumOf(7, 3)).toEqual({ needed: 4, met: false });
    expect(quorumOf(7, 4)).toEqual({ needed: 4, met: true });
    expect(quorumOf(6, 3)).toEqual({ needed: 4, met: false });
    expect(quorumOf(6, 4)).toEqual({ needed: 4, met: true });
    expect(quorumOf(1, 1)).toEqual({ needed: 1, met: true });
    // No council: never a quorum.
    expect(quorumOf(0, 0)).toEqual({ needed: 1, met: false });
  });

  it('carries with quorum and more than half of the votes cast in favour', () => {
    expect(carries(true, { for: 3, against: 2, abstain: 0 })).toBe(true);
    expect(carries(true, { for: 3, against: 2, abstain: 1 })).toBe(false);
    expect(carries(true, { for: 2, against: 2, abstain: 0 })).toBe(false);
    expect(carries(true, { for: 0, against: 0, abstain: 0 })).toBe(false);
    expect(carries(false, { for: 5, against: 0, abstain: 0 })).toBe(false);
  });
});

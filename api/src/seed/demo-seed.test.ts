import { describe, expect, it } from 'vitest';
import { cornerOpenings } from './demo-seed.js';

const shanghai = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

describe('cornerOpenings', () => {
  it('opens Wednesdays and Saturdays at 9:00 Shanghai time, from today on', () => {
    // Saturday 28 Nov 2026, 21:00 UTC = Sunday 29 Nov 05:00 in Shanghai.
    const from = new Date('2026-11-28T21:00:00Z');
    const openings = cornerOpenings(from, 2);
    expect(openings.map((o) => shanghai.format(o))).toEqual(['Wed 09:00', 'Sat 09:00', 'Wed 09:00', 'Sat 09:00']);
    expect(openings[0].toISOString()).toBe('2026-12-02T01:00:00.000Z');
  });

  it("includes today's opening on an opening day, even after it closed", () => {
    // Wednesday 2 Dec 2026, 14:00 in Shanghai.
    const openings = cornerOpenings(new Date('2026-12-02T06:00:00Z'), 1);
    expect(openings[0].toISOString()).toBe('2026-12-02T01:00:00.000Z');
  });
});

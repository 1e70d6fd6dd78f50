import { describe, expect, it } from 'vitest';
import { DEFAULT_END, DEFAULT_START, DEFAULT_WEEKDAYS, monthRange, patternSlots, shanghaiInstant } from './calendar.js';

const shanghai = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

const wedSat = { weekdays: DEFAULT_WEEKDAYS, startTime: DEFAULT_START, endTime: DEFAULT_END };

describe('patternSlots', () => {
  it('opens Wednesdays and Saturdays 9:00–12:00 Shanghai time, from today on', () => {
    // Saturday 28 Nov 2026, 21:00 UTC = Sunday 29 Nov 05:00 in Shanghai.
    const slots = patternSlots({ ...wedSat, weeks: 2 }, new Date('2026-11-28T21:00:00Z'));
    expect(slots.map((s) => shanghai.format(s.startsAt))).toEqual(['Wed 09:00', 'Sat 09:00', 'Wed 09:00', 'Sat 09:00']);
    expect(slots[0].startsAt.toISOString()).toBe('2026-12-02T01:00:00.000Z');
    expect(slots[0].endsAt.toISOString()).toBe('2026-12-02T04:00:00.000Z');
  });

  it("keeps today's opening while it lasts, and drops it once it is over", () => {
    // Wednesday 2 Dec 2026: 11:00 in Shanghai, then 14:00.
    expect(patternSlots({ ...wedSat, weeks: 1 }, new Date('2026-12-02T03:00:00Z'))[0].startsAt.toISOString()).toBe(
      '2026-12-02T01:00:00.000Z',
    );
    expect(patternSlots({ ...wedSat, weeks: 1 }, new Date('2026-12-02T06:00:00Z'))[0].startsAt.toISOString()).toBe(
      '2026-12-05T01:00:00.000Z',
    );
  });

  it('takes any weekdays and hours (Sunday is 7)', () => {
    const slots = patternSlots(
      { weekdays: [7, 1], startTime: '14:30', endTime: '17:00', weeks: 1 },
      new Date('2026-11-28T21:00:00Z'),
    );
    expect(slots.map((s) => shanghai.format(s.startsAt))).toEqual(['Sun 14:30', 'Mon 14:30']);
  });
});

describe('monthRange', () => {
  it('is the Shanghai month, across a year end', () => {
    expect(monthRange('2026-12')).toEqual({
      from: new Date('2026-11-30T16:00:00Z'),
      to: new Date('2026-12-31T16:00:00Z'),
    });
    expect(shanghaiInstant('2027-01-01', '00:00')).toEqual(monthRange('2026-12').to);
  });
});

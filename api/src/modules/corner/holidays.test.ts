import { describe, expect, it } from 'vitest';
import { patternSlots } from './calendar.js';
import { holidaysKnownThrough, holidaysOf } from './holidays.js';

describe('holidays', () => {
  it('finds the statutory holidays among a pattern’s openings, by Shanghai date', () => {
    // Wednesdays and Saturdays from 2026-09-26, four weeks: the Mid-autumn break takes Sat 26 September,
    // Golden Week Sat 3 and Wed 7 October.
    const slots = patternSlots(
      { weekdays: [3, 6], startTime: '09:00', endTime: '12:00', weeks: 4 },
      new Date('2026-09-26T00:00:00+08:00'),
    );
    const holidays = holidaysOf(slots);
    expect([...holidays.keys()]).toEqual(['2026-09-26', '2026-10-03', '2026-10-07']);
    expect(holidays.get('2026-10-03')).toEqual({ date: '2026-10-03', name: '国庆节', nameEn: 'National Day' });
  });

  it('treats an ordinary Saturday as no holiday', () => {
    const slots = patternSlots(
      { weekdays: [6], startTime: '09:00', endTime: '12:00', weeks: 1 },
      new Date('2026-11-14T00:00:00+08:00'),
    );
    expect(slots).toHaveLength(1);
    expect(holidaysOf(slots).size).toBe(0);
  });

  it('knows how far its data reaches (at least the current year of this package)', () => {
    expect(holidaysKnownThrough(new Date('2026-06-01T00:00:00Z'))).toMatch(/^20(2[6-9]|[3-9]\d)-12-31$/);
    expect(holidaysKnownThrough(new Date('2026-06-01T00:00:00Z')) >= '2026-12-31').toBe(true);
  });
});

describe('workingSlots', () => {
  const golden = () =>
    patternSlots(
      { weekdays: [3, 6], startTime: '09:00', endTime: '12:00', weeks: 3 },
      new Date('2026-09-28T00:00:00+08:00'),
    );

  it('leaves statutory holidays closed unless confirmed', async () => {
    const { workingSlots } = await import('./openings.service.js');
    const day = (s: { startsAt: Date }) => new Date(s.startsAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(golden().map(day)).toEqual([
      '2026-09-30',
      '2026-10-03',
      '2026-10-07',
      '2026-10-10',
      '2026-10-14',
      '2026-10-17',
    ]);
    expect(workingSlots(golden()).map(day)).toEqual(['2026-09-30', '2026-10-10', '2026-10-14', '2026-10-17']);
    expect(workingSlots(golden(), ['2026-10-07']).map(day)).toEqual([
      '2026-09-30',
      '2026-10-07',
      '2026-10-10',
      '2026-10-14',
      '2026-10-17',
    ]);
  });
});

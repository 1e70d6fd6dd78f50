import { describe, expect, it } from 'vitest';
import { CheckInOnce, openForCheckIn, outcomeOf, quorumWords, type MeetingToday } from './checkin';

const NOW = '2026-12-15T01:30:00.000Z'; // 09:30 in Shanghai, 15 December
const meeting = (over: Partial<MeetingToday>): MeetingToday => ({
  id: 'm1',
  title: '12月居民议事会',
  day: '2026-12-15',
  status: 'PLANNED',
  now: NOW,
  ...over,
});
const quorum = { attendees: 5, councilSize: 7, present: 4, needed: 4, met: true };

describe('the meeting open for check-in', () => {
  it('is one planned for today, or one running', () => {
    expect(openForCheckIn(meeting({}))?.id).toBe('m1');
    expect(openForCheckIn(meeting({ status: 'LIVE', day: '2026-12-14' }))?.id).toBe('m1');
  });
  it('is none on another day, closed, or absent', () => {
    expect(openForCheckIn(meeting({ day: '2026-12-16' }))).toBeNull();
    expect(openForCheckIn(meeting({ status: 'CLOSED' }))).toBeNull();
    expect(openForCheckIn(null)).toBeNull();
  });
  it("reads the day in China's time from the server's clock", () => {
    // 23:30 UTC on the 14th is 07:30 on the 15th in Shanghai.
    expect(openForCheckIn(meeting({ now: '2026-12-14T23:30:00.000Z' }))?.id).toBe('m1');
    expect(openForCheckIn(meeting({ now: '2026-12-15T16:30:00.000Z' }))).toBeNull();
  });
});

describe('what a check-in says', () => {
  it('says the points credited, or that it was done already', () => {
    expect(outcomeOf({ alreadyCheckedIn: false, pointsAwarded: 10, quorum })).toEqual({
      kind: 'checked-in',
      points: 10,
      quorum,
    });
    expect(outcomeOf({ alreadyCheckedIn: true, pointsAwarded: 0, quorum })).toEqual({ kind: 'already', quorum });
  });
  it('gives attendance against the quorum, or just the attendance without a council', () => {
    expect(quorumWords(quorum)).toEqual({
      key: 'meetingCheckin.quorumMet',
      values: { attendees: 5, present: 4, needed: 4, size: 7 },
    });
    expect(quorumWords({ ...quorum, present: 2, met: false }).key).toBe('meetingCheckin.quorumShort');
    expect(quorumWords({ ...quorum, councilSize: 0, present: 0, needed: 1, met: false })).toEqual({
      key: 'meetingCheckin.attendees',
      values: { attendees: 5 },
    });
  });
});

describe('one check-in however many taps', () => {
  it('sends once for a double tap, and nothing after the answer', async () => {
    let sent = 0;
    let release!: (v: string) => void;
    const once = new CheckInOnce((id) => {
      sent++;
      return new Promise<string>((r) => (release = (v) => r(`${id}:${v}`)));
    });
    const a = once.run('m1');
    const b = once.run('m1');
    release('ok');
    expect(await a).toBe('m1:ok');
    expect(await b).toBe('m1:ok');
    expect(await once.run('m1')).toBe('m1:ok');
    expect(sent).toBe(1);
  });
  it('lets the next tap try again after a failure', async () => {
    let sent = 0;
    const once = new CheckInOnce(async () => {
      sent++;
      if (sent === 1) throw new Error('network');
      return 'ok';
    });
    await expect(once.run('m1')).rejects.toThrow('network');
    expect(await once.run('m1')).toBe('ok');
    expect(sent).toBe(2);
  });
});

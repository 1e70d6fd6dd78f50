/**
 * Checking in at the meeting at the kiosk, as plain logic: whether the meeting is on today (the
 * home tile and the page show it), one check-in however many taps, and what the answer says.
 */
import { todayInShanghai } from '@linli/ui';

/** What the kiosk reads of the current meeting (the generated query has these). */
export interface MeetingToday {
  id: string;
  title: string;
  day: string;
  place?: string | null;
  status: 'PLANNED' | 'LIVE' | 'CLOSED';
  /** The server's time of the answer: the day is the server's, not the device's. */
  now: string;
}

/**
 * The meeting whose check-in is open at a kiosk: running now, or planned for today (by the
 * server's clock, in China's time). Null otherwise (no tile, the page says there is none).
 */
export function openForCheckIn<M extends MeetingToday>(m: M | null | undefined): M | null {
  if (!m) return null;
  if (m.status === 'LIVE') return m;
  if (m.status === 'PLANNED' && m.day === todayInShanghai(m.now)) return m;
  return null;
}

/** The API's answer to a check-in (the generated mutation has these). */
export interface CheckInAnswer {
  alreadyCheckedIn: boolean;
  pointsAwarded: number;
  quorum: { attendees: number; councilSize: number; present: number; needed: number; met: boolean };
}

export type Outcome =
  | { kind: 'checked-in'; points: number; quorum: CheckInAnswer['quorum'] }
  | { kind: 'already'; quorum: CheckInAnswer['quorum'] };

/** What the page says after a check-in: +N (the API's, else the rule's 10), or "already". */
export function outcomeOf(a: CheckInAnswer): Outcome {
  if (a.alreadyCheckedIn) return { kind: 'already', quorum: a.quorum };
  return { kind: 'checked-in', points: a.pointsAwarded, quorum: a.quorum };
}

/** The words' keys and values for the attendance line: everyone, and the council against its quorum. */
export function quorumWords(q: CheckInAnswer['quorum']): { key: string; values: Record<string, number> } {
  if (q.councilSize === 0) return { key: 'meetingCheckin.attendees', values: { attendees: q.attendees } };
  return {
    key: q.met ? 'meetingCheckin.quorumMet' : 'meetingCheckin.quorumShort',
    values: { attendees: q.attendees, present: q.present, needed: q.needed, size: q.councilSize },
  };
}

/**
 * One check-in per meeting however many taps: a tap while one is on its way gets the same answer;
 * once answered, the answer stays (a tap again sends nothing). A failure lets the next tap try again.
 */
export class CheckInOnce<T> {
  private pending: Promise<T> | null = null;
  private answered: { meetingId: string; value: T } | null = null;

  constructor(private readonly send: (meetingId: string) => Promise<T>) {}

  run(meetingId: string): Promise<T> {
    if (this.answered?.meetingId === meetingId) return Promise.resolve(this.answered.value);
    if (this.pending) return this.pending;
    const p = this.send(meetingId).then(
      (value) => {
        this.answered = { meetingId, value };
        this.pending = null;
        return value;
      },
      (err: unknown) => {
        this.pending = null;
        throw err;
      },
    );
    this.pending = p;
    return p;
  }
}

/** After the answer, the kiosk signs the resident out by itself for the next person (like its idle reset, sooner). */
export const SIGN_OUT_AFTER_SECONDS = 10;

/** The address that checks in right after a signed-out resident signs in (the page reads `go`). */
export const CHECK_IN_AFTER_SIGN_IN = '/meeting-checkin?go=1';

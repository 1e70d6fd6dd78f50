/**
 * The booking flow's rules without a screen: its steps, which sessions can be chosen (a
 * booking being changed keeps its own), the problems picked, and what a refused confirm
 * leads to.
 */

/** Choose a session, say the problem, confirm; then done. */
export type Step = 'session' | 'problem' | 'confirm' | 'done';

/** The step's number on the dots (1–3); done has none. */
export function stepNumber(step: Step): 1 | 2 | 3 | null {
  return step === 'session' ? 1 : step === 'problem' ? 2 : step === 'confirm' ? 3 : null;
}

/** A session with its places left, as offered. */
export interface Bookable {
  placesLeft: number;
  session: { id: string; startsAt: string; endsAt: string };
}

/** The booking being changed: the session it is in. */
export interface Changing {
  session: Bookable['session'];
}

/** The session of the booking being changed (its place is the resident's own). */
export function isCurrent(b: Bookable, original: Changing | null): boolean {
  return original?.session.id === b.session.id;
}

/** How a session is offered: the one booked now, full, or with places left. */
export function sessionState(b: Bookable, original: Changing | null): 'current' | 'full' | 'open' {
  if (isCurrent(b, original)) return 'current';
  return b.placesLeft <= 0 ? 'full' : 'open';
}

/** The sessions offered: a changed booking's own session stays a choice, also once it is no longer bookable (today's). */
export function offered<B extends Bookable>(found: B[], original: Changing | null): Array<B | Bookable> {
  return original && !found.some((b) => b.session.id === original.session.id)
    ? [{ session: original.session, placesLeft: 0 }, ...found]
    : found;
}

/** The session chosen, unless it filled up meanwhile (or is no longer offered). */
export function stillChosen<B extends Bookable>(
  chosen: B | null,
  sessions: readonly Bookable[],
  original: Changing | null,
): B | null {
  if (!chosen) return null;
  return sessions.some((b) => b.session.id === chosen.session.id && (b.placesLeft > 0 || isCurrent(b, original)))
    ? chosen
    : null;
}

/** A common problem tapped: on or off, the picked ones kept in the order shown. */
export function toggleProblem(picked: readonly string[], key: string, shown: readonly string[]): string[] {
  return picked.includes(key) ? picked.filter((k) => k !== key) : shown.filter((k) => k === key || picked.includes(k));
}

/** What the provider reads: the picked common problems (in Chinese), then the resident's own words. */
export function problemFor(
  picked: readonly string[],
  other: string,
  chinese: (key: string) => string,
  separator: string,
): string {
  return [...picked.map(chinese), other.trim()].filter(Boolean).join(separator);
}

/** What a refused or unanswered confirm leads to. */
export interface ConfirmFailure {
  /** Unanswered: it may have booked, so a retry sends the same key (it cannot book twice). */
  keepIntent: boolean;
  /** Full, or started meanwhile: back to the sessions, as they are now. */
  backToSessions: boolean;
  /** Not eligible for a home visit (any more): the switch goes off. */
  dropHomeVisit: boolean;
  /** A button to try again (only for an unanswered request). */
  retry: boolean;
  /** Booked already, or the booking changed meanwhile: the way to 我的预约. */
  toMine: boolean;
}

export function confirmFailure(unreachable: boolean, reason: string | undefined): ConfirmFailure {
  const backToSessions = reason === 'FULLY_BOOKED' || reason === 'SESSION_STARTED';
  return {
    keepIntent: unreachable,
    backToSessions,
    dropHomeVisit: !backToSessions && reason === 'HOME_VISIT_NOT_ELIGIBLE',
    retry: !backToSessions && unreachable,
    toMine: !backToSessions && (reason === 'ALREADY_BOOKED' || reason === 'BOOKING_STATE'),
  };
}

/**
 * The booking flow's rules without a screen: its steps, which openings can be chosen (a
 * booking being changed keeps its own), the problems picked, and what a refused confirm
 * leads to.
 */

/** Choose an opening, say the problem, confirm; then done. */
export type Step = 'opening' | 'problem' | 'confirm' | 'done';

/** The step's number on the dots (1–3); done has none. */
export function stepNumber(step: Step): 1 | 2 | 3 | null {
  return step === 'opening' ? 1 : step === 'problem' ? 2 : step === 'confirm' ? 3 : null;
}

/** An opening with its places left, as offered. */
export interface Bookable {
  placesLeft: number;
  opening: { id: string; startsAt: string; endsAt: string };
}

/** The booking being changed: the opening it is in. */
export interface Changing {
  opening: Bookable['opening'];
}

/** The opening of the booking being changed (its place is the resident's own). */
export function isCurrent(b: Bookable, original: Changing | null): boolean {
  return original?.opening.id === b.opening.id;
}

/** How an opening is offered: the one booked now, full, or with places left. */
export function openingState(b: Bookable, original: Changing | null): 'current' | 'full' | 'open' {
  if (isCurrent(b, original)) return 'current';
  return b.placesLeft <= 0 ? 'full' : 'open';
}

/** The openings offered: a changed booking's own opening stays a choice, also once it is no longer bookable (today's). */
export function offered<B extends Bookable>(found: B[], original: Changing | null): Array<B | Bookable> {
  return original && !found.some((b) => b.opening.id === original.opening.id)
    ? [{ opening: original.opening, placesLeft: 0 }, ...found]
    : found;
}

/** The opening chosen, unless it filled up meanwhile (or is no longer offered). */
export function stillChosen<B extends Bookable>(
  chosen: B | null,
  openings: readonly Bookable[],
  original: Changing | null,
): B | null {
  if (!chosen) return null;
  return openings.some((b) => b.opening.id === chosen.opening.id && (b.placesLeft > 0 || isCurrent(b, original)))
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
  /** Full, or started meanwhile: back to the openings, as they are now. */
  backToOpenings: boolean;
  /** Not eligible for a home visit (any more): the switch goes off. */
  dropHomeVisit: boolean;
  /** A button to try again (only for an unanswered request). */
  retry: boolean;
  /** Booked already, or the booking changed meanwhile: the way to 我的预约. */
  toMine: boolean;
}

export function confirmFailure(unreachable: boolean, reason: string | undefined): ConfirmFailure {
  const backToOpenings = reason === 'FULLY_BOOKED' || reason === 'OPENING_STARTED';
  return {
    keepIntent: unreachable,
    backToOpenings,
    dropHomeVisit: !backToOpenings && reason === 'HOME_VISIT_NOT_ELIGIBLE',
    retry: !backToOpenings && unreachable,
    toMine: !backToOpenings && (reason === 'ALREADY_BOOKED' || reason === 'BOOKING_STATE'),
  };
}

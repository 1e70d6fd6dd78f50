/**
 * Signing in and out at the kiosk, as plain logic: what a card code may contain, telling a card
 * reader's typing from nothing, and where a resident lands after signing in.
 */

/**
 * The characters a card code is made of. The API accepts any case, spaces and dashes
 * (`normalizeCode`), and stores card codes as upper-case letters and digits (e.g. DEMOCARD0001,
 * printed DEMO-CARD-0001): the on-screen keys are exactly those 36.
 */
export const CARD_KEYS: readonly string[] = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** The shortest code worth sending (the API's card codes are longer). */
export const CARD_CODE_MIN_LENGTH = 6;

/** What was typed, as the API reads it: upper case, no spaces or dashes. */
export function normalizeCardCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export interface CardReaderOptions {
  /** The longest pause between two keys of one swipe; a reader types far faster than this. */
  maxGapMs?: number;
  minLength?: number;
}

/**
 * A card reader is a keyboard that types the code and Enter in one burst. Fed every key press
 * (with its time), this answers the code when Enter ends such a burst, and nothing otherwise:
 * slow keys start over, so stray presses never add up to a code.
 */
export class CardReaderInput {
  private buffer = '';
  private last = -Infinity;
  private readonly maxGapMs: number;
  private readonly minLength: number;

  constructor({ maxGapMs = 250, minLength = CARD_CODE_MIN_LENGTH }: CardReaderOptions = {}) {
    this.maxGapMs = maxGapMs;
    this.minLength = minLength;
  }

  /** One key press (`KeyboardEvent.key`) at `at` ms; the code when it completes a swipe. */
  key(key: string, at: number): string | null {
    const inBurst = at - this.last <= this.maxGapMs;
    if (key === 'Enter') {
      const code = inBurst ? normalizeCardCode(this.buffer) : '';
      this.reset();
      return code.length >= this.minLength && [...code].every((c) => CARD_KEYS.includes(c)) ? code : null;
    }
    if (key.length !== 1) {
      // Shift (for upper case) and the like belong to the burst; anything else ends it.
      if (!['Shift', 'CapsLock'].includes(key)) this.reset();
      return null;
    }
    this.buffer = inBurst ? this.buffer + key : key;
    this.last = at;
    return null;
  }

  reset(): void {
    this.buffer = '';
    this.last = -Infinity;
  }
}

/** Who a pending return belongs to: only they are taken back there. */
export interface ResidentRef {
  name: string;
  buildingId: string;
}

/**
 * Where to go after the next sign-in: back to the page a session ended on (`expired`), or to
 * continue what a signed-out resident tapped (`intent`, e.g. an offering's ticket).
 */
export interface PendingReturn {
  path: string;
  reason: 'expired' | 'intent';
  /** For `expired`: the resident who was there (someone else starts at the notices). */
  who?: ResidentRef;
}

/** Pages that are not worth returning to (the home screen is the start anyway). */
const NO_RETURN = ['/', '/signin', '/pair'];

/** The page a resident is on, as a path to return to after signing in; null when there is none. */
export function returnPath(pathname: string, search = ''): string | null {
  if (NO_RETURN.includes(pathname) || !pathname.startsWith('/')) return null;
  return pathname + search;
}

/**
 * Where a resident lands after signing in: a pending return that is theirs, else back to the
 * service corner page (or the meeting's check-in) they came from, else their building's notices.
 */
export function afterSignIn(pending: PendingReturn | null, resident: ResidentRef, from: string | null): string {
  if (pending && (!pending.who || samePerson(pending.who, resident))) return pending.path;
  if (from?.startsWith('/corner') || from?.startsWith('/meeting-checkin')) return from;
  return '/notices';
}

function samePerson(a: ResidentRef, b: ResidentRef): boolean {
  return a.name === b.name && a.buildingId === b.buildingId;
}

/** The corner's address that takes this offering's ticket once someone is signed in. */
export function takeIntentPath(offeringId: string): string {
  return `/corner?take=${encodeURIComponent(offeringId)}`;
}

/** The offering a corner address asks to take a ticket for, if any. */
export function takeIntent(search: URLSearchParams): string | null {
  return search.get('take') || null;
}

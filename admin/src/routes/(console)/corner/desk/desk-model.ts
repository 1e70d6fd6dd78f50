import { ApiError } from '@linli/client';
import type { Action } from './desk-keys';

/**
 * The desk view's rules that need no screen: which action the state on screen allows, why
 * one is refused, how 叫指定号 reads what is typed, which line a desk starts on, what a
 * change event means here, and what the view remembers between reloads.
 */

/** A line (offering) as the desk view lists it. */
export interface LineChoice {
  id: string;
  letter: string;
}

/** A desk and the lines it usually serves. */
export interface DeskChoice {
  id: string;
  name: string;
  offeringIds: readonly string[];
}

/** The ticket at this desk, as far as the rules look at it. */
interface AtDesk {
  status: string;
}

/** Which of the desk's actions the state on screen allows. */
export function abilities(
  current: AtDesk | null,
  status: { open: boolean } | null,
  hasLine: boolean,
  recalled: number,
): Record<Action, boolean> {
  const called = current?.status === 'CALLED';
  const open = called || current?.status === 'SERVING';
  return {
    call: !current && !!status?.open && hasLine,
    number: true,
    recall: called,
    start: called,
    complete: open,
    workOrder: open,
    noShow: called && recalled > 0,
  };
}

/** Why an action did nothing, when there is something to say: a message key, or null. */
export function blockedKey(action: Action, current: AtDesk | null, status: { open: boolean } | null): string | null {
  if (action === 'call' && current) return 'corner.desk.finishFirst';
  if (action === 'call' && status && !status.open) return 'corner.desk.closed';
  if (action === 'noShow' && current?.status === 'CALLED') return 'corner.desk.noShowNeedsRecall';
  return null;
}

/** What 叫指定号 read: a line and a number, or why not. */
export type ParsedNumber<S> =
  | { offering: S; number: number }
  | { error: 'invalid' }
  /** No line has this letter (`letter` empty: no line is chosen). */
  | { error: 'noLine'; letter: string };

/** "12", "a12" or "A012": the line (by its letter; none: the chosen line) and the number. */
export function parseNumber<S extends LineChoice>(
  text: string,
  offerings: readonly S[] | null,
  offeringId: string,
): ParsedNumber<S> {
  const match = /^\s*([a-z])?\s*(\d{1,6})\s*$/i.exec(text);
  const number = match ? Number(match[2]) : 0;
  if (!match || number < 1) return { error: 'invalid' };
  const letter = match[1]?.toUpperCase();
  const offering = letter ? offerings?.find((s) => s.letter === letter) : offerings?.find((s) => s.id === offeringId);
  if (!offering) return { error: 'noLine', letter: letter ?? '' };
  return { offering, number };
}

/** A ticket's code as the lobby shows it: A012. */
export function ticketCode(letter: string, number: number): string {
  return `${letter}${String(number).padStart(3, '0')}`;
}

/** A refusal of the API the desk words itself, or null (the generic error text). */
export type Refusal = 'deskBusy' | 'takenElsewhere' | 'closed';

export function refusalOf(err: unknown): Refusal | null {
  if (!(err instanceof ApiError) || err.code !== 'CONFLICT') return null;
  // Another tab of this desk called first: its ticket shows once loaded.
  if (err.reason === 'DESK_BUSY') return 'deskBusy';
  if (err.reason === 'TICKET_STATE') return 'takenElsewhere';
  if (err.reason === 'CORNER_CLOSED') return 'closed';
  return null;
}

/** Why the number asked for in 叫指定号 cannot be called: a message key, or null. */
export function numberRefusalKey(err: unknown): string | null {
  if (!(err instanceof ApiError)) return null;
  if (err.reason === 'TICKET_NOT_WAITING') return 'corner.desk.numberNotWaiting';
  if (err.reason === 'TICKET_UNKNOWN') return 'corner.desk.numberUnknown';
  return null;
}

/** The desk's usual first line, else the first line ('' when there are none). */
export function firstLine(
  offerings: readonly LineChoice[] | null,
  desks: readonly DeskChoice[] | null,
  deskId: string,
): string {
  const usualIds = desks?.find((c) => c.id === deskId)?.offeringIds ?? [];
  return (offerings?.find((s) => usualIds.includes(s.id)) ?? offerings?.[0])?.id ?? '';
}

/** The desk remembered on this computer: by id, or (before desks were defined) by the name typed in. */
export function rememberedDesk(desks: readonly DeskChoice[], remembered: string): string {
  return (desks.find((c) => c.id === remembered || c.name === remembered) ?? desks[0])?.id ?? '';
}

/** The lines this desk usually serves first, then the rest. */
export function linesFor<S extends LineChoice>(
  offerings: readonly S[] | null,
  desk: DeskChoice | null,
): { usual: S[]; rest: S[] } {
  return {
    usual: (offerings ?? []).filter((s) => desk?.offeringIds.includes(s.id)),
    rest: (offerings ?? []).filter((s) => !desk?.offeringIds.includes(s.id)),
  };
}

/** Another desk chosen: its usual first line, unless the line on screen is among its lines (or it has none). */
export function lineForDesk(
  offerings: readonly LineChoice[] | null,
  desks: readonly DeskChoice[] | null,
  deskId: string,
  offeringId: string,
): string {
  const desk = desks?.find((c) => c.id === deskId);
  if (!desk?.offeringIds.includes(offeringId) && desk?.offeringIds.length) {
    return firstLine(offerings, desks, deskId);
  }
  return offeringId;
}

/** A line changed somewhere (the live event: its id, opening and version). */
export interface LineChange {
  offeringId: string;
  openingId: string;
  version: number;
}

/**
 * Whether a line's change calls for loading the desk again: it is the line on screen and
 * newer than what is shown (or another opening, or nothing shown yet), or the line of this
 * desk's ticket, which may be in another line (another tab may finish it there).
 */
export function changeNeedsLoad(
  change: LineChange,
  shown: {
    offeringId: string;
    ticketOfferingId: string | null;
    line: { openingId: string | null; version: number } | null;
  },
): boolean {
  if (change.offeringId === shown.ticketOfferingId && change.offeringId !== shown.offeringId) return true;
  if (change.offeringId !== shown.offeringId) return false;
  return !shown.line || shown.line.openingId !== change.openingId || change.version > shown.line.version;
}

/** How often each ticket has been recalled here. */
export type Recalls = Record<string, number>;

/** One more recall of `id`; only the tickets still open here (`openIds`) are worth remembering. */
export function countRecall(recalls: Recalls, id: string, openIds: Iterable<string>): Recalls {
  const open = new Set(openIds);
  const kept = Object.fromEntries(Object.entries(recalls).filter(([k]) => open.has(k)));
  return { ...kept, [id]: (recalls[id] ?? 0) + 1 };
}

/** A value kept in the browser's storage; '' when there is none or storage is refused (private mode). */
export function stored(key: string, storage: Pick<Storage, 'getItem'>): string {
  try {
    return storage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/** The recalls kept for this tab; none when storage is refused or holds something unreadable. */
export function readRecalls(key: string, storage: () => Pick<Storage, 'getItem'>): Recalls {
  try {
    return JSON.parse(stored(key, storage()) || '{}') as Recalls;
  } catch {
    return {};
  }
}

/** A ticket's status as a tag's tone. */
export function statusTone(status: string): 'accent' | 'info' {
  return status === 'SERVING' ? 'accent' : 'info';
}

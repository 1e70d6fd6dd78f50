import { ApiError } from '@linli/client';
import type { Action } from './counter-keys';

/**
 * The counter view's rules that need no screen: which action the state on screen allows, why
 * one is refused, how 叫指定号 reads what is typed, which line a counter starts on, what a
 * change event means here, and what the view remembers between reloads.
 */

/** A line (service) as the counter view lists it. */
export interface LineChoice {
  id: string;
  letter: string;
}

/** A counter and the lines it usually serves. */
export interface CounterChoice {
  id: string;
  name: string;
  serviceIds: readonly string[];
}

/** The ticket at this counter, as far as the rules look at it. */
interface AtCounter {
  status: string;
}

/** Which of the counter's actions the state on screen allows. */
export function abilities(
  current: AtCounter | null,
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
export function blockedKey(action: Action, current: AtCounter | null, status: { open: boolean } | null): string | null {
  if (action === 'call' && current) return 'corner.counter.finishFirst';
  if (action === 'call' && status && !status.open) return 'corner.counter.closed';
  if (action === 'noShow' && current?.status === 'CALLED') return 'corner.counter.noShowNeedsRecall';
  return null;
}

/** What 叫指定号 read: a line and a number, or why not. */
export type ParsedNumber<S> =
  | { service: S; number: number }
  | { error: 'invalid' }
  /** No line has this letter (`letter` empty: no line is chosen). */
  | { error: 'noLine'; letter: string };

/** "12", "a12" or "A012": the line (by its letter; none: the chosen line) and the number. */
export function parseNumber<S extends LineChoice>(
  text: string,
  services: readonly S[] | null,
  serviceId: string,
): ParsedNumber<S> {
  const match = /^\s*([a-z])?\s*(\d{1,6})\s*$/i.exec(text);
  const number = match ? Number(match[2]) : 0;
  if (!match || number < 1) return { error: 'invalid' };
  const letter = match[1]?.toUpperCase();
  const service = letter ? services?.find((s) => s.letter === letter) : services?.find((s) => s.id === serviceId);
  if (!service) return { error: 'noLine', letter: letter ?? '' };
  return { service, number };
}

/** A ticket's code as the lobby shows it: A012. */
export function ticketCode(letter: string, number: number): string {
  return `${letter}${String(number).padStart(3, '0')}`;
}

/** A refusal of the API the counter words itself, or null (the generic error text). */
export type Refusal = 'counterBusy' | 'takenElsewhere' | 'closed';

export function refusalOf(err: unknown): Refusal | null {
  if (!(err instanceof ApiError) || err.code !== 'CONFLICT') return null;
  // Another tab of this counter called first: its ticket shows once loaded.
  if (err.reason === 'COUNTER_BUSY') return 'counterBusy';
  if (err.reason === 'TICKET_STATE') return 'takenElsewhere';
  if (err.reason === 'CORNER_CLOSED') return 'closed';
  return null;
}

/** Why the number asked for in 叫指定号 cannot be called: a message key, or null. */
export function numberRefusalKey(err: unknown): string | null {
  if (!(err instanceof ApiError)) return null;
  if (err.reason === 'TICKET_NOT_WAITING') return 'corner.counter.numberNotWaiting';
  if (err.reason === 'TICKET_UNKNOWN') return 'corner.counter.numberUnknown';
  return null;
}

/** The counter's usual first line, else the first line ('' when there are none). */
export function firstLine(
  services: readonly LineChoice[] | null,
  counters: readonly CounterChoice[] | null,
  counterId: string,
): string {
  const usualIds = counters?.find((c) => c.id === counterId)?.serviceIds ?? [];
  return (services?.find((s) => usualIds.includes(s.id)) ?? services?.[0])?.id ?? '';
}

/** The counter remembered on this computer: by id, or (before counters were defined) by the name typed in. */
export function rememberedCounter(counters: readonly CounterChoice[], remembered: string): string {
  return (counters.find((c) => c.id === remembered || c.name === remembered) ?? counters[0])?.id ?? '';
}

/** The lines this counter usually serves first, then the rest. */
export function linesFor<S extends LineChoice>(
  services: readonly S[] | null,
  counter: CounterChoice | null,
): { usual: S[]; rest: S[] } {
  return {
    usual: (services ?? []).filter((s) => counter?.serviceIds.includes(s.id)),
    rest: (services ?? []).filter((s) => !counter?.serviceIds.includes(s.id)),
  };
}

/** Another counter chosen: its usual first line, unless the line on screen is among its lines (or it has none). */
export function lineForCounter(
  services: readonly LineChoice[] | null,
  counters: readonly CounterChoice[] | null,
  counterId: string,
  serviceId: string,
): string {
  const counter = counters?.find((c) => c.id === counterId);
  if (!counter?.serviceIds.includes(serviceId) && counter?.serviceIds.length) {
    return firstLine(services, counters, counterId);
  }
  return serviceId;
}

/** A line changed somewhere (the live event: its id, session and version). */
export interface LineChange {
  serviceId: string;
  sessionId: string;
  version: number;
}

/**
 * Whether a line's change calls for loading the counter again: it is the line on screen and
 * newer than what is shown (or another session, or nothing shown yet), or the line of this
 * counter's ticket, which may be in another line (another tab may finish it there).
 */
export function changeNeedsLoad(
  change: LineChange,
  shown: {
    serviceId: string;
    ticketServiceId: string | null;
    line: { sessionId: string | null; version: number } | null;
  },
): boolean {
  if (change.serviceId === shown.ticketServiceId && change.serviceId !== shown.serviceId) return true;
  if (change.serviceId !== shown.serviceId) return false;
  return !shown.line || shown.line.sessionId !== change.sessionId || change.version > shown.line.version;
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

import { ApiError } from '@linli/client';
import type { MeetingLiveFieldsFragment, MeetingsQuery } from '$gql/graphql';

/** The console's meeting pages, in plain functions: lists, the agenda's order, the chair's clock and votes. */

export type Live = MeetingLiveFieldsFragment;
export type Item = Live['items'][number];
export type Vote = NonNullable<Live['lastVote']>;
export type Summary = MeetingsQuery['meetings'][number];
type T = (key: string, options?: { values?: Record<string, string | number> }) => string;

export const KINDS = ['COUNCIL', 'PARENTS', 'QUARTERLY', 'OTHER'] as const;
export const OUTCOMES = ['ADOPTED', 'NOT_ADOPTED', 'DEFERRED'] as const;

/** A day plus n days, YYYY-MM-DD. */
export function plusDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The list's window: half a year back, a year ahead. */
export function listWindow(today: string): { from: string; until: string } {
  return { from: plusDays(today, -183), until: plusDays(today, 366) };
}

/** Upcoming (not closed, today or later; soonest first) and past (closed or before today; latest first). */
export function splitMeetings(list: readonly Summary[], today: string): { upcoming: Summary[]; past: Summary[] } {
  const upcoming = list.filter((m) => m.status !== 'CLOSED' && m.day >= today);
  const past = list.filter((m) => !upcoming.includes(m));
  upcoming.sort((a, b) => a.day.localeCompare(b.day) || a.title.localeCompare(b.title));
  past.sort((a, b) => b.day.localeCompare(a.day) || a.title.localeCompare(b.title));
  return { upcoming, past };
}

export function statusTone(status: Live['status']): string {
  return status === 'LIVE' ? 'accent' : status === 'PLANNED' ? 'info' : '';
}

/** "原定12月15日，因…改期" when the day moved; null when not. */
export function movedText(
  m: Pick<Summary, 'day' | 'plannedDay' | 'movedReason'>,
  t: T,
  dayText: (d: string) => string,
): string | null {
  if (m.day === m.plannedDay) return null;
  return t('meetings.moved', {
    values: { planned: dayText(m.plannedDay), reason: m.movedReason ?? t('meetings.noReason') },
  });
}

/** The agenda's ids with one moved up (-1) or down (+1); null when it cannot move that way. */
export function moveItem(ids: readonly string[], id: string, delta: -1 | 1): string[] | null {
  const i = ids.indexOf(id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= ids.length) return null;
  const next = [...ids];
  [next[i], next[j]] = [next[j], next[i]];
  return next;
}

/** An item can be moved, given a time box or removed only while not discussed yet. */
export const editable = (item: Pick<Item, 'status'>) => item.status === 'PENDING';

/** Candidates overdue first, then by reference. */
export function sortCandidates<C extends { overdue: boolean; ref: string }>(list: readonly C[]): C[] {
  return [...list].sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.ref.localeCompare(b.ref));
}

// ---- versions ----

/** The API refused a change made on an older version: someone else changed the meeting. */
export function isMeetingChanged(err: unknown): boolean {
  return err instanceof ApiError && err.code === 'CONFLICT' && err.reason === 'MEETING_CHANGED';
}

/** An event says the meeting moved past what the page shows: load it again. */
export function isNewer(event: { version: number }, shown: { version: number } | null): boolean {
  return !shown || event.version > shown.version;
}

// ---- the chair's clock ----

/** The current item (null before the start and after the last) and the next pending one. */
export function currentAndNext(m: Pick<Live, 'items' | 'currentItemId'>): { current: Item | null; next: Item | null } {
  const items = [...m.items].sort((a, b) => a.position - b.position);
  const current = items.find((i) => i.id === m.currentItemId) ?? null;
  const after = current ? items.filter((i) => i.position > current.position) : items;
  return { current, next: after.find((i) => i.status === 'PENDING') ?? null };
}

/**
 * Milliseconds left in an item's time box (negative: over time). The server's answer carries the
 * time used up to its `now`; a running timer adds what this device has counted since the answer
 * came (`elapsedMs`), so the device's own clock setting never matters.
 */
export function remainingMs(item: Pick<Item, 'timeBoxMinutes' | 'usedMs' | 'runningSince'>, elapsedMs: number): number {
  const used = item.usedMs + (item.runningSince ? Math.max(0, elapsedMs) : 0);
  return item.timeBoxMinutes * 60_000 - used;
}

/** 12:05, or −01:30 when over time (whole seconds, rounded towards the box's end). */
export function clockText(ms: number): string {
  const over = ms < 0;
  const s = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const text = `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  return over && s > 0 ? `−${text}` : text;
}

// ---- votes ----

export type VoteResult = 'carried' | 'notCarried' | 'noQuorum';

/** 通过 / 未通过 / 不足法定人数. */
export function voteResult(v: Pick<Vote, 'carried' | 'quorumMet'>): VoteResult {
  return !v.quorumMet ? 'noQuorum' : v.carried ? 'carried' : 'notCarried';
}

/** What is wrong with the counts before they are sent (a locale key), or null. */
export function voteProblem(counts: { for: number; against: number; abstain: number }, present: number): string | null {
  const all = [counts.for, counts.against, counts.abstain];
  if (all.some((n) => !Number.isInteger(n) || n < 0)) return 'meetings.vote.whole';
  if (all.reduce((a, b) => a + b, 0) === 0) return 'meetings.vote.none';
  if (all.reduce((a, b) => a + b, 0) > present) return 'meetings.vote.tooMany';
  return null;
}

/** A stepper's next value: never below 0 nor above the most allowed. */
export const step = (n: number, delta: number, max: number) => Math.min(Math.max(0, (n || 0) + delta), max);

/** The votes taken on one item, latest first. */
export function votesOf(m: Pick<Live, 'votes'>, itemId: string): Vote[] {
  return m.votes.filter((v) => v.itemId === itemId).sort((a, b) => b.at.localeCompare(a.at));
}

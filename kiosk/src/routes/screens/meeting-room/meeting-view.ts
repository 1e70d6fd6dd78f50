/**
 * What the meeting-room screen says about a meeting, as message keys and values (the words are
 * in the meeting-screen locale folder): attendance against the quorum, the last vote's result,
 * the current and the next items.
 */

export interface ScreenItem {
  id: string;
  position: number;
  status: 'PENDING' | 'CURRENT' | 'DONE';
}

export interface Message {
  key: string;
  values?: Record<string, string | number>;
}

/** The item under discussion, its place on the agenda (1-based) and the agenda's length. */
export function currentItem<I extends ScreenItem>(
  items: readonly I[],
  currentItemId: string | null,
): { item: I; number: number; total: number } | null {
  const sorted = [...items].sort((a, b) => a.position - b.position);
  const at = sorted.findIndex((i) => i.id === currentItemId);
  return at < 0 ? null : { item: sorted[at], number: at + 1, total: sorted.length };
}

/** What comes next: the first `count` items not discussed yet, in agenda order. */
export function nextItems<I extends ScreenItem>(items: readonly I[], count = 3): { items: I[]; more: number } {
  const pending = [...items].filter((i) => i.status === 'PENDING').sort((a, b) => a.position - b.position);
  return { items: pending.slice(0, count), more: Math.max(0, pending.length - count) };
}

/** "出席 7 / 应到 9" and "已达法定人数" or "还差 2 人". */
export function attendance(q: { present: number; councilSize: number; needed: number; met: boolean }): {
  count: Message;
  quorum: Message;
} {
  return {
    count: { key: 'meetingScreen.attendance', values: { present: q.present, size: q.councilSize } },
    quorum: q.met
      ? { key: 'meetingScreen.quorumMet' }
      : { key: 'meetingScreen.quorumShort', values: { count: Math.max(1, q.needed - q.present) } },
  };
}

export type VoteResult = 'carried' | 'notCarried' | 'noQuorum';

/** A show of hands: carried, not carried, or void for want of a quorum. */
export function voteResult(v: { carried: boolean; quorumMet: boolean }): VoteResult {
  if (!v.quorumMet) return 'noQuorum';
  return v.carried ? 'carried' : 'notCarried';
}

/** The newest `room` decisions (newest last) and how many older ones there is no room for. */
export function latestDecisions<D>(decisions: readonly D[], room: number): { shown: D[]; hidden: number } {
  const keep = Math.max(0, Math.min(room, decisions.length));
  return { shown: decisions.slice(decisions.length - keep), hidden: decisions.length - keep };
}

/** A YYYY-MM-DD day as an instant at noon in Shanghai (for the day-in-words formatters). */
export function noonOf(day: string): string {
  return `${day}T12:00:00+08:00`;
}

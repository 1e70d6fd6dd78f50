import type { CornerScreenLineFragment, CornerScreenTicketFragment } from '$gql/graphql';

/**
 * The service-corner screen's board without a screen: which fetched line wins over the one
 * held, what a change event calls for, who is being served (newest call first), and how the
 * board is laid out for that many calls and lines.
 */

export type Line = CornerScreenLineFragment;

/** A ticket being served or called, with its line's letter and name and when it was called (ms). */
export type Serving = CornerScreenTicketFragment & { letter: string; offeringName: string; at: number };

/** Waiting tickets fetched per line; the screen shows 3–5 of them. */
export const NEXT = 5;
export const MAX_SERVING_TILES = 4;
/** More lines than this: two columns, three waiting numbers each. */
const ONE_COLUMN_LINES = 5;

/** The part of a line the board's bookkeeping reads. */
export interface VersionedLine {
  openingId: string | null;
  version: number;
  offering: { id: string };
}

/** A fetched line replaces the held one unless the held one is newer (responses can cross). */
export function newer(fetched: VersionedLine, held: VersionedLine | undefined): boolean {
  return !held || held.openingId !== fetched.openingId || fetched.version >= held.version;
}

/**
 * The lines after a fetch. `full`: the fetch was of every line, so its lines and their order
 * are the board's (a held line newer than the fetched one stays). Otherwise the fetched lines
 * replace the ones held where newer, and lines not held yet come at the end.
 */
export function mergeLines<L extends VersionedLine>(held: readonly L[], fetched: readonly L[], full: boolean): L[] {
  const byId = new Map(held.map((l) => [l.offering.id, l]));
  if (full) return fetched.map((f) => (newer(f, byId.get(f.offering.id)) ? f : byId.get(f.offering.id)!));
  const got = new Map(fetched.map((f) => [f.offering.id, f]));
  return [
    ...held.map((l) => {
      const f = got.get(l.offering.id);
      return f && newer(f, l) ? f : l;
    }),
    ...fetched.filter((f) => !byId.has(f.offering.id)),
  ];
}

/** What a line's change event calls for: everything again, that line again, or nothing. */
export type ChangeAction = 'resync' | 'refresh' | 'none';

export function changeAction(
  held: readonly VersionedLine[],
  change: { offeringId: string; openingId: string; version: number },
): ChangeAction {
  const line = held.find((l) => l.offering.id === change.offeringId);
  // An opening we don't show yet (it just opened) or a line we don't know: fetch everything.
  if (!line || line.openingId !== change.openingId) return 'resync';
  return change.version > line.version ? 'refresh' : 'none';
}

/** The corner opened or closed, or another opening began: the board is fetched anew. */
export function statusFlipped(
  held: { open: boolean; opening: { id: string } | null } | null,
  fetched: { open: boolean; opening: { id: string } | null },
): boolean {
  return fetched.open !== held?.open || (fetched.opening?.id ?? null) !== (held?.opening?.id ?? null);
}

const ms = (iso: string | null | undefined) => (iso ? Date.parse(iso) : 0);

/** Every line's tickets being called or served, the newest call first. */
export function servingNow(lines: readonly Line[]): Serving[] {
  return lines
    .flatMap((l) =>
      l.nowServing.map((t) => ({ ...t, letter: l.offering.letter, offeringName: l.offering.name, at: ms(t.calledAt) })),
    )
    .sort((a, b) => b.at - a.at);
}

/** The board's layout: the newest call large, a few more as tiles, and how the lines are set out. */
export interface BoardLayout {
  featured: Serving | null;
  others: Serving[];
  /** Calls that do not fit. */
  hidden: number;
  twoColumns: boolean;
  /** Rows of the lines' grid. */
  rows: number;
  /** Waiting numbers shown per line. */
  shownWaiting: number;
}

export function boardLayout(serving: readonly Serving[], lineCount: number): BoardLayout {
  const twoColumns = lineCount > ONE_COLUMN_LINES;
  return {
    featured: serving[0] ?? null,
    others: serving.slice(1, 1 + MAX_SERVING_TILES),
    hidden: Math.max(0, serving.length - 1 - MAX_SERVING_TILES),
    twoColumns,
    rows: twoColumns ? Math.ceil(lineCount / 2) : Math.max(lineCount, 1),
    shownWaiting: twoColumns ? 3 : NEXT,
  };
}

/** The notices shown: a newly published one first, once, at most `max` of them. */
export function withNotice<N extends { id: string }>(notices: readonly N[], published: N, max = 4): N[] {
  return [published, ...notices.filter((n) => n.id !== published.id)].slice(0, max);
}

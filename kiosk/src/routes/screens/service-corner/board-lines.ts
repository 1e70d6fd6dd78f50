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
/** More lines than this: more than one column. */
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

/**
 * How dense the lines' cards are: each density has its own type sizes (the screen is read from
 * a few metres away, so the board prefers fewer, larger rows).
 */
export type Density = 'roomy' | 'snug' | 'dense';

/** Per density: the waiting numbers' size, and the bounds an offering's name is fitted within (px). */
export const SIZES: Record<Density, { number: number; name: { max: number; min: number } }> = {
  roomy: { number: 44, name: { max: 44, min: 24 } },
  snug: { number: 36, name: { max: 34, min: 22 } },
  dense: { number: 30, name: { max: 26, min: 20 } },
};

/**
 * The board's geometry at 1920×1080 (CSS px): the width the lines get beside the calls, and
 * with nobody being served (the whole width); the gap between cards and a card's padding and
 * border. Only the number of waiting numbers shown is derived from these; names are fitted
 * to the card they are in, measured.
 */
export const GEOMETRY = { laneBesideCalls: 960, laneAlone: 1808, gap: 14, cardChrome: 42 };

/** The board's layout: the newest call large, a few more as tiles, and how the lines are set out. */
export interface BoardLayout {
  featured: Serving | null;
  others: Serving[];
  /** Calls that do not fit. */
  hidden: number;
  /** Nobody is being called or served: the lines take the whole width. */
  idle: boolean;
  columns: number;
  /** Rows of the lines' grid. */
  rows: number;
  density: Density;
  /** Waiting numbers shown per line: none on dense boards (each line then shows its count only). */
  shownWaiting: number;
}

/** Columns for this many lines: one up to five; beside the calls two, alone up to three. */
function columnsFor(lineCount: number, idle: boolean): number {
  if (lineCount <= ONE_COLUMN_LINES) return 1;
  if (!idle) return 2;
  return lineCount <= 12 ? 2 : 3;
}

export function boardLayout(serving: readonly Serving[], lineCount: number): BoardLayout {
  const idle = serving.length === 0;
  const columns = columnsFor(lineCount, idle);
  const rows = Math.max(1, Math.ceil(lineCount / columns));
  const density: Density = rows <= 5 ? 'roomy' : rows <= 7 ? 'snug' : 'dense';
  const { laneBesideCalls, laneAlone, gap, cardChrome } = GEOMETRY;
  const card = ((idle ? laneAlone : laneBesideCalls) - gap * (columns - 1)) / columns - cardChrome;
  // A number ("A012") is about 2.4 em wide plus its gap; the "…" after them takes about 1 em.
  const number = SIZES[density].number;
  const fit = Math.floor((card - number) / (number * 2.8));
  return {
    featured: serving[0] ?? null,
    others: serving.slice(1, 1 + MAX_SERVING_TILES),
    hidden: Math.max(0, serving.length - 1 - MAX_SERVING_TILES),
    idle,
    columns,
    rows,
    density,
    // A dense board's rows hold one line of text: the name and the count, no numbers.
    shownWaiting: density === 'dense' ? 0 : Math.min(NEXT, Math.max(1, fit)),
  };
}

/** The notices shown: a newly published one first, once, at most `max` of them. */
export function withNotice<N extends { id: string }>(notices: readonly N[], published: N, max = 4): N[] {
  return [published, ...notices.filter((n) => n.id !== published.id)].slice(0, max);
}

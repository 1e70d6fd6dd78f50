/**
 * The residents page's state, kept in the address bar so that back, forward and reload show the
 * same list: what the box says (`q`), a building (`building`), a unit and room (`unit`, `room`),
 * filter chips (`f=60,80alone,mobility,moved`), the page (`page`, from 1) and an open household
 * (`hh=<buildingId>~<unit>~<room>`). Defaults stay out of the address.
 */

export const PAGE_SIZE = 25;

export const CHIPS = ['sixtyPlus', 'eightyAlone', 'limitedMobility', 'movedAway'] as const;
export type Chip = (typeof CHIPS)[number];

/** A chip's word in the address. */
const CHIP_PARAM: Record<Chip, string> = {
  sixtyPlus: '60',
  eightyAlone: '80alone',
  limitedMobility: 'mobility',
  movedAway: 'moved',
};
/** Chips that exclude each other (one age band at a time). */
const EXCLUSIVE: Partial<Record<Chip, Chip>> = { sixtyPlus: 'eightyAlone', eightyAlone: 'sixtyPlus' };

export interface Household {
  buildingId: string;
  unit: number;
  room: string;
}

export interface ResidentsState {
  q: string;
  building: string;
  unit: number | null;
  room: string;
  chips: Chip[];
  page: number;
  household: Household | null;
}

export const EMPTY: ResidentsState = { q: '', building: '', unit: null, room: '', chips: [], page: 1, household: null };

const positive = (s: string | null, max: number): number | null => {
  if (!s || !/^\d{1,9}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 && n <= max ? n : null;
};

export function readState(params: URLSearchParams): ResidentsState {
  const f = (params.get('f') ?? '').split(',');
  const chips = CHIPS.filter((c) => f.includes(CHIP_PARAM[c]));
  // Both age bands in a hand-made address: the narrower one.
  const ageBands = chips.includes('eightyAlone') ? chips.filter((c) => c !== 'sixtyPlus') : chips;
  let household: Household | null = null;
  const hh = params.get('hh')?.split('~');
  if (hh?.length === 3 && hh[0] && hh[2]) {
    const unit = positive(hh[1], 99);
    if (unit) household = { buildingId: hh[0], unit, room: hh[2].slice(0, 40) };
  }
  return {
    q: (params.get('q') ?? '').slice(0, 40),
    building: params.get('building') ?? '',
    unit: positive(params.get('unit'), 99),
    room: (params.get('room') ?? '').slice(0, 40),
    chips: ageBands,
    page: positive(params.get('page'), 100_000) ?? 1,
    household,
  };
}

/** The address's query string (with its `?`, or '' for the defaults). */
export function writeState(s: ResidentsState): string {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
  if (s.building) p.set('building', s.building);
  if (s.unit) p.set('unit', String(s.unit));
  if (s.room) p.set('room', s.room);
  const chips = CHIPS.filter((c) => s.chips.includes(c));
  if (chips.length) p.set('f', chips.map((c) => CHIP_PARAM[c]).join(','));
  if (s.page > 1) p.set('page', String(s.page));
  if (s.household) p.set('hh', `${s.household.buildingId}~${s.household.unit}~${s.household.room}`);
  const text = p.toString();
  return text ? `?${text}` : '';
}

/** The same list with another search or filter: back to its first page. */
export function withSearch(s: ResidentsState, q: string): ResidentsState {
  return { ...s, q: q.trim(), page: 1 };
}

export function withBuilding(s: ResidentsState, building: string): ResidentsState {
  return { ...s, building, unit: null, room: '', page: 1 };
}

export function toggleChip(s: ResidentsState, chip: Chip): ResidentsState {
  const on = s.chips.includes(chip);
  const other = EXCLUSIVE[chip];
  const chips = on ? s.chips.filter((c) => c !== chip) : [...s.chips.filter((c) => c !== other), chip];
  return { ...s, chips: CHIPS.filter((c) => chips.includes(c)), page: 1 };
}

export function withPage(s: ResidentsState, page: number): ResidentsState {
  return { ...s, page: Math.max(1, Math.floor(page)) };
}

export function withHousehold(s: ResidentsState, household: Household | null): ResidentsState {
  return { ...s, household };
}

/** Clears every search and filter (the open household too). */
export function cleared(): ResidentsState {
  return { ...EMPTY };
}

export function isFiltered(s: ResidentsState): boolean {
  return !!(s.q || s.building || s.unit || s.room || s.chips.length);
}

/** What the API's `residents` query takes for this state. */
export interface ResidentsVariables {
  search: string | null;
  buildingId: string | null;
  unit: number | null;
  room: string | null;
  ageBand: 'SIXTY_PLUS' | 'EIGHTY_PLUS' | null;
  livesAlone: boolean | null;
  limitedMobility: boolean | null;
  movedAway: boolean;
  offset: number;
  limit: number;
}

export function variables(s: ResidentsState): ResidentsVariables {
  const has = (c: Chip) => s.chips.includes(c);
  return {
    search: s.q.trim() || null,
    buildingId: s.building || null,
    unit: s.unit,
    room: s.room || null,
    ageBand: has('eightyAlone') ? 'EIGHTY_PLUS' : has('sixtyPlus') ? 'SIXTY_PLUS' : null,
    livesAlone: has('eightyAlone') ? true : null,
    limitedMobility: has('limitedMobility') ? true : null,
    movedAway: has('movedAway'),
    offset: (s.page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  };
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/**
 * Page numbers to offer: the first, the last, and two either side of the current one, with a
 * gap (null) where numbers are left out: 1 … 4 5 [6] 7 8 … 200.
 */
export function pageNumbers(current: number, count: number): Array<number | null> {
  const shown = new Set<number>([1, count]);
  for (let p = current - 2; p <= current + 2; p++) if (p >= 1 && p <= count) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: Array<number | null> = [];
  for (const p of sorted) {
    const prev = out.at(-1);
    if (typeof prev === 'number' && p - prev === 2) out.push(p - 1);
    else if (typeof prev === 'number' && p - prev > 2) out.push(null);
    out.push(p);
  }
  return out;
}

/** A household as people write it: 3-2-302 (building, unit, room). */
export function householdLabel(building: number, unit: number, room: string): string {
  return `${building}-${unit}-${room}`;
}

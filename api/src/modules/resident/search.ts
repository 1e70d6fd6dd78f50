import type { ResidentSearchParams } from './resident.sql.js';
import type { ResidentsArgs } from './resident.types.js';

/**
 * What the residents page's one search box means. The API decides, so the console and any other
 * caller search the same way:
 *
 * - `3-2-302`, `3号楼2单元302(室)`: a household (building 3, unit 2, room 302); `3-302`,
 *   `3号楼302`: building and room; `3号楼`, `3号楼2单元`: a building (and unit);
 * - one or two digits: a building (`3` → 3号楼);
 * - digits (3 or more): a phone's start (`1380000`, the whole number) or its tail (`0001`);
 * - Latin letters: pinyin initials (`zxy` → 张秀英) or the full pinyin's start (`zhangx`);
 * - anything else: a name's start (`张`), its given name's start (`秀英`, `秀`) or its end (`英`).
 *
 * Every text search becomes byte-order ranges (`>= lo AND < hi`, COLLATE "C"), never LIKE: under
 * row-level security only leakproof operators may use an index, and `%`/`_` are then searched
 * for as they are.
 */

/** A prefix as a half-open byte-order range: every text starting with `p` is in [lo, hi). */
export interface Range {
  lo: string;
  hi: string;
}

export type Search =
  | { kind: 'none' }
  | { kind: 'address'; building: number; unit: number | null; room: string | null }
  | { kind: 'phone'; start: Range; tail: Range }
  | { kind: 'pinyin'; prefix: Range }
  | { kind: 'name'; start: Range; end: Range };

/** The range of texts starting with `p` (in code point order, which is UTF-8's byte order). */
export function prefixRange(p: string): Range {
  const chars = Array.from(p);
  const last = chars.pop()!.codePointAt(0)!;
  // Past a surrogate gap or the last code point: step over it.
  const next = last === 0xd7ff ? 0xe000 : last + 1;
  const hi = last >= 0x10ffff ? p + '\u{10ffff}' : chars.join('') + String.fromCodePoint(next);
  return { lo: p, hi };
}

const reverse = (s: string) => Array.from(s).reverse().join('');

const DASH = '[-－—–/]';
const ADDRESS_DASHED = new RegExp(`^(\\d{1,3})\\s*${DASH}\\s*(?:(\\d{1,2})\\s*${DASH}\\s*)?([0-9A-Za-z]{1,8})$`);
const ADDRESS_WORDS = /^(\d{1,3})\s*(?:号楼|栋|幢|号)\s*(?:(\d{1,2})\s*单元)?\s*(?:([0-9A-Za-z]{1,8})\s*(?:室|号)?)?$/;

export function parseSearch(text: string | null | undefined): Search {
  const q = (text ?? '').normalize('NFKC').trim();
  if (!q) return { kind: 'none' };
  const dashed = ADDRESS_DASHED.exec(q);
  if (dashed) {
    return {
      kind: 'address',
      building: Number(dashed[1]),
      unit: dashed[2] ? Number(dashed[2]) : null,
      room: dashed[3].toUpperCase(),
    };
  }
  const words = ADDRESS_WORDS.exec(q);
  if (words) {
    return {
      kind: 'address',
      building: Number(words[1]),
      unit: words[2] ? Number(words[2]) : null,
      room: words[3] ? words[3].toUpperCase() : null,
    };
  }
  const digits = q.replace(/[\s-]/g, '');
  if (/^\d{1,2}$/.test(digits)) return { kind: 'address', building: Number(digits), unit: null, room: null };
  if (/^\d+$/.test(digits)) {
    return { kind: 'phone', start: prefixRange(digits), tail: prefixRange(reverse(digits)) };
  }
  if (/^[A-Za-z]+$/.test(q)) return { kind: 'pinyin', prefix: prefixRange(q.toLowerCase()) };
  const name = q.replace(/\s+/g, '');
  return { kind: 'name', start: prefixRange(name), end: prefixRange(reverse(name)) };
}

const AGE_OF = { SIXTY_PLUS: 60, EIGHTY_PLUS: 80 } as const;

/**
 * The latest birth date of someone `years` old or more on `today` (YYYY-MM-DD, the community's
 * date): the same day `years` earlier; 29 February becomes the 28th in a year without it.
 */
export function bornBy(today: string, years: number): string {
  const [y, m, d] = today.split('-').map(Number);
  const year = y - years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The search statement's parameters for the page's arguments on `today` (the community's date);
 * null when nothing can match (a filter and an address typed in the box that disagree).
 */
export function searchParams(
  args: Omit<ResidentsArgs, 'movedAway'> & { movedAway?: boolean },
  today: string,
): ResidentSearchParams | null {
  const s = parseSearch(args.search);
  const address = s.kind === 'address' ? s : null;
  if (
    (address?.unit && args.unit && address.unit !== args.unit) ||
    (address?.room && args.room && address.room !== args.room)
  ) {
    return null;
  }
  return {
    moved: args.movedAway ?? false,
    nameLo: s.kind === 'name' ? s.start.lo : null,
    nameHi: s.kind === 'name' ? s.start.hi : null,
    nameEndLo: s.kind === 'name' ? s.end.lo : null,
    nameEndHi: s.kind === 'name' ? s.end.hi : null,
    pinyinLo: s.kind === 'pinyin' ? s.prefix.lo : null,
    pinyinHi: s.kind === 'pinyin' ? s.prefix.hi : null,
    phoneLo: s.kind === 'phone' ? s.start.lo : null,
    phoneHi: s.kind === 'phone' ? s.start.hi : null,
    tailLo: s.kind === 'phone' ? s.tail.lo : null,
    tailHi: s.kind === 'phone' ? s.tail.hi : null,
    buildingId: args.buildingId ?? null,
    buildingNumber: address?.building ?? null,
    unit: args.unit ?? address?.unit ?? null,
    room: args.room ?? address?.room ?? null,
    bornBy: args.ageBand ? bornBy(today, AGE_OF[args.ageBand]) : null,
    livesAlone: args.livesAlone ?? null,
    limitedMobility: args.limitedMobility ?? null,
    limit: args.limit,
    offset: args.offset,
  };
}

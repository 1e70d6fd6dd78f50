/**
 * The kiosk's on-screen writing, as plain rules: a resident spells one syllable in pinyin on
 * big letter keys and taps the character; in English the letters go straight in. The
 * syllables and their characters (most used first) come from the Chinese layout of
 * simple-keyboard-layouts (MIT, from pinyinjs), loaded only when someone starts writing.
 */

/** Syllable → its characters, most used first. */
export type Syllables = ReadonlyMap<string, readonly string[]>;

/** The letter keys, row by row (QWERTY, as on every phone's pinyin keyboard). */
export const LETTER_ROWS: readonly (readonly string[])[] = [
  ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
  ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l'],
  ['z', 'x', 'c', 'v', 'b', 'n', 'm'],
];

/** Characters shown at once; more behind a "more" key. */
export const CANDIDATES_PER_PAGE = 6;

/** The longest pinyin syllable is six letters (zhuang, shuang, chuang). */
const LONGEST_SYLLABLE = 6;

export function syllablesFrom(table: Readonly<Record<string, string>>): Syllables {
  const map = new Map<string, string[]>();
  for (const [spelling, chars] of Object.entries(table)) {
    const list = chars.split(/\s+/).filter(Boolean);
    if (/^[a-z]+$/.test(spelling) && list.length) map.set(spelling, list);
  }
  return map;
}

/** Loads the syllables once (a separate ~37 KB chunk, fetched when writing starts). */
let loading: Promise<Syllables> | null = null;
export function loadSyllables(): Promise<Syllables> {
  loading ??= import('simple-keyboard-layouts/build/layouts/chinese').then((m) =>
    // The package's type names only the layout; the candidates are there at run time.
    syllablesFrom((m.default as { layoutCandidates?: Record<string, string> }).layoutCandidates ?? {}),
  );
  return loading;
}

/** The characters for what has been spelled so far (none until it is a whole syllable). */
export function candidates(syllables: Syllables, spelling: string): readonly string[] {
  return syllables.get(spelling) ?? [];
}

/** One page of characters, and whether there are more before or after it. */
export function candidatePage(
  all: readonly string[],
  page: number,
): { chars: readonly string[]; page: number; more: boolean; less: boolean } {
  const last = Math.max(0, Math.ceil(all.length / CANDIDATES_PER_PAGE) - 1);
  const p = Math.min(Math.max(0, page), last);
  return {
    chars: all.slice(p * CANDIDATES_PER_PAGE, (p + 1) * CANDIDATES_PER_PAGE),
    page: p,
    more: p < last,
    less: p > 0,
  };
}

/** Whether `letter` after `spelling` still leads to a syllable (other keys are dimmed and do nothing). */
export function canType(syllables: Syllables, spelling: string, letter: string): boolean {
  const next = spelling + letter;
  if (next.length > LONGEST_SYLLABLE) return false;
  for (const key of syllables.keys()) if (key.startsWith(next)) return true;
  return false;
}

/** What the text becomes, and what is still being spelled, after one key. */
export interface Writing {
  text: string;
  spelling: string;
}

export type Key =
  | { kind: 'letter'; letter: string }
  | { kind: 'char'; char: string }
  | { kind: 'space' }
  | { kind: 'back' }
  | { kind: 'clear' };

/**
 * One key press. Pinyin: letters build the spelling, a character tapped ends it; ⌫ takes a
 * letter of the spelling first, then a character of the text. Letters mode: letters are text.
 */
export function press(w: Writing, key: Key, mode: 'pinyin' | 'letters', maxLength: number): Writing {
  const add = (s: string): Writing => ({ text: (w.text + s).slice(0, maxLength), spelling: '' });
  switch (key.kind) {
    case 'letter':
      if (mode === 'letters') return { text: (w.text + key.letter).slice(0, maxLength), spelling: '' };
      return { text: w.text, spelling: w.spelling + key.letter };
    case 'char':
      return add(key.char);
    case 'space':
      return w.spelling ? w : add(mode === 'pinyin' ? '，' : ' ');
    case 'back':
      if (w.spelling) return { text: w.text, spelling: w.spelling.slice(0, -1) };
      return { text: Array.from(w.text).slice(0, -1).join(''), spelling: '' };
    case 'clear':
      return { text: '', spelling: '' };
  }
}

import { describe, expect, it } from 'vitest';
import {
  CANDIDATES_PER_PAGE,
  LETTER_ROWS,
  candidatePage,
  candidates,
  canType,
  loadSyllables,
  press,
  syllablesFrom,
  type Writing,
} from './pinyin-input';

const small = syllablesFrom({ men: '们 门 闷', suo: '所 锁', shui: '说 水', shuang: '双 霜', 'x-1': '坏' });

describe('the syllables', () => {
  it('come from the real table, most used first, for the words residents write about', async () => {
    const all = await loadSyllables();
    expect(all.size).toBeGreaterThan(390);
    expect(candidates(all, 'men')).toContain('门');
    expect(candidates(all, 'suo')).toContain('锁');
    expect(candidates(all, 'huai')).toContain('坏');
    expect(candidates(all, 'shui')).toContain('水');
    expect(candidates(all, 'de')[0]).toBe('的');
    expect(await loadSyllables()).toBe(all);
  });

  it('keep only lower-case spellings with characters', () => {
    expect([...small.keys()].sort()).toEqual(['men', 'shuang', 'shui', 'suo']);
  });

  it('offer characters only for a whole syllable', () => {
    expect(candidates(small, 'me')).toEqual([]);
    expect(candidates(small, 'men')).toEqual(['们', '门', '闷']);
  });

  it('let a letter be typed only when it still leads to a syllable', () => {
    expect(canType(small, '', 's')).toBe(true);
    expect(canType(small, 's', 'h')).toBe(true);
    expect(canType(small, 's', 'x')).toBe(false);
    expect(canType(small, 'shuan', 'g')).toBe(true);
    expect(canType(small, 'shuang', 'g')).toBe(false);
    expect(canType(small, '', 'q')).toBe(false);
  });
});

describe('the keys', () => {
  it('are the 26 letters once each', () => {
    const letters = LETTER_ROWS.flat();
    expect(letters).toHaveLength(26);
    expect(new Set(letters).size).toBe(26);
  });

  it('spell, then put the character tapped into the text', () => {
    let w: Writing = { text: '', spelling: '' };
    for (const letter of 'men') w = press(w, { kind: 'letter', letter }, 'pinyin', 200);
    expect(w).toEqual({ text: '', spelling: 'men' });
    w = press(w, { kind: 'char', char: '门' }, 'pinyin', 200);
    expect(w).toEqual({ text: '门', spelling: '' });
  });

  it('take back a letter of the spelling first, then a character of the text', () => {
    let w: Writing = { text: '门锁', spelling: 'hu' };
    w = press(w, { kind: 'back' }, 'pinyin', 200);
    expect(w).toEqual({ text: '门锁', spelling: 'h' });
    w = press(w, { kind: 'back' }, 'pinyin', 200);
    w = press(w, { kind: 'back' }, 'pinyin', 200);
    expect(w).toEqual({ text: '门', spelling: '' });
    expect(press({ text: '', spelling: '' }, { kind: 'back' }, 'pinyin', 200)).toEqual({ text: '', spelling: '' });
  });

  it('put a comma for the space key in Chinese, a space in English, nothing while spelling', () => {
    expect(press({ text: '门', spelling: '' }, { kind: 'space' }, 'pinyin', 200).text).toBe('门，');
    expect(press({ text: 'door', spelling: '' }, { kind: 'space' }, 'letters', 200).text).toBe('door ');
    expect(press({ text: '门', spelling: 'sh' }, { kind: 'space' }, 'pinyin', 200)).toEqual({
      text: '门',
      spelling: 'sh',
    });
  });

  it('type letters straight into the text in English', () => {
    const w = press({ text: 'do', spelling: '' }, { kind: 'letter', letter: 'o' }, 'letters', 200);
    expect(w).toEqual({ text: 'doo', spelling: '' });
  });

  it('stop at the longest text allowed and clear on request', () => {
    expect(press({ text: '门锁', spelling: '' }, { kind: 'char', char: '坏' }, 'pinyin', 2).text).toBe('门锁');
    expect(press({ text: 'ab', spelling: '' }, { kind: 'letter', letter: 'c' }, 'letters', 2).text).toBe('ab');
    expect(press({ text: '门锁', spelling: 'x' }, { kind: 'clear' }, 'pinyin', 200)).toEqual({
      text: '',
      spelling: '',
    });
  });
});

describe('the pages of characters', () => {
  const many = Array.from({ length: CANDIDATES_PER_PAGE * 2 + 3 }, (_, i) => String.fromCharCode(0x4e00 + i));

  it('show a page at a time, saying what lies before and after', () => {
    expect(candidatePage(many, 0)).toMatchObject({ page: 0, less: false, more: true });
    expect(candidatePage(many, 0).chars).toEqual(many.slice(0, CANDIDATES_PER_PAGE));
    expect(candidatePage(many, 2)).toMatchObject({
      page: 2,
      less: true,
      more: false,
      chars: many.slice(CANDIDATES_PER_PAGE * 2),
    });
  });

  it('keep the page inside the list', () => {
    expect(candidatePage(many, 9).page).toBe(2);
    expect(candidatePage(many, -1).page).toBe(0);
    expect(candidatePage([], 0)).toEqual({ chars: [], page: 0, more: false, less: false });
  });
});

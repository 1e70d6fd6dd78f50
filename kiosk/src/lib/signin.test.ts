import { describe, expect, it } from 'vitest';
import {
  CARD_KEYS,
  CardReaderInput,
  afterSignIn,
  normalizeCardCode,
  returnPath,
  takeIntent,
  takeIntentPath,
} from './signin';

function typeFast(reader: CardReaderInput, text: string, start = 1000, gap = 10): string | null {
  let out: string | null = null;
  [...text].forEach((k, i) => (out = reader.key(k, start + i * gap)));
  return reader.key('Enter', start + text.length * gap) ?? out;
}

describe('card codes', () => {
  it('the keys are the 36 upper-case letters and digits, each once', () => {
    expect(CARD_KEYS).toHaveLength(36);
    expect(new Set(CARD_KEYS).size).toBe(36);
    expect(CARD_KEYS.every((k) => /^[0-9A-Z]$/.test(k))).toBe(true);
  });

  it('normalizes as the API does: any case, spaces and dashes', () => {
    expect(normalizeCardCode('demo-card 0001')).toBe('DEMOCARD0001');
  });
});

describe('CardReaderInput', () => {
  it('answers the code of a fast burst ended by Enter', () => {
    expect(typeFast(new CardReaderInput(), 'DEMO-CARD-0001')).toBe('DEMOCARD0001');
  });

  it('ignores Shift within the burst', () => {
    const r = new CardReaderInput();
    r.key('Shift', 0);
    r.key('A', 5);
    r.key('Shift', 8);
    for (const [i, k] of [...'BCDEF'].entries()) r.key(k, 10 + i * 5);
    expect(r.key('Enter', 40)).toBe('ABCDEF');
  });

  it('slow keys start over: a person pressing keys is not a swipe', () => {
    const r = new CardReaderInput({ maxGapMs: 100 });
    expect(typeFast(r, 'ABCDEFGH', 0, 500)).toBeNull();
  });

  it('a pause before Enter drops the burst', () => {
    const r = new CardReaderInput({ maxGapMs: 100 });
    for (const [i, k] of [...'ABCDEFGH'].entries()) r.key(k, i * 5);
    expect(r.key('Enter', 1000)).toBeNull();
  });

  it('too short, or other characters, are not a card', () => {
    expect(typeFast(new CardReaderInput(), 'AB1')).toBeNull();
    expect(typeFast(new CardReaderInput(), 'ABC!DEFG')).toBeNull();
  });

  it('another key (an arrow) ends the burst', () => {
    const r = new CardReaderInput();
    r.key('A', 0);
    r.key('B', 5);
    r.key('ArrowLeft', 10);
    for (const [i, k] of [...'CDEF'].entries()) r.key(k, 15 + i * 5);
    expect(r.key('Enter', 40)).toBeNull();
  });

  it('starts afresh after each swipe', () => {
    const r = new CardReaderInput();
    expect(typeFast(r, 'ABCDEFGH', 0)).toBe('ABCDEFGH');
    expect(typeFast(r, 'CDEFGHJK', 100)).toBe('CDEFGHJK');
  });
});

describe('where a resident lands after signing in', () => {
  const wang = { name: '王秀英', buildingId: 'b1' };
  const li = { name: '李明', buildingId: 'b1' };

  it('back to the page their session ended on', () => {
    expect(afterSignIn({ path: '/corner/mine', reason: 'expired', who: wang }, wang, '/corner/mine')).toBe(
      '/corner/mine',
    );
  });

  it('someone else signing in after an expiry starts at the notices', () => {
    expect(afterSignIn({ path: '/corner/mine', reason: 'expired', who: wang }, li, null)).toBe('/notices');
  });

  it('an intent from before sign-in is carried through', () => {
    expect(afterSignIn({ path: takeIntentPath('o1'), reason: 'intent' }, li, '/corner')).toBe('/corner?take=o1');
  });

  it('back to the corner page sign-in was asked from; else the notices', () => {
    expect(afterSignIn(null, li, '/corner/book/o1')).toBe('/corner/book/o1');
    // A card swiped on the meeting's check-in page: back there, to check in.
    expect(afterSignIn(null, li, '/meeting-checkin')).toBe('/meeting-checkin');
    expect(afterSignIn(null, li, '/')).toBe('/notices');
    expect(afterSignIn(null, li, null)).toBe('/notices');
  });

  it('the sign-in, pairing and home pages are not returned to', () => {
    expect(returnPath('/signin')).toBeNull();
    expect(returnPath('/pair')).toBeNull();
    expect(returnPath('/')).toBeNull();
    expect(returnPath('/corner/book/o1', '?x=1')).toBe('/corner/book/o1?x=1');
  });

  it('the take intent round-trips through the corner address', () => {
    const url = new URL(takeIntentPath('a b'), 'http://kiosk');
    expect(url.pathname).toBe('/corner');
    expect(takeIntent(url.searchParams)).toBe('a b');
    expect(takeIntent(new URLSearchParams())).toBeNull();
  });
});

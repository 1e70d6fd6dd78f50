import { describe, expect, it } from 'vitest';
import {
  confirmFailure,
  isCurrent,
  offered,
  problemFor,
  openingState,
  stepNumber,
  stillChosen,
  toggleProblem,
  type Bookable,
} from './booking-steps';

const opening = (id: string, placesLeft: number): Bookable => ({
  placesLeft,
  opening: { id, startsAt: `2026-03-0${id.length}T01:00:00Z`, endsAt: `2026-03-0${id.length}T04:00:00Z` },
});
const changing = (id: string) => ({ opening: opening(id, 0).opening });

describe('the steps', () => {
  it('are numbered 1–3 on the dots; done has no number', () => {
    expect(['opening', 'problem', 'confirm', 'done'].map((s) => stepNumber(s as never))).toEqual([1, 2, 3, null]);
  });
});

describe('the openings offered', () => {
  it('are open with places left, full without; a changed booking’s own opening is its own, full or not', () => {
    expect(openingState(opening('s1', 3), null)).toBe('open');
    expect(openingState(opening('s1', 0), null)).toBe('full');
    expect(openingState(opening('s1', 0), changing('s1'))).toBe('current');
    expect(openingState(opening('s2', 0), changing('s1'))).toBe('full');
    expect(isCurrent(opening('s1', 4), changing('s1'))).toBe(true);
    expect(isCurrent(opening('s1', 4), null)).toBe(false);
  });

  it('keep a changed booking’s opening as the first choice when it is no longer bookable', () => {
    const found = [opening('s2', 3)];
    expect(offered(found, changing('s1')).map((b) => [b.opening.id, b.placesLeft])).toEqual([
      ['s1', 0],
      ['s2', 3],
    ]);
    expect(offered([opening('s1', 2), ...found], changing('s1'))).toHaveLength(2);
    expect(offered(found, null)).toBe(found);
  });

  it('drop the opening chosen once it has filled up or gone, unless it is the booking’s own', () => {
    const chosen = opening('s1', 1);
    expect(stillChosen(chosen, [opening('s1', 1)], null)).toBe(chosen);
    expect(stillChosen(chosen, [opening('s1', 0)], null)).toBeNull();
    expect(stillChosen(chosen, [opening('s2', 5)], null)).toBeNull();
    expect(stillChosen(chosen, [opening('s1', 0)], changing('s1'))).toBe(chosen);
    expect(stillChosen(null, [opening('s1', 5)], null)).toBeNull();
  });
});

describe('the problem', () => {
  const shown = ['lockStuck', 'copyKey', 'changeCylinder'];

  it('a tap turns a common problem on or off; the picked stay in the order shown', () => {
    expect(toggleProblem([], 'copyKey', shown)).toEqual(['copyKey']);
    expect(toggleProblem(['changeCylinder'], 'lockStuck', shown)).toEqual(['lockStuck', 'changeCylinder']);
    expect(toggleProblem(['lockStuck', 'copyKey'], 'lockStuck', shown)).toEqual(['copyKey']);
  });

  it('reads the picked ones in Chinese, then the resident’s words, trimmed; nothing when nothing was said', () => {
    const zh = (k: string) => ({ lockStuck: '门锁打不开', copyKey: '配钥匙' })[k] ?? k;
    expect(problemFor(['lockStuck', 'copyKey'], '  门把手也松了 ', zh, '；')).toBe('门锁打不开；配钥匙；门把手也松了');
    expect(problemFor([], 'only words', zh, '；')).toBe('only words');
    expect(problemFor(['copyKey'], '   ', zh, '；')).toBe('配钥匙');
    expect(problemFor([], '', zh, '；')).toBe('');
  });
});

describe('a confirm that failed', () => {
  it('unanswered: the same intent may be retried (it cannot book twice)', () => {
    expect(confirmFailure(true, undefined)).toEqual({
      keepIntent: true,
      backToOpenings: false,
      dropHomeVisit: false,
      retry: true,
      toMine: false,
    });
  });

  it('full or started meanwhile: back to the openings, nothing else offered (whatever else is true)', () => {
    expect(confirmFailure(true, 'FULLY_BOOKED')).toMatchObject({ backToOpenings: true, retry: false });
    for (const reason of ['FULLY_BOOKED', 'OPENING_STARTED']) {
      expect(confirmFailure(false, reason)).toEqual({
        keepIntent: false,
        backToOpenings: true,
        dropHomeVisit: false,
        retry: false,
        toMine: false,
      });
    }
  });

  it('booked already or the booking changed: the way to 我的预约; a home visit refused turns the switch off', () => {
    expect(confirmFailure(false, 'ALREADY_BOOKED')).toMatchObject({ toMine: true, retry: false, keepIntent: false });
    expect(confirmFailure(false, 'BOOKING_STATE')).toMatchObject({ toMine: true });
    expect(confirmFailure(false, 'HOME_VISIT_NOT_ELIGIBLE')).toMatchObject({ dropHomeVisit: true, toMine: false });
    expect(confirmFailure(false, 'SOMETHING_ELSE')).toEqual({
      keepIntent: false,
      backToOpenings: false,
      dropHomeVisit: false,
      retry: false,
      toMine: false,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { PinWeakness, birthDateForms, pinWeakness } from './pin-rules.js';

const her = { birthDate: '1948-03-12', phone: '13800270519' };

describe('PINs too easy to guess', () => {
  it.each([
    ['000000', PinWeakness.REPEATED],
    ['777777', PinWeakness.REPEATED],
    ['123456', PinWeakness.SEQUENCE],
    ['012345', PinWeakness.SEQUENCE],
    ['654321', PinWeakness.SEQUENCE],
    ['890123', PinWeakness.SEQUENCE],
    ['121212', PinWeakness.SEQUENCE],
    ['123123', PinWeakness.SEQUENCE],
    ['480312', PinWeakness.BIRTH_DATE],
    ['031248', PinWeakness.BIRTH_DATE],
    ['120348', PinWeakness.BIRTH_DATE],
    ['194803', PinWeakness.BIRTH_DATE],
    ['270519', PinWeakness.PHONE],
  ])('%s is refused: %s', (pin, why) => {
    expect(pinWeakness(pin, her)).toBe(why);
  });

  it.each(['385170', '902615', '480313', '112358'])('%s is fine', (pin) => {
    expect(pinWeakness(pin, her)).toBeNull();
  });

  it('knows nothing of a birth date or phone it was not given', () => {
    expect(pinWeakness('480312', { birthDate: null, phone: null })).toBeNull();
  });

  it('writes a date of birth in the orders people use', () => {
    expect(birthDateForms('1948-03-12')).toEqual(
      expect.arrayContaining(['480312', '031248', '120348', '194803', '031948']),
    );
  });

  it('refuses few of all PINs: a resident is free to choose among nearly a million', () => {
    let refused = 0;
    for (let n = 0; n < 1_000_000; n++) if (pinWeakness(String(n).padStart(6, '0'), her)) refused++;
    expect(refused).toBeGreaterThan(1000);
    // 10 repeated, 20 runs, 1,000 of period three (incl. period two), a few dates and the phone.
    expect(refused).toBeLessThan(1200);
  });
});

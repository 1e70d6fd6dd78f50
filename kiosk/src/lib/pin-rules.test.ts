import { describe, expect, it } from 'vitest';
// The one place the kiosk reads the API's code: to prove its copy of the rules the same.
// eslint-disable-next-line linli/own-workspace
import * as api from '../../../api/src/modules/auth/pin-rules';
import * as kiosk from './pin-rules';

const RESIDENTS = [
  { birthDate: null, phone: null },
  { birthDate: '1948-03-12', phone: '13800000001' },
  { birthDate: '1990-12-31', phone: '13912345678' },
  { birthDate: '2001-01-01', phone: '15800123123' },
];

describe("the kiosk's copy of the PIN rules", () => {
  it('has the same weaknesses', () => {
    expect({ ...kiosk.PinWeakness }).toEqual({ ...api.PinWeakness });
  });

  it('answers as the API does on every 6-digit PIN (and on a sample for more residents)', () => {
    const differ: string[] = [];
    let weak = 0;
    for (let n = 0; n < 1_000_000; n++) {
      const pin = String(n).padStart(6, '0');
      // Every PIN for one resident with a phone and a birth date; every 37th for the others.
      for (const r of n % 37 === 0 ? RESIDENTS : RESIDENTS.slice(1, 2)) {
        const ours = kiosk.pinWeakness(pin, r);
        if (ours !== api.pinWeakness(pin, r)) differ.push(`${pin} ${JSON.stringify(r)}`);
        if (ours) weak++;
      }
    }
    expect(differ.slice(0, 5)).toEqual([]);
    expect(weak).toBeGreaterThan(50);
  }, 60_000);

  it('writes dates of birth in the same forms', () => {
    for (const d of ['1948-03-12', '1990-12-31', '2001-01-01', '1935-07-04']) {
      expect(kiosk.birthDateForms(d)).toEqual(api.birthDateForms(d));
    }
  });

  it('refuses the PINs a stranger tries first', () => {
    const r = RESIDENTS[1];
    expect(kiosk.pinWeakness('123456', r)).toBe('SEQUENCE');
    expect(kiosk.pinWeakness('000000', r)).toBe('REPEATED');
    expect(kiosk.pinWeakness('480312', r)).toBe('BIRTH_DATE');
    expect(kiosk.pinWeakness('000001', r)).toBe('PHONE');
    expect(kiosk.pinWeakness('482915', r)).toBeNull();
  });
});

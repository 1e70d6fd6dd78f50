/**
 * A copy of the API's rules (api/src/modules/auth/pin-rules.ts), so the kiosk says why a PIN is
 * too easy before a round trip. Keep the two identical: pin-rules.test.ts compares them on every
 * 6-digit PIN. The API stays the judge (it also knows the date of birth, which the kiosk does not).
 *
 * Which 6-digit PINs are too easy to guess: the ones a stranger tries first. Pure.
 */
export enum PinWeakness {
  /** 000000, 111111 */
  REPEATED = 'REPEATED',
  /** 123456, 654321, 012345, 121212, 123123 */
  SEQUENCE = 'SEQUENCE',
  /** The date of birth in any common order (480312, 031248, 194803 …) */
  BIRTH_DATE = 'BIRTH_DATE',
  /** The last six digits of the resident's phone */
  PHONE = 'PHONE',
}

function isRun(pin: string, step: 1 | -1): boolean {
  for (let i = 1; i < pin.length; i++) {
    if ((Number(pin[i - 1]) + step + 10) % 10 !== Number(pin[i])) return false;
  }
  return true;
}

function repeatsWithPeriod(pin: string, period: number): boolean {
  for (let i = period; i < pin.length; i++) if (pin[i] !== pin[i - period]) return false;
  return true;
}

/** The 6-digit forms a date of birth is written in. */
export function birthDateForms(birthDate: string): string[] {
  const [y, m, d] = birthDate.split('-');
  const yy = y.slice(2);
  return [yy + m + d, m + d + yy, d + m + yy, y + m, m + y, y.slice(0, 2) + yy + m, m + d + y.slice(0, 2)];
}

/** Why the PIN is too easy for this resident, or null when it is fine. */
export function pinWeakness(
  pin: string,
  resident: { birthDate: string | null; phone: string | null },
): PinWeakness | null {
  if (repeatsWithPeriod(pin, 1)) return PinWeakness.REPEATED;
  if (isRun(pin, 1) || isRun(pin, -1) || repeatsWithPeriod(pin, 2) || repeatsWithPeriod(pin, 3)) {
    return PinWeakness.SEQUENCE;
  }
  if (resident.birthDate && birthDateForms(resident.birthDate).includes(pin)) return PinWeakness.BIRTH_DATE;
  if (resident.phone && resident.phone.slice(-6) === pin) return PinWeakness.PHONE;
  return null;
}

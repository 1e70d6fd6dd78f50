import { ApiError } from '@linli/client';
import { describe, expect, it } from 'vitest';
import { PinWeakness } from './pin-rules';
import {
  CHANGE_STEPS,
  SETUP_STEPS,
  advance,
  back,
  codeAccepted,
  complete,
  handPhone,
  isLocked,
  position,
  refused,
  shown,
  startChange,
  startSetup,
  takePhone,
  weaknessOf,
  type PinFlow,
  type PinStep,
} from './pin-setup';

const PHONE = '13800000001';
const GOOD = '482915';

function err(reason: string, extra: Partial<ApiError> = {}): ApiError {
  return Object.assign(
    new ApiError('refused', { code: 'UNAUTHENTICATED', reason: reason as ApiError['reason'] }),
    extra,
  );
}

/** The set-up flow walked to `step` with good answers. */
function setupAt(step: PinStep): PinFlow {
  let flow: PinFlow = startSetup();
  if (step === 'phone') return flow;
  flow = advance(flow, PHONE).flow;
  if (step === 'code') return flow;
  flow = codeAccepted(advance(flow, '12345678').flow);
  if (step === 'pin') return flow;
  return advance(flow, GOOD).flow;
}

describe('setting a PIN with a set-up code', () => {
  it('four steps: phone, code, PIN, PIN again; each says where it is', () => {
    const flow = startSetup();
    expect(flow.steps).toEqual(SETUP_STEPS);
    expect(SETUP_STEPS.map((step) => position({ ...flow, step }))).toEqual([
      { n: 1, of: 4 },
      { n: 2, of: 4 },
      { n: 3, of: 4 },
      { n: 4, of: 4 },
    ]);
  });

  it('a phone handed from the sign-in page fills the first step; a bad one does not', () => {
    expect(startSetup(PHONE).phone).toBe(PHONE);
    expect(shown(startSetup(PHONE))).toBe(PHONE);
    expect(startSetup('12345').phone).toBe('');
  });

  it('the phone must be 11 digits starting with 1', () => {
    const bad = advance(startSetup(), '23800000001');
    expect(bad.flow.step).toBe('phone');
    expect(bad.flow.problem).toEqual({ kind: 'phoneFormat' });
    expect(bad.send).toBeNull();
    const good = advance(startSetup(), PHONE);
    expect(good.flow).toMatchObject({ step: 'code', phone: PHONE, problem: null });
  });

  it('the code is checked as soon as it is typed, and the step waits for the answer', () => {
    const { flow, send } = advance(setupAt('code'), '12345678');
    expect(send).toBe('check');
    expect(flow).toMatchObject({ step: 'code', code: '12345678' });
    expect(codeAccepted(flow).step).toBe('pin');
  });

  it('steps complete at 11, 8 and 6 digits', () => {
    expect(complete(setupAt('phone'), PHONE)).toBe(true);
    expect(complete(setupAt('code'), '1234567')).toBe(false);
    expect(complete(setupAt('code'), '12345678')).toBe(true);
    expect(complete(setupAt('pin'), GOOD)).toBe(true);
    expect(complete(setupAt('again'), '12345')).toBe(false);
  });

  it('a wrong code stays on the code step, cleared, with the refusal (tries left) to say', () => {
    const wrong = err('SETUP_CODE_WRONG', { triesLeft: 4 });
    const flow = refused(advance(setupAt('code'), '87654321').flow, wrong);
    expect(flow).toMatchObject({ step: 'code', code: '', phone: PHONE, problem: { kind: 'refused', error: wrong } });
    expect(shown(flow)).toBe('');
    expect(refused(setupAt('code'), err('SETUP_CODE_EXPIRED')).step).toBe('code');
  });

  it('an unknown phone goes back to the phone step; a lock is said where it happened', () => {
    expect(refused(setupAt('code'), err('PHONE_UNKNOWN')).step).toBe('phone');
    const locked = refused(setupAt('code'), err('PIN_LOCKED', { retryAfterSeconds: 900 }));
    expect(locked.step).toBe('code');
    expect(isLocked(locked.problem)).toBe(true);
    expect(isLocked(refused(setupAt('code'), err('SETUP_CODE_WRONG')).problem)).toBe(false);
  });

  it.each([
    ['123456', PinWeakness.SEQUENCE],
    ['000000', PinWeakness.REPEATED],
    ['121212', PinWeakness.SEQUENCE],
    ['000001', PinWeakness.PHONE],
  ])('a trivial PIN %s is refused before any round trip (%s)', (pin, why) => {
    const { flow, send } = advance(setupAt('pin'), pin);
    expect(send).toBeNull();
    expect(flow).toMatchObject({ step: 'pin', pin: '', problem: { kind: 'weak', why } });
  });

  it('a good PIN goes on to typing it again; the same PIN sends it', () => {
    const again = advance(setupAt('pin'), GOOD);
    expect(again).toMatchObject({ send: null, flow: { step: 'again', pin: GOOD, problem: null } });
    const done = advance(again.flow, GOOD);
    expect(done.send).toBe('submit');
    expect(done.flow).toMatchObject({ phone: PHONE, code: '12345678', pin: GOOD, step: 'again' });
  });

  it('a different PIN the second time says so and goes back to choosing one', () => {
    const { flow, send } = advance(setupAt('again'), '482916');
    expect(send).toBeNull();
    expect(flow).toMatchObject({ step: 'pin', pin: '', problem: { kind: 'mismatch' } });
  });

  it("the API's PIN_TOO_SIMPLE (a birth date, which only it knows) goes back to choosing, saying why", () => {
    const simple = Object.assign(new ApiError('too simple', { code: 'BAD_USER_INPUT', reason: 'PIN_TOO_SIMPLE' }), {
      why: 'BIRTH_DATE',
    });
    expect(weaknessOf(simple)).toBe(PinWeakness.BIRTH_DATE);
    const flow = refused(setupAt('again'), simple);
    expect(flow).toMatchObject({ step: 'pin', pin: '', problem: { kind: 'weak', why: PinWeakness.BIRTH_DATE } });
    // A weakness the kiosk has no words for yet: the general sentence, still on the PIN step.
    const odd = Object.assign(simple, { why: 'SOMETHING_NEW' });
    expect(refused(setupAt('again'), odd)).toMatchObject({ step: 'pin', problem: { kind: 'refused' } });
  });

  it('a network failure on the last step starts the PIN over, nothing else lost', () => {
    const offline = new ApiError('offline', { code: 'NETWORK_ERROR' });
    const flow = refused(advance(setupAt('again'), GOOD).flow, offline);
    expect(flow).toMatchObject({ step: 'pin', pin: '', phone: PHONE, code: '12345678' });
  });

  it('返回 goes one step back, forgetting what that step gave, and leaves from the first', () => {
    const fromAgain = back(setupAt('again'))!;
    expect(fromAgain).toMatchObject({ step: 'pin', pin: '' });
    const fromPin = back(fromAgain)!;
    expect(fromPin).toMatchObject({ step: 'code', code: '', phone: PHONE });
    const fromCode = back(fromPin)!;
    expect(fromCode.step).toBe('phone');
    expect(shown(fromCode)).toBe(PHONE);
    expect(back(fromCode)).toBeNull();
  });
});

describe('changing one’s PIN', () => {
  it('three steps: current, new, again; then sends both PINs', () => {
    let flow: PinFlow = startChange();
    expect(flow.steps).toEqual(CHANGE_STEPS);
    expect(position(flow)).toEqual({ n: 1, of: 3 });
    flow = advance(flow, '135790').flow;
    expect(flow).toMatchObject({ step: 'pin', current: '135790' });
    flow = advance(flow, GOOD).flow;
    expect(position(flow)).toEqual({ n: 3, of: 3 });
    const done = advance(flow, GOOD);
    expect(done.send).toBe('submit');
    expect(done.flow).toMatchObject({ current: '135790', pin: GOOD });
  });

  it('a trivial new PIN is refused at once (the phone is not known here: the API checks it)', () => {
    const atPin = advance(startChange(), '135790').flow;
    expect(advance(atPin, '654321').flow.problem).toEqual({ kind: 'weak', why: PinWeakness.SEQUENCE });
    expect(advance(atPin, '000001').flow.step).toBe('again');
  });

  it('a wrong current PIN goes back to it (tries left); too simple to the new one', () => {
    let flow: PinFlow = startChange();
    for (const typed of ['135790', GOOD, GOOD]) flow = advance(flow, typed).flow;
    const wrong = refused(flow, err('PIN_WRONG', { triesLeft: 2 }));
    expect(wrong).toMatchObject({ step: 'current', current: '', pin: '', problem: { kind: 'refused' } });
    const simple = refused(flow, Object.assign(err('PIN_TOO_SIMPLE'), { why: 'PHONE' }));
    expect(simple).toMatchObject({ step: 'pin', current: '135790', problem: { kind: 'weak', why: 'PHONE' } });
  });
});

describe('the phone handed from sign-in', () => {
  it('is taken once', () => {
    handPhone(PHONE);
    expect(takePhone()).toBe(PHONE);
    expect(takePhone()).toBe('');
    handPhone('123');
    expect(takePhone()).toBe('');
  });
});

describe('locked while changing', () => {
  it('goes back to the current PIN step, saying so', () => {
    let flow: PinFlow = startChange();
    for (const typed of ['135790', GOOD, GOOD]) flow = advance(flow, typed).flow;
    const locked = refused(flow, err('PIN_LOCKED', { retryAfterSeconds: 600 }));
    expect(locked.step).toBe('current');
    expect(isLocked(locked.problem)).toBe(true);
  });
});

/**
 * The kiosk's PIN pages as plain logic: setting one's own PIN with a set-up code from the staff
 * (phone, code, PIN, the PIN again) and changing it when signed in (current PIN, new PIN, again).
 * A flow is a value; each function answers the next one and what, if anything, to send.
 */
import { ApiError } from '@linli/client';
import { PinWeakness, pinWeakness } from './pin-rules';

export type SetupStep = 'phone' | 'code' | 'pin' | 'again';
export type ChangeStep = 'current' | 'pin' | 'again';
export type PinStep = SetupStep | ChangeStep;

/** 设置密码: the phone, the staff's set-up code, a new PIN, the same PIN again. */
export const SETUP_STEPS: readonly SetupStep[] = ['phone', 'code', 'pin', 'again'];
/** 修改密码: the PIN in use, a new PIN, the same PIN again. */
export const CHANGE_STEPS: readonly ChangeStep[] = ['current', 'pin', 'again'];

/** How many digits each step takes on the keypad. */
export const STEP_LENGTH: Readonly<Record<PinStep, number>> = { phone: 11, code: 8, current: 6, pin: 6, again: 6 };

/** What to tell the resident on the step they are on (kept until they go on). */
export type Problem =
  | { kind: 'phoneFormat' }
  /** The new PIN is too easy to guess: why, in their words (the kiosk's rules or the API's). */
  | { kind: 'weak'; why: PinWeakness }
  /** The PIN typed again was not the same: choose it again. */
  | { kind: 'mismatch' }
  /** The API refused: its sentence (errorText). */
  | { kind: 'refused'; error: unknown };

export interface PinFlow<S extends PinStep = PinStep> {
  readonly steps: readonly S[];
  readonly step: S;
  /** What the finished steps gave ('' until then). */
  readonly phone: string;
  readonly code: string;
  readonly current: string;
  readonly pin: string;
  readonly problem: Problem | null;
}

/** What to do after a step: nothing more (show `flow`), check the set-up code, or send the PIN. */
export interface Outcome<S extends PinStep = PinStep> {
  flow: PinFlow<S>;
  send: null | 'check' | 'submit';
}

const EMPTY = { phone: '', code: '', current: '', pin: '', problem: null };

/** The set-PIN flow, on the phone step (with the number already typed at sign-in, if any). */
export function startSetup(phone = ''): PinFlow<SetupStep> {
  return { ...EMPTY, steps: SETUP_STEPS, step: 'phone', phone: isPhone(phone) ? phone : '' };
}

/** The change-PIN flow, on the current-PIN step. */
export function startChange(): PinFlow<ChangeStep> {
  return { ...EMPTY, steps: CHANGE_STEPS, step: 'current' };
}

/** "第 n 步 / 共 m 步". */
export function position(flow: PinFlow): { n: number; of: number } {
  return { n: flow.steps.indexOf(flow.step) + 1, of: flow.steps.length };
}

export function isPhone(s: string): boolean {
  return /^1\d{10}$/.test(s);
}

/** What the keypad shows on arriving at the flow's step: the phone stays, secrets never do. */
export function shown(flow: PinFlow): string {
  return flow.step === 'phone' ? flow.phone : '';
}

/** The step's digits are all typed (the phone step waits for 下一步; the others go on by themselves). */
export function complete(flow: PinFlow, typed: string): boolean {
  return typed.length === STEP_LENGTH[flow.step];
}

function to<S extends PinStep>(flow: PinFlow<S>, step: S, problem: Problem | null = null): PinFlow<S> {
  return { ...flow, step, problem };
}

/**
 * The resident finished the step with `typed`: the next step, or a problem on this one, and
 * whether to ask the API (the set-up code at once; the new PIN once typed twice).
 */
export function advance<S extends PinStep>(flow: PinFlow<S>, typed: string): Outcome<S> {
  const at = flow as PinFlow;
  let next: PinFlow;
  let send: Outcome['send'] = null;
  switch (at.step) {
    case 'phone':
      next = isPhone(typed) ? to({ ...at, phone: typed }, 'code') : to(at, 'phone', { kind: 'phoneFormat' });
      break;
    case 'code':
      // Checked right away, so a wrong code is said before a PIN is chosen; the step waits.
      next = { ...at, code: typed, problem: null };
      send = 'check';
      break;
    case 'current':
      next = to({ ...at, current: typed }, 'pin');
      break;
    case 'pin': {
      const why = weakness(typed, at.phone || null);
      next = why ? to({ ...at, pin: '' }, 'pin', { kind: 'weak', why }) : to({ ...at, pin: typed }, 'again');
      break;
    }
    case 'again':
      if (typed === at.pin) {
        next = { ...at, problem: null };
        send = 'submit';
      } else {
        next = to({ ...at, pin: '' }, 'pin', { kind: 'mismatch' });
      }
      break;
  }
  return { flow: next as PinFlow<S>, send };
}

/** The set-up code was right: on to choosing the PIN. */
export function codeAccepted<S extends PinStep>(flow: PinFlow<S>): PinFlow<S> {
  return to(flow as PinFlow, 'pin') as PinFlow<S>;
}

/** The step before, or null on the first (the page leaves the flow). What it gave is typed again. */
export function back<S extends PinStep>(flow: PinFlow<S>): PinFlow<S> | null {
  const i = flow.steps.indexOf(flow.step);
  if (i <= 0) return null;
  const step = flow.steps[i - 1];
  return { ...forget(flow, step), step, problem: null };
}

/** The flow with what `step` and the steps after it gave forgotten (the phone is kept). */
function forget<S extends PinStep>(flow: PinFlow<S>, step: S): PinFlow<S> {
  const from = flow.steps.indexOf(step);
  const later = (s: PinStep) => flow.steps.indexOf(s as S) >= from;
  return {
    ...flow,
    code: later('code') ? '' : flow.code,
    current: later('current') ? '' : flow.current,
    pin: later('pin') ? '' : flow.pin,
  };
}

/**
 * The API refused the code or the PIN: back to the step the refusal is about, saying why. A PIN
 * refused as too simple says which weakness, like the kiosk's own check.
 */
export function refused<S extends PinStep>(flow: PinFlow<S>, err: unknown): PinFlow<S> {
  const why = weaknessOf(err);
  const step = stepFor(flow, err);
  const problem: Problem = why ? { kind: 'weak', why } : { kind: 'refused', error: err };
  return { ...forget(flow, step), step, problem };
}

/** The steps a refusal is about, first the one the flow has (a lock: the PIN or the code tried). */
const STEPS_FOR: Partial<Record<string, PinStep[]>> = {
  PHONE_UNKNOWN: ['phone'],
  SETUP_CODE_WRONG: ['code'],
  SETUP_CODE_EXPIRED: ['code'],
  PIN_WRONG: ['current'],
  PIN_LOCKED: ['current', 'code'],
  PIN_TOO_SIMPLE: ['pin'],
};

function stepFor<S extends PinStep>(flow: PinFlow<S>, err: unknown): S {
  const reason = err instanceof ApiError ? err.reason : undefined;
  const wanted = (reason && STEPS_FOR[reason]?.find((s) => flow.steps.includes(s as S))) as S | undefined;
  if (wanted) return wanted;
  // Anything else (the network, a busy kiosk): where it happened, typed again. The PIN typed
  // twice starts over at the new PIN, so nobody retypes a PIN they can no longer see.
  return flow.step === 'again' ? ('pin' as S) : flow.step;
}

/** Locked out (too many wrong PINs or codes): the page offers the set-up code and the staff. */
export function isLocked(problem: Problem | null): boolean {
  return problem?.kind === 'refused' && problem.error instanceof ApiError && problem.error.reason === 'PIN_LOCKED';
}

/** Why the kiosk's copy of the API's rules finds this PIN too easy (the phone when known). */
export function weakness(pin: string, phone: string | null): PinWeakness | null {
  return pinWeakness(pin, { phone, birthDate: null });
}

/** The API's PIN_TOO_SIMPLE `why`, when it is one the kiosk has words for. */
export function weaknessOf(err: unknown): PinWeakness | null {
  if (!(err instanceof ApiError) || err.reason !== 'PIN_TOO_SIMPLE') return null;
  return Object.values(PinWeakness).find((w) => w === err.why) ?? null;
}

// A phone typed on the sign-in page, handed to the set-PIN page (memory only, taken once).
let handed = '';

/** The sign-in page's phone goes with the resident to 设置密码. */
export function handPhone(phone: string): void {
  handed = isPhone(phone) ? phone : '';
}

/** The phone handed over, if any; forgotten once taken. */
export function takePhone(): string {
  const phone = handed;
  handed = '';
  return phone;
}

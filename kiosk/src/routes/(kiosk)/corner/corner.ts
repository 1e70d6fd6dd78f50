import { ApiError } from '@linli/client';
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { formatHours } from '@linli/ui';
import { kiosk } from '$lib/kiosk.svelte';
import type { CornerBookingFragment, CornerTicketFragment } from '$gql/graphql';

export type Ticket = CornerTicketFragment;
export type Booking = CornerBookingFragment;

/** One key per tap-intent, reused when that tap is retried (crypto.randomUUID needs https). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** The resident's session is gone (expired, or never there): they have to sign in again. */
export function signedOut(err: unknown): boolean {
  return err instanceof ApiError && (err.reason === 'SESSION_EXPIRED' || err.code === 'UNAUTHENTICATED');
}

/** After `signedOut` in the middle of something: the kiosk forgets the resident, who signs in again. */
export async function signInAgain(): Promise<void> {
  kiosk.sessionExpired();
  await goto(resolve('/signin'));
}

/** "09:00–12:00": an opening's hours. */
export function openingHours(s: { startsAt: string; endsAt: string }, lang: string | null | undefined): string {
  return formatHours(s.startsAt, s.endsAt, lang);
}

/** The opening is open at `now`: the booking can be checked in (on the day, between start and end). */
export function openAt(s: { startsAt: string; endsAt: string }, now: number): boolean {
  return new Date(s.startsAt).getTime() <= now && now < new Date(s.endsAt).getTime();
}

/**
 * Common problems per offering, by the offering's name (keys of `corner.booking.problems`);
 * offerings not listed get the generic ones. The provider reads the Chinese text, so that is
 * what a booking stores; `problemText` shows it back in the resident's language.
 */
const COMMON_PROBLEMS: Record<string, string[]> = {
  修锁配钥匙: ['lockStuck', 'copyKey', 'changeCylinder'],
  家电调试: ['tvNoSignal', 'washerStopped', 'acNotCooling'],
  修鞋修伞: ['shoeSole', 'umbrellaRib', 'zipBroken'],
  手机使用帮助: ['phoneVideoCall', 'phonePayment', 'phoneFontSize'],
  缝补衣物: ['sewHem', 'sewButton', 'sewTear'],
};
const GENERIC_PROBLEMS = ['takeALook', 'somethingBroken', 'askAdvice'];
const ALL_PROBLEMS = [...Object.values(COMMON_PROBLEMS).flat(), ...GENERIC_PROBLEMS];

export function commonProblems(offeringName: string): string[] {
  return COMMON_PROBLEMS[offeringName] ?? GENERIC_PROBLEMS;
}

/** Joins what was picked and typed into the text the provider reads. */
export const PROBLEM_SEPARATOR = '；';

type Translate = (key: string, options?: { locale?: string; values?: Record<string, string | number> }) => string;

/** A stored problem in the resident's language: the common problems are translated back. */
export function problemText(stored: string, t: Translate): string {
  return stored
    .split(PROBLEM_SEPARATOR)
    .map((part) => {
      const key = ALL_PROBLEMS.find((k) => t(`corner.booking.problems.${k}`, { locale: 'zh-CN' }) === part);
      return key ? t(`corner.booking.problems.${key}`) : part;
    })
    .join(t('corner.booking.problemSeparator'));
}

/**
 * A stored problem split back into the common problems of this offering it names (keys) and the
 * rest of the text, so a booking can be changed where it was chosen.
 */
export function splitProblem(stored: string, offeringName: string, t: Translate): { picked: string[]; other: string } {
  const keys = commonProblems(offeringName);
  const picked: string[] = [];
  const rest: string[] = [];
  for (const part of stored.split(PROBLEM_SEPARATOR).filter(Boolean)) {
    const key = keys.find((k) => t(`corner.booking.problems.${k}`, { locale: 'zh-CN' }) === part);
    if (key && !picked.includes(key)) picked.push(key);
    else rest.push(part);
  }
  return { picked: keys.filter((k) => picked.includes(k)), other: rest.join(PROBLEM_SEPARATOR) };
}

/** How many of a list one screen shows, and which page of it is on screen. */
const PER_PAGE = 3;

export function pageOf<T>(items: T[], page: number): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / PER_PAGE));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { items: items.slice(p * PER_PAGE, (p + 1) * PER_PAGE), page: p, pages };
}

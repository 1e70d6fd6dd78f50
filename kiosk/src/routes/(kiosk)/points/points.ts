import { ApiError } from '@linli/client';
import { kiosk } from '$lib/kiosk.svelte';

/** The resident's session is gone (expired, or never there): the kiosk asks them to sign in again. */
export function endedSession(err: unknown): boolean {
  const gone = err instanceof ApiError && (err.reason === 'SESSION_EXPIRED' || err.code === 'UNAUTHENTICATED');
  if (gone) kiosk.sessionExpired();
  return gone;
}

/** One key per confirmation (crypto.randomUUID needs a secure context; the lobby may be plain http). */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** This year in Shanghai, for dates said without it ("3月15日"). */
export function thisYear(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date());
}

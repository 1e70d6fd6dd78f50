import { ApiError } from '@linli/client';
import type { CornerTicketFragment } from '$gql/graphql';

export type Ticket = CornerTicketFragment;

/** One key per tap-intent, reused when that tap is retried (crypto.randomUUID needs https). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** "12:00" in Asia/Shanghai. */
export function clockTime(iso: string, lang: string | null | undefined): string {
  const key = lang ?? 'zh-CN';
  let f = clocks.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(key, { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
    clocks.set(key, f);
  }
  return f.format(new Date(iso));
}

/** The resident's session is gone (expired, or never there): they have to sign in again. */
export function signedOut(err: unknown): boolean {
  return err instanceof ApiError && (err.reason === 'SESSION_EXPIRED' || err.code === 'UNAUTHENTICATED');
}

/**
 * Runs `load` once now and once more if asked again while it ran: a burst of live events
 * becomes at most two requests, and the last one sees the newest state.
 */
export function coalesced(load: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  return async () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await load();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  };
}

/** Whole minutes from `iso` to now (never negative). */
export function minutesSince(iso: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / 60_000));
}

/**
 * Calls `fn` when `iso` arrives (an opening starts or ends), so a page left open changes with it
 * without polling. Returns the cancel.
 */
export function at(iso: string | null | undefined, fn: () => void): () => void {
  if (!iso) return () => undefined;
  // setTimeout holds at most ~24.8 days; an opening further off needs no timer yet.
  const ms = Date.parse(iso) - Date.now() + 500;
  if (ms > 2 ** 31 - 1) return () => undefined;
  const timer = setTimeout(fn, Math.max(0, ms));
  return () => clearTimeout(timer);
}

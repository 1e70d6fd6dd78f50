/** What a board does with its notices as they change (plain logic, tested without a browser). */

/** The notices not yet expired at `now` (the boards drop a notice at its `expiresAt`). */
export function current<N extends { expiresAt?: string | null }>(notices: readonly N[], now = Date.now()): N[] {
  return notices.filter((n) => !n.expiresAt || Date.parse(n.expiresAt) > now);
}

/** What a board does with a changed notice: the list to show now, and whether to fetch it anew. */
export function applyChange<N extends { id: string }>(
  notices: readonly N[],
  change: { id: string; notice: N | null },
): { notices: N[]; reload: boolean } {
  const shown = notices.some((n) => n.id === change.id);
  // Gone from this board: drop it at once, then fetch to fill its place.
  if (!change.notice) return { notices: notices.filter((n) => n.id !== change.id), reload: shown };
  // Corrected in place; a notice the board did not show (moved onto it, or beyond its page) is fetched.
  if (shown) return { notices: notices.map((n) => (n.id === change.id ? change.notice! : n)), reload: false };
  return { notices: [...notices], reload: true };
}

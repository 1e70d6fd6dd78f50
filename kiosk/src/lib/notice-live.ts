import type { ApiError, Client } from '@linli/client';
import { applyChange, current } from './notice-changes';
import { NoticeChanged } from './operations';

export { current };

/** How often a board looks for notices whose expiry has passed. */
export const EXPIRY_CHECK_MS = 15_000;

export interface NoticeBoard<N> {
  /** The notices shown. */
  get: () => readonly N[];
  set: (notices: N[]) => void;
  /** Fetches the board's notices anew (to fill a place left by one that went). */
  reload: () => void;
  error?: (err: ApiError) => void;
}

/**
 * Keeps a board's notices current after publishing: a corrected notice changes in place, a
 * deleted one (or one moved off this building) goes, each with the change's event; an expired
 * one goes on this board's clock, which needs no event and no server job, holds through any
 * disconnection, and is checked again whatever a screen that runs for weeks missed. Returns the
 * stop function.
 */
export function followNoticeChanges<N extends { id: string; expiresAt?: string | null }>(
  client: Client,
  buildingId: string | null,
  board: NoticeBoard<N>,
): () => void {
  const stop = client.subscribe(
    NoticeChanged,
    { buildingId },
    {
      next: ({ noticeChanged }) => {
        const { notices, reload } = applyChange(board.get(), noticeChanged as { id: string; notice: N | null });
        board.set(notices);
        if (reload) board.reload();
      },
      error: board.error,
      resync: board.reload,
    },
  );
  const expiry = setInterval(() => {
    const shown = board.get();
    const kept = current(shown);
    if (kept.length === shown.length) return;
    board.set(kept);
    board.reload();
  }, EXPIRY_CHECK_MS);
  return () => {
    clearInterval(expiry);
    stop();
  };
}

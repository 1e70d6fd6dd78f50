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

/** `coalesced` per key (one line of a board, say): each key has its own run and its own once-more. */
export function coalescedBy(load: (key: string) => Promise<void>): (key: string) => Promise<void> {
  const runs = new Map<string, () => Promise<void>>();
  return (key) => {
    let run = runs.get(key);
    if (!run) {
      run = coalesced(() => load(key));
      runs.set(key, run);
    }
    return run();
  };
}

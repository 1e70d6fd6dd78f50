/** A matter changed (a suggestion came in, it was classified, decided, answered, flagged overdue …). */
export const MATTER_CHANGED = 'MATTER_CHANGED';

export interface MatterChanged {
  matterId: string;
  version: number;
}

declare module '../../platform/pubsub.js' {
  interface Topics {
    MATTER_CHANGED: [MatterChanged];
  }
}

/** A resident was added, changed, moved away or erased (`residentId`), or many were (an import: none). */
export interface ResidentChanged {
  communityId: string;
  residentId?: string;
}

export const RESIDENT_CHANGED = 'RESIDENT_CHANGED';

declare module '../../platform/pubsub.js' {
  interface Topics {
    RESIDENT_CHANGED: [ResidentChanged];
  }
}

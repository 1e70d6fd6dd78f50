/** Why a deliberation request was refused. */
export enum DeliberationReason {
  MATTER_CHANGED = 'MATTER_CHANGED',
  MATTER_STATE = 'MATTER_STATE',
  CANNOT_MERGE = 'CANNOT_MERGE',
  PARTY_CHANGED = 'PARTY_CHANGED',
  DEADLINE_IN_PAST = 'DEADLINE_IN_PAST',
}

export const deliberationReasons: Record<DeliberationReason, string> = {
  MATTER_CHANGED: 'Someone else changed this matter since it was read: load it again',
  MATTER_STATE: 'The matter is not at a step where this can be done (status: where it is)',
  CANNOT_MERGE: 'Only two different matters that are not closed or merged can be merged',
  PARTY_CHANGED: 'Someone else changed this party since it was read: load it again',
  DEADLINE_IN_PAST: 'A deadline cannot be moved to a day already past',
};

declare module '../../platform/errors.js' {
  interface ErrorReasons {
    deliberation: DeliberationReason;
  }
}

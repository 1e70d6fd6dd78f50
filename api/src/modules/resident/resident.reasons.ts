/** Why an action on a resident was refused. */
export enum ResidentReason {
  RESIDENT_CHANGED = 'RESIDENT_CHANGED',
  RESIDENT_GONE = 'RESIDENT_GONE',
  PHONE_TAKEN = 'PHONE_TAKEN',
}

export const residentReasons: Record<ResidentReason, string> = {
  RESIDENT_CHANGED: 'Someone else changed this resident since it was opened: reload and edit again',
  RESIDENT_GONE: 'The resident has moved away or was erased: their record no longer changes',
  PHONE_TAKEN: 'Another resident of this community has this phone number',
};

declare module '../../platform/errors.js' {
  interface ErrorReasons {
    resident: ResidentReason;
  }
}

/** Why an import or export was refused. */
export enum RosterReason {
  ROSTER_CHANGED = 'ROSTER_CHANGED',
  ROSTER_ROLE = 'ROSTER_ROLE',
}

export const rosterReasons: Record<RosterReason, string> = {
  ROSTER_CHANGED: 'Residents changed while the import was written (someone edited one): run the dry run again',
  ROSTER_ROLE: 'Importing and exporting residents (personal data in bulk) is for admins and secretaries',
};

declare module '../../platform/errors.js' {
  interface ErrorReasons {
    roster: RosterReason;
  }
}

/** Why a street-office action was refused. */
export enum StreetOfficeReason {
  COMMUNITY_CODE_TAKEN = 'COMMUNITY_CODE_TAKEN',
}

export const streetOfficeReasons: Record<StreetOfficeReason, string> = {
  COMMUNITY_CODE_TAKEN: 'Another community has this code already',
};

declare module '../../platform/errors.js' {
  interface ErrorReasons {
    streetOffice: StreetOfficeReason;
  }
}

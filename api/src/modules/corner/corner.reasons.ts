/** Why the corner's set-up refused a request. */
export enum CornerReason {
  LETTER_TAKEN = 'LETTER_TAKEN',
  OFFERING_IN_USE = 'OFFERING_IN_USE',
  DESK_NAME_TAKEN = 'DESK_NAME_TAKEN',
  OPENING_EXISTS = 'OPENING_EXISTS',
  OPENING_OVER = 'OPENING_OVER',
  OPENING_STARTED = 'OPENING_STARTED',
}

export const cornerReasons: Record<CornerReason, string> = {
  LETTER_TAKEN: "The letter is already another offering's line",
  OFFERING_IN_USE: 'Residents are in this line or have booked it (count)',
  DESK_NAME_TAKEN: 'Another desk has this name',
  OPENING_EXISTS: 'Another opening is at that time',
  OPENING_OVER: 'The opening is over',
  OPENING_STARTED: 'The opening has started: take a ticket instead of booking',
};

declare module '../../platform/errors.js' {
  interface ErrorReasons {
    corner: CornerReason;
  }
}

/** Why the service corner refused a request. */
export enum CornerReason {
  CORNER_CLOSED = 'CORNER_CLOSED',
  ALREADY_IN_LINE = 'ALREADY_IN_LINE',
  TICKET_STATE = 'TICKET_STATE',
  TICKET_NOT_WAITING = 'TICKET_NOT_WAITING',
  TICKET_UNKNOWN = 'TICKET_UNKNOWN',
  COUNTER_BUSY = 'COUNTER_BUSY',
  HOME_VISIT_NOT_ELIGIBLE = 'HOME_VISIT_NOT_ELIGIBLE',
  SESSION_STARTED = 'SESSION_STARTED',
  FULLY_BOOKED = 'FULLY_BOOKED',
  ALREADY_BOOKED = 'ALREADY_BOOKED',
  BOOKING_STATE = 'BOOKING_STATE',
  NOT_CHECK_IN_TIME = 'NOT_CHECK_IN_TIME',
  LETTER_TAKEN = 'LETTER_TAKEN',
  SERVICE_IN_USE = 'SERVICE_IN_USE',
  COUNTER_NAME_TAKEN = 'COUNTER_NAME_TAKEN',
  SESSION_EXISTS = 'SESSION_EXISTS',
  SESSION_OVER = 'SESSION_OVER',
  BOOKINGS_CHANGED = 'BOOKINGS_CHANGED',
  CAPACITY_BELOW_BOOKED = 'CAPACITY_BELOW_BOOKED',
}

export const cornerReasons: Record<CornerReason, string> = {
  CORNER_CLOSED: 'The service corner is not open now (opensAt: when it next opens)',
  ALREADY_IN_LINE: 'The resident already has an open ticket in this line',
  TICKET_STATE: 'The ticket is not in a state that allows this (finished, or already there)',
  TICKET_NOT_WAITING: 'The ticket asked for is not waiting (ticketCode, ticketStatus)',
  TICKET_UNKNOWN: 'No ticket with this number was issued in this line (ticketCode)',
  COUNTER_BUSY: 'The counter still has a ticket called or being served (ticketCode)',
  HOME_VISIT_NOT_ELIGIBLE: 'Home visits are for residents with limited mobility',
  SESSION_STARTED: 'The session has started: take a ticket instead of booking',
  FULLY_BOOKED: 'No places are left to book in this session',
  ALREADY_BOOKED: 'The resident has already booked this service for this session',
  BOOKING_STATE: 'The booking is not in a state that allows this',
  NOT_CHECK_IN_TIME: 'Check-in is possible only while the booked session is open',
  LETTER_TAKEN: "The letter is already another service's line",
  SERVICE_IN_USE: 'Residents are in this line or have booked it (count)',
  COUNTER_NAME_TAKEN: 'Another counter has this name',
  SESSION_EXISTS: 'Another session is open at that time',
  SESSION_OVER: 'The session is over',
  BOOKINGS_CHANGED: 'The session has more bookings than were confirmed (count)',
  CAPACITY_BELOW_BOOKED: 'More places are booked already than the new capacity (count)',
};

declare module '../../platform/errors.js' {
  interface ErrorReasons {
    corner: CornerReason;
  }
}

/** Why a booking was refused. */
export enum BookingReason {
  HOME_VISIT_NOT_ELIGIBLE = 'HOME_VISIT_NOT_ELIGIBLE',
  FULLY_BOOKED = 'FULLY_BOOKED',
  ALREADY_BOOKED = 'ALREADY_BOOKED',
  BOOKING_STATE = 'BOOKING_STATE',
  NOT_CHECK_IN_TIME = 'NOT_CHECK_IN_TIME',
  BOOKINGS_CHANGED = 'BOOKINGS_CHANGED',
  CAPACITY_BELOW_BOOKED = 'CAPACITY_BELOW_BOOKED',
}

export const bookingReasons: Record<BookingReason, string> = {
  HOME_VISIT_NOT_ELIGIBLE: 'Home visits are for residents with limited mobility',
  FULLY_BOOKED: 'No places are left to book in this opening',
  ALREADY_BOOKED: 'The resident has already booked this offering for this opening',
  BOOKING_STATE: 'The booking is not in a state that allows this',
  NOT_CHECK_IN_TIME: 'Check-in is possible only while the booked opening is open',
  BOOKINGS_CHANGED: 'The opening has more bookings than were confirmed (count)',
  CAPACITY_BELOW_BOOKED: 'More places are booked already than the new capacity (count)',
};

declare module '../../platform/errors.js' {
  interface ErrorReasons {
    booking: BookingReason;
  }
}

import type { LinliModule } from '../../platform/module.js';
import { Corner } from '../corner/index.js';
import { Booking, BookingCancelReason, BookingStatus } from './booking.entity.js';
import { bookingReasons } from './booking.reasons.js';
import { BookingResolver, CalendarBookingsResolver } from './booking.resolver.js';
import { cancelForClosing, heldForOffering } from './places.service.js';

export { Booking, BookingCancelReason, BookingStatus };

// An offering with places booked ahead stays on the kiosk; closing a day cancels its bookings.
Corner.holdOfferings({ showsLetter: false, count: heldForOffering });
Corner.whenOpeningCloses(cancelForClosing);

/**
 * Bookings (预约) of the service corner: a place in a future opening's line, changed, cancelled
 * or given back when the corner closes that day, and turned into a ticket at check-in.
 */
export const bookingModule: LinliModule = {
  name: 'booking',
  entities: [Booking],
  resolvers: [BookingResolver, CalendarBookingsResolver],
  reasons: bookingReasons,
};

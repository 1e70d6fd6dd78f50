import type { Booking, Ticket } from '../corner';

/**
 * 我的排号和预约 without a screen: what a number's line says, what a booking offers, which
 * bookings the corner cancelled by closing that day, and where a refused check-in points.
 */

/** The message key (and values) of where a number stands: how many ahead, or the desk it is called to. */
export function ticketWhere(t: Pick<Ticket, 'status' | 'ahead' | 'deskName'>): {
  key: string;
  values?: Record<string, string | number>;
} {
  if (t.status === 'WAITING') {
    return t.ahead > 0 ? { key: 'corner.ticket.ahead', values: { count: t.ahead } } : { key: 'corner.ticket.next' };
  }
  return {
    key: t.status === 'CALLED' ? 'corner.ticket.called' : 'corner.ticket.serving',
    values: { desk: t.deskName ?? '' },
  };
}

/** Staff closed that day (a holiday): the booking was cancelled for the resident, not by them. */
export function closedDay(b: Pick<Booking, 'status' | 'cancelReason'>): boolean {
  return b.status === 'CANCELLED' && b.cancelReason === 'CORNER_CLOSED';
}

/** A booking of the same offering still standing, e.g. made with "book another day". */
export function rebookedFor<B extends Pick<Booking, 'id' | 'status' | 'offering'>>(
  bookings: readonly B[],
  b: B,
): B | undefined {
  return bookings.find((x) => x.offering.id === b.offering.id && x.id !== b.id && x.status !== 'CANCELLED');
}

/** What a booking (not cancelled by a closed day) offers, given whether its opening is open now. */
export interface BookingOffers {
  /** Open now: check in (the card stands out). */
  checkIn: boolean;
  /** Booked for another time: when check-in opens. */
  checkInWhen: boolean;
  /** Checked in: the way to its number. */
  viewTicket: boolean;
  /** Booked: change it, or cancel it. */
  change: boolean;
}

export function bookingOffers(b: Pick<Booking, 'status' | 'ticket'>, openingOpen: boolean): BookingOffers {
  const booked = b.status === 'BOOKED';
  return {
    checkIn: booked && openingOpen,
    checkInWhen: booked && !openingOpen,
    viewTicket: b.status === 'CHECKED_IN' && !!b.ticket,
    change: booked,
  };
}

/** A check-in refused because the resident already has a number in that line: that number, to go to. */
export function ticketInLine(
  reason: string | undefined,
  tickets: readonly Pick<Ticket, 'id' | 'offering'>[],
  offeringId: string,
): string | undefined {
  return reason === 'ALREADY_IN_LINE' ? tickets.find((t) => t.offering.id === offeringId)?.id : undefined;
}

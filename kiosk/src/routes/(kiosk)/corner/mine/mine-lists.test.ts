import { describe, expect, it } from 'vitest';
import type { Booking } from '../corner';
import { bookingOffers, closedDay, rebookedFor, ticketInLine, ticketWhere } from './mine-lists';

type Status = Booking['status'];

const booking = (id: string, offeringId: string, status: string, cancelReason: string | null = null) =>
  ({ id, status: status as Status, cancelReason, offering: { id: offeringId } }) as Booking;

describe('where a number stands', () => {
  it('waiting: how many are ahead, or that it is next', () => {
    expect(ticketWhere({ status: 'WAITING', ahead: 3, deskName: null } as never)).toEqual({
      key: 'corner.ticket.ahead',
      values: { count: 3 },
    });
    expect(ticketWhere({ status: 'WAITING', ahead: 1, deskName: null } as never)).toEqual({
      key: 'corner.ticket.ahead',
      values: { count: 1 },
    });
    expect(ticketWhere({ status: 'WAITING', ahead: 0, deskName: null } as never)).toEqual({
      key: 'corner.ticket.next',
    });
  });

  it('called or being served: at which desk', () => {
    expect(ticketWhere({ status: 'CALLED', ahead: 0, deskName: '2号台' } as never)).toEqual({
      key: 'corner.ticket.called',
      values: { desk: '2号台' },
    });
    expect(ticketWhere({ status: 'SERVING', ahead: 0, deskName: null } as never)).toEqual({
      key: 'corner.ticket.serving',
      values: { desk: '' },
    });
  });
});

describe('a day the corner closed', () => {
  it('is a booking cancelled for that reason only', () => {
    expect(closedDay(booking('b1', 's', 'CANCELLED', 'CORNER_CLOSED'))).toBe(true);
    expect(closedDay(booking('b1', 's', 'CANCELLED', null))).toBe(false);
    expect(closedDay(booking('b1', 's', 'BOOKED', 'CORNER_CLOSED'))).toBe(false);
  });

  it('shows the booking of the same offering made since, not a cancelled one or another offering’s', () => {
    const closed = booking('b1', 'lock', 'CANCELLED', 'CORNER_CLOSED');
    const other = booking('b2', 'shoes', 'BOOKED');
    const cancelled = booking('b3', 'lock', 'CANCELLED');
    expect(rebookedFor([closed, other, cancelled], closed)).toBeUndefined();
    const again = booking('b4', 'lock', 'CHECKED_IN');
    expect(rebookedFor([closed, other, cancelled, again], closed)).toBe(again);
  });
});

describe('what a booking offers', () => {
  it('booked, its opening open: check in (and change or cancel)', () => {
    expect(bookingOffers({ status: 'BOOKED', ticket: null }, true)).toEqual({
      checkIn: true,
      checkInWhen: false,
      viewTicket: false,
      change: true,
    });
  });

  it('booked for later: when check-in opens (and change or cancel)', () => {
    expect(bookingOffers({ status: 'BOOKED', ticket: null }, false)).toEqual({
      checkIn: false,
      checkInWhen: true,
      viewTicket: false,
      change: true,
    });
  });

  it('checked in: the way to its number, nothing to change', () => {
    const ticket = { id: 't1', code: 'A001', status: 'WAITING' } as Booking['ticket'];
    expect(bookingOffers({ status: 'CHECKED_IN', ticket }, true)).toEqual({
      checkIn: false,
      checkInWhen: false,
      viewTicket: true,
      change: false,
    });
    expect(bookingOffers({ status: 'CHECKED_IN', ticket: null }, true).viewTicket).toBe(false);
    expect(bookingOffers({ status: 'CHECKED_IN', ticket }, false)).toMatchObject({ checkInWhen: false, change: false });
  });

  it('cancelled: nothing', () => {
    expect(bookingOffers({ status: 'CANCELLED', ticket: null }, true)).toEqual({
      checkIn: false,
      checkInWhen: false,
      viewTicket: false,
      change: false,
    });
  });
});

describe('a check-in refused', () => {
  const tickets = [
    { id: 't1', offering: { id: 'lock' } },
    { id: 't2', offering: { id: 'shoes' } },
  ] as never[];

  it('because a number is already in that line: points to that number', () => {
    expect(ticketInLine('ALREADY_IN_LINE', tickets, 'shoes')).toBe('t2');
    expect(ticketInLine('ALREADY_IN_LINE', tickets, 'tv')).toBeUndefined();
  });

  it('for any other reason: points nowhere', () => {
    expect(ticketInLine('NOT_CHECK_IN_TIME', tickets, 'shoes')).toBeUndefined();
    expect(ticketInLine(undefined, tickets, 'shoes')).toBeUndefined();
  });
});

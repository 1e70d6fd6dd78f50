import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { checkId } from '../../platform/errors.js';
import { BookingService } from './booking.service.js';
import { BookableSession, BookInput, BookingActionInput, BookingView, ChangeBookingInput } from './booking.types.js';
import { TicketView } from './service-corner.types.js';

@Resolver()
export class BookingResolver {
  @Authorized()
  @Query(() => [BookableSession], { description: 'The next sessions a service can be booked for, with places left' })
  bookableSessions(@Arg('serviceId', () => ID) serviceId: string, @Ctx() ctx: Context): Promise<BookableSession[]> {
    return BookingService.bookable(ctx, checkId(serviceId, 'Service'));
  }

  @Authorized(Role.RESIDENT)
  @Query(() => [BookingView], { description: "The signed-in resident's bookings for sessions not yet over" })
  myBookings(@Ctx() ctx: Context): Promise<BookingView[]> {
    return BookingService.mine(ctx);
  }

  @Authorized(Role.RESIDENT)
  @Mutation(() => BookingView, { description: 'Books a place in a future session (a repair, a haircut …)' })
  bookService(@Arg('input') input: BookInput, @Ctx() ctx: Context): Promise<BookingView> {
    return BookingService.book(ctx, input);
  }

  @Authorized(Role.RESIDENT)
  @Mutation(() => BookingView)
  cancelBooking(@Arg('input') input: BookingActionInput, @Ctx() ctx: Context): Promise<BookingView> {
    return BookingService.cancel(ctx, input.bookingId);
  }

  @Authorized(Role.RESIDENT)
  @Mutation(() => BookingView, {
    description: 'Puts away a booking cancelled because the corner closed that day (it leaves myBookings)',
  })
  dismissBooking(@Arg('input') input: BookingActionInput, @Ctx() ctx: Context): Promise<BookingView> {
    return BookingService.dismiss(ctx, input.bookingId);
  }

  @Authorized(Role.RESIDENT)
  @Mutation(() => BookingView, {
    description: 'Changes an own booking (not checked in): the problem, a home visit, or another session',
  })
  changeBooking(@Arg('input') input: ChangeBookingInput, @Ctx() ctx: Context): Promise<BookingView> {
    return BookingService.change(ctx, input);
  }

  @Authorized(Role.RESIDENT)
  @Mutation(() => TicketView, { description: 'On the day, while the session is open: the booking becomes a ticket' })
  checkIn(@Arg('input') input: BookingActionInput, @Ctx() ctx: Context): Promise<TicketView> {
    return BookingService.checkIn(ctx, input.bookingId);
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../platform/auth-checker.js';
import type { Context } from '../../platform/context.js';
import { checkId } from '../../platform/errors.js';
import { CalendarOpening } from '../corner/index.js';
import { TicketView } from '../queue/index.js';
import { BookingService } from './booking.service.js';
import {
  BookableOpening,
  BookInput,
  BookingActionInput,
  BookingView,
  ChangeBookingInput,
  LineCapacityInput,
  OpeningLine,
} from './booking.types.js';
import { PlacesService } from './places.service.js';

@Resolver()
export class BookingResolver {
  @Authorized()
  @Query(() => [BookableOpening], { description: 'The next openings an offering can be booked for, with places left' })
  bookableOpenings(@Arg('offeringId', () => ID) offeringId: string, @Ctx() ctx: Context): Promise<BookableOpening[]> {
    return BookingService.bookable(ctx, checkId(offeringId, 'Offering'));
  }

  @Authorized(Role.RESIDENT)
  @Query(() => [BookingView], { description: "The signed-in resident's bookings for openings not yet over" })
  myBookings(@Ctx() ctx: Context): Promise<BookingView[]> {
    return BookingService.mine(ctx);
  }

  @Authorized(Role.RESIDENT)
  @Mutation(() => BookingView, { description: 'Books a place in a future opening (a repair, a haircut …)' })
  bookOffering(@Arg('input') input: BookInput, @Ctx() ctx: Context): Promise<BookingView> {
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
    description: 'Changes an own booking (not checked in): the problem, a home visit, or another opening',
  })
  changeBooking(@Arg('input') input: ChangeBookingInput, @Ctx() ctx: Context): Promise<BookingView> {
    return BookingService.change(ctx, input);
  }

  @Authorized(Role.RESIDENT)
  @Mutation(() => TicketView, { description: 'On the day, while the opening is open: the booking becomes a ticket' })
  checkIn(@Arg('input') input: BookingActionInput, @Ctx() ctx: Context): Promise<TicketView> {
    return BookingService.checkIn(ctx, input.bookingId);
  }

  @Authorized(Role.STAFF)
  @Query(() => [OpeningLine], { description: "Each active offering's places in one opening" })
  openingLines(@Arg('openingId', () => ID) openingId: string, @Ctx() ctx: Context): Promise<OpeningLine[]> {
    return PlacesService.openingLines(ctx, checkId(openingId, 'Opening'));
  }

  @Authorized(Role.SECRETARY)
  @Mutation(() => OpeningLine, { description: "One opening's places for an offering (null: the offering's default)" })
  setLineCapacity(@Arg('input') input: LineCapacityInput, @Ctx() ctx: Context): Promise<OpeningLine> {
    return PlacesService.setLineCapacity(ctx, input);
  }
}

/** The bookings the console's calendar shows on each opening (what closing it would cancel). */
@Resolver(() => CalendarOpening)
export class CalendarBookingsResolver {
  @FieldResolver(() => Int, { description: 'Bookings held (not yet checked in) in all its lines' })
  bookings(@Root() entry: CalendarOpening, @Ctx() ctx: Context): Promise<number> {
    return PlacesService.heldIn(ctx, entry);
  }
}

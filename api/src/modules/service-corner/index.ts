import type { LinliModule } from '../../platform/module.js';
import { BookingResolver } from './booking.resolver.js';
import { CornerSetupResolver } from './corner-setup.resolver.js';
import { cornerSeed } from './service-corner.seed.js';
import {
  Booking,
  BookingCancelReason,
  BookingStatus,
  CornerCounter,
  CornerService,
  CornerSession,
  QueueLine,
  Ticket,
  TicketStatus,
} from './service-corner.entity.js';
import { QUEUE_CHANGED } from './service-corner.events.js';
import { cornerReasons } from './service-corner.reasons.js';
import { ServiceCornerResolver } from './service-corner.resolver.js';
import { ServiceCornerService, finishServedTicket } from './service-corner.service.js';

export {
  Booking,
  BookingCancelReason,
  BookingStatus,
  CornerCounter,
  CornerService,
  CornerSession,
  QueueLine,
  Ticket,
  TicketStatus,
};
export { ticketCode, ticketCodeSql } from './ticket-code.js';
export { DEFAULT_END, DEFAULT_START, DEFAULT_WEEKDAYS, patternSlots } from './corner-calendar.js';
export type { QueueEvent } from './service-corner.events.js';
export type { ServedTicket } from './service-corner.service.js';

/** What other modules may ask of the queue. */
export const Queue = {
  finishServedTicket,
  /** A ticket's view (its line, place and wait), as the caller's community. */
  ticket: ServiceCornerService.ticket,
};
export { TicketView } from './service-corner.types.js';

/**
 * The service corner (便民服务角): its services and counters, opening sessions, queue lines and
 * tickets, and bookings.
 */
export const serviceCornerModule: LinliModule = {
  name: 'service-corner',
  entities: [CornerService, CornerSession, QueueLine, CornerCounter, Ticket, Booking],
  resolvers: [ServiceCornerResolver, BookingResolver, CornerSetupResolver],
  topics: [QUEUE_CHANGED],
  reasons: cornerReasons,
  seed: cornerSeed,
};

import type { LinliModule } from '../../platform/module.js';
import { row } from '../../platform/sql.js';
import { Corner } from '../corner/index.js';
import { Following } from './follow-api.js';
import { Places } from './places.js';
import { QueueLine, Ticket, TicketStatus } from './queue.entity.js';
import { QUEUE_CHANGED } from './queue.events.js';
import { queueReasons } from './queue.reasons.js';
import { QueueResolver } from './queue.resolver.js';
import { QueueService, finishServedTicket, issueTicket } from './queue.service.js';
import { OPEN_TICKETS_OF_OFFERING } from './queue.sql.js';

export { QueueLine, Ticket, TicketStatus };
export { TicketView } from './queue.types.js';
export type { QueueEvent } from './queue.events.js';
export type { FollowedLine } from './follow-api.js';
export type { ServedTicket } from './queue.service.js';

/** What other modules may ask of the queue. */
export const Queue = {
  /** A ticket's view (its line, place and wait), as the caller's community. */
  ticket: QueueService.ticket,
  /** Tickets' views by id (those that exist). */
  tickets: QueueService.tickets,
  /** For a work order: completes a served ticket in the caller's transaction. */
  finishServedTicket,
  /** Issues a line's next number in the caller's transaction (a booking checking in). */
  issueTicket,
  /** Places booked ahead in lines (bookings). */
  places: Places,
  /** Following a ticket on a phone. */
  following: Following,
};

// The corner asks before changing an offering: residents in its line hold tickets with its letter.
Corner.holdOfferings({
  showsLetter: true,
  count: async (em, offeringId) => (await row(em, OPEN_TICKETS_OF_OFFERING, { offering: offeringId }))?.n ?? 0,
});

/**
 * The queue of the service corner: each offering's line in each opening, its tickets (take,
 * call to a desk, serve, move), the boards of the screens and desks, and the line events.
 */
export const queueModule: LinliModule = {
  name: 'queue',
  entities: [QueueLine, Ticket],
  // Bookings hold their places in lines and read which opening and offering a line is.
  readable: ['queue_line'],
  resolvers: [QueueResolver],
  topics: [QUEUE_CHANGED],
  reasons: queueReasons,
};

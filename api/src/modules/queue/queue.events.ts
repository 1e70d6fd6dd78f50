/** A change of one queue line (a ticket taken, called, moved, a place booked …): ids and the line's version. */
export interface QueueEvent {
  communityId: string;
  openingId: string;
  offeringId: string;
  version: number;
  /** A ticket of this line moved to another line (transferTicket): phones following it follow it there. */
  moved?: { ticketId: string; toTicketId: string; toOfferingId: string };
}

export const QUEUE_CHANGED = 'QUEUE_CHANGED';

declare module '../../platform/pubsub.js' {
  interface Topics {
    QUEUE_CHANGED: [QueueEvent];
  }
}

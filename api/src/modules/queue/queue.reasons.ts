/** Why the queue refused a request. */
export enum QueueReason {
  CORNER_CLOSED = 'CORNER_CLOSED',
  ALREADY_IN_LINE = 'ALREADY_IN_LINE',
  TICKET_STATE = 'TICKET_STATE',
  TICKET_NOT_WAITING = 'TICKET_NOT_WAITING',
  TICKET_UNKNOWN = 'TICKET_UNKNOWN',
  DESK_BUSY = 'DESK_BUSY',
}

export const queueReasons: Record<QueueReason, string> = {
  CORNER_CLOSED: 'The service corner is not open now (opensAt: when it next opens)',
  ALREADY_IN_LINE: 'The resident already has an open ticket in this line',
  TICKET_STATE: 'The ticket is not in a state that allows this (finished, or already there)',
  TICKET_NOT_WAITING: 'The ticket asked for is not waiting (ticketCode, ticketStatus)',
  TICKET_UNKNOWN: 'No ticket with this number was issued in this line (ticketCode)',
  DESK_BUSY: 'The desk still has a ticket called or being served (ticketCode)',
};

declare module '../../platform/errors.js' {
  interface ErrorReasons {
    queue: QueueReason;
  }
}

import type { TicketStatus } from '$gql/graphql';

/** The statuses of a ticket still in line: called or not, the resident may yet be served. */
const OPEN: ReadonlySet<TicketStatus> = new Set<TicketStatus>(['WAITING', 'CALLED', 'SERVING']);

/**
 * A ticket still in line: its page shows the QR code to follow it on a phone and the print
 * button. A finished one (done, no-show, cancelled, its opening ended) or one that has left the
 * resident's open tickets (`gone`) shows neither: a printed or followed number that no longer
 * counts would only mislead.
 */
export function ticketInLine(status: TicketStatus, gone: boolean): boolean {
  return !gone && OPEN.has(status);
}

import { describe, expect, it } from 'vitest';
import type { TicketStatus } from '$gql/graphql';
import { ticketInLine } from './ticket-state';

describe('a ticket in line', () => {
  it('is waiting, called or being served, and still among the open tickets', () => {
    for (const status of ['WAITING', 'CALLED', 'SERVING'] as TicketStatus[]) {
      expect(ticketInLine(status, false)).toBe(true);
      expect(ticketInLine(status, true)).toBe(false);
    }
  });

  it('is no finished ticket: no QR code, no print', () => {
    for (const status of ['DONE', 'NO_SHOW', 'CANCELLED', 'EXPIRED'] as TicketStatus[]) {
      expect(ticketInLine(status, false)).toBe(false);
      expect(ticketInLine(status, true)).toBe(false);
    }
  });
});

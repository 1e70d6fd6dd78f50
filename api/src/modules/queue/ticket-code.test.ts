import { describe, expect, it } from 'vitest';
import { ticketCode, ticketCodeSql } from './ticket-code.js';

describe('ticket codes', () => {
  it('pads the number to three digits after the letter', () => {
    expect(ticketCode('A', 12)).toBe('A012');
    expect(ticketCode('J', 1)).toBe('J001');
    expect(ticketCode('B', 1234)).toBe('B1234');
  });
  it('builds the same in SQL', () => {
    expect(ticketCodeSql('s.letter', 't.number')).toBe("s.letter || lpad(t.number::text, 3, '0')");
  });
});

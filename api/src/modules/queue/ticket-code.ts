/** A ticket's code as printed, shown and announced: its line's letter and its number in three digits (A012). */
export function ticketCode(letter: string, number: number): string {
  return `${letter}${String(number).padStart(3, '0')}`;
}

/** `ticketCode` in SQL, for statements that return codes: `letter` and `number` are SQL expressions. */
export function ticketCodeSql(letter: string, number: string): string {
  return `${letter} || lpad(${number}::text, 3, '0')`;
}

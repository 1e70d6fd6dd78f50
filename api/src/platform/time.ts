/** The communities' civil time zone. Dates a person reads are in it, whatever the server's. */
export const TIME_ZONE = 'Asia/Shanghai';

const dateFmt = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date (YYYY-MM-DD) in Asia/Shanghai. */
export function localDate(at: Date = new Date()): string {
  return dateFmt.format(at);
}

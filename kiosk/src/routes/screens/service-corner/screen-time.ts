/** The screen's times, always in Asia/Shanghai whatever the zone of the machine it runs on. */

const ZONE = 'Asia/Shanghai';

const formats = new Map<string, { hourMinute: Intl.DateTimeFormat; day: Intl.DateTimeFormat }>();

function formatsFor(lang: string) {
  let f = formats.get(lang);
  if (!f) {
    f = {
      hourMinute: new Intl.DateTimeFormat(lang, { timeZone: ZONE, hour: 'numeric', minute: '2-digit', hour12: false }),
      day: new Intl.DateTimeFormat(lang, { timeZone: ZONE, month: 'long', day: 'numeric', weekday: 'long' }),
    };
    formats.set(lang, f);
  }
  return f;
}

/** 15:30 */
export function hourMinute(iso: string | Date, lang: string): string {
  return formatsFor(lang).hourMinute.format(new Date(iso));
}

const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The corner's next opening, as the closed screen says it: 今天 / 明天 (or neither), the day, the time. */
export interface NextOpening {
  relative: 'today' | 'tomorrow' | null;
  day: string;
  time: string;
}

/** When a closed corner opens next (`startsAt` of its next opening), seen at `now`. */
export function nextOpening(startsAt: string, now: Date, lang: string): NextOpening {
  const start = new Date(startsAt);
  const day = ymd.format(start);
  const relative =
    day === ymd.format(now) ? 'today' : day === ymd.format(new Date(now.getTime() + 86_400_000)) ? 'tomorrow' : null;
  return { relative, day: formatsFor(lang).day.format(start), time: formatsFor(lang).hourMinute.format(start) };
}

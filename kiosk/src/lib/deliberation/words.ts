/**
 * The deliberation pages' words that are more than a lookup: a matter's status in words with its
 * colour and icon (never the colour alone), its latest public step in plain words with its day,
 * its class and due day ("紧急 · 12月10日前办好"), and whether anything is new. Pure functions of
 * the data and a translator (svelte-i18n's `$_`), so tests read the real locale files.
 */
import { dayWords, shanghaiDay, type Translate } from '../points/words';

export type { Translate };

export const STATUSES = ['NEW', 'OPEN', 'ADOPTED', 'DONE', 'CLOSED', 'MERGED'] as const;
export type Status = (typeof STATUSES)[number];

export const CATEGORIES = ['ELDERLY', 'CHILDCARE', 'CONVENIENCE', 'OTHER'] as const;
export type Category = (typeof CATEGORIES)[number];

export const URGENCIES = ['URGENT', 'KEY', 'LONG_TERM'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** The icons a status shows beside its words (names the page maps to @lucide/svelte icons). */
export type StatusIcon = 'inbox' | 'hourglass' | 'thumbs-up' | 'circle-check' | 'message' | 'merge';

/** How a status looks: its words' key, a tone (a CSS class, dark enough for white text) and an icon. */
export interface StatusLook {
  key: string;
  tone: 'received' | 'working' | 'adopted' | 'done' | 'answered' | 'merged';
  icon: StatusIcon;
}

const LOOKS: Record<Status, StatusLook> = {
  NEW: { key: 'deliberation.status.NEW', tone: 'received', icon: 'inbox' },
  OPEN: { key: 'deliberation.status.OPEN', tone: 'working', icon: 'hourglass' },
  ADOPTED: { key: 'deliberation.status.ADOPTED', tone: 'adopted', icon: 'thumbs-up' },
  DONE: { key: 'deliberation.status.DONE', tone: 'done', icon: 'circle-check' },
  CLOSED: { key: 'deliberation.status.CLOSED', tone: 'answered', icon: 'message' },
  MERGED: { key: 'deliberation.status.MERGED', tone: 'merged', icon: 'merge' },
};

/** A status the kiosk does not know yet reads as 办理中 (work goes on), never as a raw code. */
export function statusLook(status: string): StatusLook {
  return (LOOKS as Record<string, StatusLook>)[status] ?? LOOKS.OPEN;
}

export function categoryWords(category: string, t: Translate): string {
  return t(`deliberation.category.${(CATEGORIES as readonly string[]).includes(category) ? category : 'OTHER'}`);
}

/** What the resident reads of a matter's step (the API's MatterStepView). */
export interface Step {
  kind: string;
  text?: string | null;
  at: string;
}

/** What a step's words may need of its matter. */
export interface StepMatter {
  urgency?: string | null;
  dueDay?: string | null;
  /** The answer is shown on its own (highlighted): the ANSWERED step then need not repeat it. */
  answer?: string | null;
}

const KNOWN = [
  'SUBMITTED',
  'CLASSIFIED',
  'OWNER_CHANGED',
  'DEADLINE_CHANGED',
  'MERGED',
  'MERGED_IN',
  'PROGRESS',
  'ON_AGENDA',
  'DECIDED',
  'VOTED',
  'ACTION',
  'DONE',
  'ANSWERED',
];

/** "5/1/0" (for/against/abstain, as the meeting records a show of hands) → its three numbers. */
export function voteCounts(text: string | null | undefined): { for: number; against: number; abstain: number } | null {
  const m = /^(\d+)\/(\d+)\/(\d+)$/.exec((text ?? '').trim());
  return m ? { for: Number(m[1]), against: Number(m[2]), abstain: Number(m[3]) } : null;
}

/**
 * The latest step in words: 已收到您的建议, 已分类（紧急）, 列入议事会议程, 议事会表决：赞成5票…,
 * 办理进展：…; a step with words of its own carries them. `lang` and `thisYear` word the due day.
 */
export function stepWords(
  step: Step,
  matter: StepMatter,
  t: Translate,
  lang?: string | null,
  thisYear?: string,
): string {
  const kind = KNOWN.includes(step.kind) ? step.kind : 'OTHER';
  const text = step.text?.trim() ?? '';
  if (kind === 'CLASSIFIED') {
    const u = matter.urgency && (URGENCIES as readonly string[]).includes(matter.urgency) ? matter.urgency : null;
    return u
      ? t('deliberation.step.CLASSIFIED', { values: { urgency: t(`deliberation.urgency.${u}`) } })
      : t('deliberation.step.CLASSIFIED_plain');
  }
  if (kind === 'DEADLINE_CHANGED') {
    return matter.dueDay
      ? t('deliberation.step.DEADLINE_CHANGED', { values: { day: dayWords(matter.dueDay, lang, thisYear) } })
      : t('deliberation.step.DEADLINE_CHANGED_plain');
  }
  if (kind === 'VOTED') {
    const v = voteCounts(text);
    return v ? t('deliberation.step.VOTED', { values: v }) : t('deliberation.step.VOTED_plain');
  }
  if (kind === 'ANSWERED' && matter.answer) return t('deliberation.step.ANSWERED_plain');
  const withText = ['PROGRESS', 'DECIDED', 'ACTION', 'DONE', 'ANSWERED'].includes(kind);
  if (withText && text) return t(`deliberation.step.${kind}`, { values: { text } });
  return t(`deliberation.step.${kind}${withText ? '_plain' : ''}`);
}

/** The day of a step, said as a resident says it: 12月3日 (with the year when not this one). */
export function stepDay(step: Pick<Step, 'at'>, lang?: string | null, thisYear?: string): string {
  return dayWords(shanghaiDay(step.at), lang, thisYear);
}

/** Its class and clock: "紧急 · 12月10日前办好"; null before the secretary classified it. */
export function clockWords(
  matter: { urgency?: string | null; dueDay?: string | null; status: string },
  t: Translate,
  lang?: string | null,
  thisYear?: string,
): string | null {
  const u = matter.urgency;
  if (!u || !(URGENCIES as readonly string[]).includes(u)) return null;
  const urgency = t(`deliberation.urgency.${u}`);
  // A matter answered or carried out has met its clock: the class is enough.
  if (!matter.dueDay || matter.status === 'CLOSED' || matter.status === 'DONE') return urgency;
  return t('deliberation.clock', { values: { urgency, day: dayWords(matter.dueDay, lang, thisYear) } });
}

/** The home tile's badge: something new in any of the resident's suggestions. */
export function anyChanged(list: ReadonlyArray<{ changed: boolean }> | null | undefined): boolean {
  return !!list?.some((s) => s.changed);
}

/** How many of them have something new (said on the badge: "2 条有新进展"). */
export function changedCount(list: ReadonlyArray<{ changed: boolean }> | null | undefined): number {
  return list?.filter((s) => s.changed).length ?? 0;
}

import type { Translate } from '@linli/ui';
import type {
  DayCounting,
  MatterCategory,
  MatterFieldsFragment as Matter,
  MatterFileFieldsFragment,
  MatterStatus,
  MatterUrgency,
  PartyKind,
  SuggestionSource,
} from '$gql/graphql';

/**
 * The deliberation pages' logic (议事): filters in the address, the round in words, which actions
 * a matter's state allows, due days and their rules in words, each line of a matter's file in
 * words, the stats' chart. Pages only render.
 */

export type MatterEvent = MatterFileFieldsFragment['events'][number];

export const STATUSES: readonly MatterStatus[] = ['NEW', 'OPEN', 'ADOPTED', 'DONE', 'CLOSED', 'MERGED'];
export const CATEGORIES: readonly MatterCategory[] = ['ELDERLY', 'CHILDCARE', 'CONVENIENCE', 'OTHER'];
export const URGENCIES: readonly MatterUrgency[] = ['URGENT', 'KEY', 'LONG_TERM'];
/** The sources staff enter for (the kiosk is the resident's own). */
export const ENTERED_SOURCES: readonly SuggestionSource[] = ['PAPER', 'BUILDING_LEADER', 'GRID_WORKER', 'STAFF'];
export const PARTY_KINDS: readonly PartyKind[] = ['PROPERTY', 'POLICE', 'DEPARTMENT', 'OTHER'];
export const COUNTINGS: readonly DayCounting[] = ['CALENDAR', 'WORKING'];

const ROUND = /^\d{4}-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

// ---- filters in the address ----

export interface MatterFilters {
  round: string | null;
  status: MatterStatus | null;
  category: MatterCategory | null;
  overdue: boolean;
}

/** The filters an address asks for (`?round=2026-12&status=NEW&category=ELDERLY&overdue=1`); anything malformed is dropped. */
export function filtersFrom(params: URLSearchParams): MatterFilters {
  const round = params.get('round');
  const status = params.get('status');
  const category = params.get('category');
  return {
    round: round && ROUND.test(round) ? round : null,
    status: (STATUSES as readonly string[]).includes(status ?? '') ? (status as MatterStatus) : null,
    category: (CATEGORIES as readonly string[]).includes(category ?? '') ? (category as MatterCategory) : null,
    overdue: params.get('overdue') === '1',
  };
}

/** The query string of the filters, without `?` (empty when none). */
export function filtersQuery(f: MatterFilters): string {
  const p = new URLSearchParams();
  if (f.round) p.set('round', f.round);
  if (f.status) p.set('status', f.status);
  if (f.category) p.set('category', f.category);
  if (f.overdue) p.set('overdue', '1');
  return p.toString();
}

// ---- days and rounds in words ----

function parts(day: string): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number);
  return [y, m, d];
}

const zh = (lang: string) => lang.startsWith('zh');
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ZH_WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** 2026-12-05 → "12月5日" / "Dec 5". */
export function dayText(day: string, lang: string): string {
  const [, m, d] = parts(day);
  return zh(lang) ? `${m}月${d}日` : `${EN_MONTHS[m - 1]} ${d}`;
}

/** 2026-12-15 → "周二" / "Tue". */
export function weekdayText(day: string, lang: string): string {
  const [y, m, d] = parts(day);
  const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return zh(lang) ? ZH_WEEKDAYS[w] : EN_WEEKDAYS[w];
}

/** 2026-12 → "12月" / "Dec" (with the year when asked: "2026年12月" / "Dec 2026"). */
export function roundName(round: string, lang: string, withYear = false): string {
  const [y, m] = round.split('-').map(Number);
  if (zh(lang)) return withYear ? `${y}年${m}月` : `${m}月`;
  return withYear ? `${EN_MONTHS[m - 1]} ${y}` : EN_MONTHS[m - 1];
}

export interface RoundInfo {
  round: string;
  cutoffDay: string;
  meetingDay: string;
  plannedMeetingDay: string;
  movedReason: string | null | undefined;
  holidaysKnown: boolean;
  closed: boolean;
}

/** "12月轮次 · 收集截至12月5日 · 议事会12月15日（周二）". */
export function roundHeader(r: RoundInfo, t: Translate, lang: string): string {
  return t('deliberation.round.header', {
    values: {
      round: roundName(r.round, lang),
      cutoff: dayText(r.cutoffDay, lang),
      meeting: dayText(r.meetingDay, lang),
      weekday: weekdayText(r.meetingDay, lang),
    },
  });
}

/** "原定12月15日，因国庆节顺延" when the meeting moved; null when not. */
export function movedText(r: RoundInfo, t: Translate, lang: string): string | null {
  if (!r.movedReason || r.meetingDay === r.plannedMeetingDay) return null;
  return t('deliberation.round.moved', {
    values: { planned: dayText(r.plannedMeetingDay, lang), reason: r.movedReason },
  });
}

/** "2027年节假日安排尚未公布，按周末计算" when the year's holidays are not known; null when they are. */
export function holidaysWarning(r: RoundInfo, t: Translate): string | null {
  if (r.holidaysKnown) return null;
  return t('deliberation.round.holidaysUnknown', { values: { year: r.meetingDay.slice(0, 4) } });
}

/** The picker's rounds: the next one, the current one and `count - 2` before it, newest first. */
export function recentRounds(current: string, count = 12): string[] {
  const step = (r: string, by: number) => {
    const [y, m] = r.split('-').map(Number);
    const i = y * 12 + (m - 1) + by;
    return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  };
  const out = [step(current, 1), current];
  while (out.length < count) out.push(step(out[out.length - 1], -1));
  return out;
}

// ---- due days ----

export interface Windows {
  counting: DayCounting;
  urgentDays: number;
  keyDays: number;
}

/** The rule a class sets for the due day: "紧急：7天内", "重点：30个工作日内", "长期：纳入年度计划，目标季度末". */
export function dueRuleText(urgency: MatterUrgency, w: Windows, t: Translate): string {
  if (urgency === 'LONG_TERM') return t('deliberation.rule.LONG_TERM');
  const days = urgency === 'URGENT' ? w.urgentDays : w.keyDays;
  return t(`deliberation.rule.${urgency}.${w.counting}`, { values: { days } });
}

export type DueTone = 'none' | 'ok' | 'soon' | 'overdue';

/** How a due day looks: red when overdue, amber within two days. */
export function dueTone(m: Pick<Matter, 'dueDay' | 'daysLeft' | 'overdue'>): DueTone {
  if (!m.dueDay) return 'none';
  if (m.overdue) return 'overdue';
  if (m.daysLeft !== null && m.daysLeft !== undefined && m.daysLeft <= 2) return 'soon';
  return 'ok';
}

/** The days left in words: "还剩3天", "今天到期", "超期2天"; empty when the clock is not running. */
export function daysLeftText(m: Pick<Matter, 'daysLeft' | 'overdue'>, t: Translate): string {
  if (m.daysLeft === null || m.daysLeft === undefined) return m.overdue ? t('deliberation.due.overdueBare') : '';
  if (m.overdue || m.daysLeft < 0) return t('deliberation.due.overdue', { values: { n: Math.abs(m.daysLeft) } });
  if (m.daysLeft === 0) return t('deliberation.due.today');
  return t('deliberation.due.left', { values: { n: m.daysLeft } });
}

// ---- what a matter's state allows ----

export type MatterAction =
  'classify' | 'reassign' | 'moveDeadline' | 'note' | 'decide' | 'complete' | 'answer' | 'merge';

/**
 * The actions a matter's state allows (the API checks again): a new one is classified; an open one
 * decided; an adopted one carried out; a done one, or one decided against, answered (it closes).
 */
export function allowedActions(m: Pick<Matter, 'status' | 'declined'>, secretary: boolean): MatterAction[] {
  const staffOnly: MatterAction[] = m.status === 'MERGED' ? [] : ['note'];
  if (!secretary) return staffOnly;
  switch (m.status) {
    case 'NEW':
      return ['classify', 'reassign', 'note', 'merge'];
    case 'OPEN':
      return m.declined
        ? ['answer', 'reassign', 'moveDeadline', 'note', 'merge']
        : ['decide', 'classify', 'reassign', 'moveDeadline', 'note', 'merge'];
    case 'ADOPTED':
      return ['complete', 'reassign', 'moveDeadline', 'note', 'merge'];
    case 'DONE':
      return ['answer', 'note'];
    case 'CLOSED':
      return ['note'];
    default:
      return [];
  }
}

/** The status as the console shows it (an open matter decided against says so). */
export function statusKey(m: Pick<Matter, 'status' | 'declined'>): string {
  return m.status === 'OPEN' && m.declined ? 'deliberation.status.DECLINED' : `deliberation.status.${m.status}`;
}

/** The tag's look for a status. */
export function statusTone(status: MatterStatus): string {
  switch (status) {
    case 'NEW':
      return 'info';
    case 'OPEN':
    case 'ADOPTED':
      return 'accent';
    case 'DONE':
      return 'warn';
    default:
      return '';
  }
}

// ---- the file's lines ----

/** A line of the file in words: "分类为紧急，负责：幸福物业，期限12月12日", "期限 12月12日 → 12月19日". */
export function eventText(e: MatterEvent, t: Translate, lang: string): string {
  const day = (d: string | null | undefined) => (d ? dayText(d, lang) : '');
  const values = {
    urgency: e.urgency ? t(`deliberation.urgency.${e.urgency}`) : '',
    due: day(e.dueDay),
    from: day(e.previousDueDay),
    subject: e.subject ?? '',
  };
  switch (e.kind) {
    case 'CLASSIFIED':
      return e.subject
        ? t('deliberation.event.CLASSIFIED_OWNER', { values })
        : t('deliberation.event.CLASSIFIED', { values });
    case 'DEADLINE_CHANGED':
      return values.from
        ? t('deliberation.event.DEADLINE_CHANGED', { values })
        : t('deliberation.event.DEADLINE_SET', { values });
    case 'DECIDED': {
      const outcome = e.outcome === 'NOT_ADOPTED' ? 'NOT_ADOPTED' : 'ADOPTED';
      const where = e.subject === 'MEETING' ? 'MEETING_' : '';
      return t(`deliberation.event.DECIDED_${where}${outcome}`, { values });
    }
    case 'ON_AGENDA':
      return e.subject && ROUND.test(e.subject)
        ? t('deliberation.event.ON_AGENDA', { values: { ...values, round: roundName(e.subject, lang) } })
        : t('deliberation.event.ON_AGENDA_NEXT');
    case 'ACTION':
      return e.subject ? t('deliberation.event.ACTION_OWNER', { values }) : t('deliberation.event.ACTION');
    case 'ESCALATED':
      return t('deliberation.event.ESCALATED');
    case 'OVERDUE':
      return t('deliberation.event.OVERDUE', { values });
    case 'SUBMITTED':
    case 'OWNER_CHANGED':
    case 'MERGED':
    case 'MERGED_IN':
    case 'PROGRESS':
    case 'NOTE':
    case 'VOTED':
    case 'DONE':
    case 'ANSWERED':
      return t(`deliberation.event.${e.kind}`, { values });
    default:
      return e.kind;
  }
}

// ---- forms ----

/** The quarters a long-term matter may aim at: this one and the seven after it. */
export function nextQuarters(today: string, count = 8): string[] {
  const [y, m] = today.split('-').map(Number);
  let q = Math.floor((m - 1) / 3);
  let year = y;
  const out: string[] = [];
  while (out.length < count) {
    out.push(`${year}-Q${q + 1}`);
    q += 1;
    if (q === 4) {
      q = 0;
      year += 1;
    }
  }
  return out;
}

/** An owner as a select's value: "staff:<id>" / "party:<id>"; back into the input's two fields. */
export function ownerValue(owner: { staffId?: string | null; partyId?: string | null } | null | undefined): string {
  if (owner?.staffId) return `staff:${owner.staffId}`;
  if (owner?.partyId) return `party:${owner.partyId}`;
  return '';
}

export function ownerInput(value: string): { ownerStaffId: string | null; ownerPartyId: string | null } {
  const [kind, id] = value.split(':');
  return {
    ownerStaffId: kind === 'staff' && id ? id : null,
    ownerPartyId: kind === 'party' && id ? id : null,
  };
}

/** A day as typed into a date field: YYYY-MM-DD, a real one. */
export function isDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const [y, m, d] = parts(text);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A whole number as typed within [min, max]; null when not. */
export function parseWhole(text: string | number, min: number, max: number): number | null {
  const s = String(text).normalize('NFKC').trim();
  if (!/^\d{1,3}$/.test(s)) return null;
  const n = Number(s);
  return n >= min && n <= max ? n : null;
}

/** A ref as typed: "2612-7" or "2612-007" → "2612-007". */
export function normaliseRef(text: string): string {
  const m = /^\s*(\d{4})\s*[-－—–]\s*(\d{1,4})\s*$/.exec(text.normalize('NFKC'));
  return m ? `${m[1]}-${m[2].padStart(3, '0')}` : text.trim();
}

// ---- the stats ----

export interface StatRow {
  round: string;
  category: MatterCategory;
  matters: number;
  classified: number;
  answered: number;
  answeredInWindow: number;
  overdue: number;
}

/** The share answered inside their window, as a whole percent ("—" when none answered). */
export function inWindowShare(s: Pick<StatRow, 'answered' | 'answeredInWindow'>): string {
  return s.answered ? `${Math.round((s.answeredInWindow / s.answered) * 100)}%` : '—';
}

/** The sums of a round's classes. */
export function statTotals(rows: StatRow[]): Omit<StatRow, 'round' | 'category'> {
  return rows.reduce(
    (a, r) => ({
      matters: a.matters + r.matters,
      classified: a.classified + r.classified,
      answered: a.answered + r.answered,
      answeredInWindow: a.answeredInWindow + r.answeredInWindow,
      overdue: a.overdue + r.overdue,
    }),
    { matters: 0, classified: 0, answered: 0, answeredInWindow: 0, overdue: 0 },
  );
}

export interface StatNames {
  matters: string;
  answered: string;
  answeredInWindow: string;
  overdue: string;
}

/** The ECharts option: per round and class, matters, answered, answered in window, overdue. */
export function statsChartOption(rows: StatRow[], labels: string[], names: StatNames, fontFamily = 'sans-serif') {
  const bar = (name: string, key: keyof StatNames, color: string) => ({
    name,
    type: 'bar' as const,
    data: rows.map((r) => r[key]),
    itemStyle: { color },
  });
  return {
    animation: false,
    textStyle: { fontFamily },
    grid: { left: 40, right: 16, top: 40, bottom: 48 },
    legend: { top: 0, data: [names.matters, names.answered, names.answeredInWindow, names.overdue] },
    tooltip: { trigger: 'axis' as const },
    xAxis: { type: 'category' as const, data: labels, axisLabel: { interval: 0 } },
    yAxis: { type: 'value' as const, minInterval: 1 },
    series: [
      bar(names.matters, 'matters', '#7b8a84'),
      bar(names.answered, 'answered', '#3b6fb6'),
      bar(names.answeredInWindow, 'answeredInWindow', '#2f7d5b'),
      bar(names.overdue, 'overdue', '#c0392b'),
    ],
  };
}

import { describe, expect, it } from 'vitest';
import type { MatterStatus } from '$gql/graphql';
import {
  allowedActions,
  dayText,
  daysLeftText,
  dueRuleText,
  dueTone,
  eventText,
  filtersFrom,
  filtersQuery,
  holidaysWarning,
  inWindowShare,
  isDay,
  movedText,
  nextQuarters,
  normaliseRef,
  ownerInput,
  ownerValue,
  parseWhole,
  recentRounds,
  roundHeader,
  statTotals,
  statusKey,
  weekdayText,
  type MatterEvent,
  type RoundInfo,
} from './deliberation-view';

/** A translation that shows the key and its values, so the tests see what was asked for. */
const t = (key: string, o?: { values?: Record<string, string | number> }) =>
  o?.values
    ? `${key}(${Object.entries(o.values)
        .map(([k, v]) => `${k}=${v}`)
        .join(',')})`
    : key;

const round: RoundInfo = {
  round: '2026-12',
  cutoffDay: '2026-12-05',
  meetingDay: '2026-12-15',
  plannedMeetingDay: '2026-12-15',
  movedReason: null,
  holidaysKnown: true,
  closed: false,
};

const event = (e: Partial<MatterEvent>): MatterEvent => ({
  id: 'e1',
  kind: 'SUBMITTED',
  public: true,
  text: null,
  reason: null,
  urgency: null,
  dueDay: null,
  previousDueDay: null,
  subject: null,
  outcome: null,
  byName: null,
  at: '2026-12-03T02:00:00.000Z',
  ...e,
});

describe('filters in the address', () => {
  it('reads what is well formed and drops the rest', () => {
    expect(filtersFrom(new URLSearchParams('round=2026-12&status=NEW&category=ELDERLY&overdue=1'))).toEqual({
      round: '2026-12',
      status: 'NEW',
      category: 'ELDERLY',
      overdue: true,
    });
    expect(filtersFrom(new URLSearchParams('round=2026-13&status=nope&category=&overdue=yes'))).toEqual({
      round: null,
      status: null,
      category: null,
      overdue: false,
    });
  });

  it('writes them back the same (round trip), nothing when none', () => {
    const f = { round: '2026-11', status: 'OPEN' as const, category: null, overdue: true };
    expect(filtersFrom(new URLSearchParams(filtersQuery(f)))).toEqual(f);
    expect(filtersQuery({ round: null, status: null, category: null, overdue: false })).toBe('');
  });
});

describe('the round in words', () => {
  it('says the round, the cut-off and the meeting with its weekday', () => {
    expect(dayText('2026-12-05', 'zh-CN')).toBe('12月5日');
    expect(dayText('2026-12-05', 'en')).toBe('Dec 5');
    expect(weekdayText('2026-12-15', 'zh-CN')).toBe('周二');
    expect(weekdayText('2026-12-15', 'en')).toBe('Tue');
    expect(roundHeader(round, t, 'zh-CN')).toBe(
      'deliberation.round.header(round=12月,cutoff=12月5日,meeting=12月15日,weekday=周二)',
    );
  });

  it('says why a meeting moved, and only when it did', () => {
    expect(movedText(round, t, 'zh-CN')).toBeNull();
    const moved = { ...round, round: '2026-09', meetingDay: '2026-10-09', plannedMeetingDay: '2026-10-01' };
    expect(movedText({ ...moved, movedReason: '国庆节' }, t, 'zh-CN')).toBe(
      'deliberation.round.moved(planned=10月1日,reason=国庆节)',
    );
  });

  it('warns when the year’s holidays are not known', () => {
    expect(holidaysWarning(round, t)).toBeNull();
    expect(holidaysWarning({ ...round, meetingDay: '2027-01-15', holidaysKnown: false }, t)).toBe(
      'deliberation.round.holidaysUnknown(year=2027)',
    );
  });

  it('offers the next round, this one and those before, across a new year', () => {
    expect(recentRounds('2027-01', 4)).toEqual(['2027-02', '2027-01', '2026-12', '2026-11']);
    expect(recentRounds('2026-12', 3)).toEqual(['2027-01', '2026-12', '2026-11']);
  });
});

describe('due days', () => {
  const windows = { counting: 'CALENDAR' as const, urgentDays: 7, keyDays: 30 };

  it('states the rule of each class, by the counting set', () => {
    expect(dueRuleText('URGENT', windows, t)).toBe('deliberation.rule.URGENT.CALENDAR(days=7)');
    expect(dueRuleText('KEY', { ...windows, counting: 'WORKING' }, t)).toBe('deliberation.rule.KEY.WORKING(days=30)');
    expect(dueRuleText('LONG_TERM', windows, t)).toBe('deliberation.rule.LONG_TERM');
  });

  it('says the days left, today, or how long overdue (red)', () => {
    expect(daysLeftText({ daysLeft: 3, overdue: false }, t)).toBe('deliberation.due.left(n=3)');
    expect(daysLeftText({ daysLeft: 0, overdue: false }, t)).toBe('deliberation.due.today');
    expect(daysLeftText({ daysLeft: -2, overdue: true }, t)).toBe('deliberation.due.overdue(n=2)');
    expect(daysLeftText({ daysLeft: null, overdue: false }, t)).toBe('');
    expect(dueTone({ dueDay: '2026-12-01', daysLeft: -2, overdue: true })).toBe('overdue');
    expect(dueTone({ dueDay: '2026-12-05', daysLeft: 1, overdue: false })).toBe('soon');
    expect(dueTone({ dueDay: '2026-12-25', daysLeft: 20, overdue: false })).toBe('ok');
    expect(dueTone({ dueDay: null, daysLeft: null, overdue: false })).toBe('none');
  });
});

describe('what a state allows', () => {
  const of = (status: MatterStatus, declined = false) => allowedActions({ status, declined }, true);

  it('walks a matter from new to answered', () => {
    expect(of('NEW')).toContain('classify');
    expect(of('NEW')).not.toContain('decide');
    expect(of('OPEN')).toEqual(expect.arrayContaining(['decide', 'moveDeadline', 'reassign', 'merge']));
    expect(of('OPEN')).not.toContain('answer');
    expect(of('ADOPTED')).toContain('complete');
    expect(of('ADOPTED')).not.toContain('answer');
    expect(of('DONE')).toEqual(['answer', 'note']);
    expect(of('CLOSED')).toEqual(['note']);
    expect(of('MERGED')).toEqual([]);
  });

  it('answers a matter decided against, without deciding again', () => {
    expect(of('OPEN', true)).toContain('answer');
    expect(of('OPEN', true)).not.toContain('decide');
    expect(statusKey({ status: 'OPEN', declined: true })).toBe('deliberation.status.DECLINED');
    expect(statusKey({ status: 'CLOSED', declined: false })).toBe('deliberation.status.CLOSED');
  });

  it('leaves other staff only notes', () => {
    expect(allowedActions({ status: 'OPEN', declined: false }, false)).toEqual(['note']);
    expect(allowedActions({ status: 'MERGED', declined: false }, false)).toEqual([]);
  });
});

describe('the file’s lines in words', () => {
  it('names the class, the owner and the due day of a classification', () => {
    expect(
      eventText(
        event({ kind: 'CLASSIFIED', urgency: 'URGENT', dueDay: '2026-12-10', subject: '幸福物业' }),
        t,
        'zh-CN',
      ),
    ).toBe(
      'deliberation.event.CLASSIFIED_OWNER(urgency=deliberation.urgency.URGENT,due=12月10日,from=,subject=幸福物业)',
    );
  });

  it('shows a deadline’s move from → to', () => {
    expect(
      eventText(event({ kind: 'DEADLINE_CHANGED', dueDay: '2026-12-17', previousDueDay: '2026-12-10' }), t, 'zh-CN'),
    ).toBe('deliberation.event.DEADLINE_CHANGED(urgency=,due=12月17日,from=12月10日,subject=)');
  });

  it('tells a decision’s outcome, and whether the council made it', () => {
    expect(eventText(event({ kind: 'DECIDED', outcome: 'ADOPTED' }), t, 'zh-CN')).toMatch(
      /^deliberation\.event\.DECIDED_ADOPTED\b/,
    );
    expect(eventText(event({ kind: 'DECIDED', outcome: 'NOT_ADOPTED', subject: 'MEETING' }), t, 'zh-CN')).toMatch(
      /^deliberation\.event\.DECIDED_MEETING_NOT_ADOPTED\b/,
    );
  });

  it('names the agenda’s round, or the next meeting', () => {
    expect(eventText(event({ kind: 'ON_AGENDA', subject: '2026-11', dueDay: '2026-12-15' }), t, 'zh-CN')).toContain(
      'round=11月',
    );
    expect(eventText(event({ kind: 'ON_AGENDA', subject: 'NEXT' }), t, 'zh-CN')).toBe(
      'deliberation.event.ON_AGENDA_NEXT',
    );
  });

  it('shows an unknown kind as it is (a newer API)', () => {
    expect(eventText(event({ kind: 'SOMETHING_NEW' }), t, 'zh-CN')).toBe('SOMETHING_NEW');
  });
});

describe('forms', () => {
  it('offers this quarter and the next ones, across a year', () => {
    expect(nextQuarters('2026-12-03', 3)).toEqual(['2026-Q4', '2027-Q1', '2027-Q2']);
  });

  it('keeps an owner in one select value', () => {
    expect(ownerValue({ staffId: 's1', partyId: null })).toBe('staff:s1');
    expect(ownerValue({ staffId: null, partyId: 'p1' })).toBe('party:p1');
    expect(ownerValue(null)).toBe('');
    expect(ownerInput('party:p1')).toEqual({ ownerStaffId: null, ownerPartyId: 'p1' });
    expect(ownerInput('staff:s1')).toEqual({ ownerStaffId: 's1', ownerPartyId: null });
    expect(ownerInput('')).toEqual({ ownerStaffId: null, ownerPartyId: null });
  });

  it('checks days, whole numbers and refs as typed', () => {
    expect(isDay('2026-12-31')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('12/31')).toBe(false);
    expect(parseWhole('７', 1, 60)).toBe(7);
    expect(parseWhole(61, 1, 60)).toBeNull();
    expect(parseWhole('2.5', 1, 60)).toBeNull();
    expect(normaliseRef(' 2612-7 ')).toBe('2612-007');
    expect(normaliseRef('２６１２－００３')).toBe('2612-003');
  });
});

describe('stats', () => {
  it('sums a round’s classes and gives the in-window share', () => {
    const rows = [
      {
        round: '2026-12',
        category: 'ELDERLY' as const,
        matters: 3,
        classified: 2,
        answered: 2,
        answeredInWindow: 1,
        overdue: 1,
      },
      {
        round: '2026-12',
        category: 'CHILDCARE' as const,
        matters: 2,
        classified: 2,
        answered: 1,
        answeredInWindow: 1,
        overdue: 0,
      },
    ];
    expect(statTotals(rows)).toEqual({ matters: 5, classified: 4, answered: 3, answeredInWindow: 2, overdue: 1 });
    expect(inWindowShare(rows[0])).toBe('50%');
    expect(inWindowShare({ answered: 0, answeredInWindow: 0 })).toBe('—');
  });
});

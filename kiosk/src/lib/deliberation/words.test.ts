import { describe, expect, it } from 'vitest';
import en from '../locales/deliberation/en.json';
import zh from '../locales/deliberation/zh-CN.json';
import {
  anyChanged,
  categoryWords,
  changedCount,
  clockWords,
  STATUSES,
  statusLook,
  stepDay,
  stepWords,
  voteCounts,
} from './words';
import { translator } from './test-translator';

const zhT = translator(zh);
const enT = translator(en);
const at = '2026-12-03T02:00:00Z';

describe('a matter status in words, colour and icon', () => {
  it('has words in both languages for every status, and its own tone and icon', () => {
    expect(STATUSES.map((s) => zhT(statusLook(s).key))).toEqual([
      '已收到',
      '办理中',
      '已采纳',
      '已落实',
      '已答复',
      '已合并',
    ]);
    for (const s of STATUSES) expect(enT(statusLook(s).key)).not.toMatch(/MISSING/);
    expect(new Set(STATUSES.map((s) => statusLook(s).tone)).size).toBe(STATUSES.length);
    expect(new Set(STATUSES.map((s) => statusLook(s).icon)).size).toBe(STATUSES.length);
  });

  it('reads a status it does not know as in progress, never as a code', () => {
    expect(zhT(statusLook('SOMETHING_NEW').key)).toBe('办理中');
  });

  it('names the categories, an unknown one as other', () => {
    expect(['ELDERLY', 'CHILDCARE', 'CONVENIENCE', 'OTHER', 'X'].map((c) => categoryWords(c, zhT))).toEqual([
      '养老服务',
      '儿童托管',
      '便民服务',
      '其他',
      '其他',
    ]);
  });
});

describe('the latest step in words', () => {
  const words = (kind: string, text: string | null = null, matter = {}) =>
    stepWords({ kind, text, at }, matter, zhT, 'zh-CN', '2026');

  it('says every kind of step in Chinese', () => {
    expect(words('SUBMITTED')).toBe('已收到您的建议');
    expect(words('CLASSIFIED', null, { urgency: 'URGENT' })).toBe('已分类（紧急）');
    expect(words('CLASSIFIED', null, { urgency: 'KEY' })).toBe('已分类（重点）');
    expect(words('CLASSIFIED', null, { urgency: 'LONG_TERM' })).toBe('已分类（长期）');
    expect(words('CLASSIFIED')).toBe('已分类');
    expect(words('OWNER_CHANGED')).toBe('已安排负责人');
    expect(words('DEADLINE_CHANGED', null, { dueDay: '2026-12-20' })).toBe('办理期限改为12月20日');
    expect(words('MERGED')).toBe('与相近建议合并');
    expect(words('MERGED_IN')).toBe('与相近建议合并');
    expect(words('PROGRESS', '已联系物业')).toBe('办理进展：已联系物业');
    expect(words('ON_AGENDA')).toBe('列入议事会议程');
    expect(words('DECIDED', '同意加装')).toBe('议事会决定：同意加装');
    expect(words('VOTED', '9/1/2')).toBe('议事会表决：赞成9票，反对1票，弃权2票');
    expect(words('VOTED', 'garbled')).toBe('议事会已表决');
    expect(words('ACTION', '物业下周施工')).toBe('落实安排：物业下周施工');
    expect(words('DONE', '扶手已装好')).toBe('已办结：扶手已装好');
    expect(words('ANSWERED', '已装好，谢谢')).toBe('已答复：已装好，谢谢');
  });

  it('does not repeat the answer shown beside it, and words a step without text or unknown', () => {
    expect(words('ANSWERED', '已装好', { answer: '已装好' })).toBe('已答复');
    expect(words('PROGRESS', '  ')).toBe('有新的办理进展');
    expect(words('DONE')).toBe('已办结');
    expect(words('OVERDUE_SOMETHING')).toBe('有新进展');
  });

  it('has English for every kind', () => {
    for (const kind of ['SUBMITTED', 'CLASSIFIED', 'ON_AGENDA', 'VOTED', 'DONE', 'ANSWERED', 'X']) {
      expect(stepWords({ kind, text: '1/2/3', at }, { urgency: 'URGENT' }, enT, 'en')).not.toMatch(/MISSING|\{/);
    }
    expect(stepWords({ kind: 'VOTED', text: '9/1/2', at }, {}, enT, 'en')).toBe(
      'Council vote: 9 for, 1 against, 2 abstained',
    );
  });

  it('gives the day of a step in Shanghai as 12月3日 (with the year when not this one)', () => {
    expect(stepDay({ at: '2026-12-02T17:30:00Z' }, 'zh-CN', '2026')).toBe('12月3日');
    expect(stepDay({ at }, 'zh-CN', '2027')).toBe('2026年12月3日');
    expect(stepDay({ at }, 'en', '2026')).toBe('December 3');
  });

  it('reads a show of hands', () => {
    expect(voteCounts('5/1/0')).toEqual({ for: 5, against: 1, abstain: 0 });
    expect(voteCounts(null)).toBeNull();
  });
});

describe('the class and its clock', () => {
  it('says the class with the due day while work goes on', () => {
    expect(clockWords({ urgency: 'URGENT', dueDay: '2026-12-10', status: 'OPEN' }, zhT, 'zh-CN', '2026')).toBe(
      '紧急 · 12月10日前办好',
    );
    expect(clockWords({ urgency: 'KEY', dueDay: '2027-01-03', status: 'ADOPTED' }, zhT, 'zh-CN', '2026')).toBe(
      '重点 · 2027年1月3日前办好',
    );
    expect(clockWords({ urgency: 'URGENT', dueDay: '2026-12-10', status: 'OPEN' }, enT, 'en', '2026')).toBe(
      'Urgent · due by December 10',
    );
  });

  it('says only the class once answered, and nothing before classification', () => {
    expect(clockWords({ urgency: 'URGENT', dueDay: '2026-12-10', status: 'CLOSED' }, zhT)).toBe('紧急');
    expect(clockWords({ urgency: null, dueDay: null, status: 'NEW' }, zhT)).toBeNull();
  });
});

describe('the changed badge', () => {
  it('shows when any suggestion has something new', () => {
    expect(anyChanged([{ changed: false }, { changed: true }])).toBe(true);
    expect(anyChanged([{ changed: false }])).toBe(false);
    expect(anyChanged([])).toBe(false);
    expect(anyChanged(null)).toBe(false);
    expect(changedCount([{ changed: true }, { changed: true }, { changed: false }])).toBe(2);
  });
});

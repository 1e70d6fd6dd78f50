import { describe, expect, it } from 'vitest';
import zh from '../locales/deliberation/zh-CN.json';
import { matterCardHeight } from './cards';
import { translator } from './test-translator';

describe('a matter card’s height', () => {
  it('grows with an answer and with the words shown', () => {
    const t = translator(zh);
    const base = {
      title: '路灯不亮',
      category: 'CONVENIENCE',
      status: 'OPEN',
      urgency: 'URGENT',
      dueDay: '2026-12-11',
      latest: { kind: 'CLASSIFIED', text: null, at: '2026-12-04T01:00:00Z' },
      suggesters: 1,
    };
    const plain = matterCardHeight(base, t, 'zh-CN', '2026');
    expect(plain).toBeGreaterThan(200);
    expect(matterCardHeight({ ...base, answer: '已修好，谢谢' }, t, 'zh-CN', '2026')).toBeGreaterThan(plain);
  });
});

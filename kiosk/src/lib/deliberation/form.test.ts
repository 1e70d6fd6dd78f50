import { describe, expect, it } from 'vitest';
import zh from '../locales/deliberation/zh-CN.json';
import { charCount, draftProblems, SubmitOnce, titleProblem } from './form';
import { translator } from './test-translator';

describe('the suggestion form', () => {
  it('checks the title as the API does: 2–40 characters, not only spaces', () => {
    expect(titleProblem('')).toBe('deliberation.form.noTitle');
    expect(titleProblem('   ')).toBe('deliberation.form.noTitle');
    expect(titleProblem('灯')).toBe('deliberation.form.titleShort');
    expect(titleProblem(' 路灯 ')).toBeNull();
    expect(titleProblem('长'.repeat(40))).toBeNull();
    expect(titleProblem('长'.repeat(41))).toBe('deliberation.form.titleLong');
    expect(charCount('𠀀𠀀')).toBe(2);
  });

  it('needs a category, and details of at most 1,000 characters', () => {
    expect(draftProblems({ category: null, title: '路灯不亮', details: '' })).toEqual(['deliberation.form.noCategory']);
    expect(draftProblems({ category: 'CONVENIENCE', title: '路灯不亮', details: '' })).toEqual([]);
    expect(draftProblems({ category: 'CONVENIENCE', title: 'x', details: '字'.repeat(1001) })).toEqual([
      'deliberation.form.titleShort',
      'deliberation.form.detailsLong',
    ]);
  });

  it('says every problem in words', () => {
    const t = translator(zh);
    const all = draftProblems({ category: 'NOPE', title: 'x', details: '字'.repeat(1001) });
    for (const p of all) expect(t(p)).not.toMatch(/MISSING|deliberation\./);
    expect(t('deliberation.form.titleShort')).toBe('建议太短了，请至少写2个字');
  });
});

describe('one confirmation, one suggestion', () => {
  it('sends a double tap once, and a retry after a failure with the same key', async () => {
    let n = 0;
    const flow = new SubmitOnce<string>(() => `key-${++n}`);
    flow.open();
    const keys: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const send = async (key: string) => {
      keys.push(key);
      await held;
      return `sent ${key}`;
    };
    const a = flow.send(send);
    const b = flow.send(send);
    release();
    expect(await a).toBe('sent key-1');
    expect(await b).toBe('sent key-1');
    expect(keys).toEqual(['key-1']);

    await expect(flow.send(() => Promise.reject(new Error('network')))).rejects.toThrow('network');
    expect(await flow.send(async (key) => key)).toBe('key-1');
  });

  it('takes a new key after going back to change something', async () => {
    let n = 0;
    const flow = new SubmitOnce<string>(() => `key-${++n}`);
    expect(flow.open()).toBe('key-1');
    flow.leave();
    expect(flow.key).toBeNull();
    expect(flow.open()).toBe('key-2');
    expect(await flow.send(async (k) => k)).toBe('key-2');
  });
});

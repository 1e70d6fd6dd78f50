import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { Minutes } from './meeting.minutes.js';
import { minutesDocx, ZH_MINUTES_WORDS as zh } from './minutes-docx.js';

const minutes: Minutes = {
  community: '幸福里社区',
  title: '2026年12月 居民议事会',
  kind: '月度议事会',
  day: '2026-12-15',
  // 06:00 and 07:35 UTC are 14:00 and 15:35 in Shanghai.
  startedAt: new Date('2026-12-15T06:00:00Z'),
  closedAt: new Date('2026-12-15T07:35:00Z'),
  place: '社区活动中心二楼',
  chair: '王主任',
  quorum: { needed: 7, present: 11, met: true },
  attendees: [
    { name: '李建国', building: 3, role: '楼长' },
    { name: '张<&>"秀英"', building: 12, role: null },
    { name: '陈明', building: null, role: '物业代表' },
  ],
  invitedParties: [
    { name: '幸福物业公司', present: true },
    { name: '派出所', present: false },
  ],
  items: [
    {
      position: 1,
      title: '3号楼加装电梯',
      matterRef: 'M-2026-031',
      timeBoxMinutes: 20,
      discussion: '二楼住户担心采光。\n一楼住户要求补偿方案。',
      votes: [
        { question: '同意启动加装电梯意见征询', for: 9, against: 2, abstain: 1, carried: true, quorumMet: true },
        { question: '电梯费用按楼层分摊', for: 4, against: 5, abstain: 2, carried: false, quorumMet: true },
      ],
      decision: '启动意见征询，分摊方案下次再议。',
      actions: [
        { what: '发放征询表', owner: '李建国', due: '2027-01-10' },
        { what: '联系电梯公司报价', owner: '物业<&>经理', due: null },
      ],
    },
    {
      position: 2,
      title: '小区垃圾分类宣传',
      matterRef: null,
      timeBoxMinutes: 10,
      discussion: null,
      votes: [],
      decision: null,
      actions: [],
    },
  ],
};

/** The text of every w:t element of word/document.xml, in document order; the XML must parse. */
async function documentTexts(buffer: Buffer): Promise<{ xml: string; texts: string[] }> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')!.async('string');
  const texts: string[] = [];
  let inText = false;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (tag.name === 'w:t') {
      inText = true;
      texts.push('');
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:t') inText = false;
  });
  parser.on('text', (t) => {
    if (inText) texts[texts.length - 1] += t;
  });
  parser.write(xml).close(); // throws on malformed XML
  return { xml, texts };
}

/** Asserts `wanted` occur in `texts` in this order (each a whole w:t text). */
function expectInOrder(texts: string[], wanted: string[]): void {
  let from = 0;
  for (const w of wanted) {
    const at = texts.indexOf(w, from);
    expect(at, `"${w}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
}

describe('minutes as a Word document', () => {
  it('holds title, meta, attendance, each item, its votes, decision and actions, in order', async () => {
    const buffer = await minutesDocx(minutes, zh);
    // A .docx is a zip: local file header "PK\x03\x04".
    expect(buffer.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
    const { texts } = await documentTexts(buffer);
    expectInOrder(texts, [
      '幸福里社区',
      '2026年12月 居民议事会',
      '月度议事会',
      '日期',
      '2026年12月15日',
      '时间',
      '14:00–15:35',
      '地点',
      '社区活动中心二楼',
      '主持人',
      '王主任',
      '法定人数',
      '应到 7 · 实到 11 · 已达到法定人数',
      '出席（3）',
      '李建国',
      '3',
      '楼长',
      '列席单位',
      '幸福物业公司',
      '出席',
      '派出所',
      '缺席',
      '议程',
      '1. 3号楼加装电梯',
      '关联事项：',
      'M-2026-031',
      '20 分钟',
      '二楼住户担心采光。',
      '一楼住户要求补偿方案。',
      '赞成',
      '反对',
      '弃权',
      '同意启动加装电梯意见征询',
      '9',
      '2',
      '1',
      '通过',
      '电梯费用按楼层分摊',
      '4',
      '5',
      '2',
      '未通过',
      '决定：',
      '启动意见征询，分摊方案下次再议。',
      '事项',
      '负责人',
      '期限',
      '发放征询表',
      '李建国',
      '2027年1月10日',
      '联系电梯公司报价',
      '物业<&>经理',
      '无',
      '2. 小区垃圾分类宣传',
      '10 分钟',
    ]);
    // The second item has no matter, discussion, votes, decision or actions: nothing after its time box.
    expect(texts.slice(texts.indexOf('2. 小区垃圾分类宣传') + 1)).toEqual(['计划时长：', '10 分钟']);
  });

  it('escapes markup characters in names: the XML parses and reads them back', async () => {
    const { xml, texts } = await documentTexts(await minutesDocx(minutes, zh));
    expect(texts).toContain('张<&>"秀英"');
    expect(texts).toContain('物业<&>经理');
    expect(xml).not.toContain('<&>');
    expect(xml).toContain('&lt;&amp;&gt;');
  });

  it("says a meeting's kind and a council member's role in words", async () => {
    const council = { ...minutes, kind: 'COUNCIL', attendees: [{ name: '王芳', building: 2, role: 'CHAIR' }] };
    const { texts } = await documentTexts(await minutesDocx(council, zh));
    expect(texts).toContain('居民议事会');
    expect(texts).toContain('主任');
    expect(texts.join('|')).not.toMatch(/COUNCIL|CHAIR/);
  });

  it('is A4 with Chinese default fonts, and marks a vote taken without quorum', async () => {
    const buffer = await minutesDocx(
      {
        ...minutes,
        startedAt: null,
        closedAt: null,
        place: null,
        quorum: { needed: 7, present: 5, met: false },
        items: [{ ...minutes.items[0], votes: [{ ...minutes.items[0].votes[0], quorumMet: false }] }],
      },
      zh,
    );
    const zip = await JSZip.loadAsync(buffer);
    const { texts, xml } = await documentTexts(buffer);
    // A4 is 210 × 297 mm = 11906 × 16838 twentieths of a point.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toContain('w:eastAsia="宋体"');
    expect(styles).toContain('w:eastAsia="微软雅黑"');
    expectInOrder(texts, [
      '时间',
      '无',
      '地点',
      '无',
      '应到 7 · 实到 5 · 未达到法定人数',
      '通过（表决时未达法定人数）',
    ]);
  });
});

import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunStylePropertiesOptions,
} from 'docx';
import { TIME_ZONE } from '../../platform/time.js';
import type { Minutes } from './meeting.minutes.js';

/**
 * Every word the document uses, from the caller's locale (zh-CN first, English too). The
 * zh-CN values in the comments are what the minutes are expected to read.
 */
export interface MinutesWords {
  /** How a 'YYYY-MM-DD' day is written: {y} {m} {d} unpadded, {mm} {dd} padded. 例: '{y}年{m}月{d}日' */
  dayPattern: string;
  /** 日期 */
  date: string;
  /** 时间 */
  time: string;
  /** 地点 */
  place: string;
  /** 主持人 */
  chair: string;
  /** 法定人数 */
  quorum: string;
  /** 应到 (the number needed) */
  needed: string;
  /** 实到 (the number present) */
  present: string;
  /** 已达到法定人数 */
  quorumMet: string;
  /** 未达到法定人数 */
  quorumNotMet: string;
  /** 出席 (the attendance section) */
  attendance: string;
  /** 姓名 */
  name: string;
  /** 楼栋 */
  building: string;
  /** 身份 */
  role: string;
  /** A council role's words (CHAIR: 主任) */
  roles: Record<string, string>;
  /** A meeting kind's words (COUNCIL: 居民议事会) */
  kinds: Record<string, string>;
  /** 列席单位 */
  invitedParties: string;
  /** 出席 (an invited party came) */
  attended: string;
  /** 缺席 */
  absent: string;
  /** 议程 */
  agenda: string;
  /** 关联事项 */
  matterRef: string;
  /** 计划时长 */
  timeBox: string;
  /** 分钟 */
  minutes: string;
  /** 讨论 */
  discussion: string;
  /** 表决 */
  votes: string;
  /** 表决事项 */
  question: string;
  /** 赞成 */
  for: string;
  /** 反对 */
  against: string;
  /** 弃权 */
  abstain: string;
  /** 结果 */
  result: string;
  /** 通过 */
  carried: string;
  /** 未通过 */
  notCarried: string;
  /** 表决时未达法定人数 */
  voteQuorumNotMet: string;
  /** 决定 */
  decision: string;
  /** 行动事项 */
  actions: string;
  /** 事项 */
  what: string;
  /** 负责人 */
  owner: string;
  /** 期限 */
  due: string;
  /** 无 (an empty value) */
  none: string;
}

/**
 * Fonts: Word on the office PCs (Chinese Windows) has 宋体 (SimSun) for text and 微软雅黑 (Microsoft
 * YaHei) for headings; Latin letters and digits in Times New Roman / Arial. Names as Word itself
 * writes them on a Chinese system; elsewhere Word substitutes.
 */
const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: '微软雅黑' };

/** A4 in twentieths of a point (210 × 297 mm), 2.5 cm margins. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1418;

const timeFmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function formatDay(day: string, pattern: string): string {
  const [y, m, d] = day.split('-');
  return pattern
    .replace('{y}', y)
    .replace('{mm}', m)
    .replace('{dd}', d)
    .replace('{m}', String(Number(m)))
    .replace('{d}', String(Number(d)));
}

function timeRange(m: Minutes, none: string): string {
  if (!m.startedAt && !m.closedAt) return none;
  const start = m.startedAt ? timeFmt.format(m.startedAt) : '';
  const end = m.closedAt ? timeFmt.format(m.closedAt) : '';
  return `${start}–${end}`;
}

const text = (value: string, run: IRunStylePropertiesOptions = {}) => new TextRun({ text: value, ...run });

/** A paragraph "label：value". */
function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [text(`${label}：`, { bold: true }), text(value)], spacing: { after: 80 } });
}

function cell(value: string, header = false): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [text(value, { bold: header })] })],
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...(header ? { shading: { fill: 'E7E6E6' } } : {}),
  });
}

/** A full-width table with a header row; `widths` in percent. */
function table(header: string[], rows: string[][], widths: number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths.map((w) => Math.round(((A4.width - 2 * MARGIN) * w) / 100)),
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((v) => cell(v)) })),
    ],
  });
}

const heading = (value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ heading: level, children: [text(value)], spacing: { before: 240, after: 120 } });

/** Multi-line text as one paragraph a line. */
const lines = (value: string) => value.split(/\r?\n/).map((line) => new Paragraph({ children: [text(line)] }));

/**
 * The meeting's minutes as a Word document (.docx, A4): title, a table of date, time, place,
 * chair and quorum, the attendance, then each agenda item with its matter, discussion, votes
 * (赞成/反对/弃权, 通过/未通过), decision and actions. All words come from `words`.
 */
export async function minutesDocx(m: Minutes, words: MinutesWords): Promise<Buffer> {
  const w = words;
  const quorum = `${w.needed} ${m.quorum.needed} · ${w.present} ${m.quorum.present} · ${
    m.quorum.met ? w.quorumMet : w.quorumNotMet
  }`;
  const meta = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [20, 80].map((p) => Math.round(((A4.width - 2 * MARGIN) * p) / 100)),
    rows: [
      [w.date, formatDay(m.day, w.dayPattern)],
      [w.time, timeRange(m, w.none)],
      [w.place, m.place ?? w.none],
      [w.chair, m.chair ?? w.none],
      [w.quorum, quorum],
    ].map(([label, value]) => new TableRow({ children: [cell(label, true), cell(value)] })),
  });

  const attendance = [
    heading(`${w.attendance}（${m.attendees.length}）`, HeadingLevel.HEADING_1),
    m.attendees.length
      ? table(
          [w.name, w.building, w.role],
          m.attendees.map((a) => [
            a.name,
            a.building === null ? '' : String(a.building),
            a.role ? (w.roles[a.role] ?? a.role) : '',
          ]),
          [40, 20, 40],
        )
      : new Paragraph({ children: [text(w.none)] }),
  ];
  const invited = m.invitedParties.length
    ? [
        heading(w.invitedParties, HeadingLevel.HEADING_1),
        table(
          [w.name, w.attendance],
          m.invitedParties.map((p) => [p.name, p.present ? w.attended : w.absent]),
          [70, 30],
        ),
      ]
    : [];

  const items = m.items.flatMap((item) => {
    const out: Array<Paragraph | Table> = [heading(`${item.position}. ${item.title}`, HeadingLevel.HEADING_2)];
    if (item.matterRef) out.push(labelled(w.matterRef, item.matterRef));
    out.push(labelled(w.timeBox, `${item.timeBoxMinutes} ${w.minutes}`));
    if (item.discussion)
      out.push(new Paragraph({ children: [text(`${w.discussion}：`, { bold: true })] }), ...lines(item.discussion));
    if (item.votes.length) {
      out.push(new Paragraph({ children: [text(`${w.votes}：`, { bold: true })], spacing: { before: 120 } }));
      out.push(
        table(
          [w.question, w.for, w.against, w.abstain, w.result],
          item.votes.map((v) => [
            v.question,
            String(v.for),
            String(v.against),
            String(v.abstain),
            (v.carried ? w.carried : w.notCarried) + (v.quorumMet ? '' : `（${w.voteQuorumNotMet}）`),
          ]),
          [44, 12, 12, 12, 20],
        ),
      );
    }
    if (item.decision) out.push(labelled(w.decision, item.decision));
    if (item.actions.length) {
      out.push(new Paragraph({ children: [text(`${w.actions}：`, { bold: true })], spacing: { before: 120 } }));
      out.push(
        table(
          [w.what, w.owner, w.due],
          item.actions.map((a) => [a.what, a.owner, a.due ? formatDay(a.due, w.dayPattern) : w.none]),
          [56, 22, 22],
        ),
      );
    }
    return out;
  });

  const doc = new Document({
    title: m.title,
    creator: m.community,
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 24 }, paragraph: { spacing: { line: 360 } } },
        title: { run: { font: HEADING_FONT, size: 36, bold: true } },
        heading1: { run: { font: HEADING_FONT, size: 28, bold: true } },
        heading2: { run: { font: HEADING_FONT, size: 26, bold: true } },
      },
    },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [text(m.community)] }),
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [text(m.title)] }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [text(w.kinds[m.kind] ?? m.kind)],
            spacing: { after: 240 },
          }),
          meta,
          ...attendance,
          ...invited,
          ...(m.items.length ? [heading(w.agenda, HeadingLevel.HEADING_1), ...items] : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The minutes' words as community offices file them (zh-CN). */
export const ZH_MINUTES_WORDS: MinutesWords = {
  dayPattern: '{y}年{m}月{d}日',
  date: '日期',
  time: '时间',
  place: '地点',
  chair: '主持人',
  quorum: '法定人数',
  needed: '应到',
  present: '实到',
  quorumMet: '已达到法定人数',
  quorumNotMet: '未达到法定人数',
  attendance: '出席',
  name: '姓名',
  building: '楼栋',
  role: '身份',
  roles: { CHAIR: '主任', MEMBER: '成员' },
  kinds: { COUNCIL: '居民议事会', PARENTS: '家长委员会', QUARTERLY: '季度会议', OTHER: '其他会议' },
  invitedParties: '列席单位',
  attended: '出席',
  absent: '缺席',
  agenda: '议程',
  matterRef: '关联事项',
  timeBox: '计划时长',
  minutes: '分钟',
  discussion: '讨论',
  votes: '表决',
  question: '表决事项',
  for: '赞成',
  against: '反对',
  abstain: '弃权',
  result: '结果',
  carried: '通过',
  notCarried: '未通过',
  voteQuorumNotMet: '表决时未达法定人数',
  decision: '决定',
  actions: '行动事项',
  what: '事项',
  owner: '负责人',
  due: '期限',
  none: '无',
};

import ExcelJS from 'exceljs';
import { PointsReasonCode, type PointsEntryView } from './points.types.js';

export type FileFormat = 'xlsx' | 'csv';

export interface LedgerFile {
  body: Buffer;
  contentType: string;
  filename: string;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A history line's reason in words (the export is read in Chinese, as the console's default). */
export const REASON_WORDS: Record<PointsReasonCode, string> = {
  [PointsReasonCode.MEETING_ATTENDED]: '参加议事会',
  [PointsReasonCode.SUGGESTION_ADOPTED]: '建议被采纳',
  [PointsReasonCode.VOLUNTEER_HOUR]: '志愿服务',
  [PointsReasonCode.MANUAL_AWARD]: '人工加分',
  [PointsReasonCode.MANUAL_DEDUCTION]: '人工扣分',
  [PointsReasonCode.CORRECTION]: '更正',
  [PointsReasonCode.REWARD_REDEEMED]: '兑换奖品',
  [PointsReasonCode.VOUCHER_CANCELLED]: '兑换券取消退回',
  [PointsReasonCode.VOUCHER_EXPIRED]: '兑换券过期退回',
};

const COLUMNS = [
  { key: 'at', header: '记账时间', width: 20 },
  { key: 'day', header: '日期', width: 12 },
  { key: 'reason', header: '事项', width: 16 },
  { key: 'title', header: '内容', width: 24 },
  { key: 'amount', header: '积分', width: 8 },
  { key: 'balanceAfter', header: '余额', width: 8 },
  { key: 'hours', header: '小时', width: 8 },
  { key: 'note', header: '备注', width: 30 },
  { key: 'voucherCode', header: '兑换码', width: 12 },
  { key: 'recordedBy', header: '记录人', width: 12 },
  { key: 'reversed', header: '已更正', width: 8 },
] as const;

type Key = (typeof COLUMNS)[number]['key'];
type Row = Record<Key, string | number>;

/** Guards a text cell against formula injection (the file opened in Excel). */
export const guard = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/** The time in Beijing time, as the council reads it: 2026-03-15 09:30. */
function shanghai(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function rowOf(e: PointsEntryView): Row {
  return {
    at: shanghai(new Date(e.at)),
    day: e.day ?? '',
    reason: REASON_WORDS[e.reason] ?? e.reason,
    title: guard(e.title ?? ''),
    amount: e.amount,
    balanceAfter: e.balanceAfter,
    hours: e.hours ?? '',
    note: guard(e.note ?? ''),
    voucherCode: guard(e.voucherCode ?? ''),
    recordedBy: guard(e.recordedByName ?? (e.recordedBy ? '工作人员' : '')),
    reversed: e.reversed ? '是' : '',
  };
}

async function xlsx(rows: Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Linli';
  const ws = wb.addWorksheet('积分明细', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style: ['day', 'voucherCode', 'at'].includes(c.key) ? { numFmt: '@' } : {},
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 with a BOM: Excel then opens the Chinese right. */
function csv(rows: Row[]): Buffer {
  const lines = [COLUMNS.map((c) => c.header), ...rows.map((r) => COLUMNS.map((c) => r[c.key]))];
  return Buffer.from('\ufeff' + lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n', 'utf8');
}

/** A resident's points history (newest first, as filtered) as a spreadsheet. */
export async function ledgerFile(format: FileFormat, residentName: string, entries: PointsEntryView[], stamp: string) {
  const rows = entries.map(rowOf);
  const name = `积分明细-${residentName.replace(/[\\/:*?"<>|]/g, '')}-${stamp}`;
  return format === 'xlsx'
    ? { body: await xlsx(rows), contentType: XLSX, filename: `${name}.xlsx` }
    : { body: csv(rows), contentType: 'text/csv; charset=utf-8', filename: `${name}.csv` };
}

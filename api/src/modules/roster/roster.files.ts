import ExcelJS from 'exceljs';
import type { Resident } from '../resident/index.js';
import { COLUMNS, HEADERS, type RosterColumn } from './roster.parse.js';

export type FileFormat = 'xlsx' | 'csv';

export interface RosterFile {
  body: Buffer;
  contentType: string;
  filename: string;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What each header's comment says (Excel shows it on hover). */
const HINTS: Record<RosterColumn, string> = {
  name: '必填。1–40 个字。Required: 1–40 characters.',
  phone: '必填。11 位手机号，以 1 开头；居民用它登录。Required: 11-digit mobile starting with 1.',
  building: '必填。楼栋号，如 1 或 1号楼。Required: building number, e.g. 1.',
  unit: '单元号，空着即 1。Unit number; empty = 1.',
  room: '必填。房号，如 302。Required: room, e.g. 302.',
  birthDate: '如 1948-03-12（也可 1948/3/12 或日期格式）。YYYY-MM-DD or a date cell.',
  phone2: '选填。子女或照护人的手机号。Optional second mobile.',
  livesAlone: '是 / 否（也可 Y/N、√），空着即否。Yes/No; empty = no.',
  limitedMobility: '是 / 否（也可 Y/N、√），空着即否。Yes/No; empty = no.',
  notes: '选填。最多 500 字；不要写身份证号。At most 500 characters; no ID numbers.',
  id: '更新已有居民时使用（导出文件自带）；新居民留空。Resident id for updates (exports carry it); empty for new residents.',
};

const SAMPLE: Record<RosterColumn, string | number> = {
  name: '张秀英',
  phone: '13800000001',
  building: 1,
  unit: 1,
  room: '302',
  birthDate: '1948-03-12',
  phone2: '13900000002',
  livesAlone: '是',
  limitedMobility: '否',
  notes: '耳背，请大声说话',
  id: '',
};

/** Guards a text cell against formula injection (an export opened in Excel): a leading ' the import drops again. */
const guard = (s: string) => (/^[=+\-@]/.test(s) ? `'${s}` : s);

function valuesOf(r: Resident): Record<RosterColumn, string | number> {
  return {
    name: guard(r.name),
    phone: r.phone ?? '',
    building: r.building.number,
    unit: r.unit,
    room: r.room,
    birthDate: r.birthDate ?? '',
    phone2: r.phone2 ?? '',
    livesAlone: r.livesAlone ? '是' : '否',
    limitedMobility: r.limitedMobility ? '是' : '否',
    notes: guard(r.notes ?? ''),
    id: r.id,
  };
}

async function xlsx(rows: Record<RosterColumn, string | number>[], hints: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Linli';
  const ws = wb.addWorksheet('居民花名册', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({
    header: HEADERS[c],
    key: c,
    width: c === 'notes' ? 30 : c === 'id' ? 38 : 14,
    // Phones, rooms and dates as text: Excel would show 1.38E+10 or turn 0302 into 302.
    style: ['phone', 'phone2', 'room', 'birthDate', 'id'].includes(c) ? { numFmt: '@' } : {},
  }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  if (hints) COLUMNS.forEach((c, i) => (head.getCell(i + 1).note = HINTS[c]));
  for (const r of rows) ws.addRow(r);
  const last = Math.max(rows.length + 1, 2001);
  for (const c of ['livesAlone', 'limitedMobility'] as const) {
    const col = COLUMNS.indexOf(c) + 1;
    for (let i = 2; i <= (hints ? last : 1); i++) {
      ws.getCell(i, col).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: ['"是,否"'],
        showErrorMessage: true,
        error: '请填 是 或 否',
      };
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 with a BOM: Excel then opens the Chinese right (without one it guesses GBK). */
function csv(rows: Record<RosterColumn, string | number>[]): Buffer {
  const lines = [COLUMNS.map((c) => HEADERS[c]), ...rows.map((r) => COLUMNS.map((c) => r[c]))];
  return Buffer.from('\ufeff' + lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n', 'utf8');
}

export async function templateFile(format: FileFormat): Promise<RosterFile> {
  return format === 'xlsx'
    ? { body: await xlsx([SAMPLE], true), contentType: XLSX, filename: '居民花名册模板.xlsx' }
    : { body: csv([SAMPLE]), contentType: 'text/csv; charset=utf-8', filename: '居民花名册模板.csv' };
}

export async function exportFile(format: FileFormat, residents: readonly Resident[]): Promise<RosterFile> {
  const rows = residents.map(valuesOf);
  const stamp = new Date().toISOString().slice(0, 10);
  return format === 'xlsx'
    ? { body: await xlsx(rows, false), contentType: XLSX, filename: `居民花名册-${stamp}.xlsx` }
    : { body: csv(rows), contentType: 'text/csv; charset=utf-8', filename: `居民花名册-${stamp}.csv` };
}

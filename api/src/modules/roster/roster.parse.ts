import { parseString } from '@fast-csv/parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { RosterProblem } from './roster.problems.js';

/** The roster's columns, in the template's order (the key column last: optional). */
export const COLUMNS = [
  'name',
  'phone',
  'building',
  'unit',
  'room',
  'birthDate',
  'phone2',
  'livesAlone',
  'limitedMobility',
  'notes',
  'id',
] as const;
export type RosterColumn = (typeof COLUMNS)[number];

/** The template's headers (an export uses them too, so it imports again unchanged). */
export const HEADERS: Record<RosterColumn, string> = {
  name: '姓名',
  phone: '手机号',
  building: '楼栋',
  unit: '单元',
  room: '房号',
  birthDate: '出生日期',
  phone2: '第二手机号',
  livesAlone: '独居',
  limitedMobility: '行动不便',
  notes: '备注',
  id: '居民编号',
};

/** Columns a roster must have. */
export const REQUIRED: readonly RosterColumn[] = ['name', 'phone', 'building', 'room'];

/** What people call each column (compared after `headerKey`). */
const ALIASES: Record<RosterColumn, string[]> = {
  name: ['姓名', '名字', '居民姓名', '住户姓名', 'name', 'fullname', 'residentname'],
  phone: [
    '手机号',
    '手机',
    '手机号码',
    '电话',
    '联系电话',
    '电话号码',
    '联系方式',
    'phone',
    'mobile',
    'phonenumber',
    'tel',
  ],
  building: ['楼栋', '楼号', '楼', '栋', '楼栋号', '幢', 'building', 'buildingno', 'block'],
  unit: ['单元', '单元号', 'unit', 'unitno'],
  room: ['房号', '门牌号', '房间号', '房间', '室', '户号', 'room', 'roomno', 'flat', 'apartment'],
  birthDate: ['出生日期', '生日', '出生年月日', '出生年月', 'birthdate', 'dateofbirth', 'birthday', 'dob'],
  phone2: [
    '第二手机号',
    '第二电话',
    '备用电话',
    '备用手机',
    '其他电话',
    '家属电话',
    'phone2',
    'secondphone',
    'otherphone',
  ],
  livesAlone: ['独居', '是否独居', 'livesalone', 'alone'],
  limitedMobility: ['行动不便', '是否行动不便', 'limitedmobility', 'mobility', 'reducedmobility'],
  notes: ['备注', '说明', '备注说明', 'notes', 'note', 'remarks', 'comment'],
  id: ['居民编号', '编号', 'id', 'residentid'],
};

/** A header as compared: full-width folded, lower case, without "(必填)" and without punctuation or spaces. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（[【][^)）\]】]*[)）\]】]/g, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const byAlias = new Map<string, RosterColumn>();
for (const c of COLUMNS) for (const a of ALIASES[c]) byAlias.set(headerKey(a), c);

export function columnOf(header: string): RosterColumn | undefined {
  return byAlias.get(headerKey(header));
}

/** Most data rows a file may hold. */
export const MAX_ROWS = 10_000;

/** A data row as read: its number in the sheet (1-based, as Excel shows it) and its cells as text. */
export interface RosterRow {
  row: number;
  cells: Partial<Record<RosterColumn, string>>;
}

/** A problem of the file itself, or of one cell before the field rules see it. */
export interface ParseProblem {
  row: number | null;
  column: RosterColumn | null;
  reason: string;
}

export interface ParsedRoster {
  format: 'xlsx' | 'csv';
  /** The header as written in the file, per column found. */
  headers: Partial<Record<RosterColumn, string>>;
  headerRow: number;
  rows: RosterRow[];
  /** Rows with nothing in any known column: skipped. */
  emptyRows: number;
  /** File-level problems (unreadable, header missing, too many rows): nothing else is checked. */
  problems: ParseProblem[];
}

type Cell = ExcelJS.CellValue | undefined;

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Excel's day numbers count from 1899-12-30 (with its 1900 leap-year bug, right from March 1900 on). */
export function excelSerialDate(n: number): string {
  return ymd(new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86_400_000));
}

/** A cell as text: what a person sees in it. Dates (cells formatted as dates) as YYYY-MM-DD. */
export function cellText(v: Cell, column?: RosterColumn): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : ymd(v);
  if (typeof v === 'number') {
    // A date typed into a cell not formatted as a date arrives as Excel's day number.
    if (column === 'birthDate' && Number.isInteger(v) && v > 0 && v < 100_000) return excelSerialDate(v);
    return Number.isInteger(v) ? v.toFixed(0) : String(v);
  }
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return cellText((v as { result?: Cell }).result, column);
  if ('text' in v) return cellText((v as { text: Cell }).text, column);
  return '';
}

/** 是/否, Y/N, √/×, true/false, 1/0 (and empty: no). Undefined: not a yes or no. */
export function yesNo(text: string): boolean | undefined {
  const s = text.normalize('NFKC').trim().toLowerCase();
  if (['', '否', '不', '不是', 'n', 'no', 'false', '0', '×', 'x', '✗', '✘', '无', '-'].includes(s)) return false;
  if (['是', '√', '✓', '✔', 'y', 'yes', 'true', '1', '有', '对'].includes(s)) return true;
  return undefined;
}

/** A text that opens with =, +, -, @ was written with a leading ' by an export (formula injection): drop it. */
export function unguard(text: string): string {
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

function fileProblem(format: 'xlsx' | 'csv', reason: RosterProblem): ParsedRoster {
  return { format, headers: {}, headerRow: 0, rows: [], emptyRows: 0, problems: [{ row: null, column: null, reason }] };
}

const isZip = (b: Buffer) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Buffer) => b.length > 8 && b.readUInt32BE(0) === 0xd0cf11e0;

/** A text file's characters: UTF-8 (with or without BOM), UTF-16 with a BOM, else GB18030 (GBK, as Excel in China saves CSV). */
export function decodeText(buf: Buffer): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), 'utf16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf.subarray(2), 'utf16be');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return iconv.decode(buf, 'gb18030');
  }
}

async function readCsv(text: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const out: string[][] = [];
    parseString(text, { headers: false, ignoreEmpty: false, trim: false, strictColumnHandling: false })
      .on('error', reject)
      .on('data', (r: string[]) => {
        out.push(r);
        if (out.length > MAX_ROWS + 10) reject(new TooMany());
      })
      .on('end', () => resolve(out));
  });
}

class TooMany extends Error {}

/** The sheet's rows that hold anything, each with its number as the sheet shows it. */
type Grid = { n: number; cells: Cell[] }[];

async function gridOf(buf: Buffer): Promise<{ format: 'xlsx' | 'csv'; grid: Grid } | ParsedRoster> {
  if (isZip(buf)) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
    } catch {
      return fileProblem('xlsx', RosterProblem.FILE_UNREADABLE);
    }
    const ws = wb.worksheets.find((w) => w.actualRowCount > 0) ?? wb.worksheets[0];
    if (!ws) return fileProblem('xlsx', RosterProblem.FILE_UNREADABLE);
    if (ws.actualRowCount > MAX_ROWS + 5) return fileProblem('xlsx', RosterProblem.TOO_MANY_ROWS);
    const grid: Grid = [];
    ws.eachRow((r, n) => {
      const values = r.values as Cell[];
      grid.push({ n, cells: Array.isArray(values) ? values.slice(1) : [] });
    });
    return { format: 'xlsx', grid };
  }
  if (isOle(buf) || buf.includes(0)) return fileProblem('csv', RosterProblem.FILE_UNREADABLE);
  let lines: string[][];
  try {
    lines = await readCsv(decodeText(buf));
  } catch (err) {
    return fileProblem('csv', err instanceof TooMany ? RosterProblem.TOO_MANY_ROWS : RosterProblem.FILE_UNREADABLE);
  }
  return { format: 'csv', grid: lines.map((cells, i) => ({ n: i + 1, cells })) };
}

/**
 * Reads a roster (XLSX or CSV) into rows of text cells by column. The header is the first row
 * (of the first five: a title row may sit above it) naming at least two known columns.
 */
export async function parseRoster(buf: Buffer): Promise<ParsedRoster> {
  const got = await gridOf(buf);
  if ('problems' in got) return got;
  const { format, grid } = got;

  let header = -1;
  let columns: (RosterColumn | undefined)[] = [];
  for (let i = 0; i < Math.min(5, grid.length); i++) {
    const found = grid[i].cells.map((c) => columnOf(cellText(c)));
    if (found.filter(Boolean).length >= 2) {
      header = i;
      columns = found;
      break;
    }
  }
  if (header < 0) {
    return {
      format,
      headers: {},
      headerRow: 1,
      rows: [],
      emptyRows: 0,
      problems: REQUIRED.map((column) => ({ row: 1, column, reason: RosterProblem.HEADER_MISSING })),
    };
  }
  const headerRow = grid[header].n;
  const headers: Partial<Record<RosterColumn, string>> = {};
  columns.forEach((c, i) => {
    if (c && headers[c] === undefined) headers[c] = cellText(grid[header].cells[i]).trim();
    else if (c) columns[i] = undefined; // a second column of the same kind is ignored
  });
  const missing = REQUIRED.filter((c) => headers[c] === undefined);
  const result: ParsedRoster = { format, headers, headerRow, rows: [], emptyRows: 0, problems: [] };
  if (missing.length) {
    result.problems = missing.map((column) => ({ row: headerRow, column, reason: RosterProblem.HEADER_MISSING }));
    return result;
  }

  for (const { n, cells: raw } of grid.slice(header + 1)) {
    const cells: Partial<Record<RosterColumn, string>> = {};
    let any = false;
    raw.forEach((v, j) => {
      const c = columns[j];
      if (!c) return;
      const text = unguard(cellText(v, c));
      cells[c] = text;
      if (text.trim()) any = true;
    });
    if (!any) {
      result.emptyRows++;
      continue;
    }
    if (result.rows.length >= MAX_ROWS) {
      return { ...result, rows: [], problems: [{ row: null, column: null, reason: RosterProblem.TOO_MANY_ROWS }] };
    }
    result.rows.push({ row: n, cells });
  }
  return result;
}

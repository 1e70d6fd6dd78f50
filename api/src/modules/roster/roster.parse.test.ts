import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { templateFile } from './roster.files.js';
import { cellText, columnOf, decodeText, excelSerialDate, parseRoster, yesNo } from './roster.parse.js';

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('roster parsing', () => {
  it('knows the template headers, their variants and English ones', () => {
    expect(columnOf('姓名')).toBe('name');
    for (const h of ['手机号', '电话', '手机', '联系电话', '手机号码（必填）', ' Phone ', 'MOBILE']) {
      expect(columnOf(h), h).toBe('phone');
    }
    for (const h of ['楼栋', '楼号', '楼', 'Building']) expect(columnOf(h), h).toBe('building');
    for (const h of ['房号', '门牌号', '房间号', 'Room']) expect(columnOf(h), h).toBe('room');
    for (const h of ['出生日期', '生日', 'Date of birth', 'birth_date']) expect(columnOf(h), h).toBe('birthDate');
    expect(columnOf('第二手机号')).toBe('phone2');
    expect(columnOf('*居民编号')).toBe('id');
    expect(columnOf('身份证号')).toBeUndefined();
  });

  it('reads yes and no in the ways people write them', () => {
    for (const s of ['是', 'Y', 'yes', '√', '✓', 'TRUE', '1']) expect(yesNo(s), s).toBe(true);
    for (const s of ['否', 'N', 'no', '', ' ', '×', '0', 'false']) expect(yesNo(s), s).toBe(false);
    expect(yesNo('也许')).toBeUndefined();
  });

  it('turns Excel dates (Date cells and day numbers) into dates', () => {
    expect(excelSerialDate(17604)).toBe('1948-03-12');
    expect(cellText(17604, 'birthDate')).toBe('1948-03-12');
    expect(cellText(new Date(Date.UTC(1948, 2, 12)), 'birthDate')).toBe('1948-03-12');
    // A phone stored as a number is its digits, not 1.38e10.
    expect(cellText(13800000001, 'phone')).toBe('13800000001');
    expect(cellText({ richText: [{ text: '张' }, { text: '三' }] })).toBe('张三');
    expect(cellText({ formula: 'A1', result: '302' } as ExcelJS.CellValue)).toBe('302');
  });

  it('reads an XLSX roster with a title row above the header, skipping empty rows', async () => {
    const buf = await xlsx([
      ['幸福社区居民花名册'],
      ['姓名', '电话', '楼号', '单元', '门牌号', '生日', '独居'],
      ['张三', 13800000001, 1, 2, '302', new Date(Date.UTC(1950, 0, 2)), '√'],
      [],
      ['', '', '', '', '', '', ''],
      ['李四', '139 0000 0002', '2号楼', '', '101', 18000, 'N'],
    ]);
    const parsed = await parseRoster(buf);
    expect(parsed).toMatchObject({ format: 'xlsx', headerRow: 2, problems: [] });
    expect(parsed.headers).toMatchObject({ phone: '电话', building: '楼号', room: '门牌号' });
    expect(parsed.rows).toEqual([
      {
        row: 3,
        cells: {
          name: '张三',
          phone: '13800000001',
          building: '1',
          unit: '2',
          room: '302',
          birthDate: '1950-01-02',
          livesAlone: '√',
        },
      },
      {
        row: 6,
        cells: {
          name: '李四',
          phone: '139 0000 0002',
          building: '2号楼',
          unit: '',
          room: '101',
          birthDate: excelSerialDate(18000),
          livesAlone: 'N',
        },
      },
    ]);
    expect(parsed.emptyRows).toBe(1);
  });

  it('reads CSV in UTF-8 with and without a BOM, and in GBK as Excel in China saves it', async () => {
    const text = '姓名,手机号,楼栋,房号,备注\r\n张秀英,13800000001,1,302,"耳背, 请大声"\r\n';
    const utf8 = Buffer.from(text, 'utf8');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    const gbk = iconv.encode(text, 'gbk');
    expect(decodeText(gbk)).toBe(text);
    for (const buf of [utf8, bom, gbk]) {
      const parsed = await parseRoster(buf);
      expect(parsed.problems).toEqual([]);
      expect(parsed.rows).toEqual([
        { row: 2, cells: { name: '张秀英', phone: '13800000001', building: '1', room: '302', notes: '耳背, 请大声' } },
      ]);
    }
  });

  it('names missing required columns, and refuses what it cannot read', async () => {
    const noRoom = await parseRoster(Buffer.from('姓名,手机号,楼栋\n张三,13800000001,1\n'));
    expect(noRoom.problems).toEqual([{ row: 1, column: 'room', reason: 'HEADER_MISSING' }]);
    const noHeader = await parseRoster(Buffer.from('a,b,c\n1,2,3\n'));
    expect(noHeader.problems.map((p) => p.column)).toEqual(['name', 'phone', 'building', 'room']);
    const xls = Buffer.alloc(64);
    xls.writeUInt32BE(0xd0cf11e0, 0);
    expect((await parseRoster(xls)).problems).toEqual([{ row: null, column: null, reason: 'FILE_UNREADABLE' }]);
    const brokenZip = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100, 7)]);
    expect((await parseRoster(brokenZip)).problems[0].reason).toBe('FILE_UNREADABLE');
  });

  it('refuses more than 10,000 rows', async () => {
    const lines = ['姓名,手机号,楼栋,房号', ...Array.from({ length: 10_001 }, (_, i) => `居民${i},1380000${i},1,101`)];
    const parsed = await parseRoster(Buffer.from(lines.join('\n')));
    expect(parsed.problems).toEqual([{ row: null, column: null, reason: 'TOO_MANY_ROWS' }]);
  });

  it('reads its own template back: the sample row, every column', async () => {
    for (const format of ['xlsx', 'csv'] as const) {
      const parsed = await parseRoster((await templateFile(format)).body);
      expect(parsed.problems).toEqual([]);
      expect(Object.keys(parsed.headers)).toHaveLength(11);
      expect(parsed.rows).toHaveLength(1);
      expect(parsed.rows[0].cells).toMatchObject({ name: '张秀英', phone: '13800000001', birthDate: '1948-03-12' });
    }
  });
});

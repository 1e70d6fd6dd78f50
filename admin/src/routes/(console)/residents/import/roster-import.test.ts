import { ApiError } from '@linli/client';
import { describe, expect, it } from 'vitest';
import en from '../../../../lib/locales/roster/en.json';
import zh from '../../../../lib/locales/roster/zh-CN.json';
import {
  PROBLEMS,
  barOf,
  canCommit,
  exportUrl,
  fetchFile,
  fileRefusal,
  filenameOf,
  problemLines,
  sendFile,
  type Progress,
  type RosterReport,
} from './roster-import';

const report = (over: Partial<RosterReport> = {}): RosterReport => ({
  format: 'xlsx',
  rows: 3,
  created: 2,
  updated: 1,
  unchanged: 0,
  errors: 0,
  emptyRows: 0,
  problems: [],
  ...over,
});

/** A stand-in XMLHttpRequest: the test drives its events; the answer arrives line by line. */
function fakeXhr(status: number, lines: unknown[] | string) {
  const sent: { headers: Record<string, string>; body?: unknown; url?: string } = { headers: {} };
  const xhr = {
    status,
    responseText: '',
    upload: {} as { onprogress?: (e: Partial<ProgressEvent>) => void; onload?: () => void },
    onload: null as null | (() => void),
    onerror: null as null | (() => void),
    onprogress: null as null | (() => void),
    open: (_m: string, url: string) => (sent.url = url),
    setRequestHeader: (k: string, v: string) => (sent.headers[k] = v),
    send(b: unknown) {
      sent.body = b;
      this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 200 });
      this.upload.onprogress?.({ lengthComputable: true, loaded: 200, total: 200 });
      this.upload.onload?.();
      if (typeof lines === 'string') this.responseText = lines;
      else
        for (const l of lines) {
          this.responseText += JSON.stringify(l) + '\n';
          this.onprogress?.();
        }
      this.onload?.();
    },
  };
  return { xhr, sent };
}

describe('roster import logic', () => {
  it('refuses what cannot be a roster before sending it', () => {
    expect(fileRefusal({ name: '花名册.xlsx', size: 1000 })).toBeNull();
    expect(fileRefusal({ name: 'roster.CSV', size: 10 })).toBeNull();
    expect(fileRefusal({ name: 'old.xls', size: 10 })).toBe('FILE_TYPE');
    expect(fileRefusal({ name: 'a.csv', size: 0 })).toBe('FILE_EMPTY');
    expect(fileRefusal({ name: 'a.csv', size: 9 * 1024 * 1024 })).toBe('FILE_TOO_LARGE');
  });

  it('reports honest progress: bytes while uploading, then each phase the server has passed', async () => {
    const { xhr, sent } = fakeXhr(200, [
      { progress: { phase: 'read', rows: 3 } },
      { progress: { phase: 'checked', errors: 0 } },
      { progress: { phase: 'written' } },
      { result: { committed: true, report: report() } },
    ]);
    const seen: Progress[] = [];
    const got = await sendFile<{ committed: boolean }>(
      '/api/roster/commit',
      new Blob(['x']),
      'tok',
      (p) => seen.push(p),
      {
        writes: true,
        newXhr: () => xhr as never,
      },
    );
    expect(got.committed).toBe(true);
    expect(sent.headers).toMatchObject({ authorization: 'Bearer tok', accept: 'application/x-ndjson' });
    expect(seen).toEqual([
      { phase: 'uploading', fraction: 0 },
      { phase: 'uploading', fraction: 0.25 },
      { phase: 'uploading', fraction: 1 },
      { phase: 'reading' },
      { phase: 'checking', rows: 3 },
      { phase: 'writing', rows: 3 },
      { phase: 'committing', rows: 3 },
      { phase: 'done' },
    ]);
    expect(seen.map(barOf)).toEqual([0, 13, 50, 50, 70, 85, 95, 100]);
    // A dry run stops at "checked": it never claims to write.
    const dry: Progress[] = [];
    await sendFile('/api/roster/dry-run', new Blob(['x']), null, (p) => dry.push(p), {
      newXhr: () =>
        fakeXhr(200, [
          { progress: { phase: 'read', rows: 3 } },
          { progress: { phase: 'checked', errors: 1 } },
          { result: report() },
        ]).xhr as never,
    });
    expect(dry.map((p) => p.phase)).toEqual([
      'uploading',
      'uploading',
      'uploading',
      'reading',
      'checking',
      'checking',
      'done',
    ]);
  });

  it('turns refusals into ApiErrors the console translates', async () => {
    const body = { errors: [{ message: 'no', extensions: { code: 'FORBIDDEN', reason: 'ROSTER_ROLE' } }] };
    const send = (status: number, lines: unknown[] | string) =>
      sendFile('/x', new Blob([]), null, () => {}, { newXhr: () => fakeXhr(status, lines).xhr as never }).catch(
        (e) => e,
      );
    // Refused before any line (plain JSON), or after some (the error as the last line).
    for (const err of [await send(403, JSON.stringify(body)), await send(200, [{ status: 403, ...body }])]) {
      expect(err).toBeInstanceOf(ApiError);
      expect(err).toMatchObject({ code: 'FORBIDDEN', reason: 'ROSTER_ROLE' });
    }
    expect(await send(413, '')).toMatchObject({ code: 'BAD_USER_INPUT', fields: { file: ['FILE_TOO_LARGE'] } });
  });

  it('offers the commit only for a clean, checked file', () => {
    expect(canCommit(null)).toBe(false);
    expect(canCommit(report())).toBe(true);
    expect(canCommit(report({ rows: 0 }))).toBe(false);
    expect(
      canCommit(
        report({ errors: 1, problems: [{ row: 2, field: 'phone', column: '手机号', reason: 'PHONE_FORMAT' }] }),
      ),
    ).toBe(false);
  });

  it('puts the list filter into the export address, and reads the file name back', () => {
    expect(exportUrl('', 'csv')).toBe('/api/roster/export?format=csv');
    const url = exportUrl('/base', 'xlsx', { search: '张', buildingId: 'b1', other: '' });
    const q = new URL(url, 'http://x').searchParams;
    expect(q.get('format')).toBe('xlsx');
    expect(JSON.parse(q.get('filter')!)).toEqual({ search: '张', buildingId: 'b1' });
    expect(
      filenameOf(`attachment; filename="____.xlsx"; filename*=UTF-8''${encodeURIComponent('居民花名册.xlsx')}`, 'f'),
    ).toBe('居民花名册.xlsx');
    expect(filenameOf(null, 'fallback.csv')).toBe('fallback.csv');
  });

  it('fetches a file with the staff token', async () => {
    let auth = '';
    const fake = (async (_url: string, init: RequestInit) => {
      auth = (init.headers as Record<string, string>).authorization;
      return new Response('a,b', { headers: { 'content-disposition': 'attachment; filename="t.csv"' } });
    }) as typeof fetch;
    const got = await fetchFile('/api/roster/template?format=csv', 'tok', 'x.csv', fake);
    expect(auth).toBe('Bearer tok');
    expect(got.filename).toBe('t.csv');
    expect(await got.blob.text()).toBe('a,b');
  });

  it('says every problem in both languages, naming the other row and the existing resident', () => {
    for (const file of [zh, en]) {
      const words = file.roster.problem as Record<string, string>;
      for (const p of PROBLEMS) expect(words[p], p).toBeTruthy();
    }
    const t = (key: string, o?: { values?: Record<string, string | number> }) => {
      const path = key.split('.');
      let v: unknown = zh;
      for (const k of path) v = (v as Record<string, unknown>)[k];
      return String(v).replace(/\{(\w+)\}/g, (_, k: string) => String(o?.values?.[k] ?? ''));
    };
    const lines = problemLines(
      report({
        errors: 2,
        problems: [
          { row: 2, field: 'phone', column: '电话', reason: 'DUPLICATE_IN_FILE', otherRow: 5 },
          { row: 7, field: 'phone', column: '手机号', reason: 'PHONE_CONFLICT', existingName: '王老伯' },
          { row: null, field: null, column: null, reason: 'FILE_UNREADABLE' },
        ],
      }),
      t,
    );
    expect(lines.map((l) => [l.row, l.column, l.problem])).toEqual([
      ['2', '电话', '和第 5 行重复'],
      ['7', '手机号', '这个手机号已属于居民“王老伯”（姓名不同）'],
      ['整个文件', '—', '无法读取：请用 .xlsx 或 .csv 文件'],
    ]);
  });
});

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from '../../../test/harness.js';
import { StaffRole } from '../staff/index.js';
import type { CommitResult, RosterReport } from './index.js';

const HEAD = '姓名,手机号,楼栋,单元,房号,出生日期,第二手机号,独居,行动不便,备注';

/** A CSV roster of `n` good residents, phones from `base`. */
function roster(n: number, base = 13700000000, extra: string[] = []): Buffer {
  const lines = [HEAD];
  for (let i = 0; i < n; i++) {
    lines.push(
      `居民${i},${base + i},${(i % 3) + 1},1,${101 + (i % 20)},1950-01-0${(i % 9) + 1},,${i % 2 ? '是' : '否'},否,`,
    );
  }
  return Buffer.from([...lines, ...extra].join('\n') + '\n');
}

describe('roster import and export', () => {
  let t: TestApp;
  let statements: string[] = [];
  beforeAll(async () => {
    t = await TestApp.start({
      onQuery: (sql) => {
        if (sql.startsWith('[query]')) statements.push(sql);
      },
    });
  });
  afterAll(() => t.stop());

  async function setUp(role = StaffRole.ADMIN) {
    const { community, buildings } = await t.newCommunity();
    const staff = await t.newStaff(community.id, role);
    return { community, buildings, token: staff.token };
  }

  const post = async (path: 'dry-run' | 'commit', token: string, body: Buffer) => {
    const res = await t.http(`/api/roster/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body: new Uint8Array(body),
    });
    return { status: res.status, body: (await res.json()) as never };
  };
  const dryRun = async (token: string, body: Buffer): Promise<RosterReport> => {
    const res = await post('dry-run', token, body);
    expect(res.status).toBe(200);
    return res.body;
  };
  const commit = async (token: string, body: Buffer): Promise<CommitResult> => {
    const res = await post('commit', token, body);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  const count = async (communityId: string) =>
    Number((await t.sql<{ n: string }>('SELECT count(*) n FROM resident WHERE community_id = ?', [communityId]))[0].n);

  it('dry run: every problem row with its row, column and reason; nothing written', async () => {
    const { community, buildings, token } = await setUp();
    const existing = await t.newResident(buildings[0], { name: '王老伯' });
    const body = roster(2, 13700000000, [
      '张三,1234,1,1,302,,,是,否,', // row 4: bad phone
      '李四,13700000000,1,1,303,,,否,否,', // row 5: same phone as row 2
      '赵五,13700000010,9,1,101,,,否,否,', // row 6: no building 9
      `钱六,${existing.phone},1,1,101,,,否,否,`, // row 7: the phone is 王老伯's
      '孙七,13700000011,1,1,101,2090-01-01,,也许,否,', // row 8: future date, not a yes/no
      ',,,,,,,,,', // empty: skipped
    ]);
    const report = await dryRun(token, body);
    expect(report).toMatchObject({ format: 'csv', rows: 7, emptyRows: 1, errors: 6, created: 1, updated: 0 });
    const lines = report.problems.map((p) => [p.row, p.field, p.column, p.reason, p.otherRow ?? p.existingName]);
    expect(lines).toEqual([
      [2, 'phone', '手机号', 'DUPLICATE_IN_FILE', 5],
      [4, 'phone', '手机号', 'PHONE_FORMAT', undefined],
      [5, 'phone', '手机号', 'DUPLICATE_IN_FILE', 2],
      [6, 'building', '楼栋', 'BUILDING_UNKNOWN', undefined],
      [7, 'phone', '手机号', 'PHONE_CONFLICT', '王老伯'],
      [8, 'livesAlone', '独居', 'YES_NO_FORMAT', undefined],
      [8, 'birthDate', '出生日期', 'DATE_IN_FUTURE', undefined],
    ]);
    expect(await count(community.id)).toBe(1);
    // A commit of the same file re-checks, refuses and writes nothing.
    const refused = await commit(token, body);
    expect(refused.committed).toBe(false);
    expect(refused.report.errors).toBe(6);
    expect(await count(community.id)).toBe(1);
  });

  it('commits all-or-nothing, set-based, with name keys; a re-import changes nothing; an edited file updates by phone', async () => {
    const { community, token } = await setUp();
    const file = roster(200);
    expect(await dryRun(token, file)).toMatchObject({ rows: 200, created: 200, errors: 0, problems: [] });
    statements = [];
    const first = await commit(token, file);
    const perImport = statements.length;
    expect(first).toMatchObject({ committed: true, report: { created: 200, updated: 0, unchanged: 0 } });
    // Set-based: a handful of statements for the whole file, not one per row.
    expect(perImport).toBeLessThan(15);
    expect(await count(community.id)).toBe(200);
    const [one] = await t.sql<{ name_initials: string; name_pinyin: string; version: number }>(
      'SELECT name_initials, name_pinyin, version FROM resident WHERE community_id = ? AND phone = ?',
      [community.id, '13700000007'],
    );
    expect(one).toEqual({ name_initials: 'jm7', name_pinyin: 'jumin7', version: 1 });
    const audit = await t.sql<{ action: string; detail: unknown; resident_id: string | null }>(
      'SELECT action, detail, resident_id FROM audit_entry WHERE community_id = ?',
      [community.id],
    );
    expect(audit).toEqual([
      { action: 'ROSTER_IMPORTED', resident_id: null, detail: { rows: 200, created: 200, updated: 0, unchanged: 0 } },
    ]);

    // The same file again: nothing to do.
    expect((await commit(token, file)).report).toMatchObject({ created: 0, updated: 0, unchanged: 200 });
    // Two rows edited (same phone, same name): updated in place.
    const edited = file
      .toString()
      .replace('居民3,13700000003,1,1,104,1950-01-04,,是,否,', '居民3,13700000003,2,1,999,1950-01-04,,否,是,改了')
      .replace(
        '居民4,13700000004,2,1,105,1950-01-05,,否,否,',
        '居民4,13700000004,2,1,105,1950-01-05,13911112222,否,否,',
      );
    expect((await commit(token, Buffer.from(edited))).report).toMatchObject({ created: 0, updated: 2, unchanged: 198 });
    const [three] = await t.sql<Record<string, unknown>>(
      `SELECT r.room, r.lives_alone, r.limited_mobility, r.notes, r.version, b.number
       FROM resident r JOIN building b ON b.id = r.building_id WHERE r.community_id = ? AND r.phone = ?`,
      [community.id, '13700000003'],
    );
    expect(three).toEqual({
      room: '999',
      lives_alone: false,
      limited_mobility: true,
      notes: '改了',
      version: 2,
      number: 2,
    });
    expect(await count(community.id)).toBe(200);
  });

  it('a failure midway leaves nothing: the whole file rolls back', async () => {
    const { community, token } = await setUp();
    // The file is clean; a resident added (by a form) after the check takes row 150's phone in
    // between: the insert hits the unique phone and nothing of the 200 stays.
    const file = roster(200, 13600000000);
    await t.sql(
      `CREATE OR REPLACE FUNCTION pg_temp_roster_trap() RETURNS trigger AS $$
       BEGIN IF NEW.phone = '13600000150' THEN RAISE EXCEPTION 'trap' USING ERRCODE = '23505'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
    );
    await t.sql(
      `CREATE TRIGGER roster_trap BEFORE INSERT ON resident FOR EACH ROW EXECUTE FUNCTION pg_temp_roster_trap()`,
    );
    try {
      const res = await post('commit', token, file);
      expect(res.status).toBe(409);
      expect((res.body as { errors: { extensions: unknown }[] }).errors[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'ROSTER_CHANGED',
      });
    } finally {
      await t.sql('DROP TRIGGER roster_trap ON resident');
      await t.sql('DROP FUNCTION pg_temp_roster_trap()');
    }
    expect(await count(community.id)).toBe(0);
    expect(await t.sql('SELECT 1 FROM audit_entry WHERE community_id = ?', [community.id])).toEqual([]);
    // And once the obstacle is gone the same file goes in whole.
    expect((await commit(token, file)).report.created).toBe(200);
  });

  it('updates by the key column (居民编号), phone changes included', async () => {
    const { community, buildings, token } = await setUp();
    const r = await t.newResident(buildings[1], { name: '周八' });
    const file = Buffer.from(`姓名,手机号,楼栋,房号,居民编号\n周八,13512345678,2,101,${r.resident.id}\n`);
    expect((await commit(token, file)).report).toMatchObject({ created: 0, updated: 1 });
    const [row] = await t.sql<{ phone: string }>('SELECT phone FROM resident WHERE id = ?', [r.resident.id]);
    expect(row.phone).toBe('13512345678');
    const unknown = Buffer.from(`姓名,手机号,楼栋,房号,居民编号\n周八,13512345678,2,101,${crypto.randomUUID()}\n`);
    expect((await dryRun(token, unknown)).problems).toMatchObject([
      { row: 2, field: 'id', reason: 'RESIDENT_UNKNOWN' },
    ]);
    expect(await count(community.id)).toBe(1);
  });

  it('two imports of the same file at once: one waits for the other, never duplicates', async () => {
    const { community, token } = await setUp();
    const file = roster(300, 13500000000);
    const [a, b] = await Promise.all([commit(token, file), commit(token, file)]);
    expect(a.committed && b.committed).toBe(true);
    // Whichever went first created all; the other found them all unchanged.
    expect([a.report.created, b.report.created].sort((x, y) => x - y)).toEqual([0, 300]);
    expect(a.report.unchanged + b.report.unchanged).toBe(300);
    expect(await count(community.id)).toBe(300);
  });

  it('5,000 bad rows answer with a report, never a 500', async () => {
    const { community, token } = await setUp();
    const lines = [HEAD];
    for (let i = 0; i < 5000; i++) lines.push(`,12${i},99,0,室${i},2099-13-45,abc,也许,?,`);
    const res = await post('dry-run', token, Buffer.from(lines.join('\n')));
    expect(res.status).toBe(200);
    const report = res.body as RosterReport;
    expect(report).toMatchObject({ rows: 5000, errors: 5000, created: 0 });
    expect(report.problems.length).toBeGreaterThanOrEqual(5000 * 6);
    expect(new Set(report.problems.map((p) => p.reason))).toEqual(
      new Set([
        'REQUIRED',
        'PHONE_FORMAT',
        'BUILDING_UNKNOWN',
        'UNIT_RANGE',
        'ROOM_FORMAT',
        'DATE_NOT_REAL',
        'YES_NO_FORMAT',
      ]),
    );
    expect(await count(community.id)).toBe(0);
    // Not even a spreadsheet: a report too.
    const junk = await post('dry-run', token, Buffer.from([0, 1, 2, 3, 0, 255]));
    expect(junk.status).toBe(200);
    expect((junk.body as RosterReport).problems).toEqual([
      { row: null, field: null, column: null, reason: 'FILE_UNREADABLE' },
    ]);
  });

  it('exports (XLSX and CSV, filtered) what imports again unchanged; audited with filter and count', async () => {
    const { community, buildings, token } = await setUp(StaffRole.SECRETARY);
    await commit(token, roster(30, 13400000000, ['冯九,13400009999,1,1,101,,,是,是,"=1+1 注意, ""引号"""']));
    for (const format of ['xlsx', 'csv'] as const) {
      const res = await t.http(`/api/roster/export?format=${format}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toContain('attachment');
      const file = Buffer.from(await res.arrayBuffer());
      const again = await commit(token, file);
      expect(again.report).toMatchObject({ rows: 31, created: 0, updated: 0, unchanged: 31, errors: 0 });
      if (format === 'xlsx') {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(file as unknown as ArrayBuffer);
        const ws = wb.worksheets[0];
        expect(ws.getRow(1).values).toEqual([
          undefined,
          '姓名',
          '手机号',
          '楼栋',
          '单元',
          '房号',
          '出生日期',
          '第二手机号',
          '独居',
          '行动不便',
          '备注',
          '居民编号',
        ]);
        // Full phones (an export is for staff), formulas defused.
        const feng = ws.getSheetValues().find((r) => Array.isArray(r) && r[1] === '冯九') as unknown[];
        expect(feng[2]).toBe('13400009999');
        expect(feng[10]).toBe(`'=1+1 注意, "引号"`);
      }
    }
    const filtered = await t.http(
      `/api/roster/export?format=csv&filter=${encodeURIComponent(JSON.stringify({ buildingId: buildings[1].id, search: '居民' }))}`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    const text = Buffer.from(await filtered.arrayBuffer()).toString('utf8');
    expect(filtered.status, text).toBe(200);
    expect(text.startsWith('\ufeff姓名,手机号')).toBe(true);
    expect(text.trim().split('\r\n')).toHaveLength(1 + 10);
    const audit = await t.sql<{ detail: Record<string, unknown> }>(
      `SELECT detail FROM audit_entry WHERE community_id = ? AND action = 'RESIDENTS_EXPORTED' ORDER BY at`,
      [community.id],
    );
    expect(audit.map((a) => a.detail)).toEqual([
      { format: 'xlsx', filter: {}, count: 31 },
      { format: 'csv', filter: {}, count: 31 },
      { format: 'csv', filter: { buildingId: buildings[1].id, search: '居民' }, count: 10 },
    ]);
    for (const wrong of ['{"drop":1}', '{"livesAlone":"yes"}', '{"buildingId":"x"}']) {
      const bad = await t.http(`/api/roster/export?format=csv&filter=${encodeURIComponent(wrong)}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(bad.status, wrong).toBe(400);
    }
  });

  it('follows a commit phase by phase when asked (NDJSON), the reply or the refusal as the last line', async () => {
    const { token } = await setUp();
    const stream = async (path: string, auth: string, body: Buffer) => {
      const res = await t.http(`/api/roster/${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${auth}`, accept: 'application/x-ndjson' },
        body: new Uint8Array(body),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/x-ndjson');
      return (await res.text())
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    };
    const lines = await stream('commit', token, roster(20, 13200000000));
    expect(lines.slice(0, 3)).toEqual([
      { progress: { phase: 'read', rows: 20 } },
      { progress: { phase: 'checked', errors: 0 } },
      { progress: { phase: 'written' } },
    ]);
    expect(lines[3]).toMatchObject({ result: { committed: true, report: { created: 20 } } });
    const staff = await setUp(StaffRole.STAFF);
    expect(await stream('dry-run', staff.token, roster(1))).toMatchObject([
      { status: 403, errors: [{ extensions: { code: 'FORBIDDEN', reason: 'ROSTER_ROLE' } }] },
    ]);
  });

  it('access: STAFF may not import or export; no sign-in, no file; another community stays sealed', async () => {
    const { token: staffToken } = await setUp(StaffRole.STAFF);
    for (const path of ['/api/roster/export?format=xlsx']) {
      const res = await t.http(path, { headers: { authorization: `Bearer ${staffToken}` } });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'ROSTER_ROLE',
      });
    }
    expect((await post('dry-run', staffToken, roster(1))).status).toBe(403);
    expect((await post('commit', staffToken, roster(1))).status).toBe(403);
    // Any staff member may fetch the template (no personal data); nobody without a sign-in.
    expect(
      (await t.http('/api/roster/template?format=xlsx', { headers: { authorization: `Bearer ${staffToken}` } })).status,
    ).toBe(200);
    expect((await t.http('/api/roster/template?format=csv')).status).toBe(401);
    expect((await t.http('/api/roster/export?format=csv')).status).toBe(401);

    // Community A's phones are unknown to B: B's import of the same phones creates B's own,
    // its export holds only B's, and A's residents are untouched.
    const a = await setUp();
    const b = await setUp();
    await commit(a.token, roster(5, 13300000000));
    expect((await commit(b.token, roster(5, 13300000000))).report.created).toBe(5);
    const aResident = (
      await t.sql<{ id: string }>('SELECT id FROM resident WHERE community_id = ? LIMIT 1', [a.community.id])
    )[0];
    const probe = Buffer.from(`姓名,手机号,楼栋,房号,居民编号\n外人,13399999999,1,101,${aResident.id}\n`);
    expect((await dryRun(b.token, probe)).problems).toMatchObject([{ field: 'id', reason: 'RESIDENT_UNKNOWN' }]);
    const exportB = await t.http('/api/roster/export?format=csv', { headers: { authorization: `Bearer ${b.token}` } });
    const lines = Buffer.from(await exportB.arrayBuffer())
      .toString('utf8')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines.join('\n')).not.toContain(aResident.id);
    expect(await count(a.community.id)).toBe(5);
  });
});

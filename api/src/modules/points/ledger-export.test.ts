import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from '../../../test/harness.js';
import { ADJUST, must, pointsWorld, REDEEM } from '../../../test/points.js';

const HOURS = `mutation($r: ID!, $day: String!, $activity: String!, $hours: Float!) {
  recordVolunteerHours(input: { residentId: $r, day: $day, activity: $activity, hours: $hours, verifiedBy: "楼长" }) {
    balance alreadyRecorded entry { id amount recordedBy recordedByName }
  }
}`;

const HISTORY = `query($r: ID!) { residentPoints(residentId: $r) { balance history { reason recordedByName } } }`;

describe('the points ledger export (GET /api/points/ledger-export)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  const get = (query: string, token?: string) =>
    t.http(`/api/points/ledger-export?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('answers the filtered history as XLSX and CSV with Chinese headers, formulas defused, who recorded it', async () => {
    const w = await pointsWorld(t, { balance: 100 });
    const r = w.residents[0];
    await must(t.gql(ADJUST, { r: r.id, p: 7, key: randomUUID(), note: '=HYPERLINK("x")' }, w.secretary));
    const hours = await must<{ recordVolunteerHours: { entry: { recordedByName: string | null } } }>(
      t.gql(HOURS, { r: r.id, day: '2026-01-05', activity: '+楼道清洁', hours: 1.5 }, w.secretary),
    );
    expect(hours.recordVolunteerHours.entry.recordedByName).toBeNull(); // a posting's answer: the id is enough there
    await must(t.gql(REDEEM, { reward: w.rewardId, key: randomUUID() }, r.auth));

    // The staff's history names the recorder; the resident's own view does not.
    const staffView = await must<{
      residentPoints: { history: Array<{ reason: string; recordedByName: string | null }> };
    }>(t.gql(HISTORY, { r: r.id }, w.secretary));
    expect(staffView.residentPoints.history.find((l) => l.reason === 'VOLUNTEER_HOUR')?.recordedByName).toBeTruthy();
    const own = await must<{ myPoints: { history: Array<{ recordedByName: string | null }> } }>(
      t.gql(`{ myPoints { history { recordedByName } } }`, {}, r.auth),
    );
    expect(own.myPoints.history.every((l) => l.recordedByName === null)).toBe(true);

    const xlsx = await get(`resident=${r.id}&format=xlsx`, w.secretary.token);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toContain('attachment');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsx.arrayBuffer()) as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).values).toEqual([
      undefined,
      '记账时间',
      '日期',
      '事项',
      '内容',
      '积分',
      '余额',
      '小时',
      '备注',
      '兑换码',
      '记录人',
      '已更正',
    ]);
    const rows = (ws.getSheetValues().slice(2) as unknown[][]).filter(Array.isArray);
    expect(rows).toHaveLength(4); // newest first: redeemed, hours, +7, +100
    expect(rows.map((x) => x[3])).toEqual(['兑换奖品', '志愿服务', '人工加分', '人工加分']);
    expect(rows[0][5]).toBe(-50);
    expect(rows[1][4]).toBe(`'+楼道清洁`);
    expect(rows[1][5]).toBe(8); // 1.5 h × 5, rounded half up
    expect(rows[1][7]).toBe(1.5);
    expect(rows[2][8]).toBe(`'=HYPERLINK("x")`);
    expect(rows[1][10]).toBeTruthy();

    // Filters: reasons and dates, as the console's address has them.
    const csv = await get(`resident=${r.id}&format=csv&reasons=VOLUNTEER_HOUR,REWARD_REDEEMED`, w.secretary.token);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = Buffer.from(await csv.arrayBuffer()).toString('utf8');
    expect(text.startsWith('\ufeff记账时间,日期,事项,内容,积分,余额')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('兑换奖品');
    expect(lines[2]).toContain(`'+楼道清洁`);
    // One reason alone, and the chart's monthly sums (array parameters reach the database as arrays).
    const one = await must<{ residentPoints: { history: unknown[] } }>(
      t.gql(
        `query($r: ID!) { residentPoints(residentId: $r, reasons: [VOLUNTEER_HOUR]) { history { id } } }`,
        { r: r.id },
        w.secretary,
      ),
    );
    expect(one.residentPoints.history).toHaveLength(1);
    const months = await must<{ pointsByMonth: Array<{ earned: number; redeemed: number }> }>(
      t.gql(`{ pointsByMonth(months: 2) { month earned redeemed } }`, {}, w.secretary),
    );
    expect(months.pointsByMonth.at(-1)).toMatchObject({ earned: 115, redeemed: 50 });
    const vouchers = await must<{ vouchers: Array<{ status: string }> }>(
      t.gql(`{ vouchers(statuses: [ISSUED, FULFILLED]) { status } }`, {}, w.secretary),
    );
    expect(vouchers.vouchers.map((v) => v.status)).toEqual(['ISSUED']);
    const none = await must<{ vouchers: unknown[] }>(
      t.gql(`{ vouchers(statuses: [CANCELLED]) { status } }`, {}, w.secretary),
    );
    expect(none.vouchers).toEqual([]);
    const quarter = `${new Date().getUTCFullYear()}-Q${Math.floor(new Date().getUTCMonth() / 3) + 1}`;
    const stars = await t.gql<{ starsOfQuarter: { stars: Array<{ points: number }> } }>(
      `query($q: String!) { starsOfQuarter(quarter: $q) { stars { points } } }`,
      { q: quarter },
      w.secretary,
    );
    expect(stars.errors).toBeUndefined();
    const far = await get(`resident=${r.id}&format=csv&from=2030-01-01`, w.secretary.token);
    expect(
      Buffer.from(await far.arrayBuffer())
        .toString('utf8')
        .trim()
        .split('\r\n'),
    ).toHaveLength(1);
  });

  it('is for staff only, refuses malformed queries in words, and another community’s resident is not found', async () => {
    const w = await pointsWorld(t);
    const r = w.residents[0];
    expect((await get(`resident=${r.id}&format=csv`)).status).toBe(401);
    expect((await get(`resident=${r.id}&format=csv`, r.auth.token)).status).toBe(401);
    for (const q of [
      `resident=nope&format=csv`,
      `resident=${r.id}&format=pdf`,
      `resident=${r.id}&from=2026-13-01`,
      `resident=${r.id}&reasons=DROP_TABLE`,
    ]) {
      const res = await get(q, w.secretary.token);
      expect(res.status, q).toBe(400);
      const body = await res.text();
      expect(body).not.toMatch(/select|stack|at \//i);
    }
    const other = await pointsWorld(t);
    expect((await get(`resident=${other.residents[0].id}&format=csv`, w.secretary.token)).status).toBe(404);
  });
});

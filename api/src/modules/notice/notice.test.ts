import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, expectError, untilFlowing, watch, type GqlResult } from '../../../test/harness.js';
import { type Building } from '../community/index.js';
import { DeviceKind } from '../device/index.js';
import { StaffRole } from '../staff/index.js';

const PUBLISH = `mutation($input: PublishNoticeInput!) {
  publishNotice(input: $input) { id title body category expiresAt buildings { id number } }
}`;
const NOTICES = `query($buildingId: ID, $includeExpired: Boolean! = false, $first: Int! = 20) {
  notices(buildingId: $buildingId, includeExpired: $includeExpired, first: $first) { id title buildings { id number name } }
}`;
const MY_NOTICES = '{ myNotices { id title buildings { number } } }';
const UPDATE = `mutation($id: ID!, $input: PublishNoticeInput!) {
  updateNotice(id: $id, input: $input) { id title body category expiresAt publishedAt buildings { id number } }
}`;
const CHANGED = 'subscription($b: ID) { noticeChanged(buildingId: $b) { id notice { id title buildings { id } } } }';
type Changed = {
  noticeChanged: { id: string; notice: { id: string; title: string; buildings: Array<{ id: string }> } | null };
};

type NoticeOut = { id: string; title: string; buildings: Array<{ id: string; number: number }> };
type Published = GqlResult<{ publishNotice: NoticeOut & { body: string; category: string; expiresAt: string | null } }>;

const inAnHour = () => new Date(Date.now() + 3600_000).toISOString();

describe('NoticeService', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  async function setup(buildingCount = 3) {
    const { community, buildings } = await t.newCommunity(undefined, buildingCount);
    const staff = await t.newStaff(community.id);
    const publish = (title: string, on: Building[], extra: Record<string, unknown> = {}): Promise<Published> =>
      t.gql(
        PUBLISH,
        { input: { category: 'PROPERTY', title, body: `${title} body`, buildingIds: on.map((b) => b.id), ...extra } },
        { token: staff.token },
      );
    const publishOk = async (title: string, on: Building[], extra: Record<string, unknown> = {}) => {
      const res = await publish(title, on, extra);
      expect(res.errors).toBeUndefined();
      return res.data!.publishNotice;
    };
    const list = async (vars: Record<string, unknown> = {}, token = staff.token) => {
      const res = await t.gql<{ notices: NoticeOut[] }>(NOTICES, vars, { token });
      expect(res.errors).toBeUndefined();
      return res.data!.notices;
    };
    return { community, buildings, staff, publish, publishOk, list };
  }

  it('lists notices with their times as ISO instants, read back as published', async () => {
    const { buildings, publishOk, staff } = await setup(1);
    const expiresAt = inAnHour();
    const before = Date.now();
    const notice = await publishOk('停电通知', buildings, { expiresAt });
    const res = await t.gql<{ notices: Array<{ id: string; publishedAt: string; expiresAt: string | null }> }>(
      '{ notices { id publishedAt expiresAt } }',
      {},
      { token: staff.token },
    );
    expect(res.errors).toBeUndefined();
    const listed = res.data!.notices.find((n) => n.id === notice.id)!;
    expect(listed.expiresAt).toBe(expiresAt);
    expect(listed.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    expect(Date.parse(listed.publishedAt)).toBeGreaterThan(before - 60_000);
  });

  it('publishes to the chosen buildings', async () => {
    const { buildings, publishOk } = await setup();
    const [b1, b2, b3] = buildings;
    const notice = await publishOk('  停水通知  ', [b3, b1, b3], { category: 'SERVICE_PHONE' });
    expect(notice).toMatchObject({ title: '停水通知', category: 'SERVICE_PHONE', expiresAt: null });
    expect(notice.buildings).toEqual([
      { id: b1.id, number: 1 },
      { id: b3.id, number: 3 },
    ]);
    const rows = await t.sql<{ building_id: string }>('SELECT building_id FROM notice_building WHERE notice_id = ?', [
      notice.id,
    ]);
    expect(rows.map((r) => r.building_id).sort()).toEqual([b1.id, b3.id].sort());
    expect(rows.map((r) => r.building_id)).not.toContain(b2.id);
  });

  it("shows a resident only their building's notices that have not expired", async () => {
    const { community, buildings, publishOk } = await setup();
    const [b1, b2] = buildings;
    const kiosk = await t.newDevice(community.id);
    const resident = await t.newResident(b1);
    const session = await t.residentSession(kiosk.token, resident.phone);

    const both = await publishOk('both', [b1, b2]);
    await publishOk('mine', [b1], { expiresAt: inAnHour() });
    await publishOk('theirs', [b2]);
    const expired = await publishOk('expired', [b1], { expiresAt: inAnHour() });
    await t.sql(`UPDATE notice SET expires_at = now() - interval '1 second' WHERE id = ?`, [expired.id]);

    const res = await t.gql<{ myNotices: NoticeOut[] }>(MY_NOTICES, {}, session);
    expect(res.errors).toBeUndefined();
    expect(res.data!.myNotices.map((n) => n.title)).toEqual(['mine', 'both']);
    // A notice lists all its buildings, not only the one it was found by.
    expect(res.data!.myNotices.find((n) => n.id === both.id)!.buildings).toEqual([{ number: 1 }, { number: 2 }]);
  });

  it('filters notices by building, and shows expired ones to staff only on request', async () => {
    const { community, buildings, publishOk, list } = await setup();
    const [b1, b2, b3] = buildings;
    const one = await publishOk('one', [b1]);
    const oneTwo = await publishOk('one-two', [b1, b2]);
    const expired = await publishOk('expired', [b2], { expiresAt: inAnHour() });
    await t.sql(`UPDATE notice SET expires_at = now() - interval '1 second' WHERE id = ?`, [expired.id]);

    expect((await list()).map((n) => n.id)).toEqual([oneTwo.id, one.id]);
    const forB1 = await list({ buildingId: b1.id });
    expect(forB1.map((n) => n.id)).toEqual([oneTwo.id, one.id]);
    expect(forB1[0].buildings.map((b) => b.number)).toEqual([1, 2]);
    expect((await list({ buildingId: b2.id })).map((n) => n.id)).toEqual([oneTwo.id]);
    expect(await list({ buildingId: b3.id })).toEqual([]);
    expect((await list({ buildingId: b2.id, includeExpired: true })).map((n) => n.id)).toEqual([expired.id, oneTwo.id]);

    const screen = await t.newDevice(community.id, DeviceKind.SCREEN);
    expect((await list({ includeExpired: true }, screen.token)).map((n) => n.id)).toEqual([oneTwo.id, one.id]);
  });

  it('pages by notice, however many buildings each one has', async () => {
    const { buildings, publishOk, list } = await setup(5);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await publishOk(`n${i}`, buildings)).id);
    const page = await list({ first: 2 });
    expect(page.map((n) => n.id)).toEqual([ids[3], ids[2]]);
    expect(page.every((n) => n.buildings.length === 5)).toBe(true);
  });

  it('validates what is published', async () => {
    const { buildings, publish, list } = await setup();
    const [b1] = buildings;
    const expectInvalid = async (res: Published, field: string) => {
      expectError(res, 'BAD_USER_INPUT');
      expect(Object.keys(res.errors![0].extensions!.fields as object)).toContain(field);
    };
    await expectInvalid(await publish('', [b1]), 'title');
    await expectInvalid(await publish('   ', [b1]), 'title');
    await expectInvalid(await publish('title', [b1], { body: '  ' }), 'body');
    await expectInvalid(await publish('no buildings', []), 'buildingIds');
    await expectInvalid(await publish('bad id', [{ id: 'not-a-uuid' } as Building]), 'buildingIds');
    const past = await publish('past', [b1], { expiresAt: new Date(Date.now() - 60_000).toISOString() });
    expectError(past, 'BAD_USER_INPUT', { fields: { expiresAt: ['inPast'] } });
    const notADate = await publish('no date', [b1], { expiresAt: 'tomorrow' });
    expectError(notADate, 'BAD_USER_INPUT');
    expect(await list()).toEqual([]);
  });

  it('refuses bad list arguments', async () => {
    const { staff } = await setup();
    expectError(await t.gql(NOTICES, { first: 0 }, { token: staff.token }), 'BAD_USER_INPUT');
    expectError(await t.gql(NOTICES, { first: 1000 }, { token: staff.token }), 'BAD_USER_INPUT');
    expectError(await t.gql(NOTICES, { buildingId: 'x' }, { token: staff.token }), 'BAD_USER_INPUT');
  });

  it('deletes a notice once; other ids are NOT_FOUND', async () => {
    const { buildings, staff, publishOk, list } = await setup();
    const notice = await publishOk('to delete', [buildings[0]]);
    const del = (id: string) => t.gql('mutation($id: ID!) { deleteNotice(id: $id) }', { id }, { token: staff.token });
    expect((await del(notice.id)).data).toEqual({ deleteNotice: true });
    expect(await list()).toEqual([]);
    expectError(await del(notice.id), 'NOT_FOUND');
    expectError(await del('42'), 'NOT_FOUND');
  });

  it('corrects a notice: its fields and buildings, keeping its published time', async () => {
    const { buildings, staff, publishOk, list } = await setup();
    const [b1, b2, b3] = buildings;
    const notice = await publishOk('停水通知', [b1, b2]);
    const [{ publishedAt }] = await t.sql<{ publishedAt: Date }>(
      'SELECT published_at AS "publishedAt" FROM notice WHERE id = ?',
      [notice.id],
    );
    const expiresAt = inAnHour();
    const res = await t.gql<{
      updateNotice: NoticeOut & { body: string; category: string; expiresAt: string; publishedAt: string };
    }>(
      UPDATE,
      {
        id: notice.id,
        input: {
          category: 'ACTIVITY',
          title: ' 停水通知（更正） ',
          body: '改为十点',
          buildingIds: [b3.id, b2.id],
          expiresAt,
        },
      },
      { token: staff.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateNotice).toMatchObject({
      id: notice.id,
      title: '停水通知（更正）',
      body: '改为十点',
      category: 'ACTIVITY',
      expiresAt,
      buildings: [
        { id: b2.id, number: 2 },
        { id: b3.id, number: 3 },
      ],
    });
    expect(Date.parse(res.data!.updateNotice.publishedAt)).toBe(new Date(publishedAt).getTime());
    expect(await list({ buildingId: b1.id })).toEqual([]);
    expect((await list({ buildingId: b3.id })).map((n) => n.title)).toEqual(['停水通知（更正）']);
  });

  it('validates a correction as it validates publishing; other ids are NOT_FOUND', async () => {
    const { buildings, staff, publishOk } = await setup();
    const [b1] = buildings;
    const notice = await publishOk('kept as is', [b1]);
    const update = (id: string, extra: Record<string, unknown>) =>
      t.gql(
        UPDATE,
        { id, input: { category: 'PROPERTY', title: 'corrected', body: 'b', buildingIds: [b1.id], ...extra } },
        { token: staff.token },
      );
    expectError(await update(notice.id, { title: '  ' }), 'BAD_USER_INPUT');
    expectError(await update(notice.id, { body: ' ' }), 'BAD_USER_INPUT');
    expectError(await update(notice.id, { buildingIds: [] }), 'BAD_USER_INPUT');
    expectError(await update(notice.id, { expiresAt: new Date(Date.now() - 60_000).toISOString() }), 'BAD_USER_INPUT', {
      fields: { expiresAt: ['inPast'] },
    });
    expectError(await update(notice.id, { buildingIds: ['00000000-0000-4000-8000-000000000000'] }), 'NOT_FOUND');
    expectError(await update('42', {}), 'NOT_FOUND');
    expectError(await update('00000000-0000-4000-8000-000000000000', {}), 'NOT_FOUND');
    const other = await setup();
    const theirs = await other.publishOk('theirs', other.buildings);
    expectError(await update(theirs.id, {}), 'NOT_FOUND');
    const titles = await t.sql<{ title: string }>('SELECT title FROM notice WHERE id IN (?, ?) ORDER BY title', [
      notice.id,
      theirs.id,
    ]);
    expect(titles.map((r) => r.title)).toEqual(['kept as is', 'theirs']);
  });

  it('tells each board of a correction or deletion: the notice as it is, or null when it left that board', async () => {
    const { community, buildings, staff, publishOk } = await setup(2);
    const [x, y] = buildings;
    const kiosk = await t.newDevice(community.id);
    const onX = watch<Changed>(t.ws({ token: kiosk.token }), CHANGED, { b: x.id });
    const onAll = watch<Changed>(t.ws({ token: kiosk.token }), CHANGED, {});
    const warmUp = await publishOk('warm-up', [x]);
    let n = 0;
    const touch = () =>
      t.gql(
        UPDATE,
        { id: warmUp.id, input: { category: 'PROPERTY', title: `warm-up ${++n}`, body: 'b', buildingIds: [x.id] } },
        { token: staff.token },
      );
    await untilFlowing(onX, touch);
    await untilFlowing(onAll, touch);

    const notice = await publishOk('on X', [x]);
    const move = await t.gql(
      UPDATE,
      { id: notice.id, input: { category: 'PROPERTY', title: 'moved to Y', body: 'b', buildingIds: [y.id] } },
      { token: staff.token },
    );
    expect(move.errors).toBeUndefined();
    const ofNotice = (events: Changed[]) => events.filter((e) => e.noticeChanged.id === notice.id);
    // X's board drops it; a board of every building shows the correction.
    expect(ofNotice(await onX.until((e) => ofNotice(e).length >= 1))[0].noticeChanged.notice).toBeNull();
    expect(ofNotice(await onAll.until((e) => ofNotice(e).length >= 1))[0].noticeChanged.notice).toMatchObject({
      title: 'moved to Y',
      buildings: [{ id: y.id }],
    });

    const del = await t.gql('mutation($id: ID!) { deleteNotice(id: $id) }', { id: notice.id }, { token: staff.token });
    expect(del.errors).toBeUndefined();
    const deleted = await onAll.until((e) => ofNotice(e).length >= 2);
    expect(ofNotice(deleted)[1].noticeChanged).toEqual({ id: notice.id, notice: null });
    onX.stop();
    onAll.stop();
  });

  it('lets only staff publish, correct and delete', async () => {
    const { community, buildings, publish } = await setup();
    const kiosk = await t.newDevice(community.id);
    const resident = await t.newResident(buildings[0]);
    const session = await t.residentSession(kiosk.token, resident.phone);
    const input = { category: 'PROPERTY', title: 'x'.repeat(5), body: 'y', buildingIds: [buildings[0].id] };
    expectError(await t.gql(PUBLISH, { input }, { token: kiosk.token }), 'FORBIDDEN');
    expectError(await t.gql(PUBLISH, { input }, session), 'FORBIDDEN');
    expectError(await t.gql(PUBLISH, { input }), 'UNAUTHENTICATED');
    const notice = (await publish('kept', [buildings[0]])).data!.publishNotice;
    const del = await t.gql('mutation($id: ID!) { deleteNotice(id: $id) }', { id: notice.id }, { token: kiosk.token });
    expectError(del, 'FORBIDDEN');
    const edit = { id: notice.id, input: { ...input, title: 'changed' } };
    expectError(await t.gql(UPDATE, edit, { token: kiosk.token }), 'FORBIDDEN');
    expectError(await t.gql(UPDATE, edit, session), 'FORBIDDEN');
    expectError(await t.gql(UPDATE, edit), 'UNAUTHENTICATED');
    const [{ n }] = await t.sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM notice WHERE id = ? AND title = 'kept'",
      [notice.id],
    );
    expect(n).toBe(1);
  });
});

describe('NoticeService SQL', () => {
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

  /** A community with `n` buildings and `n` notices, each on up to three buildings. */
  async function communityWith(n: number) {
    const { community, buildings } = await t.newCommunity(undefined, n);
    const staff = await t.newStaff(community.id, StaffRole.STAFF);
    for (let i = 0; i < n; i++) {
      const on = [buildings[i], buildings[(i + 1) % n], buildings[(i + 2) % n]].map((b) => b.id);
      const res = await t.gql(
        PUBLISH,
        { input: { category: 'ACTIVITY', title: `notice ${i}`, body: 'b', buildingIds: on } },
        { token: staff.token },
      );
      expect(res.errors).toBeUndefined();
    }
    const kiosk = await t.newDevice(community.id);
    const resident = await t.newResident(buildings[0]);
    const session = await t.residentSession(kiosk.token, resident.phone);
    return { staff, session };
  }

  /** Statements one request sends, after a first run that warms caches and keep-alive stamps. */
  async function count(query: string, auth: { token?: string; residentToken?: string }) {
    expect((await t.gql(query, {}, auth)).errors).toBeUndefined();
    statements = [];
    const res = await t.gql<Record<string, unknown[]>>(query, {}, auth);
    expect(res.errors).toBeUndefined();
    return { statements: statements.length, rows: Object.values(res.data!)[0].length };
  }

  it('reads notices in a fixed number of statements, whatever their number', async () => {
    const small = await communityWith(3);
    const large = await communityWith(30);
    const query = '{ notices(first: 100) { id title buildings { id number name } } }';
    const a = await count(query, { token: small.staff.token });
    const b = await count(query, { token: large.staff.token });
    expect(a.rows).toBe(3);
    expect(b.rows).toBe(30);
    expect(a.statements).toBeGreaterThan(0);
    expect(b.statements).toBe(a.statements);

    const mine = '{ myNotices(first: 100) { id title buildings { number } } }';
    const c = await count(mine, small.session);
    const d = await count(mine, large.session);
    expect(c.rows).toBe(3);
    expect(d.rows).toBe(3);
    expect(d.statements).toBe(c.statements);
  });
});

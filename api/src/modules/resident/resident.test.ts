import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, expectError } from '../../../test/harness.js';

const RESIDENTS = `query($search: String, $buildingId: ID, $unit: Int, $room: String, $ageBand: AgeBand,
  $livesAlone: Boolean, $limitedMobility: Boolean, $movedAway: Boolean! = false, $offset: Int! = 0, $limit: Int! = 25) {
  residents(search: $search, buildingId: $buildingId, unit: $unit, room: $room, ageBand: $ageBand,
    livesAlone: $livesAlone, limitedMobility: $limitedMobility, movedAway: $movedAway, offset: $offset, limit: $limit) {
    total items { id name phoneMasked phoneTail unit room age livesAlone limitedMobility movedAway building { number name } }
  }
}`;

type Page = {
  residents: {
    total: number;
    items: Array<{ id: string; name: string; phoneMasked: string; age: number | null; building: { number: number } }>;
  };
};

describe('ResidentService', () => {
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

  it('lists residents by building, then name, with search and paging', async () => {
    const { community, buildings } = await t.newCommunity();
    const staff = await t.newStaff(community.id);
    const zhang = await t.newResident(buildings[1], { name: '张三' });
    const li = await t.newResident(buildings[0], { name: '李四' });
    const wang = await t.newResident(buildings[0], { name: '王五' });
    const list = async (vars: Record<string, unknown>) => {
      const res = await t.gql<Page>(RESIDENTS, vars, { token: staff.token });
      expect(res.errors).toBeUndefined();
      return res.data!.residents;
    };

    const all = await list({});
    expect(all.total).toBe(3);
    expect(all.items.map((r) => r.building.number)).toEqual([1, 1, 2]);
    expect(all.items[2]).toMatchObject({
      id: zhang.resident.id,
      phoneMasked: `${zhang.phone.slice(0, 3)}****${zhang.phone.slice(-4)}`,
    });
    expect((await list({ buildingId: buildings[0].id })).items.map((r) => r.id).sort()).toEqual(
      [li.resident.id, wang.resident.id].sort(),
    );
    expect((await list({ search: '王' })).items.map((r) => r.id)).toEqual([wang.resident.id]);
    expect((await list({ search: li.phone.slice(0, 9) })).items.map((r) => r.id)).toEqual([li.resident.id]);
    // LIKE wildcards are searched for literally.
    expect((await list({ search: '%' })).total).toBe(0);
    const page = await list({ offset: 2, limit: 2 });
    expect(page).toMatchObject({ total: 3, items: [{ id: zhang.resident.id }] });
  });

  it('refuses bad paging and filters', async () => {
    const { community } = await t.newCommunity();
    const staff = await t.newStaff(community.id);
    for (const vars of [
      { limit: 0 },
      { limit: 101 },
      { offset: -1 },
      { buildingId: 'b1' },
      { search: 'x'.repeat(41) },
    ]) {
      expectError(await t.gql(RESIDENTS, vars, { token: staff.token }), 'BAD_USER_INPUT');
    }
    const kiosk = await t.newDevice(community.id);
    expectError(await t.gql(RESIDENTS, {}, { token: kiosk.token }), 'FORBIDDEN');
  });

  it('reads a page in a fixed number of statements, whatever its size', async () => {
    const sizes = [3, 30];
    const counts: number[] = [];
    for (const n of sizes) {
      const { community, buildings } = await t.newCommunity(undefined, n);
      const staff = await t.newStaff(community.id);
      for (const b of buildings) await t.newResident(b);
      const query = '{ residents(limit: 100) { total items { id name building { number name } } } }';
      await t.gql(query, {}, { token: staff.token });
      statements = [];
      const res = await t.gql<Page>(query, {}, { token: staff.token });
      expect(res.data?.residents.items).toHaveLength(n);
      counts.push(statements.length);
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);
  });
});

describe('the residents page: search and filters', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  /** A community with a few households, its staff, and a search as that staff member. */
  async function town() {
    const { community, buildings } = await t.newCommunity(undefined, 3);
    const staff = await t.newStaff(community.id);
    const add = async (
      b: number,
      unit: number,
      room: string,
      name: string,
      phone: string,
      birthDate: string | null,
      flags: { livesAlone?: boolean; limitedMobility?: boolean } = {},
    ) => {
      const { resident } = await t.newResident(buildings[b - 1], { name, ...flags });
      await t.sql('update resident set unit = ?, room = ?, phone = ?, birth_date = ? where id = ?', [
        unit,
        room,
        phone,
        birthDate,
        resident.id,
      ]);
      return resident.id;
    };
    // Phones unique across the whole test database: a community's own prefix.
    const p = `1${String(Math.floor(Math.random() * 1e5)).padStart(5, '0')}`;
    const ids = {
      zhang: await add(3, 2, '302', '张秀英', `${p}00001`, '1940-03-01', { livesAlone: true }),
      zhangHusband: await add(3, 2, '302', '李建国', `${p}00002`, '1938-07-15'),
      zhangWei: await add(1, 1, '101', '张伟', `${p}10302`, '1990-01-01'),
      xiu: await add(2, 1, '502', '王秀兰', `${p}20003`, '1960-01-01', { limitedMobility: true }),
      young: await add(2, 1, '201', '刘洋', `${p}30004`, '2001-06-06'),
      unknownAge: await add(1, 1, '302', '赵敏', `${p}40005`, null, { livesAlone: true }),
      percent: await add(1, 1, '103', '陈%_', `${p}50006`, '1970-01-01'),
    };
    const list = async (vars: Record<string, unknown>) => {
      const res = await t.gql<Page>(RESIDENTS, vars, { token: staff.token });
      expect(res.errors).toBeUndefined();
      return res.data!.residents;
    };
    const found = async (vars: Record<string, unknown>) => (await list(vars)).items.map((r) => r.id);
    return { community, buildings, staff, ids, list, found, phonePrefix: p };
  }

  it('finds by name, pinyin initials and pinyin', async () => {
    const { ids, found } = await town();
    expect(await found({ search: 'zxy' })).toEqual([ids.zhang]);
    expect(await found({ search: 'ZXY' })).toEqual([ids.zhang]);
    expect(await found({ search: 'zx' })).toEqual([ids.zhang]);
    expect(await found({ search: 'zhangx' })).toEqual([ids.zhang]);
    expect(await found({ search: 'zhang' })).toEqual([ids.zhangWei, ids.zhang]);
    expect(await found({ search: 'ljg' })).toEqual([ids.zhangHusband]);
    // Surname, given name, the given name's start, the end, the whole name.
    expect(await found({ search: '张' })).toEqual([ids.zhangWei, ids.zhang]);
    expect(await found({ search: '秀英' })).toEqual([ids.zhang]);
    expect(await found({ search: '秀' })).toEqual([ids.xiu, ids.zhang]);
    expect(await found({ search: '英' })).toEqual([ids.zhang]);
    expect(await found({ search: '张秀英' })).toEqual([ids.zhang]);
    expect(await found({ search: '  张秀英 ' })).toEqual([ids.zhang]);
    expect(await found({ search: '张秀英英' })).toEqual([]);
  });

  it('finds by phone: its tail, its start, the whole number', async () => {
    const { ids, found, phonePrefix: p } = await town();
    expect(await found({ search: '0001' })).toContain(ids.zhang);
    expect(await found({ search: `${p}00001` })).toEqual([ids.zhang]);
    expect(await found({ search: `${p.slice(0, 3)}-${p.slice(3)}0-0001` })).toEqual([ids.zhang]);
    expect(await found({ search: `${p}0000` })).toEqual([ids.zhangHusband, ids.zhang]);
    expect(await found({ search: `${p}` })).toHaveLength(7);
    // 302 is the tail of 张伟's phone (…10302), not an address: the rooms 302 are not found by it.
    expect(await found({ search: '10302' })).toEqual([ids.zhangWei]);
    const page = await (await town()).list({ search: '00001' });
    expect(page.items[0].phoneMasked).toMatch(/^\d{3}\*{4}0001$/);
  });

  it('finds a household by its address, in every form', async () => {
    const { ids, found } = await town();
    const household = [ids.zhangHusband, ids.zhang];
    for (const search of [
      '3-2-302',
      '3－2－302',
      '3号楼2单元302',
      '3号楼2单元302室',
      '3栋2单元302',
      '3-302',
      '3号楼302',
    ]) {
      expect(await found({ search }), search).toEqual(household);
    }
    expect(await found({ search: '3号楼' })).toEqual(household);
    expect(await found({ search: '3' })).toEqual(household);
    expect(await found({ search: '1-302' })).toEqual([ids.unknownAge]);
    expect(await found({ search: '3-1-302' })).toEqual([]);
    expect(await found({ search: '9-1-101' })).toEqual([]);
  });

  it('filters by building, unit, room, and lists a household', async () => {
    const { ids, buildings, found, staff } = await town();
    expect(await found({ buildingId: buildings[2].id, unit: 2, room: '302' })).toEqual([ids.zhangHusband, ids.zhang]);
    expect(await found({ buildingId: buildings[0].id })).toEqual([ids.zhangWei, ids.percent, ids.unknownAge]);
    expect(await found({ room: '302' })).toEqual([ids.unknownAge, ids.zhangHusband, ids.zhang]);
    expect(await found({ unit: 2 })).toEqual([ids.zhangHusband, ids.zhang]);
    // A filter and an address in the box must both hold.
    expect(await found({ search: '3-2-302', room: '302' })).toEqual([ids.zhangHusband, ids.zhang]);
    expect(await found({ search: '3-2-302', room: '101' })).toEqual([]);
    expect(await found({ search: '张', buildingId: buildings[2].id })).toEqual([ids.zhang]);

    const res = await t.gql<{ household: Array<{ id: string; name: string }> }>(
      'query($b: ID!, $u: Int!, $r: String!) { household(buildingId: $b, unit: $u, room: $r) { id name } }',
      { b: buildings[2].id, u: 2, r: '302' },
      { token: staff.token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.household.map((r) => r.name)).toEqual(['李建国', '张秀英']);
  });

  it('filters by age band, living alone and limited mobility, from the birth date', async () => {
    const { ids, found, list } = await town();
    expect(await found({ ageBand: 'SIXTY_PLUS' })).toEqual([ids.xiu, ids.zhangHusband, ids.zhang]);
    expect(await found({ ageBand: 'EIGHTY_PLUS' })).toEqual([ids.zhangHusband, ids.zhang]);
    expect(await found({ ageBand: 'EIGHTY_PLUS', livesAlone: true })).toEqual([ids.zhang]);
    // Unknown birth date: in no age band.
    expect(await found({ livesAlone: true })).toEqual([ids.unknownAge, ids.zhang]);
    expect(await found({ limitedMobility: true })).toEqual([ids.xiu]);
    expect(await found({ ageBand: 'SIXTY_PLUS', limitedMobility: false })).toEqual([ids.zhangHusband, ids.zhang]);
    const zhang = (await list({ search: 'zxy' })).items[0];
    expect(zhang).toMatchObject({ livesAlone: true, unit: 2, room: '302', building: { number: 3 } });
    expect(zhang.age).toBeGreaterThanOrEqual(86);
  });

  it('counts age on the community date: an 80th birthday today is in the band', async () => {
    const { community, buildings } = await t.newCommunity(undefined, 1);
    const staff = await t.newStaff(community.id);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const [y, m, d] = today.split('-');
    const birthday = `${Number(y) - 80}-${m}-${m === '02' && d === '29' ? '28' : d}`;
    const { resident } = await t.newResident(buildings[0], { name: '寿星', birthDate: birthday });
    const { resident: tomorrow } = await t.newResident(buildings[0], { name: '明天' });
    await t.sql(`update resident set birth_date = ?::date + 1 where id = ?`, [birthday, tomorrow.id]);
    const res = await t.gql<Page>(RESIDENTS, { ageBand: 'EIGHTY_PLUS' }, { token: staff.token });
    expect(res.data!.residents.items.map((r) => r.id)).toEqual([resident.id]);
  });

  it('leaves moved-away residents out unless asked for them', async () => {
    const { ids, found } = await town();
    await t.sql('update resident set moved_away_at = now() where id = ?', [ids.young]);
    expect(await found({})).not.toContain(ids.young);
    expect(await found({ search: 'ly' })).toEqual([]);
    expect(await found({ movedAway: true })).toEqual([ids.young]);
    expect(await found({ movedAway: true, search: '刘' })).toEqual([ids.young]);
  });

  it('searches for LIKE wildcards and other odd text as they are', async () => {
    const { ids, found } = await town();
    // 陈%_: its given name starts with %, its name ends with _; nobody else has either.
    expect(await found({ search: '%' })).toEqual([ids.percent]);
    expect(await found({ search: '_' })).toEqual([ids.percent]);
    expect(await found({ search: '%%' })).toEqual([]);
    expect(await found({ search: '陈%' })).toEqual([ids.percent]);
    expect(await found({ search: '%_' })).toEqual([ids.percent]);
    expect(await found({ search: '陈_' })).toEqual([]);
    expect(await found({ search: "'; drop table resident; --" })).toEqual([]);
    expect(await found({ search: '\\' })).toEqual([]);
    expect(await found({ search: '🙂' })).toEqual([]);
  });

  it('pages in household order with the total', async () => {
    const { ids, list } = await town();
    const first = await list({ limit: 3 });
    expect(first.total).toBe(7);
    expect(first.items.map((r) => r.id)).toEqual([ids.zhangWei, ids.percent, ids.unknownAge]);
    const last = await list({ limit: 3, offset: 6 });
    expect(last).toMatchObject({ total: 7, items: [{ id: ids.zhang }] });
    expect(await list({ offset: 50 })).toEqual({ total: 7, items: [] });
  });

  it('is sealed to the caller community and to staff', async () => {
    const a = await town();
    const b = await town();
    expect(await b.found({ search: 'zxy' })).toEqual([b.ids.zhang]);
    expect(await b.found({ buildingId: a.buildings[2].id })).toEqual([]);
    expect(await b.found({ search: a.phonePrefix })).toEqual([]);
    const res = await t.gql<{ household: unknown[] }>(
      'query($b: ID!) { household(buildingId: $b, unit: 2, room: "302") { id } }',
      { b: a.buildings[2].id },
      { token: b.staff.token },
    );
    expect(res.data?.household).toEqual([]);

    const kiosk = await t.newDevice(a.community.id);
    const resident = await t.residentSession(kiosk.token, (await t.newResident(a.buildings[0])).phone);
    for (const auth of [{ token: kiosk.token }, resident, {}]) {
      const r = await t.gql(RESIDENTS, { search: 'zxy' }, auth);
      expect(r.data).toBeFalsy();
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(r.errors?.[0]?.extensions?.code);
    }
    expectError(await t.gql(RESIDENTS, {}, resident), 'FORBIDDEN');
    expectError(
      await t.gql(
        'query($b: ID!) { household(buildingId: $b, unit: 1, room: "1") { id } }',
        { b: a.buildings[0].id },
        {
          token: kiosk.token,
        },
      ),
      'FORBIDDEN',
    );
  });
});

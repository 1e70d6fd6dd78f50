import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, expectError } from '../../../test/harness.js';

const RESIDENTS = `query($search: String, $buildingId: ID, $offset: Int! = 0, $limit: Int! = 25) {
  residents(search: $search, buildingId: $buildingId, offset: $offset, limit: $limit) {
    total items { id name phoneMasked phoneTail room building { number name } }
  }
}`;

type Page = {
  residents: {
    total: number;
    items: Array<{ id: string; name: string; phoneMasked: string; building: { number: number } }>;
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
    expect((await list({ search: li.phone.slice(3, 9) })).items.map((r) => r.id)).toEqual([li.resident.id]);
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

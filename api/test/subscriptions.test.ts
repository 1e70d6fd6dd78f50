import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffRole } from '../src/modules/staff/index.js';
import { TestApp, untilFlowing, watch } from './harness.js';

const SUBSCRIBE = 'subscription($b: ID) { noticePublished(buildingId: $b) { id title buildings { id } } }';
const PUBLISH = `mutation($title: String!, $ids: [ID!]!) {
  publishNotice(input: { category: ACTIVITY, title: $title, body: "b", buildingIds: $ids }) { id }
}`;

type Event = { noticePublished: { id: string; title: string; buildings: Array<{ id: string }> } };
const titles = (events: Event[]) => events.map((e) => e.noticePublished.title);
const has = (id: string) => (events: Event[]) => events.some((e) => e.noticePublished.id === id);

describe('noticePublished subscription', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  async function community() {
    const { community, buildings } = await t.newCommunity(undefined, 2);
    const staff = await t.newStaff(community.id, StaffRole.STAFF);
    const kiosk = await t.newDevice(community.id);
    const publish = async (title: string, on = buildings) => {
      const res = await t.gql<{ publishNotice: { id: string } }>(
        PUBLISH,
        { title, ids: on.map((b) => b.id) },
        { token: staff.token },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.publishNotice.id;
    };
    return { community, buildings, staff, kiosk, publish };
  }

  it("delivers a building's notices to its board and not another building's", async () => {
    const { buildings, kiosk, publish } = await community();
    const [x, y] = buildings;
    const client = t.ws({ token: kiosk.token });
    const onX = watch<Event>(client, SUBSCRIBE, { b: x.id });
    const everything = watch<Event>(client, SUBSCRIBE);
    await untilFlowing(onX, () => publish('warm-up', [x]));
    await untilFlowing(everything, () => publish('warm-up', [x]));

    const onlyY = await publish('only Y', [y]);
    // Once the unfiltered subscriber has it, every listener in this process has seen it.
    await everything.until(has(onlyY));
    const forX = await publish('X and Y', [x, y]);
    const events = await onX.until(has(forX));

    expect(titles(events)).not.toContain('only Y');
    expect(
      events
        .find((e) => e.noticePublished.id === forX)!
        .noticePublished.buildings.map((b) => b.id)
        .sort(),
    ).toEqual([x.id, y.id].sort());
  });

  it("never delivers one community's notices to another", async () => {
    const a = await community();
    const b = await community();
    const aWatch = watch<Event>(t.ws({ token: a.kiosk.token }), SUBSCRIBE);
    const bWatch = watch<Event>(t.ws({ token: b.staff.token }), SUBSCRIBE);
    await untilFlowing(aWatch, () => a.publish('warm-up A'));
    await untilFlowing(bWatch, () => b.publish('warm-up B'));

    const fromA = await a.publish('from A');
    await aWatch.until(has(fromA));
    const fromB = await b.publish('from B');
    const events = await bWatch.until(has(fromB));

    expect(titles(events).filter((title) => !title.startsWith('warm-up'))).toEqual(['from B']);
    expect(titles(events).every((title) => title.endsWith('B'))).toBe(true);
  });

  it('refuses a connection with a bad or ended token', async () => {
    const { staff } = await community();
    await t.gql('mutation { signOut }', {}, { token: staff.token });
    for (const token of ['lld_no-such-device', 'lls_no-such-session', 'garbage', staff.token]) {
      const w = watch<Event>(t.ws({ token }), SUBSCRIBE);
      await expect(
        w.until(() => false, 5000),
        token,
      ).rejects.toThrow(/closed 4403/);
    }
  });

  it('asks an anonymous connection to sign in before subscribing', async () => {
    const w = watch<Event>(t.ws(), SUBSCRIBE);
    const err = await w
      .until(() => false, 5000)
      .then(
        () => null,
        (e: unknown) => e as Error,
      );
    const errors = err?.cause as Array<{ extensions?: { code?: string } }>;
    expect(errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});

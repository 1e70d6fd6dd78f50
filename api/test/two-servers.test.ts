import { describe, expect, it } from 'vitest';
import { TestApp, twoInstances, untilFlowing, watch } from './harness.js';

const SUBSCRIBE = 'subscription { noticePublished { id title } }';
const PUBLISH = `mutation($title: String!, $ids: [ID!]!) {
  publishNotice(input: { category: PROPERTY, title: $title, body: "b", buildingIds: $ids }) { id }
}`;

type Event = { noticePublished: { id: string; title: string } };

/** Two API servers on one database, as when the API runs in several processes. */
describe('PgPubSub across servers', () => {
  const apps = twoInstances();

  it("delivers a notice published on one server to the other server's subscriber", async () => {
    const { community, buildings } = await apps.a.newCommunity();
    const staff = await apps.a.newStaff(community.id);
    const kiosk = await apps.a.newDevice(community.id);
    const publishOn = async (app: TestApp, title: string) => {
      const res = await app.gql<{ publishNotice: { id: string } }>(
        PUBLISH,
        { title, ids: [buildings[0].id] },
        { token: staff.token },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.publishNotice.id;
    };

    const onB = watch<Event>(apps.b.ws({ token: kiosk.token }), SUBSCRIBE);
    // Warm up on B itself, so the one publish on A below is the only thing under test.
    await untilFlowing(onB, () => publishOn(apps.b, 'warm-up on B'));
    const fromA = await publishOn(apps.a, 'from A');
    const events = await onB.until((e) => e.some((n) => n.noticePublished.id === fromA));
    expect(events.filter((e) => e.noticePublished.id === fromA)).toEqual([
      { noticePublished: { id: fromA, title: 'from A' } },
    ]);
  });
});

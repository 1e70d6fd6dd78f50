import { createClient } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { twoInstances, untilFlowing, watch } from './harness.js';

const SUBSCRIBE = 'subscription { noticePublished { id title } }';
const PUBLISH = `mutation($title: String!, $ids: [ID!]!) {
  publishNotice(input: { category: PROPERTY, title: $title, body: "b", buildingIds: $ids }) { id }
}`;
type Event = { noticePublished: { id: string; title: string } };

/**
 * PostgreSQL keeps no backlog of NOTIFY: whatever commits while a process's LISTEN connection
 * is away never reaches it. When the listener comes back, every subscriber on that process is
 * told to re-sync (its socket closes with 1012, the client reconnects and re-reads).
 */
describe('re-sync after the LISTEN connection was lost', () => {
  const apps = twoInstances();

  it('closes every socket of both instances with 1012 once their listeners are back, and events flow again', async () => {
    const { community, buildings } = await apps.a.newCommunity();
    const staff = await apps.a.newStaff(community.id);
    const kiosk = await apps.a.newDevice(community.id);
    const publish = (title: string) =>
      apps.a.gql(PUBLISH, { title, ids: [buildings[0].id] }, { token: staff.token }).then((r) => {
        expect(r.errors).toBeUndefined();
      });

    const closes: Array<Promise<number>> = [];
    for (const app of [apps.a, apps.b]) {
      let onClose: (code: number) => void = () => undefined;
      closes.push(new Promise<number>((resolve) => (onClose = resolve)));
      const client = createClient({
        url: app.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${kiosk.token}` },
        on: { closed: (e) => onClose((e as { code: number }).code) },
      });
      const w = watch<Event>(client, SUBSCRIBE);
      await untilFlowing(w, () => publish('warm-up'));
    }

    // Cut both processes' LISTEN connections (as a database restart or a network blip would).
    const killed = await apps.a.sql<{ ok: boolean }>(
      `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
        WHERE datname = current_database() AND query = 'LISTEN linli_events'`,
    );
    expect(killed).toHaveLength(2);
    expect(await Promise.all(closes)).toEqual([1012, 1012]);

    // New subscribers on both get events again (the listeners reconnected).
    for (const app of [apps.a, apps.b]) {
      const w = watch<Event>(app.ws({ token: kiosk.token }), SUBSCRIBE);
      await untilFlowing(w, () => publish(`after on ${app === apps.a ? 'A' : 'B'}`));
    }
  });
});

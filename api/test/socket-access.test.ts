import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Community } from '../src/modules/community/index.js';
import { Offering, Opening } from '../src/modules/corner/index.js';
import { StaffRole } from '../src/modules/staff/index.js';
import { TestApp, twoInstances, type Auth } from './harness.js';

/**
 * Withdrawn access ends on open WebSockets as it does on HTTP, on every instance: each operation
 * on a socket is authorised against the session's and device's state now, and sign-out,
 * revocation and expiry close the sockets that used them (the client reconnects with what it
 * still holds). Two API instances on one database; the withdrawal happens on A, the socket is on B.
 */

interface Socket {
  client: Client;
  /** Resolves with the close code once the server closes the socket. */
  closed: Promise<number>;
  /** One operation on the socket: its result, or `{ closed: code }` if the socket closed first. */
  run(query: string, variables?: Record<string, unknown>): Promise<OpResult>;
  /** A subscription kept open on the socket; `ended` resolves when the server ends it. */
  hold(query: string): { ended: Promise<unknown> };
}
type OpResult = {
  data?: Record<string, unknown> | null;
  errors?: Array<{ extensions?: Record<string, unknown> }>;
  closed?: number;
};

const sockets: Client[] = [];

function socketOn(app: TestApp, auth: Auth): Socket {
  let onClose: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (onClose = resolve));
  const client = createClient({
    url: app.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
    connectionParams: {
      ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
      ...(auth.residentToken ? { residentToken: auth.residentToken } : {}),
    },
    on: { closed: (e) => onClose((e as { code: number }).code) },
  });
  sockets.push(client);
  const run = (query: string, variables: Record<string, unknown> = {}) =>
    new Promise<OpResult>((resolve) => {
      let result: OpResult = {};
      client.subscribe(
        { query, variables },
        {
          next: (r) => void (result = r as OpResult),
          error: (e) =>
            resolve(Array.isArray(e) ? { errors: e as OpResult['errors'] } : { closed: (e as { code: number }).code }),
          complete: () => resolve(result),
        },
      );
    });
  const hold = (query: string) => ({
    ended: new Promise<unknown>((resolve) => {
      client.subscribe({ query }, { next: () => undefined, error: resolve, complete: () => resolve('complete') });
    }),
  });
  return { client, closed, run, hold };
}

/** The socket is open and authorised: an operation on it answers. */
async function ready(s: Socket, query = '{ viewer { device { id } } }') {
  const res = await s.run(query);
  expect(res.errors, JSON.stringify(res)).toBeUndefined();
}

const NOTICES = 'subscription { noticePublished { id } }';
const RESIDENTS = '{ residents { total items { phoneMasked } } }';
const REGISTER = 'mutation { registerDevice(input: { kind: KIOSK, name: "new kiosk" }) { token } }';
const PIN = `mutation($phone: String!) { signInWithPin(input: { phone: $phone, pin: "123456" }) { token } }`;
const TAKE = `mutation($offeringId: ID!, $key: String!) {
  takeTicket(input: { offeringId: $offeringId, idempotencyKey: $key }) { code }
}`;

describe('access withdrawn from open WebSockets, across two instances', () => {
  const apps = twoInstances({ residentIdleSeconds: 3 });
  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((s) => s.dispose()));
  });

  async function community() {
    const { community, buildings } = await apps.a.newCommunity();
    const admin = await apps.a.newStaff(community.id, StaffRole.ADMIN);
    const kiosk = await apps.a.newDevice(community.id);
    const { phone } = await apps.a.newResident(buildings[0]);
    const em = apps.a.em();
    const ref = em.getReference(Community, community.id);
    const service = em.create(Offering, {
      community: ref,
      letter: 'A',
      name: '修锁',
      provider: '王',
    } as Offering);
    em.create(Opening, {
      community: ref,
      startsAt: new Date(Date.now() - 3_600_000),
      endsAt: new Date(Date.now() + 3_600_000),
    } as Opening);
    await em.flush();
    return { communityId: community.id, admin, kiosk, phone, offeringId: service.id };
  }

  describe('every operation is checked against the state now', () => {
    // The session or device ends in the database with no event at all: only the per-operation
    // check can stop the socket.
    it("refuses a signed-out staff member's socket its queries and mutations", async () => {
      const { admin } = await community();
      const s = socketOn(apps.b, { token: admin.token });
      await ready(s, RESIDENTS);
      await apps.b.sql('UPDATE session SET ended_at = now() WHERE staff_user_id = ?', [admin.user.id]);
      for (const query of [RESIDENTS, REGISTER]) {
        const res = await s.run(query);
        expect(res.data ?? null).toBeNull();
        if (!res.closed) expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
      }
      expect(await s.closed).toBe(4403);
      expect(await apps.a.sql("SELECT count(*)::int AS n FROM device WHERE name = 'new kiosk'")).toEqual([{ n: 0 }]);
    });

    it("refuses a revoked kiosk's socket a resident sign-in", async () => {
      const { kiosk, phone } = await community();
      const s = socketOn(apps.b, { token: kiosk.token });
      await ready(s);
      await apps.b.sql('UPDATE device SET revoked_at = now() WHERE id = ?', [kiosk.device.id]);
      const res = await s.run(PIN, { phone });
      expect(res.data ?? null).toBeNull();
      if (!res.closed)
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'DEVICE_REVOKED' });
      expect(await s.closed).toBe(4403);
    });

    it("refuses a signed-out resident's socket a ticket", async () => {
      const { kiosk, phone, offeringId } = await community();
      const resident = await apps.a.residentSession(kiosk.token, phone);
      const s = socketOn(apps.b, resident);
      await ready(s, '{ myTickets { id } }');
      await apps.b.sql(
        'UPDATE session SET ended_at = now() WHERE token_hash IS NOT NULL AND resident_id IS NOT NULL AND device_id = ?',
        [kiosk.device.id],
      );
      const res = await s.run(TAKE, { offeringId, key: randomUUID() });
      expect(res.data ?? null).toBeNull();
      if (!res.closed)
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' });
      expect(
        await apps.a.sql(
          'SELECT count(*)::int AS n FROM ticket t JOIN queue_line l ON l.id = t.line_id WHERE l.offering_id = ?',
          [offeringId],
        ),
      ).toEqual([{ n: 0 }]);
    });
  });

  describe('withdrawal on one instance closes the sockets on the other', () => {
    it('staff sign-out', async () => {
      const { admin } = await community();
      const s = socketOn(apps.b, { token: admin.token });
      const sub = s.hold(NOTICES);
      await ready(s, RESIDENTS);
      const out = await apps.a.gql('mutation { signOut }', {}, { token: admin.token });
      expect(out.data).toEqual({ signOut: true });
      expect(await s.closed).toBe(4403);
      await sub.ended;
      // Reconnecting with the old token is refused at the door.
      expect(await socketOn(apps.b, { token: admin.token }).closed).toBe(4403);
    });

    it('kiosk revoked by an admin', async () => {
      const { admin, kiosk } = await community();
      const s = socketOn(apps.b, { token: kiosk.token });
      const sub = s.hold(NOTICES);
      await ready(s);
      const res = await apps.a.gql(
        'mutation($id: ID!) { revokeDevice(id: $id) { id } }',
        { id: kiosk.device.id },
        { token: admin.token },
      );
      expect(res.errors).toBeUndefined();
      expect(await s.closed).toBe(4403);
      await sub.ended;
      expect(await socketOn(apps.b, { token: kiosk.token }).closed).toBe(4403);
    });

    it('resident sign-out: the kiosk reconnects as the kiosk alone', async () => {
      const { kiosk, phone, offeringId } = await community();
      const resident = await apps.a.residentSession(kiosk.token, phone);
      const s = socketOn(apps.b, resident);
      const sub = s.hold(NOTICES);
      await ready(s, '{ myTickets { id } }');
      const out = await apps.a.gql('mutation { signOut }', {}, resident);
      expect(out.data).toEqual({ signOut: true });
      expect(await s.closed).toBe(4403);
      await sub.ended;
      // The same credentials again: the kiosk is still fine, the resident is not.
      const again = socketOn(apps.b, resident);
      await ready(again);
      const res = await again.run(TAKE, { offeringId, key: randomUUID() });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' });
    });

    it('a re-paired device: the old token stops, the new one works', async () => {
      const { admin, kiosk } = await community();
      const s = socketOn(apps.b, { token: kiosk.token });
      await ready(s);
      const renewed = await apps.a.gql<{ renewPairingCode: string }>(
        'mutation($id: ID!) { renewPairingCode(id: $id) }',
        { id: kiosk.device.id },
        { token: admin.token },
      );
      const paired = await apps.a.gql<{ pairDevice: { token: string } }>(
        'mutation($c: String!) { pairDevice(code: $c) { token } }',
        {
          c: renewed.data!.renewPairingCode,
        },
      );
      expect(paired.errors).toBeUndefined();
      expect(await s.closed).toBe(4403);
      await ready(socketOn(apps.b, { token: paired.data!.pairDevice.token }));
    });
  });

  describe('time limits hold on sockets', () => {
    it("closes a staff socket when the session's lifetime ends", async () => {
      const { admin } = await community();
      await apps.a.sql("UPDATE session SET expires_at = now() + interval '2 seconds' WHERE staff_user_id = ?", [
        admin.user.id,
      ]);
      const s = socketOn(apps.b, { token: admin.token });
      const sub = s.hold(NOTICES);
      await ready(s, RESIDENTS);
      expect(await s.closed).toBe(4403);
      await sub.ended;
    });

    it("closes a resident's socket after the idle limit, though subscriptions stay open", async () => {
      const { kiosk, phone } = await community();
      const resident = await apps.a.residentSession(kiosk.token, phone);
      const s = socketOn(apps.b, resident); // B's idle limit is 3 s
      s.hold(NOTICES);
      await ready(s, '{ myTickets { id } }');
      expect(await s.closed).toBe(4403);
      const [row] = await apps.a.sql<{ idle: boolean }>(
        "SELECT last_seen_at < now() - interval '3 seconds' AS idle FROM session WHERE device_id = ? AND resident_id IS NOT NULL",
        [kiosk.device.id],
      );
      expect(row.idle).toBe(true);
    });

    it('keeps a socket whose session was used meanwhile', async () => {
      const { kiosk, phone } = await community();
      const resident = await apps.a.residentSession(kiosk.token, phone);
      const s = socketOn(apps.b, resident);
      await ready(s, '{ myTickets { id } }');
      let closedCode: number | null = null;
      void s.closed.then((c) => (closedCode = c));
      // As if the resident kept using the kiosk: the socket's check at the old deadline (3 s
      // after its last use) finds the session alive and leaves the socket open.
      await apps.a.sql(
        "UPDATE session SET last_seen_at = now() + interval '10 minutes' WHERE device_id = ? AND resident_id IS NOT NULL",
        [kiosk.device.id],
      );
      await new Promise((r) => setTimeout(r, 5000));
      expect(closedCode).toBeNull();
      await ready(s, '{ myTickets { id } }');
    });
  });
});

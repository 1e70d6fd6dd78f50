import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TestApp, expectError, untilFlowing, watch, type Auth, type GqlResult } from '../../../test/harness.js';
import { followLookups } from './follow.service.js';
import { Community } from '../community/index.js';
import { DeviceKind } from '../device/index.js';
import { StaffRole } from '../staff/index.js';
import { Offering, Opening } from '../corner/index.js';

const TAKE = `mutation($offeringId: ID!, $key: String!) {
  takeTicket(input: { offeringId: $offeringId, idempotencyKey: $key }) { id code followToken }
}`;
const FOLLOW = `query($token: String!) {
  followedTicket(token: $token) { code offeringName status ahead estimatedWaitMinutes deskName openingEndsAt version }
}`;
const CHANGES = 'subscription($token: String!) { followedTicketChanged(token: $token) { version } }';
const TRANSFER = `mutation($id: ID!, $to: ID!) {
  transferTicket(input: { ticketId: $id, toOfferingId: $to }) { id code status }
}`;
const MINE = '{ myTickets { id code followToken transferredFrom { ticketId code } } }';

type Taken = { takeTicket: { id: string; code: string; followToken: string | null } };
type Followed = {
  followedTicket: {
    code: string;
    offeringName: string;
    status: string;
    ahead: number;
    estimatedWaitMinutes: number;
    deskName: string | null;
    openingEndsAt: string;
    version: number;
  };
};
type Change = { followedTicketChanged: { version: number } };

/** Everything a failed subscription reported (graphql-ws errors, or the close). */
async function subscriptionFailure(w: { until(done: () => boolean, ms?: number): Promise<unknown> }) {
  const err = await w
    .until(() => false, 5000)
    .then(
      () => null,
      (e: unknown) => e as Error,
    );
  expect(err, 'the subscription should fail').not.toBeNull();
  return err!.cause as Array<{ message: string; extensions?: Record<string, unknown> }>;
}

describe('FollowService', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());
  // Look-ups are budgeted per address, and every test here comes from 127.0.0.1.
  beforeEach(async () => {
    await Promise.all(['127.0.0.1', '::ffff:127.0.0.1', '::1'].map((ip) => followLookups.delete(ip)));
  });

  /** An open corner with lines A and B, a kiosk, `residents` signed in there, and a staff member. */
  async function corner(residents = 2) {
    const { community, buildings } = await t.newCommunity();
    const em = t.em();
    const ref = em.getReference(Community, community.id);
    const a = em.create(Offering, { community: ref, letter: 'A', name: '修锁配钥匙' } as Offering);
    const b = em.create(Offering, { community: ref, letter: 'B', name: '理发' } as Offering);
    const session = em.create(Opening, {
      community: ref,
      startsAt: new Date(Date.now() - 3_600_000),
      endsAt: new Date(Date.now() + 2 * 3_600_000),
    } as Opening);
    await em.flush();
    const kiosk = await t.newDevice(community.id);
    const people: Array<{ auth: Auth; name: string; phone: string }> = [];
    for (let i = 0; i < residents; i++) {
      const name = `居民${i}号${randomUUID().slice(0, 4)}`;
      const { phone } = await t.newResident(buildings[0], { name });
      people.push({ auth: await t.residentSession(kiosk.token, phone), name, phone });
    }
    const staff = await t.newStaff(community.id, StaffRole.STAFF);
    const take = async (auth: Auth, service = a) => {
      const res = await t.gql<Taken>(TAKE, { offeringId: service.id, key: randomUUID() }, auth);
      expect(res.errors).toBeUndefined();
      return res.data!.takeTicket;
    };
    return { a, b, session, kiosk, people, staff, take, communityId: community.id };
  }

  /** The version a line is at now. */
  const versionOf = async (offeringId: string) =>
    Number(
      (await t.sql<{ version: number }>('SELECT version FROM queue_line WHERE offering_id = ?', [offeringId]))[0]
        .version,
    );

  it('shows a ticket by its link, without signing in: code, service, place, wait', async () => {
    const { people, take, session } = await corner(2);
    await take(people[0].auth);
    const mine = await take(people[1].auth);
    expect(mine.followToken).toMatch(/^[0-9a-f]{32}$/);

    const res = await t.gql<Followed>(FOLLOW, { token: mine.followToken });
    expect(res.errors).toBeUndefined();
    expect(res.data!.followedTicket).toMatchObject({
      code: 'A002',
      offeringName: '修锁配钥匙',
      status: 'WAITING',
      ahead: 1,
      deskName: null,
      openingEndsAt: session.endsAt.toISOString(),
    });
    expect(res.data!.followedTicket.estimatedWaitMinutes).toBeGreaterThan(0);

    // Called: the phone learns where to go.
    await t.sql(`UPDATE ticket SET status = 'CALLED', desk_name = '1号台', called_at = now() WHERE id = ?`, [mine.id]);
    const called = await t.gql<Followed>(FOLLOW, { token: mine.followToken });
    expect(called.data!.followedTicket).toMatchObject({ status: 'CALLED', deskName: '1号台', ahead: 0 });
  });

  it('shows a ticket whose opening has ended, unserved, as EXPIRED on the phone (not "you are next")', async () => {
    const { people, take } = await corner(1);
    const mine = await take(people[0].auth);
    expect((await t.gql<Followed>(FOLLOW, { token: mine.followToken })).data!.followedTicket.status).toBe('WAITING');
    // The opening ended an hour ago and nobody read the resident's tickets at a kiosk since.
    await t.sql(
      `UPDATE opening SET starts_at = now() - interval '4 hours', ends_at = now() - interval '1 hour'
        WHERE id = (SELECT l.opening_id FROM queue_line l JOIN ticket x ON x.line_id = l.id WHERE x.id = ?)`,
      [mine.id],
    );
    const res = await t.gql<Followed>(FOLLOW, { token: mine.followToken });
    expect(res.errors).toBeUndefined();
    expect(res.data!.followedTicket).toMatchObject({ code: 'A001', status: 'EXPIRED', ahead: 0 });
    const [stored] = await t.sql<{ status: string }>('SELECT status FROM ticket WHERE id = ?', [mine.id]);
    expect(stored.status).toBe('EXPIRED');
  });

  it('says nothing about the resident: the type has only the ticket’s public fields', async () => {
    const { people, take } = await corner(1);
    const mine = await take(people[0].auth);
    const type = await t.gql<{ __type: { fields: Array<{ name: string }> } }>(
      '{ __type(name: "FollowedTicket") { fields { name } } }',
    );
    expect(type.data!.__type.fields.map((f) => f.name).sort()).toEqual(
      [
        'ahead',
        'code',
        'deskName',
        'estimatedWaitMinutes',
        'offeringName',
        'openingEndsAt',
        'status',
        'transferredFrom',
        'version',
      ].sort(),
    );
    const res = await t.gql<Followed>(FOLLOW, { token: mine.followToken });
    const body = JSON.stringify(res);
    for (const secret of [people[0].name, people[0].phone, mine.id, '101']) expect(body).not.toContain(secret);
    // The resident's own fields are not reachable from it either.
    expectError(
      await t.gql('query($t: String!) { followedTicket(token: $t) { id } }', { t: mine.followToken }),
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('answers a wrong, malformed or old link with NOT_FOUND and a reason, never a server error', async () => {
    const { people, take, session } = await corner(1);
    const mine = await take(people[0].auth);
    for (const token of [randomUUID().replace(/-/g, ''), "x' OR 1=1 --", '', 'A'.repeat(5000)]) {
      const res = await t.gql(FOLLOW, { token });
      expectError(res, 'NOT_FOUND', { reason: 'FOLLOW_LINK_INVALID' });
      expect(JSON.stringify(res.errors)).not.toMatch(/select|ticket_|follow_token|syntax/i);
    }
    await t.sql(
      `UPDATE opening SET starts_at = now() - interval '2 days', ends_at = now() - interval '2 days' + interval '3 hours' WHERE id = ?`,
      [session.id],
    );
    expectError(await t.gql(FOLLOW, { token: mine.followToken }), 'NOT_FOUND', { reason: 'FOLLOW_LINK_EXPIRED' });
  });

  it('stops an address guessing links after about a dozen tries a minute', async () => {
    let res: GqlResult | null = null;
    for (let i = 0; i < 15; i++) {
      res = await t.gql(FOLLOW, { token: randomUUID().replace(/-/g, '') });
      if (res.errors?.[0]?.extensions?.code === 'RATE_LIMITED') break;
    }
    expectError(res!, 'RATE_LIMITED');
    expect(res!.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("gives the follow token to the ticket's own resident only", async () => {
    const { a, people, take, staff, kiosk, communityId } = await corner(2);
    const mine = await take(people[0].auth);
    const other = await take(people[1].auth);
    expect(mine.followToken).not.toBe(other.followToken);

    const listed = await t.gql<{ myTickets: Array<{ id: string; followToken: string | null }> }>(
      '{ myTickets { id followToken } }',
      {},
      people[0].auth,
    );
    expect(listed.data!.myTickets).toEqual([{ id: mine.id, followToken: mine.followToken }]);

    const board = `query($s: ID) { cornerBoard(offeringId: $s) { waiting { code followToken } } }`;
    const screen = await t.newDevice(communityId, DeviceKind.SCREEN);
    for (const auth of [{ token: staff.token }, { token: screen.token }, { token: kiosk.token }, people[0].auth]) {
      const res = await t.gql<{ cornerBoard: Array<{ waiting: Array<{ code: string; followToken: string | null }> }> }>(
        board,
        { s: a.id },
        auth,
      );
      expect(res.errors).toBeUndefined();
      const tokens = res.data!.cornerBoard[0].waiting.map((w) => [w.code, w.followToken]);
      // The signed-in resident sees their own token on the board too, and nobody else's.
      expect(tokens).toEqual([
        ['A001', auth === people[0].auth ? mine.followToken : null],
        ['A002', null],
      ]);
    }
  });

  it("pushes the line's changes to an anonymous WebSocket, with rising versions, and nothing from other lines", async () => {
    const { a, b, people, take } = await corner(6);
    const mine = await take(people[0].auth);
    // Line A's versions far above line B's: every event below says which line it came from.
    await t.sql('UPDATE queue_line SET version = version + 1000 WHERE offering_id = ?', [a.id]);
    const phone = t.ws();
    const w = watch<Change>(phone, CHANGES, { token: mine.followToken });
    let n = 1;
    await untilFlowing(w, () => take(people[n++].auth));
    // Every warm-up change is at or below this version (their events may still be on their way).
    const warm = await versionOf(a.id);

    // Line B changes, then line A twice: when A's last event arrives, B's would have come before it.
    await take(people[n].auth, b);
    const cancel = 'mutation($id: ID!) { cancelMyTicket(input: { ticketId: $id }) { status } }';
    const last = await take(people[n + 1].auth);
    const taken = await versionOf(a.id);
    await t.gql(cancel, { id: last.id }, people[n + 1].auth);
    const cancelled = await versionOf(a.id);
    await w.until((e) => e.some((x) => x.followedTicketChanged.version === cancelled));
    const versions = w.events.map((e) => e.followedTicketChanged.version);
    expect(versions).toEqual([...versions].sort((x, y) => x - y));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.every((v) => v > 1000)).toBe(true);
    expect(versions.filter((v) => v > warm)).toEqual([taken, cancelled]);

    // What the phone loads after the newest event is at least that new.
    const res = await t.gql<Followed>(FOLLOW, { token: mine.followToken });
    expect(res.data!.followedTicket.version).toBeGreaterThanOrEqual(versions.at(-1)!);
    w.stop();
  });

  it('lets an anonymous socket follow a ticket, and nothing else', async () => {
    const { a, people, take } = await corner(10);
    const mine = await take(people[0].auth);
    const phone = t.ws();

    const queue = await subscriptionFailure(
      watch(phone, 'subscription($s: ID) { queueChanged(offeringId: $s) { version } }', { s: a.id }),
    );
    expect(queue.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const notices = await subscriptionFailure(watch(phone, 'subscription { noticePublished { id } }'));
    expect(notices.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    // Queries and mutations over the anonymous socket are refused too (HTTP is where they go).
    const query = await subscriptionFailure(watch(phone, '{ followedTicket(token: "x") { code } }'));
    expect(query.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);

    const wrong = await subscriptionFailure(watch(phone, CHANGES, { token: randomUUID().replace(/-/g, '') }));
    expect(wrong[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'FOLLOW_LINK_INVALID' });

    // The same socket still follows a real ticket.
    const w = watch<Change>(phone, CHANGES, { token: mine.followToken });
    let n = 1;
    await untilFlowing(w, () => take(people[n++].auth));
    expect(w.events[0].followedTicketChanged.version).toBeGreaterThan(0);
    w.stop();
  });
  describe('a ticket staff move to another line', () => {
    type Mine = {
      myTickets: Array<{
        id: string;
        code: string;
        followToken: string | null;
        transferredFrom: { ticketId: string; code: string } | null;
      }>;
    };
    const tokenOf = async (id: string) =>
      (await t.sql<{ follow_token: string }>('SELECT follow_token FROM ticket WHERE id = ?', [id]))[0].follow_token;

    it('keeps its link: the new ticket takes over the token, the old one gets a fresh one', async () => {
      const { b, people, take, staff } = await corner(2);
      await take(people[1].auth, b); // B001: the moved ticket becomes B002, one ahead
      const mine = await take(people[0].auth);
      const token = mine.followToken!;

      const moved = await t.gql<{ transferTicket: { id: string; code: string; status: string } }>(
        TRANSFER,
        { id: mine.id, to: b.id },
        { token: staff.token },
      );
      expect(moved.errors).toBeUndefined();
      expect(moved.data!.transferTicket).toMatchObject({ code: 'B002', status: 'WAITING' });

      // The paper ticket's QR code now leads to the new number, with where it came from.
      const followed = await t.gql<Followed & { followedTicket: { transferredFrom: string | null } }>(
        'query($token: String!) { followedTicket(token: $token) { code offeringName status ahead transferredFrom } }',
        { token },
      );
      expect(followed.data!.followedTicket).toEqual({
        code: 'B002',
        offeringName: '理发',
        status: 'WAITING',
        ahead: 1,
        transferredFrom: 'A001',
      });
      const fresh = await tokenOf(mine.id);
      expect(fresh).toMatch(/^[0-9a-f]{32}$/);
      expect(fresh).not.toBe(token);
      expect(await tokenOf(moved.data!.transferTicket.id)).toBe(token);
      const [old] = await t.sql<{ status: string }>('SELECT status FROM ticket WHERE id = ?', [mine.id]);
      expect(old.status).toBe('CANCELLED');

      // The kiosk finds the new ticket by the one it replaced, and the QR code stays the same.
      const listed = await t.gql<Mine>(MINE, {}, people[0].auth);
      expect(listed.data!.myTickets).toEqual([
        {
          id: moved.data!.transferTicket.id,
          code: 'B002',
          followToken: token,
          transferredFrom: { ticketId: mine.id, code: 'A001' },
        },
      ]);
      expect((await t.gql<Mine>(MINE, {}, people[1].auth)).data!.myTickets[0].transferredFrom).toBeNull();
      // The old ticket's fresh token shows the old ticket, cancelled (nobody was given it).
      const oldLink = await t.gql<Followed>(FOLLOW, { token: fresh });
      expect(oldLink.data!.followedTicket).toMatchObject({ code: 'A001', status: 'CANCELLED' });
    });

    it('a phone’s subscription follows it to the new line, and so does one started again', async () => {
      const { a, b, people, take, staff } = await corner(20);
      const mine = await take(people[0].auth);
      await take(people[1].auth, b);
      // Line A's versions far above line B's: every event below says which line it came from.
      await t.sql('UPDATE queue_line SET version = version + 1000 WHERE offering_id = ?', [a.id]);
      const phone = t.ws();
      const live = watch<Change>(phone, CHANGES, { token: mine.followToken });
      let n = 2;
      await untilFlowing(live, () => take(people[n++].auth));

      const moved = await t.gql<{ transferTicket: { id: string } }>(
        TRANSFER,
        { id: mine.id, to: b.id },
        { token: staff.token },
      );
      expect(moved.errors).toBeUndefined();
      const movedAt = await versionOf(a.id);
      const bAfterMove = await versionOf(b.id);
      // The old line's event tells the phone to load again (it finds B002) ...
      await live.until((e) => e.some((x) => x.followedTicketChanged.version === movedAt));
      const seen = live.events.length;
      // ... and from then on line B's changes reach it, line A's do not. A changes first: when
      // B's event arrives, A's would have come before it.
      await take(people[n++].auth);
      const aLater = await versionOf(a.id);
      await take(people[n++].auth, b);
      const bLater = await versionOf(b.id);
      await live.until((e) => e.some((x) => x.followedTicketChanged.version === bLater));
      const after = live.events.slice(seen).map((e) => e.followedTicketChanged.version);
      expect(after).not.toContain(aLater);
      // (B's event from the move itself may come before the old line's, which moved the subscription.)
      expect(after.filter((v) => v !== bAfterMove)).toEqual([bLater]);
      live.stop();

      // Subscribing again with the same link (a reconnect) resolves it to the new line.
      const again = watch<Change>(t.ws(), CHANGES, { token: mine.followToken });
      await untilFlowing(again, () => take(people[n++].auth, b));
      // Every warm-up change is at or below this version (their events may still be on their way).
      const warm = await versionOf(b.id);
      await take(people[n++].auth);
      const aLast = await versionOf(a.id);
      await take(people[n++].auth, b);
      const bLast = await versionOf(b.id);
      await again.until((e) => e.some((x) => x.followedTicketChanged.version === bLast));
      expect(again.events.map((e) => e.followedTicketChanged.version).filter((v) => v > warm)).toEqual([bLast]);
      expect(again.events.map((e) => e.followedTicketChanged.version)).not.toContain(aLast);
      expect(again.events.every((e) => e.followedTicketChanged.version < 1000)).toBe(true);
      again.stop();

      // What the phone loads is the new ticket, at least as new as B's last event.
      const res = await t.gql<Followed>(FOLLOW, { token: mine.followToken });
      expect(res.data!.followedTicket.code).toBe('B002');
      expect(res.data!.followedTicket.version).toBeGreaterThanOrEqual(bLast);
    });
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, expectError, type Auth } from '../../../test/harness.js';
import { bookingCorner } from '../../../test/booking-corner.js';
import type { Opening } from '../corner/index.js';

const BOOK = `mutation($service: ID!, $session: ID!, $key: String!) {
  bookOffering(input: { offeringId: $service, openingId: $session, idempotencyKey: $key, problem: "门锁坏了" }) {
    id
  }
}`;
const CHANGE = `mutation($id: ID!, $session: ID!, $problem: String! = "门锁坏了", $home: Boolean! = false) {
  changeBooking(input: { bookingId: $id, openingId: $session, problem: $problem, homeVisit: $home }) {
    id status problem homeVisit opening { id }
  }
}`;
type Changed = {
  changeBooking: { id: string; status: string; problem: string; homeVisit: boolean; opening: { id: string } };
};

describe('BookingService.change', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  /** One service (`capacity` places a session), two future sessions, residents signed in at a kiosk. */
  async function setup(capacity: number, residents: number, attrs: { limitedMobility?: boolean } = {}) {
    const { service, sessions, auths } = await bookingCorner(t, { capacity, residents, daysAhead: [1, 2], ...attrs });
    const book = async (auth: Auth, session: Opening) => {
      const res = await t.gql<{ bookOffering: { id: string } }>(
        BOOK,
        { service: service.id, session: session.id, key: randomUUID() },
        auth,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.bookOffering.id;
    };
    const booked = async () =>
      Object.fromEntries(
        (
          await t.sql<{ opening_id: string; booked: number }>(
            'SELECT opening_id, booked FROM queue_line WHERE offering_id = ?',
            [service.id],
          )
        ).map((l) => [l.opening_id === sessions[0].id ? 'first' : 'second', l.booked]),
      );
    return { service, sessions, auths, book, booked };
  }

  it('changes what needs doing and keeps the place', async () => {
    const { sessions, auths, book, booked } = await setup(2, 1);
    const id = await book(auths[0], sessions[0]);
    const res = await t.gql<Changed>(CHANGE, { id, session: sessions[0].id, problem: '  配钥匙；换锁芯 ' }, auths[0]);
    expect(res.errors).toBeUndefined();
    expect(res.data!.changeBooking).toMatchObject({ status: 'BOOKED', problem: '配钥匙；换锁芯' });
    expect(res.data!.changeBooking.opening.id).toBe(sessions[0].id);
    expect(await booked()).toEqual({ first: 1 });
  });

  it('moves to another opening: the old place is freed and a new one taken, once however often it is sent', async () => {
    const { sessions, auths, book, booked } = await setup(1, 2);
    const id = await book(auths[0], sessions[0]);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => t.gql<Changed>(CHANGE, { id, session: sessions[1].id }, auths[0])),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.data!.changeBooking.opening.id))).toEqual(new Set([sessions[1].id]));
    expect(await booked()).toEqual({ first: 0, second: 1 });
    // The place it left is free for a neighbour.
    await book(auths[1], sessions[0]);
    expect(await booked()).toEqual({ first: 1, second: 1 });
  });

  it('never overfills an opening, however many move into it at once, and a refused move stays put', async () => {
    const { service, sessions, auths, book, booked } = await setup(6, 6);
    const ids = await Promise.all(auths.map((a) => book(a, sessions[0])));
    await t.sql('UPDATE offering SET booking_capacity = 2 WHERE id = ?', [service.id]);
    const results = await Promise.all(
      ids.map((id, i) => t.gql<Changed>(CHANGE, { id, session: sessions[1].id }, auths[i])),
    );
    expect(results.filter((r) => r.data).length).toBe(2);
    for (const r of results.filter((r) => !r.data)) expectError(r, 'CONFLICT', { reason: 'FULLY_BOOKED' });
    expect(await booked()).toEqual({ first: 4, second: 2 });
    const [{ count }] = await t.sql<{ count: string }>(
      `SELECT count(*) FROM booking b JOIN queue_line l ON l.id = b.line_id WHERE l.opening_id = ? AND b.status = 'BOOKED'`,
      [sessions[0].id],
    );
    expect(Number(count)).toBe(4);
  });

  it('refuses a second booking of the offering in the same opening, and leaves both as they were', async () => {
    const { sessions, auths, book, booked } = await setup(3, 1);
    const first = await book(auths[0], sessions[0]);
    await book(auths[0], sessions[1]);
    expectError(await t.gql(CHANGE, { id: first, session: sessions[1].id }, auths[0]), 'CONFLICT', {
      reason: 'ALREADY_BOOKED',
    });
    expect(await booked()).toEqual({ first: 1, second: 1 });
  });

  it("refuses someone else's booking, one checked in or cancelled, a started session and a home visit not allowed", async () => {
    const { sessions, auths, book } = await setup(3, 2);
    const id = await book(auths[0], sessions[0]);
    expectError(await t.gql(CHANGE, { id, session: sessions[1].id }, auths[1]), 'NOT_FOUND');
    expectError(await t.gql(CHANGE, { id, session: randomUUID() }, auths[0]), 'NOT_FOUND');
    expectError(await t.gql(CHANGE, { id, session: sessions[0].id, home: true }, auths[0]), 'FORBIDDEN', {
      reason: 'HOME_VISIT_NOT_ELIGIBLE',
    });
    await t.sql(`UPDATE opening SET starts_at = now() - interval '1 hour' WHERE id = ?`, [sessions[1].id]);
    expectError(await t.gql(CHANGE, { id, session: sessions[1].id }, auths[0]), 'CONFLICT', {
      reason: 'OPENING_STARTED',
    });
    await t.gql('mutation($id: ID!) { cancelBooking(input: { bookingId: $id }) { status } }', { id }, auths[0]);
    expectError(await t.gql(CHANGE, { id, session: sessions[0].id }, auths[0]), 'CONFLICT', {
      reason: 'BOOKING_STATE',
    });
  });

  it('lets a resident with limited mobility ask for a home visit', async () => {
    const { sessions, auths, book } = await setup(3, 1, { limitedMobility: true });
    const id = await book(auths[0], sessions[0]);
    const res = await t.gql<Changed>(CHANGE, { id, session: sessions[0].id, home: true }, auths[0]);
    expect(res.data!.changeBooking.homeVisit).toBe(true);
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, expectError, type Auth } from '../../../test/harness.js';
import { StaffRole } from '../staff/index.js';
import { bookingCorner } from '../../../test/booking-corner.js';

const BOOK = `mutation($service: ID!, $session: ID!, $key: String!, $home: Boolean! = false) {
  bookOffering(input: { offeringId: $service, openingId: $session, idempotencyKey: $key, problem: "门锁坏了", homeVisit: $home }) {
    id status problem homeVisit
  }
}`;
const CHECK_IN = 'mutation($id: ID!) { checkIn(input: { bookingId: $id }) { code status } }';
type Booked = { bookOffering: { id: string; status: string; problem: string; homeVisit: boolean } };

describe('BookingService', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  /** A corner with one service (capacity `capacity`), a session tomorrow, and signed-in residents. */
  async function setup(capacity: number, residents: number, attrs: { limitedMobility?: boolean } = {}) {
    const { sessions, ...rest } = await bookingCorner(t, { capacity, residents, ...attrs });
    return { ...rest, session: sessions[0] };
  }

  it('never books more places than the capacity, however many book at once', async () => {
    const { service, session, auths } = await setup(3, 10);
    const results = await Promise.all(
      auths.map((a) => t.gql<Booked>(BOOK, { service: service.id, session: session.id, key: randomUUID() }, a)),
    );
    expect(results.filter((r) => r.data).length).toBe(3);
    for (const r of results.filter((r) => !r.data)) expectError(r, 'CONFLICT', { reason: 'FULLY_BOOKED' });
    const [line] = await t.sql<{ booked: number }>('SELECT booked FROM queue_line WHERE opening_id = ?', [session.id]);
    expect(line.booked).toBe(3);
    const places = await t.gql<{ bookableOpenings: Array<{ placesLeft: number }> }>(
      'query($s: ID!) { bookableOpenings(offeringId: $s) { placesLeft } }',
      { s: service.id },
      auths[0],
    );
    expect(places.data!.bookableOpenings[0].placesLeft).toBe(0);
  });

  it('keeps one booking for a double tap, and one per resident per line', async () => {
    const { service, session, auths } = await setup(5, 1);
    const key = randomUUID();
    const taps = await Promise.all(
      [1, 2, 3].map(() => t.gql<Booked>(BOOK, { service: service.id, session: session.id, key }, auths[0])),
    );
    expect(new Set(taps.map((r) => r.data!.bookOffering.id)).size).toBe(1);
    expectError(
      await t.gql(BOOK, { service: service.id, session: session.id, key: randomUUID() }, auths[0]),
      'CONFLICT',
      {
        reason: 'ALREADY_BOOKED',
      },
    );
    const [line] = await t.sql<{ booked: number }>('SELECT booked FROM queue_line WHERE opening_id = ?', [session.id]);
    expect(line.booked).toBe(1);
  });

  it('offers home visits only to residents flagged as limited mobility', async () => {
    const able = await setup(5, 1);
    expectError(
      await t.gql(
        BOOK,
        { service: able.service.id, session: able.session.id, key: randomUUID(), home: true },
        able.auths[0],
      ),
      'FORBIDDEN',
      { reason: 'HOME_VISIT_NOT_ELIGIBLE' },
    );
    const limited = await setup(5, 1, { limitedMobility: true });
    const res = await t.gql<Booked>(
      BOOK,
      { service: limited.service.id, session: limited.session.id, key: randomUUID(), home: true },
      limited.auths[0],
    );
    expect(res.data!.bookOffering).toMatchObject({ homeVisit: true, problem: '门锁坏了', status: 'BOOKED' });
  });

  it('gives the place back on cancel', async () => {
    const { service, session, auths } = await setup(1, 2);
    const mine = (await t.gql<Booked>(BOOK, { service: service.id, session: session.id, key: randomUUID() }, auths[0]))
      .data!.bookOffering;
    expectError(
      await t.gql(BOOK, { service: service.id, session: session.id, key: randomUUID() }, auths[1]),
      'CONFLICT',
      { reason: 'FULLY_BOOKED' },
    );
    const cancel = 'mutation($id: ID!) { cancelBooking(input: { bookingId: $id }) { status } }';
    expectError(await t.gql(cancel, { id: mine.id }, auths[1]), 'NOT_FOUND');
    expect((await t.gql(cancel, { id: mine.id }, auths[0])).data).toEqual({ cancelBooking: { status: 'CANCELLED' } });
    expect(
      (await t.gql<Booked>(BOOK, { service: service.id, session: session.id, key: randomUUID() }, auths[1])).data,
    ).toBeTruthy();
  });

  it('turns a booking into one ticket at check-in on the day, and not before', async () => {
    const { service, session, auths } = await setup(5, 1);
    const booking = (
      await t.gql<Booked>(BOOK, { service: service.id, session: session.id, key: randomUUID() }, auths[0])
    ).data!.bookOffering;
    expectError(await t.gql(CHECK_IN, { id: booking.id }, auths[0]), 'CONFLICT', { reason: 'NOT_CHECK_IN_TIME' });
    // The day comes: the session is open now.
    await t.sql(
      "UPDATE opening SET starts_at = now() - interval '10 minutes', ends_at = now() + interval '2 hours' WHERE id = ?",
      [session.id],
    );
    const twice = await Promise.all(
      [1, 2].map(() => t.gql<{ checkIn: { code: string; status: string } }>(CHECK_IN, { id: booking.id }, auths[0])),
    );
    for (const r of twice) expect(r.data!.checkIn).toEqual({ code: 'A001', status: 'WAITING' });
    const mine = await t.gql<{ myBookings: Array<{ status: string; ticket: { code: string } | null }> }>(
      '{ myBookings { status ticket { code } } }',
      {},
      auths[0],
    );
    expect(mine.data!.myBookings).toEqual([{ status: 'CHECKED_IN', ticket: { code: 'A001' } }]);
  });
  it('keeps a booking cancelled by a closed day on the list until the resident puts it away, or the day is over', async () => {
    const { service, session, auths, communityId } = await setup(5, 2);
    const [mine, theirs] = await Promise.all(
      auths.map(
        async (a) =>
          (await t.gql<Booked>(BOOK, { service: service.id, session: session.id, key: randomUUID() }, a)).data!
            .bookOffering,
      ),
    );
    const secretary = await t.newStaff(communityId, StaffRole.SECRETARY);
    const closed = await t.gql(
      'mutation($id: ID!) { closeOpening(input: { openingId: $id, confirmBookings: 2 }) { cancelledBookings } }',
      { id: session.id },
      { token: secretary.token },
    );
    expect(closed.data).toEqual({ closeOpening: { cancelledBookings: 2 } });
    const list = async (auth: Auth) =>
      (
        await t.gql<{ myBookings: Array<{ id: string; status: string; cancelReason: string | null }> }>(
          '{ myBookings { id status cancelReason } }',
          {},
          auth,
        )
      ).data!.myBookings;
    expect(await list(auths[0])).toEqual([{ id: mine.id, status: 'CANCELLED', cancelReason: 'CORNER_CLOSED' }]);

    const DISMISS = 'mutation($id: ID!) { dismissBooking(input: { bookingId: $id }) { id status cancelReason } }';
    // Only one's own.
    expectError(await t.gql(DISMISS, { id: mine.id }, auths[1]), 'NOT_FOUND');
    // "知道了": off the list; tapping it again changes nothing.
    for (let i = 0; i < 2; i++) {
      expect((await t.gql(DISMISS, { id: mine.id }, auths[0])).data).toEqual({
        dismissBooking: { id: mine.id, status: 'CANCELLED', cancelReason: 'CORNER_CLOSED' },
      });
    }
    expect(await list(auths[0])).toEqual([]);
    expect(await list(auths[1])).toEqual([{ id: theirs.id, status: 'CANCELLED', cancelReason: 'CORNER_CLOSED' }]);

    // Nothing else can be put away: a booking still standing, or one the resident cancelled.
    await t.gql(
      'mutation($id: ID!) { reopenOpening(openingId: $id) { id } }',
      { id: session.id },
      {
        token: secretary.token,
      },
    );
    const again = (await t.gql<Booked>(BOOK, { service: service.id, session: session.id, key: randomUUID() }, auths[0]))
      .data!.bookOffering;
    expectError(await t.gql(DISMISS, { id: again.id }, auths[0]), 'CONFLICT', { reason: 'BOOKING_STATE' });
    await t.gql('mutation($id: ID!) { cancelBooking(input: { bookingId: $id }) { id } }', { id: again.id }, auths[0]);
    expectError(await t.gql(DISMISS, { id: again.id }, auths[0]), 'CONFLICT', { reason: 'BOOKING_STATE' });

    // The other resident never put theirs away: it goes once that day is over.
    await t.sql(
      "UPDATE opening SET starts_at = now() - interval '4 hours', ends_at = now() - interval '1 hour' WHERE id = ?",
      [session.id],
    );
    expect(await list(auths[1])).toEqual([]);
  });
});

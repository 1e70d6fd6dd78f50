import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, expectError, type Auth, type GqlResult } from '../../../test/harness.js';
import type { Context } from '../../platform/context.js';
import { StaffRole } from '../staff/index.js';
import { patternSlots } from './calendar.js';
import { CornerService } from './corner.service.js';
import { holidaysKnownThrough } from './holidays.js';
import { workingSlots } from './openings.service.js';

const CREATE_SERVICE = `mutation($input: OfferingInput!) {
  createOffering(input: $input) { id letter name provider typicalMinutes bookingCapacity active }
}`;
const UPDATE_SERVICE = `mutation($input: UpdateOfferingInput!) {
  updateOffering(input: $input) { id letter name bookingCapacity }
}`;
const SET_ACTIVE =
  'mutation($id: ID!, $active: Boolean!) { setOfferingActive(id: $id, active: $active) { id active } }';
const GENERATE = `mutation($weeks: Int!) { generateOpenings(input: { weeks: $weeks }) { created skipped } }`;
const ADD_SESSION = `mutation($input: OneOffOpeningInput!) { addOpening(input: $input) { id startsAt endsAt cancelled } }`;
const CLOSE = `mutation($id: ID!, $confirm: Int!) {
  closeOpening(input: { openingId: $id, confirmBookings: $confirm }) { cancelledBookings opening { id cancelled } }
}`;
const REOPEN = 'mutation($id: ID!) { reopenOpening(openingId: $id) { id cancelled } }';
const CALENDAR =
  'query($month: String!) { cornerCalendar(month: $month) { bookings opening { id startsAt cancelled } } }';
const LINES = `query($id: ID!) { openingLines(openingId: $id) { booked capacity capacityOverride offering { id } } }`;
const SET_CAPACITY = `mutation($session: ID!, $service: ID!, $capacity: Int) {
  setLineCapacity(input: { openingId: $session, offeringId: $service, capacity: $capacity }) { booked capacity capacityOverride }
}`;
const CREATE_COUNTER = `mutation($name: String!, $services: [ID!]) {
  createDesk(input: { name: $name, offeringIds: $services }) { id name active offeringIds }
}`;
const UPDATE_COUNTER = `mutation($input: UpdateDeskInput!) { updateDesk(input: $input) { id name active offeringIds } }`;
const COUNTERS = 'query($all: Boolean!) { desks(includeInactive: $all) { id name active } }';
const BOOK = `mutation($service: ID!, $session: ID!, $key: String!) {
  bookOffering(input: { offeringId: $service, openingId: $session, idempotencyKey: $key }) { id status }
}`;
const TAKE = `mutation($offeringId: ID!, $key: String!) {
  takeTicket(input: { offeringId: $offeringId, idempotencyKey: $key }) { id code }
}`;
const CALL = `mutation($offeringId: ID!, $deskId: ID!) {
  callNext(input: { offeringId: $offeringId, deskId: $deskId }) { id code status deskName }
}`;
const COUNTER_TICKET = 'query($id: ID!) { deskTicket(deskId: $id) { id code status } }';

type Service = { id: string; letter: string; name: string; bookingCapacity: number; active: boolean };
type Called = { callNext: { id: string; code: string; status: string; deskName: string } | null };

/** The month (YYYY-MM, Shanghai) an instant falls in. */
const monthOf = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 7);

describe('the corner set-up', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  /** A community with a secretary, a plain staff member, a kiosk and `residents` signed in. */
  async function community(residents = 0) {
    const { community, buildings } = await t.newCommunity();
    const secretary = await t.newStaff(community.id, StaffRole.SECRETARY);
    const staff = await t.newStaff(community.id, StaffRole.STAFF);
    const kiosk = await t.newDevice(community.id);
    const auths: Auth[] = [];
    for (let i = 0; i < residents; i++) {
      const { phone } = await t.newResident(buildings[0]);
      auths.push(await t.residentSession(kiosk.token, phone));
    }
    const sec = { token: secretary.token };
    const newService = async (letter: string, bookingCapacity = 8) => {
      const res = await t.gql<{ createOffering: Service }>(
        CREATE_SERVICE,
        { input: { letter, name: `服务${letter.toUpperCase()}`, provider: '王师傅', bookingCapacity } },
        sec,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.createOffering;
    };
    /** A session tomorrow (bookable), or open now. */
    const newSession = async (when: 'tomorrow' | 'now' = 'tomorrow') => {
      const [row] = await t.sql<{ id: string }>(
        `INSERT INTO opening (id, community_id, starts_at, ends_at, cancelled)
         VALUES (gen_random_uuid(), ?, now() + ?::interval, now() + ?::interval, false) RETURNING id`,
        [community.id, when === 'now' ? '-1 hour' : '1 day', when === 'now' ? '2 hours' : '1 day 3 hours'],
      );
      return row.id;
    };
    const newCounter = async (name: string) => {
      const res = await t.gql<{ createDesk: { id: string } }>(CREATE_COUNTER, { name, services: [] }, sec);
      expect(res.errors).toBeUndefined();
      return res.data!.createDesk.id;
    };
    return { communityId: community.id, sec, staff: { token: staff.token }, auths, newService, newSession, newCounter };
  }

  describe('offerings', () => {
    it('creates and edits an offering; a letter in use is LETTER_TAKEN (from the unique constraint), never an SQL error', async () => {
      const c = await community();
      const a = await c.newService('a', 5);
      expect(a).toMatchObject({ letter: 'A', name: '服务A', bookingCapacity: 5, active: true });
      expectError(await t.gql(CREATE_SERVICE, { input: { letter: 'A', name: '另一个' } }, c.sec), 'CONFLICT', {
        reason: 'LETTER_TAKEN',
      });
      // Five at once for one free letter: the constraint lets exactly one through.
      const racing = await Promise.all(
        [1, 2, 3, 4, 5].map((i) => t.gql(CREATE_SERVICE, { input: { letter: 'B', name: `B${i}` } }, c.sec)),
      );
      expect(racing.filter((r) => r.data).length).toBe(1);
      for (const r of racing.filter((r) => !r.data)) expectError(r, 'CONFLICT', { reason: 'LETTER_TAKEN' });
      const b = (
        await t.gql<{ allOfferings: Service[] }>('{ allOfferings { id letter } }', {}, c.sec)
      ).data!.allOfferings.find((s) => s.letter === 'B')!;
      expectError(await t.gql(UPDATE_SERVICE, { input: { id: b.id, letter: 'A', name: '改名' } }, c.sec), 'CONFLICT', {
        reason: 'LETTER_TAKEN',
      });
      const edited = await t.gql(
        UPDATE_SERVICE,
        { input: { id: b.id, letter: 'C', name: '改名', bookingCapacity: 0 } },
        c.sec,
      );
      expect(edited.data).toEqual({ updateOffering: { id: b.id, letter: 'C', name: '改名', bookingCapacity: 0 } });
      // Another community may use the same letter.
      const other = await community();
      expect((await other.newService('A')).letter).toBe('A');
    });

    it('refuses bad input field by field', async () => {
      const c = await community();
      const bad = async (input: Record<string, unknown>, field: string) => {
        const res = await t.gql(CREATE_SERVICE, { input: { letter: 'A', name: '修锁', ...input } }, c.sec);
        expectError(res, 'BAD_USER_INPUT');
        expect(Object.keys(res.errors![0].extensions!.fields as object)).toContain(field);
      };
      await bad({ letter: '1' }, 'letter');
      await bad({ letter: 'AB' }, 'letter');
      await bad({ name: '' }, 'name');
      await bad({ bookingCapacity: -1 }, 'bookingCapacity');
      await bad({ typicalMinutes: 0 }, 'typicalMinutes');
    });

    it('lets only a secretary or an admin set the corner up, in the service object as well as the schema', async () => {
      const c = await community();
      expectError(await t.gql(CREATE_SERVICE, { input: { letter: 'A', name: '修锁' } }, c.staff), 'FORBIDDEN');
      expectError(await t.gql(GENERATE, { weeks: 1 }, c.staff), 'FORBIDDEN');
      expectError(await t.gql(CREATE_COUNTER, { name: '1号台' }, c.staff), 'FORBIDDEN');
      // Reading is for every staff member (the counter view needs the counters).
      expect((await t.gql(COUNTERS, { all: false }, c.staff)).data).toEqual({ desks: [] });
      const asStaff = { principal: { communityId: c.communityId, staff: { id: randomUUID(), role: 'STAFF' } } };
      await expect(
        CornerService.createOffering(asStaff as unknown as Context, {
          letter: 'A',
          name: 'x',
          provider: '',
          typicalMinutes: 5,
          bookingCapacity: 1,
        }),
      ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    });

    it('deactivates an offering instead of deleting it, but not while residents hold bookings for it', async () => {
      const c = await community(1);
      const booked = await c.newService('A');
      const idle = await c.newService('B');
      const session = await c.newSession();
      const res = await t.gql(BOOK, { service: booked.id, session, key: randomUUID() }, c.auths[0]);
      expect(res.errors).toBeUndefined();
      expectError(await t.gql(SET_ACTIVE, { id: booked.id, active: false }, c.sec), 'CONFLICT', {
        reason: 'OFFERING_IN_USE',
        count: 1,
      });
      expect((await t.gql(SET_ACTIVE, { id: idle.id, active: false }, c.sec)).data).toEqual({
        setOfferingActive: { id: idle.id, active: false },
      });
      const kiosk = await t.gql<{ offerings: Service[] }>('{ offerings { letter } }', {}, c.auths[0]);
      expect(kiosk.data!.offerings.map((s) => s.letter)).toEqual(['A']);
      const all = await t.gql<{ allOfferings: Service[] }>('{ allOfferings { letter active } }', {}, c.sec);
      expect(all.data!.allOfferings).toEqual([
        { letter: 'A', active: true },
        { letter: 'B', active: false },
      ]);
      expect((await t.gql(SET_ACTIVE, { id: idle.id, active: true }, c.sec)).data).toEqual({
        setOfferingActive: { id: idle.id, active: true },
      });
      expectError(await t.gql(SET_ACTIVE, { id: randomUUID(), active: false }, c.sec), 'NOT_FOUND');
    });
  });

  describe('openings', () => {
    it('checks a pattern against the statutory holidays first: which days, and how far the calendar knows', async () => {
      const c = await community();
      const CHECK = `query($weeks: Int!) {
        checkOpeningPattern(input: { weeks: $weeks }) { holidays { date name nameEn } knownThrough unchecked }
      }`;
      type Check = { checkOpeningPattern: { holidays: unknown[]; knownThrough: string; unchecked: number } };
      const res = await t.gql<Check>(CHECK, { weeks: 26 }, c.sec);
      expect(res.errors).toBeUndefined();
      const slots = patternSlots({ weekdays: [3, 6], startTime: '09:00', endTime: '12:00', weeks: 26 });
      const knownThrough = holidaysKnownThrough();
      const day = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
      expect(res.data!.checkOpeningPattern).toEqual({
        holidays: slots
          .filter((s) => !workingSlots([s]).length)
          .map((s) => expect.objectContaining({ date: day(s.startsAt) })),
        knownThrough,
        unchecked: slots.filter((s) => day(s.startsAt) > knownThrough).length,
      });
      expectError(await t.gql(CHECK, { weeks: 4 }, c.staff), 'FORBIDDEN');
      const bad = await t.gql(
        'mutation { generateOpenings(input: { weeks: 1, openOnHolidays: ["10/1"] }) { created } }',
        {},
        c.sec,
      );
      expectError(bad, 'BAD_USER_INPUT');
    });

    it('generates a pattern’s openings once, however often and however concurrently it runs', async () => {
      const c = await community();
      // Statutory holidays stay closed (none is confirmed here).
      const expected = workingSlots(
        patternSlots({ weekdays: [3, 6], startTime: '09:00', endTime: '12:00', weeks: 4 }),
      ).length;
      const runs = await Promise.all(
        [1, 2, 3].map(() =>
          t.gql<{ generateOpenings: { created: number; skipped: number } }>(GENERATE, { weeks: 4 }, c.sec),
        ),
      );
      for (const r of runs) expect(r.errors).toBeUndefined();
      expect(runs.reduce((n, r) => n + r.data!.generateOpenings.created, 0)).toBe(expected);
      const rows = await t.sql<{ n: number; distinct_starts: number }>(
        'SELECT count(*)::int AS n, count(DISTINCT starts_at)::int AS distinct_starts FROM opening WHERE community_id = ?',
        [c.communityId],
      );
      expect(rows[0]).toEqual({ n: expected, distinct_starts: expected });
      const shanghai = await t.sql<{ dow: number; start: string; finish: string }>(
        `SELECT DISTINCT extract(isodow FROM starts_at AT TIME ZONE 'Asia/Shanghai')::int AS dow,
                to_char(starts_at AT TIME ZONE 'Asia/Shanghai', 'HH24:MI') AS start,
                to_char(ends_at AT TIME ZONE 'Asia/Shanghai', 'HH24:MI') AS finish
           FROM opening WHERE community_id = ? ORDER BY 1`,
        [c.communityId],
      );
      expect(shanghai).toEqual([
        { dow: 3, start: '09:00', finish: '12:00' },
        { dow: 6, start: '09:00', finish: '12:00' },
      ]);
      // A closed day stays closed when the pattern runs again.
      const [first] = await t.sql<{ id: string }>(
        'SELECT id FROM opening WHERE community_id = ? AND starts_at > now() ORDER BY starts_at DESC LIMIT 1',
        [c.communityId],
      );
      expect((await t.gql(CLOSE, { id: first.id, confirm: 0 }, c.sec)).errors).toBeUndefined();
      const again = await t.gql(GENERATE, { weeks: 4 }, c.sec);
      expect(again.data).toEqual({ generateOpenings: { created: 0, skipped: expected } });
      const [closed] = await t.sql<{ cancelled: boolean }>('SELECT cancelled FROM opening WHERE id = ?', [first.id]);
      expect(closed.cancelled).toBe(true);
    });

    it('adds a one-off opening, and refuses one at a time already taken, in the past or ending before it starts', async () => {
      const c = await community();
      const date = new Date(Date.now() + 10 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
      const added = await t.gql<{ addOpening: { id: string; startsAt: string; endsAt: string } }>(
        ADD_SESSION,
        { input: { date, startTime: '14:00', endTime: '16:30' } },
        c.sec,
      );
      expect(added.data!.addOpening.startsAt).toBe(new Date(`${date}T06:00:00Z`).toISOString());
      expect(added.data!.addOpening.endsAt).toBe(new Date(`${date}T08:30:00Z`).toISOString());
      for (const [startTime, endTime] of [
        ['14:00', '16:30'],
        ['15:00', '18:00'],
      ]) {
        expectError(await t.gql(ADD_SESSION, { input: { date, startTime, endTime } }, c.sec), 'CONFLICT', {
          reason: 'OPENING_EXISTS',
        });
      }
      expectError(
        await t.gql(ADD_SESSION, { input: { date, startTime: '12:00', endTime: '11:00' } }, c.sec),
        'BAD_USER_INPUT',
        { fields: { endTime: ['afterStart'] } },
      );
      expectError(await t.gql(ADD_SESSION, { input: { date: '2020-01-01' } }, c.sec), 'BAD_USER_INPUT', {
        fields: { date: ['inPast'] },
      });
      expectError(await t.gql(ADD_SESSION, { input: { date: '2030-02-30' } }, c.sec), 'BAD_USER_INPUT');
      const month = await t.gql<{ cornerCalendar: Array<{ opening: { id: string } }> }>(
        CALENDAR,
        { month: monthOf(added.data!.addOpening.startsAt) },
        c.staff,
      );
      expect(month.data!.cornerCalendar.map((s) => s.opening.id)).toContain(added.data!.addOpening.id);
    });

    it('closing a day cancels its bookings, frees the places, tells the residents, and needs the count confirmed', async () => {
      const c = await community(3);
      const service = await c.newService('A', 2);
      const session = await c.newSession();
      for (const auth of c.auths.slice(0, 2)) {
        expect((await t.gql(BOOK, { service: service.id, session, key: randomUUID() }, auth)).errors).toBeUndefined();
      }
      const [{ starts_at }] = await t.sql<{ starts_at: Date }>('SELECT starts_at FROM opening WHERE id = ?', [session]);
      const month = async () =>
        (
          await t.gql<{ cornerCalendar: Array<{ bookings: number; opening: { id: string; cancelled: boolean } }> }>(
            CALENDAR,
            { month: monthOf(new Date(starts_at).toISOString()) },
            c.sec,
          )
        ).data!.cornerCalendar.find((s) => s.opening.id === session)!;
      expect(await month()).toMatchObject({ bookings: 2, opening: { cancelled: false } });

      // The console showed one booking; there are two by now: nothing happens.
      expectError(await t.gql(CLOSE, { id: session, confirm: 1 }, c.sec), 'CONFLICT', {
        reason: 'BOOKINGS_CHANGED',
        count: 2,
      });
      expect(await month()).toMatchObject({ bookings: 2, opening: { cancelled: false } });

      const closed = await t.gql(CLOSE, { id: session, confirm: 2 }, c.sec);
      expect(closed.data).toEqual({
        closeOpening: { cancelledBookings: 2, opening: { id: session, cancelled: true } },
      });
      expect(await month()).toMatchObject({ bookings: 0, opening: { cancelled: true } });
      const [line] = await t.sql<{ booked: number }>('SELECT booked FROM queue_line WHERE opening_id = ?', [session]);
      expect(line.booked).toBe(0);

      // The resident sees it, with why.
      const mine = await t.gql<{ myBookings: Array<{ status: string; cancelReason: string | null }> }>(
        '{ myBookings { status cancelReason } }',
        {},
        c.auths[0],
      );
      expect(mine.data!.myBookings).toEqual([{ status: 'CANCELLED', cancelReason: 'CORNER_CLOSED' }]);
      // Nobody can book the closed day, and the kiosk does not offer it.
      expectError(await t.gql(BOOK, { service: service.id, session, key: randomUUID() }, c.auths[2]), 'NOT_FOUND');
      const offered = await t.gql<{ bookableOpenings: Array<{ opening: { id: string } }> }>(
        'query($s: ID!) { bookableOpenings(offeringId: $s) { opening { id } } }',
        { s: service.id },
        c.auths[2],
      );
      expect(offered.data!.bookableOpenings).toEqual([]);

      // Opened again: the cancelled bookings stay cancelled, and both places can be booked.
      expect((await t.gql(REOPEN, { id: session }, c.sec)).data).toEqual({
        reopenOpening: { id: session, cancelled: false },
      });
      expect(
        (await t.gql(BOOK, { service: service.id, session, key: randomUUID() }, c.auths[2])).errors,
      ).toBeUndefined();
      expect(
        (await t.gql(BOOK, { service: service.id, session, key: randomUUID() }, c.auths[0])).errors,
      ).toBeUndefined();
      const [{ n }] = await t.sql<{ n: number }>(
        "SELECT count(*)::int AS n FROM booking b JOIN queue_line l ON l.id = b.line_id WHERE l.opening_id = ? AND b.status = 'CANCELLED'",
        [session],
      );
      expect(n).toBe(2);
    });

    it('does not close an opening that has started', async () => {
      const c = await community();
      const session = await c.newSession('now');
      expectError(await t.gql(CLOSE, { id: session, confirm: 0 }, c.sec), 'CONFLICT', { reason: 'OPENING_STARTED' });
      expectError(await t.gql(CLOSE, { id: randomUUID(), confirm: 0 }, c.sec), 'NOT_FOUND');
    });

    it('a booking racing a closing is either cancelled with the others or refused, never left standing', async () => {
      const c = await community(6);
      const service = await c.newService('A', 10);
      const session = await c.newSession();
      expect(
        (await t.gql(BOOK, { service: service.id, session, key: randomUUID() }, c.auths[0])).errors,
      ).toBeUndefined();
      const results = await Promise.all([
        ...c.auths.slice(1).map((a) => t.gql(BOOK, { service: service.id, session, key: randomUUID() }, a)),
        t.gql(CLOSE, { id: session, confirm: 10 }, c.sec),
      ]);
      for (const r of results.filter((r) => r.errors)) expectError(r, 'NOT_FOUND');
      const [state] = await t.sql<{ standing: number; booked: number }>(
        `SELECT (SELECT count(*)::int FROM booking b WHERE b.line_id = l.id AND b.status = 'BOOKED') AS standing, l.booked
           FROM queue_line l WHERE l.opening_id = ?`,
        [session],
      );
      expect(state).toEqual({ standing: 0, booked: 0 });
    });

    it('an opening’s own capacity wins over the offering’s, also under concurrent bookings', async () => {
      const c = await community(8);
      const service = await c.newService('A', 8);
      const session = await c.newSession();
      const set = (capacity: number | null) =>
        t.gql<{ setLineCapacity: { booked: number; capacity: number; capacityOverride: number | null } }>(
          SET_CAPACITY,
          { session, service: service.id, capacity },
          c.sec,
        );
      expect((await set(3)).data).toEqual({ setLineCapacity: { booked: 0, capacity: 3, capacityOverride: 3 } });
      const results = await Promise.all(
        c.auths.map((a) => t.gql(BOOK, { service: service.id, session, key: randomUUID() }, a)),
      );
      expect(results.filter((r) => r.data).length).toBe(3);
      for (const r of results.filter((r) => !r.data)) expectError(r, 'CONFLICT', { reason: 'FULLY_BOOKED' });
      const places = await t.gql<{ bookableOpenings: Array<{ placesLeft: number }> }>(
        'query($s: ID!) { bookableOpenings(offeringId: $s) { placesLeft } }',
        { s: service.id },
        c.auths[0],
      );
      expect(places.data!.bookableOpenings).toEqual([{ placesLeft: 0 }]);
      expectError(await set(2), 'CONFLICT', { reason: 'CAPACITY_BELOW_BOOKED', count: 3 });
      const lines = await t.gql<{ openingLines: Array<{ booked: number; capacity: number }> }>(
        LINES,
        { id: session },
        c.staff,
      );
      expect(lines.data!.openingLines).toEqual([
        { booked: 3, capacity: 3, capacityOverride: 3, offering: { id: service.id } },
      ]);
      // Back to the service's 8: five more places.
      expect((await set(null)).data).toEqual({
        setLineCapacity: { booked: 3, capacity: 8, capacityOverride: null },
      });
      // Which three won the race is not fixed: one of those turned away books now.
      const loser = c.auths[results.findIndex((r) => !r.data)];
      expect((await t.gql(BOOK, { service: service.id, session, key: randomUUID() }, loser)).errors).toBeUndefined();
    });

    it('a capacity raised while bookings race is never overfilled', async () => {
      const c = await community(8);
      const service = await c.newService('A', 2);
      const session = await c.newSession();
      const results = await Promise.all<GqlResult<unknown>>([
        ...c.auths.map((a) => t.gql(BOOK, { service: service.id, session, key: randomUUID() }, a)),
        t.gql(SET_CAPACITY, { session, service: service.id, capacity: 5 }, c.sec),
      ]);
      expect(results.at(-1)!.errors).toBeUndefined();
      const [line] = await t.sql<{ booked: number; held: number }>(
        `SELECT l.booked, (SELECT count(*)::int FROM booking b WHERE b.line_id = l.id AND b.status = 'BOOKED') AS held
           FROM queue_line l WHERE l.opening_id = ?`,
        [session],
      );
      expect(line.booked).toBe(line.held);
      expect(line.booked).toBeGreaterThanOrEqual(2);
      expect(line.booked).toBeLessThanOrEqual(5);
    });
  });

  describe('desks', () => {
    it('creates, renames and deactivates desks; a name in use is DESK_NAME_TAKEN', async () => {
      const c = await community();
      const a = await c.newService('A');
      const b = await c.newService('B');
      const created = await t.gql<{ createDesk: { id: string; offeringIds: string[] } }>(
        CREATE_COUNTER,
        { name: '1号台', services: [b.id, a.id] },
        c.sec,
      );
      const one = created.data!.createDesk;
      expect(one.offeringIds).toEqual([a.id, b.id]);
      await c.newCounter('2号台');
      expectError(await t.gql(CREATE_COUNTER, { name: '1号台' }, c.sec), 'CONFLICT', { reason: 'DESK_NAME_TAKEN' });
      expectError(await t.gql(CREATE_COUNTER, { name: '3号台', services: [randomUUID()] }, c.sec), 'NOT_FOUND');
      expectError(await t.gql(CREATE_COUNTER, { name: '' }, c.sec), 'BAD_USER_INPUT');
      expectError(
        await t.gql(UPDATE_COUNTER, { input: { id: one.id, name: '2号台', offeringIds: [] } }, c.sec),
        'CONFLICT',
        { reason: 'DESK_NAME_TAKEN' },
      );
      const renamed = await t.gql(
        UPDATE_COUNTER,
        { input: { id: one.id, name: '东窗口', offeringIds: [a.id], active: false } },
        c.sec,
      );
      expect(renamed.data).toEqual({
        updateDesk: { id: one.id, name: '东窗口', active: false, offeringIds: [a.id] },
      });
      const listed = async (all: boolean) =>
        (await t.gql<{ desks: Array<{ name: string }> }>(COUNTERS, { all }, c.staff)).data!.desks.map((x) => x.name);
      expect(await listed(false)).toEqual(['2号台']);
      expect(await listed(true)).toEqual(['2号台', '东窗口']);
    });
  });

  describe('one open ticket per desk', () => {
    /** A corner open now with lines A and B, `tickets` residents in line A and one in line B. */
    async function openCorner(tickets: number) {
      const c = await community(tickets + 1);
      const a = await c.newService('A');
      const b = await c.newService('B');
      await c.newSession('now');
      for (const auth of c.auths.slice(0, tickets)) {
        expect((await t.gql(TAKE, { offeringId: a.id, key: randomUUID() }, auth)).errors).toBeUndefined();
      }
      expect((await t.gql(TAKE, { offeringId: b.id, key: randomUUID() }, c.auths[tickets])).errors).toBeUndefined();
      const desk = await c.newCounter('1号台');
      const call = (offeringId: string, deskId = desk) => t.gql<Called>(CALL, { offeringId, deskId }, c.staff);
      const act = (m: string, id: string) =>
        t.gql(`mutation($id: ID!) { ${m}(input: { ticketId: $id }) { status } }`, { id }, c.staff);
      return { ...c, a, b, desk, call, act };
    }

    it('refuses to call while the desk’s ticket is called or being served (DESK_BUSY naming it), in any line', async () => {
      const c = await openCorner(3);
      const first = (await c.call(c.a.id)).data!.callNext!;
      expect(first).toMatchObject({ code: 'A001', status: 'CALLED', deskName: '1号台' });
      expectError(await c.call(c.a.id), 'CONFLICT', { reason: 'DESK_BUSY', ticketCode: 'A001' });
      expectError(await c.call(c.b.id), 'CONFLICT', { reason: 'DESK_BUSY', ticketCode: 'A001' });
      expect((await t.gql(COUNTER_TICKET, { id: c.desk }, c.staff)).data).toEqual({
        deskTicket: { id: first.id, code: 'A001', status: 'CALLED' },
      });
      await c.act('startServing', first.id);
      expectError(await c.call(c.a.id), 'CONFLICT', { reason: 'DESK_BUSY', ticketCode: 'A001' });
      // Complete: free again.
      await c.act('completeTicket', first.id);
      expect((await t.gql(COUNTER_TICKET, { id: c.desk }, c.staff)).data).toEqual({ deskTicket: null });
      const second = (await c.call(c.b.id)).data!.callNext!;
      expect(second.code).toBe('B001');
      // A no-show frees it too.
      await c.act('markNoShow', second.id);
      expect((await c.call(c.a.id)).data!.callNext!.code).toBe('A002');
      // Another counter is not held up by this one.
      const other = await c.newCounter('2号台');
      expect((await c.call(c.a.id, other)).data!.callNext!.code).toBe('A003');
    });

    it('gives two tabs of one desk calling at once exactly one ticket', async () => {
      const c = await openCorner(5);
      const calls = await Promise.all([1, 2, 3, 4, 5, 6].map(() => c.call(c.a.id)));
      const won = calls.filter((r) => r.data?.callNext);
      expect(won).toHaveLength(1);
      for (const r of calls.filter((r) => !r.data?.callNext)) expectError(r, 'CONFLICT', { reason: 'DESK_BUSY' });
      const [{ n }] = await t.sql<{ n: number }>(
        "SELECT count(*)::int AS n FROM ticket WHERE desk_id = ? AND status IN ('CALLED', 'SERVING')",
        [c.desk],
      );
      expect(n).toBe(1);
    });

    it('the database itself refuses a second open ticket at a desk', async () => {
      const c = await openCorner(2);
      const first = (await c.call(c.a.id)).data!.callNext!;
      await expect(
        t.sql(
          `UPDATE ticket SET status = 'CALLED', desk_id = ?
            WHERE id = (SELECT t.id FROM ticket t WHERE t.status = 'WAITING' AND t.community_id = ? LIMIT 1)`,
          [c.desk, c.communityId],
        ),
      ).rejects.toMatchObject({ code: '23505', constraint: 'ticket_one_open_per_desk' });
      expect(first.code).toBe('A001');
    });

    it('calls only from a defined, active desk', async () => {
      const c = await openCorner(1);
      expectError(await c.call(c.a.id, randomUUID()), 'NOT_FOUND');
      await t.gql(UPDATE_COUNTER, { input: { id: c.desk, name: '1号台', active: false } }, c.sec);
      expectError(await c.call(c.a.id), 'NOT_FOUND');
      const elsewhere = await community();
      const foreign = await elsewhere.newCounter('1号台');
      expectError(await c.call(c.a.id, foreign), 'NOT_FOUND');
    });
  });
});

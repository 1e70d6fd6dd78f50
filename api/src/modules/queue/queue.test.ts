import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, expectError, untilFlowing, watch, type Auth } from '../../../test/harness.js';
import { Community } from '../community/index.js';
import { DeviceKind } from '../device/index.js';
import { StaffRole } from '../staff/index.js';
import { Desk, Offering, Opening } from '../corner/index.js';

const TAKE = `mutation($offeringId: ID!, $key: String!) {
  takeTicket(input: { offeringId: $offeringId, idempotencyKey: $key }) { id code number status ahead estimatedWaitMinutes }
}`;
const CALL = `mutation($offeringId: ID!, $deskId: ID!) {
  callNext(input: { offeringId: $offeringId, deskId: $deskId }) { id code number status deskName }
}`;

type Taken = {
  takeTicket: { id: string; code: string; number: number; status: string; ahead: number; estimatedWaitMinutes: number };
};
type Called = { callNext: { id: string; code: string; number: number; status: string; deskName: string } | null };

describe('ServiceOffering', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  /** A community whose corner is open now (or not), one service, a kiosk and `residents` signed in. */
  async function corner(opts: { open?: boolean; residents?: number } = {}) {
    const { community, buildings } = await t.newCommunity();
    const em = t.em();
    const ref = em.getReference(Community, community.id);
    const service = em.create(Offering, {
      community: ref,
      letter: 'A',
      name: '修锁配钥匙',
      provider: '王师傅',
    } as Offering);
    const now = Date.now();
    const startsAt = new Date(opts.open === false ? now + 86_400_000 : now - 3_600_000);
    em.create(Opening, {
      community: ref,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
    } as Opening);
    await em.flush();
    const kiosk = await t.newDevice(community.id);
    const sessions: Auth[] = [];
    for (let i = 0; i < (opts.residents ?? 1); i++) {
      const { phone } = await t.newResident(buildings[0]);
      sessions.push(await t.residentSession(kiosk.token, phone));
    }
    const staff = await t.newStaff(community.id, StaffRole.STAFF);
    return { service, startsAt, sessions, staff, communityId: community.id };
  }

  /** `n` counters named 1号台, 2号台 …, by name. */
  async function counters(communityId: string, n: number): Promise<Record<string, string>> {
    const em = t.em();
    const list = Array.from({ length: n }, (_, i) =>
      em.create(Desk, {
        community: em.getReference(Community, communityId),
        name: `${i + 1}号台`,
      } as Desk),
    );
    await em.flush();
    return Object.fromEntries(list.map((c) => [c.name, c.id]));
  }

  // Signing 50 residents in takes ~4 s on an idle machine and has taken over 30 s (the default
  // bound) on a loaded one. The bound is there to catch a hang; nothing here is timed.
  it('numbers 50 simultaneous tickets from different residents 1..50, without gaps or repeats', async () => {
    const { service, sessions } = await corner({ residents: 50 });
    const results = await Promise.all(
      sessions.map((auth) => t.gql<Taken>(TAKE, { offeringId: service.id, key: randomUUID() }, auth)),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const numbers = results.map((r) => r.data!.takeTicket.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const first = results.find((r) => r.data!.takeTicket.number === 1)!.data!.takeTicket;
    expect(first.code).toBe('A001');
    // Everyone before me is still waiting: each ticket counts all of them, including those
    // committed while it waited for the line.
    for (const r of results) expect(r.data!.takeTicket.ahead).toBe(r.data!.takeTicket.number - 1);
  }, 120_000);

  it('counts only the people still waiting ahead', async () => {
    const { service, sessions } = await corner({ residents: 4 });
    const take = (i: number) => t.gql<Taken>(TAKE, { offeringId: service.id, key: randomUUID() }, sessions[i]);
    const [one, two] = [(await take(0)).data!.takeTicket, (await take(1)).data!.takeTicket];
    await t.sql("UPDATE ticket SET status = 'CANCELLED' WHERE id = ?", [two.id]);
    await t.sql(
      "UPDATE ticket SET status = 'DONE', called_at = now() - interval '12 minutes', finished_at = now() WHERE id = ?",
      [one.id],
    );
    expect((await take(2)).data!.takeTicket).toMatchObject({ number: 3, ahead: 0, estimatedWaitMinutes: 0 });
    // One waiting ahead, and the line's visits take 12 minutes.
    expect((await take(3)).data!.takeTicket).toMatchObject({ number: 4, ahead: 1, estimatedWaitMinutes: 12 });
  });

  it('gives one ticket for ten identical requests (one idempotency key)', async () => {
    const { service, sessions } = await corner();
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => t.gql<Taken>(TAKE, { offeringId: service.id, key }, sessions[0])),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.data!.takeTicket.id)).size).toBe(1);
    const [{ count }] = await t.sql<{ count: string }>(
      'SELECT count(*) FROM ticket WHERE resident_id IN (SELECT resident_id FROM ticket WHERE id = ?)',
      [results[0].data!.takeTicket.id],
    );
    expect(Number(count)).toBe(1);
  });

  it('allows one open ticket per resident per line, and gives the number back', async () => {
    const { service, sessions } = await corner({ residents: 2 });
    const first = await t.gql<Taken>(TAKE, { offeringId: service.id, key: randomUUID() }, sessions[0]);
    expect(first.data!.takeTicket.number).toBe(1);
    expectError(await t.gql(TAKE, { offeringId: service.id, key: randomUUID() }, sessions[0]), 'CONFLICT', {
      reason: 'ALREADY_IN_LINE',
    });
    // The refused request's number was rolled back: the next resident gets 2, and waits behind 1.
    const second = await t.gql<Taken>(TAKE, { offeringId: service.id, key: randomUUID() }, sessions[1]);
    expect(second.data!.takeTicket).toMatchObject({ number: 2, code: 'A002', ahead: 1 });
  });

  it('ends the open tickets of an opening that has ended on the next read (EXPIRED), with the line’s event, and lets the resident take a new one', async () => {
    const { service, sessions, communityId, startsAt } = await corner({ residents: 4 });
    const MINE = '{ myTickets { id status } }';
    const first = await t.gql<Taken>(TAKE, { offeringId: service.id, key: randomUUID() }, sessions[0]);
    const display = await t.newDevice(communityId, DeviceKind.SCREEN);
    const w = watch<{ queueChanged: { offeringId: string; version: number } }>(
      t.ws({ token: display.token }),
      'subscription($s: ID) { queueChanged(offeringId: $s) { offeringId version } }',
      { s: service.id },
    );
    // Others take numbers until the display hears them.
    let n = 1;
    await untilFlowing(w, () => t.gql(TAKE, { offeringId: service.id, key: randomUUID() }, sessions[n++]));
    const [{ version: before }] = await t.sql<{ version: number }>(
      'SELECT version FROM queue_line WHERE offering_id = ?',
      [service.id],
    );
    // The opening ended an hour ago (nobody served the two tickets); another one is open now.
    await t.sql(
      `UPDATE opening SET starts_at = now() - interval '4 hours', ends_at = now() - interval '1 hour' WHERE starts_at = ?`,
      [startsAt],
    );
    await t.sql(
      `INSERT INTO opening (id, community_id, starts_at, ends_at, cancelled)
       VALUES (gen_random_uuid(), ?, now() - interval '10 minutes', now() + interval '2 hours', false)`,
      [communityId],
    );

    const mine = await t.gql<{ myTickets: Array<{ id: string }> }>(MINE, {}, sessions[0]);
    expect(mine.data!.myTickets).toEqual([]);
    const ended = await t.sql<{ status: string; finished: boolean }>(
      'SELECT status, finished_at IS NOT NULL AS finished FROM ticket WHERE line_id = (SELECT line_id FROM ticket WHERE id = ?) ORDER BY number',
      [first.data!.takeTicket.id],
    );
    expect(ended.length).toBeGreaterThan(1);
    expect(ended.every((x) => x.status === 'EXPIRED' && x.finished)).toBe(true);
    // One bump of the old line, and its event, in the same statement.
    const [{ version: after }] = await t.sql<{ version: number }>(
      'SELECT l.version FROM queue_line l JOIN ticket t ON t.line_id = l.id WHERE t.id = ?',
      [first.data!.takeTicket.id],
    );
    expect(Number(after)).toBe(Number(before) + 1);
    await w.until((e) => e.some((x) => x.queueChanged.version === Number(after)), 5000);
    w.stop();

    // A read with nothing to close changes nothing.
    expect((await t.gql<{ myTickets: unknown[] }>(MINE, {}, sessions[1])).data!.myTickets).toEqual([]);
    // Nothing blocks a new ticket for that offering: number 1 of the new opening's line.
    const again = await t.gql<Taken>(TAKE, { offeringId: service.id, key: randomUUID() }, sessions[0]);
    expect(again.errors).toBeUndefined();
    expect(again.data!.takeTicket).toMatchObject({ number: 1, status: 'WAITING', ahead: 0 });
  });

  it('says when the corner opens instead of taking a ticket while it is closed', async () => {
    const { service, sessions, startsAt } = await corner({ open: false });
    expectError(await t.gql(TAKE, { offeringId: service.id, key: randomUUID() }, sessions[0]), 'CONFLICT', {
      reason: 'CORNER_CLOSED',
      opensAt: startsAt.toISOString(),
    });
  });

  it('never gives two desks calling at once the same ticket', async () => {
    const { service, sessions, staff, communityId } = await corner({ residents: 6 });
    const desks = await counters(communityId, 8);
    for (const auth of sessions) await t.gql(TAKE, { offeringId: service.id, key: randomUUID() }, auth);
    const calls = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.gql<Called>(CALL, { offeringId: service.id, deskId: desks[`${i + 1}号台`] }, { token: staff.token }),
      ),
    );
    for (const c of calls) expect(c.errors).toBeUndefined();
    const called = calls.map((c) => c.data!.callNext).filter((x) => x !== null);
    expect(called.map((c) => c.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(calls.filter((c) => c.data!.callNext === null)).toHaveLength(2);
    expect(called.every((c) => c.status === 'CALLED')).toBe(true);
  });

  it('lets only residents take tickets and only staff call them', async () => {
    const { service, sessions, staff } = await corner();
    expectError(await t.gql(TAKE, { offeringId: service.id, key: randomUUID() }, { token: staff.token }), 'FORBIDDEN');
    expectError(
      await t.gql(
        CALL,
        { offeringId: service.id, deskId: randomUUID() },
        { token: sessions[0].token, residentToken: sessions[0].residentToken },
      ),
      'FORBIDDEN',
    );
    expectError(await t.gql(TAKE, { offeringId: service.id, key: 'short' }, sessions[0]), 'BAD_USER_INPUT');
  });

  const BOARD = `query($offeringId: ID) {
    cornerBoard(offeringId: $offeringId) {
      version waitingCount servedCount noShowCount
      nowServing { code status deskName }
      waiting { code ahead estimatedWaitMinutes }
    }
  }`;
  type Board = {
    cornerBoard: Array<{
      version: number;
      waitingCount: number;
      servedCount: number;
      noShowCount: number;
      nowServing: Array<{ code: string; status: string; deskName: string }>;
      waiting: Array<{ code: string; ahead: number; estimatedWaitMinutes: number }>;
    }>;
  };

  it('runs a line through call, serve, complete and no-show, and shows it on the board', async () => {
    const { service, sessions, staff, communityId } = await corner({ residents: 4 });
    const desks = await counters(communityId, 2);
    const staffAuth = { token: staff.token };
    for (const auth of sessions) await t.gql(TAKE, { offeringId: service.id, key: randomUUID() }, auth);
    const call = (deskId: string) => t.gql<Called>(CALL, { offeringId: service.id, deskId }, staffAuth);
    const first = (await call(desks['1号台'])).data!.callNext!;
    const second = (await call(desks['2号台'])).data!.callNext!;
    expect([first.deskName, second.deskName]).toEqual(['1号台', '2号台']);
    const act = (m: string, ticketId: string) =>
      t.gql(`mutation($id: ID!) { ${m}(input: { ticketId: $id }) { code status } }`, { id: ticketId }, staffAuth);
    expect((await act('startServing', first.id)).data).toEqual({ startServing: { code: 'A001', status: 'SERVING' } });
    expect((await act('completeTicket', first.id)).data).toEqual({ completeTicket: { code: 'A001', status: 'DONE' } });
    expect((await act('markNoShow', second.id)).data).toEqual({ markNoShow: { code: 'A002', status: 'NO_SHOW' } });
    // Someone else already finished it: a second counter's click is a clear conflict.
    expectError(await act('completeTicket', first.id), 'CONFLICT', { reason: 'TICKET_STATE' });
    expectError(await act('completeTicket', randomUUID()), 'NOT_FOUND');

    const board = (await t.gql<Board>(BOARD, { offeringId: service.id }, staffAuth)).data!.cornerBoard[0];
    expect(board).toMatchObject({ waitingCount: 2, servedCount: 1, noShowCount: 1, nowServing: [] });
    expect(board.waiting.map((w) => [w.code, w.ahead])).toEqual([
      ['A003', 0],
      ['A004', 1],
    ]);
    expect(board.waiting[1].estimatedWaitMinutes).toBeGreaterThanOrEqual(0);
  });

  it('lets a resident leave the line, but not cancel somebody else’s ticket', async () => {
    const { service, sessions } = await corner({ residents: 2 });
    const mine = (await t.gql<Taken>(TAKE, { offeringId: service.id, key: randomUUID() }, sessions[0])).data!
      .takeTicket;
    const cancel = 'mutation($id: ID!) { cancelMyTicket(input: { ticketId: $id }) { status } }';
    expectError(await t.gql(cancel, { id: mine.id }, sessions[1]), 'NOT_FOUND');
    expect((await t.gql(cancel, { id: mine.id }, sessions[0])).data).toEqual({
      cancelMyTicket: { status: 'CANCELLED' },
    });
    // Out of the line, the resident may queue again.
    const again = await t.gql<Taken>(TAKE, { offeringId: service.id, key: randomUUID() }, sessions[0]);
    expect(again.data!.takeTicket.number).toBe(2);
  });

  it('transfers a ticket to another line with that line’s next number', async () => {
    const { service, sessions, staff, communityId } = await corner({ residents: 1 });
    const em = t.em();
    const other = em.create(Offering, {
      community: em.getReference(Community, communityId),
      letter: 'B',
      name: '家电调试',
    } as Offering);
    await em.flush();
    const taken = (await t.gql<Taken>(TAKE, { offeringId: service.id, key: randomUUID() }, sessions[0])).data!
      .takeTicket;
    const transfer =
      'mutation($id: ID!, $to: ID!) { transferTicket(input: { ticketId: $id, toOfferingId: $to }) { code status } }';
    const moved = await t.gql(transfer, { id: taken.id, to: other.id }, { token: staff.token });
    expect(moved.data).toEqual({ transferTicket: { code: 'B001', status: 'WAITING' } });
    const [old] = await t.sql<{ status: string }>('SELECT status FROM ticket WHERE id = ?', [taken.id]);
    expect(old.status).toBe('CANCELLED');
    // Moving it again from the cancelled ticket is a conflict, not a second B ticket.
    expectError(await t.gql(transfer, { id: taken.id, to: other.id }, { token: staff.token }), 'CONFLICT', {
      reason: 'TICKET_STATE',
    });
  });

  it('pushes small versioned events to a display over a real WebSocket', async () => {
    const { service, sessions, staff, communityId } = await corner({ residents: 3 });
    const display = await t.newDevice(communityId, DeviceKind.SCREEN);
    const w = watch<{ queueChanged: { offeringId: string; version: number } }>(
      t.ws({ token: display.token }),
      'subscription($s: ID) { queueChanged(offeringId: $s) { offeringId version } }',
      { s: service.id },
    );
    let n = 0;
    await untilFlowing(w, () => t.gql(TAKE, { offeringId: service.id, key: randomUUID() }, sessions[n++]));
    const desks = await counters(communityId, 1);
    await t.gql(CALL, { offeringId: service.id, deskId: desks['1号台'] }, { token: staff.token });
    // The call's own event (a warm-up one may still arrive late, so not just "one more").
    const [{ version }] = await t.sql<{ version: number }>('SELECT version FROM queue_line WHERE offering_id = ?', [
      service.id,
    ]);
    await w.until((e) => e.some((x) => x.queueChanged.version === Number(version)), 5000);
    const versions = w.events.map((e) => e.queueChanged.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(w.events.every((e) => e.queueChanged.offeringId === service.id)).toBe(true);
    w.stop();
  });

  describe('calling a given number', () => {
    const CALL_NUMBER = `mutation($offeringId: ID!, $deskId: ID!, $number: Int) {
      callNext(input: { offeringId: $offeringId, deskId: $deskId, number: $number }) { id code number status deskName }
    }`;

    /** An open corner with `tickets` residents in line A (and `spare` more signed in), `desks` counters, and a caller per counter name. */
    async function line(tickets: number, desks = 2, spare = 0) {
      const c = await corner({ residents: tickets + spare });
      for (const auth of c.sessions.slice(0, tickets)) {
        expect((await t.gql(TAKE, { offeringId: c.service.id, key: randomUUID() }, auth)).errors).toBeUndefined();
      }
      const ids = await counters(c.communityId, desks);
      const staffAuth = { token: c.staff.token };
      const call = (desk: string, number?: number) =>
        t.gql<Called>(CALL_NUMBER, { offeringId: c.service.id, deskId: ids[desk], number }, staffAuth);
      const act = (m: string, id: string) =>
        t.gql(`mutation($id: ID!) { ${m}(input: { ticketId: $id }) { status } }`, { id }, staffAuth);
      const board = async () =>
        (await t.gql<Board>(BOARD, { offeringId: c.service.id }, staffAuth)).data!.cornerBoard[0];
      return { ...c, ids, call, act, board };
    }

    it('calls that waiting number out of turn, bumps the line and tells the displays', async () => {
      const c = await line(0, 2, 6);
      const display = await t.newDevice(c.communityId, DeviceKind.SCREEN);
      const w = watch<{ queueChanged: { version: number } }>(
        t.ws({ token: display.token }),
        'subscription($s: ID) { queueChanged(offeringId: $s) { version } }',
        { s: c.service.id },
      );
      let n = 0;
      const take = () => t.gql(TAKE, { offeringId: c.service.id, key: randomUUID() }, c.sessions[n++]);
      await untilFlowing(w, take);
      while (n < 4) await take();
      const before = (await c.board()).version;

      const res = await c.call('1号台', 3);
      expect(res.errors).toBeUndefined();
      expect(res.data!.callNext).toMatchObject({ code: 'A003', number: 3, status: 'CALLED', deskName: '1号台' });
      const after = await c.board();
      expect(after.version).toBe(before + 1);
      expect(after.nowServing.map((x) => x.code)).toEqual(['A003']);
      expect(after.waiting.map((x) => [x.code, x.ahead])).toEqual([
        ['A001', 0],
        ['A002', 1],
        ['A004', 2],
      ]);
      await w.until((e) => e.some((x) => x.queueChanged.version === after.version), 5000);
      w.stop();
      // Calling next still takes the lowest waiting number.
      expect((await c.call('2号台')).data!.callNext).toMatchObject({ code: 'A001', deskName: '2号台' });
    });

    it('refuses a number that is not waiting (TICKET_NOT_WAITING) or was never issued (TICKET_UNKNOWN)', async () => {
      const c = await line(3, 3);
      const first = (await c.call('1号台', 2)).data!.callNext!;
      // Called elsewhere, then finished: not waiting, and the error says what it is now.
      expectError(await c.call('2号台', 2), 'CONFLICT', {
        reason: 'TICKET_NOT_WAITING',
        ticketCode: 'A002',
        ticketStatus: 'CALLED',
      });
      await c.act('completeTicket', first.id);
      expectError(await c.call('2号台', 2), 'CONFLICT', {
        reason: 'TICKET_NOT_WAITING',
        ticketCode: 'A002',
        ticketStatus: 'DONE',
      });
      const [{ id: cancelled }] = await t.sql<{ id: string }>(
        "UPDATE ticket SET status = 'CANCELLED' WHERE number = 3 AND line_id IN (SELECT line_id FROM ticket WHERE id = ?) RETURNING id",
        [first.id],
      );
      expect(cancelled).toBeDefined();
      expectError(await c.call('2号台', 3), 'CONFLICT', { reason: 'TICKET_NOT_WAITING', ticketStatus: 'CANCELLED' });
      expectError(await c.call('2号台', 99), 'NOT_FOUND', { reason: 'TICKET_UNKNOWN', ticketCode: 'A099' });
      expectError(await c.call('2号台', 0), 'BAD_USER_INPUT');
      // None of these left a trace: the counter is free and calls the next waiting one.
      expect((await c.call('2号台')).data!.callNext).toMatchObject({ code: 'A001', deskName: '2号台' });
    });

    it('of eight desks calling one number at once, exactly one gets it; the rest hear TICKET_NOT_WAITING', async () => {
      const c = await line(3, 8);
      for (const number of [2, 3]) {
        const calls = await Promise.all(Object.keys(c.ids).map((desk) => c.call(desk, number)));
        const won = calls.filter((r) => r.data?.callNext);
        expect(won).toHaveLength(1);
        expect(won[0].data!.callNext!.number).toBe(number);
        for (const r of calls.filter((r) => !r.data?.callNext)) {
          expectError(r, 'CONFLICT', { reason: 'TICKET_NOT_WAITING', ticketStatus: 'CALLED' });
        }
        await c.act('completeTicket', won[0].data!.callNext!.id);
      }
      const rows = await t.sql<{ number: number; status: string; deskName: string | null }>(
        `SELECT t.number, t.status, t.desk_name FROM ticket t JOIN queue_line l ON l.id = t.line_id
          WHERE l.offering_id = ? ORDER BY t.number`,
        [c.service.id],
      );
      expect(rows.map((r) => [r.number, r.status])).toEqual([
        [1, 'WAITING'],
        [2, 'DONE'],
        [3, 'DONE'],
      ]);
    });

    it('is DESK_BUSY while the desk has a ticket open, also for two tabs calling at once', async () => {
      const c = await line(4);
      const first = (await c.call('1号台', 1)).data!.callNext!;
      expectError(await c.call('1号台', 2), 'CONFLICT', { reason: 'DESK_BUSY', ticketCode: 'A001' });
      await c.act('startServing', first.id);
      expectError(await c.call('1号台', 2), 'CONFLICT', { reason: 'DESK_BUSY', ticketCode: 'A001' });
      // Busy wins over the number's own state: a counter still serving hears that first.
      expectError(await c.call('1号台', 99), 'CONFLICT', { reason: 'DESK_BUSY' });
      await c.act('completeTicket', first.id);
      // Two tabs of the freed counter, each calling another number at the same moment: one ticket.
      const calls = await Promise.all([2, 3, 4].map((n) => c.call('1号台', n)));
      expect(calls.filter((r) => r.data?.callNext)).toHaveLength(1);
      for (const r of calls.filter((r) => !r.data?.callNext)) expectError(r, 'CONFLICT', { reason: 'DESK_BUSY' });
      const [{ n }] = await t.sql<{ n: number }>(
        "SELECT count(*)::int AS n FROM ticket WHERE desk_id = ? AND status IN ('CALLED', 'SERVING')",
        [c.ids['1号台']],
      );
      expect(n).toBe(1);
    });
  });
});

describe('ServiceOffering board statements', () => {
  it('reads the board in a fixed number of statements, however many tickets', async () => {
    let counting = false;
    let statements = 0;
    const t = await TestApp.start({ onQuery: () => counting && statements++ });
    try {
      const { community, buildings } = await t.newCommunity();
      const em = t.em();
      const ref = em.getReference(Community, community.id);
      const service = em.create(Offering, { community: ref, letter: 'B', name: '理发' } as Offering);
      em.create(Opening, {
        community: ref,
        startsAt: new Date(Date.now() - 3_600_000),
        endsAt: new Date(Date.now() + 3_600_000),
      } as Opening);
      await em.flush();
      const kiosk = await t.newDevice(community.id);
      const staff = await t.newStaff(community.id, StaffRole.STAFF);
      const count = async () => {
        statements = 0;
        counting = true;
        const res = await t.gql(
          '{ cornerBoard { waitingCount waiting { code } nowServing { code } } }',
          {},
          { token: staff.token },
        );
        counting = false;
        expect(res.errors).toBeUndefined();
        return statements;
      };
      const take = async (n: number) => {
        for (let i = 0; i < n; i++) {
          const { phone } = await t.newResident(buildings[0]);
          await t.gql(TAKE, { offeringId: service.id, key: randomUUID() }, await t.residentSession(kiosk.token, phone));
        }
      };
      await take(3);
      const few = await count();
      await take(12);
      expect(await count()).toBe(few);
    } finally {
      await t.stop();
    }
  });
});

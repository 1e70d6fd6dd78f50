import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusedAtCommit, failCommitsWhere, hearEvents } from '../../../test/events.js';
import { bookingCorner, openCorner as openTestCorner } from '../../../test/booking-corner.js';
import { TestApp, type Auth } from '../../../test/harness.js';

const TAKE = `mutation($offeringId: ID!, $key: String!) { takeTicket(input: { offeringId: $offeringId, idempotencyKey: $key }) { id } }`;
const CALL = `mutation($offeringId: ID!, $deskId: ID!) { callNext(input: { offeringId: $offeringId, deskId: $deskId }) { id } }`;
const SERVE = `mutation($id: ID!) { startServing(input: { ticketId: $id }) { id } }`;
const TRANSFER = `mutation($id: ID!, $to: ID!) { transferTicket(input: { ticketId: $id, toOfferingId: $to }) { id } }`;

/**
 * Every change of a queue line publishes QUEUE_CHANGED inside its own transaction. Each test
 * makes one mutation's commit fail (after all its statements ran, NOTIFY included), then lets the
 * same mutation succeed: the first event heard must be the second one's.
 */
describe('queue events leave with their change only', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The refused commits are unexpected errors to the API, which logs them: quiet here.
    t = await TestApp.start({ config: { logLevel: 'silent' } });
  });
  afterAll(() => t.stop());

  async function openCorner() {
    const corner = await openTestCorner(t);
    const { a } = corner;
    const take = async (who: Auth, key = randomUUID()) => {
      const res = await t.gql<{ takeTicket: { id: string } }>(TAKE, { offeringId: a.id, key }, who);
      expect(res.errors).toBeUndefined();
      return res.data!.takeTicket.id;
    };
    return { ...corner, take };
  }

  const version = (lineService: string) =>
    t
      .sql<{ version: number }>('SELECT version FROM queue_line WHERE offering_id = ?', [lineService])
      .then((r) => Number(r[0]?.version ?? 0));

  it('takeTicket', async () => {
    const c = await openCorner();
    const refused = randomUUID();
    await failCommitsWhere(t, 'ticket', `NEW.idempotency_key = '${refused}'`);
    const events = await hearEvents(t);
    try {
      expectRefusedAtCommit(await t.gql(TAKE, { offeringId: c.a.id, key: refused }, c.residents[0]));
      await c.take(c.residents[1]);
      const first = await events.first('QUEUE_CHANGED');
      expect(first.d).toMatchObject({ communityId: c.communityId, offeringId: c.a.id, version: await version(c.a.id) });
      expect(first.d.version).toBe(1);
    } finally {
      await events.stop();
    }
  });

  it('callNext and startServing', async () => {
    const c = await openCorner();
    await c.take(c.residents[0]);
    await c.take(c.residents[1]);
    await failCommitsWhere(t, 'ticket', `NEW.desk_name = '1号台'`);
    await failCommitsWhere(t, 'ticket', `NEW.status = 'SERVING'`);
    const events = await hearEvents(t);
    try {
      expectRefusedAtCommit(await t.gql(CALL, { offeringId: c.a.id, deskId: c.counters[0].id }, c.staff));
      const called = await t.gql<{ callNext: { id: string } }>(
        CALL,
        { offeringId: c.a.id, deskId: c.counters[1].id },
        c.staff,
      );
      expect(called.errors).toBeUndefined();
      expect((await events.first('QUEUE_CHANGED')).d.version).toBe(3);
      expectRefusedAtCommit(await t.gql(SERVE, { id: called.data!.callNext.id }, c.staff));
      expect(events.heard).toHaveLength(1);
      expect(await version(c.a.id)).toBe(3);
    } finally {
      await events.stop();
    }
  });

  it('transferTicket', async () => {
    const c = await openCorner();
    const ticket = await c.take(c.residents[0]);
    await failCommitsWhere(t, 'ticket', `NEW.idempotency_key LIKE 'transfer:%'`);
    const events = await hearEvents(t);
    try {
      expectRefusedAtCommit(await t.gql(TRANSFER, { id: ticket, to: c.b.id }, c.staff));
      // Nothing moved: the ticket still waits in A, and B has no line.
      expect(await t.sql(`SELECT status FROM ticket WHERE id = ?`, [ticket])).toEqual([{ status: 'WAITING' }]);
      expect(await version(c.b.id)).toBe(0);
      const other = await c.take(c.residents[1]);
      const first = await events.first('QUEUE_CHANGED');
      expect(first.d).toMatchObject({ offeringId: c.a.id, version: 2 });
      expect(first.d.moved).toBeUndefined();
      expect(other).toBeTruthy();
    } finally {
      await events.stop();
    }
  });

  it('bookOffering and cancelBooking (a line of a later opening)', async () => {
    const { service, sessions, auths } = await bookingCorner(t, { capacity: 3, residents: 2 });
    await failCommitsWhere(t, 'booking', `NEW.problem = 'rolled back'`);
    const events = await hearEvents(t);
    try {
      const book = (who: Auth, problem: string) =>
        t.gql<{ bookOffering: { id: string } }>(
          `mutation($s: ID!, $o: ID!, $k: String!, $p: String!) {
             bookOffering(input: { offeringId: $s, openingId: $o, idempotencyKey: $k, problem: $p }) { id } }`,
          { s: service.id, o: sessions[0].id, k: randomUUID(), p: problem },
          who,
        );
      expectRefusedAtCommit(await book(auths[0], 'rolled back'));
      const booked = await book(auths[1], '钥匙断了');
      expect(booked.errors).toBeUndefined();
      expect((await events.first('QUEUE_CHANGED')).d).toMatchObject({ openingId: sessions[0].id, version: 1 });
      const [{ booked: places }] = await t.sql<{ booked: number }>(
        'SELECT booked FROM queue_line WHERE opening_id = ?',
        [sessions[0].id],
      );
      expect(Number(places)).toBe(1);
      const cancel = await t.gql(
        'mutation($b: ID!) { cancelBooking(input: { bookingId: $b }) { id } }',
        { b: booked.data!.bookOffering.id },
        auths[1],
      );
      expect(cancel.errors).toBeUndefined();
      expect((await events.take('QUEUE_CHANGED', 2)).map((e) => e.d.version)).toEqual([1, 2]);
    } finally {
      await events.stop();
    }
  });
});

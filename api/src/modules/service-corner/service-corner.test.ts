import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, expectError, type Auth } from '../../../test/harness.js';
import { Community } from '../community/community.entity.js';
import { StaffRole } from '../staff/staff-user.entity.js';
import { CornerService, CornerSession } from './service-corner.entity.js';

const TAKE = `mutation($serviceId: ID!, $key: String!) {
  takeTicket(input: { serviceId: $serviceId, idempotencyKey: $key }) { id code number status ahead estimatedWaitMinutes }
}`;
const CALL = `mutation($serviceId: ID!, $counter: String!) {
  callNext(input: { serviceId: $serviceId, counter: $counter }) { id code number status counter }
}`;

type Taken = { takeTicket: { id: string; code: string; number: number; status: string; ahead: number } };
type Called = { callNext: { id: string; code: string; number: number; status: string; counter: string } | null };

describe('ServiceCornerService', () => {
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
    const service = em.create(CornerService, {
      community: ref,
      letter: 'A',
      name: '修锁配钥匙',
      provider: '王师傅',
    } as CornerService);
    const now = Date.now();
    const startsAt = new Date(opts.open === false ? now + 86_400_000 : now - 3_600_000);
    em.create(CornerSession, {
      community: ref,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
    } as CornerSession);
    await em.flush();
    const kiosk = await t.newDevice(community.id);
    const sessions: Auth[] = [];
    for (let i = 0; i < (opts.residents ?? 1); i++) {
      const { phone } = await t.newResident(buildings[0]);
      sessions.push(await t.residentSession(kiosk.token, phone));
    }
    const staff = await t.newStaff(community.id, StaffRole.STAFF);
    return { service, startsAt, sessions, staff };
  }

  it('numbers 50 simultaneous tickets from different residents 1..50, without gaps or repeats', async () => {
    const { service, sessions } = await corner({ residents: 50 });
    const results = await Promise.all(
      sessions.map((auth) => t.gql<Taken>(TAKE, { serviceId: service.id, key: randomUUID() }, auth)),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const numbers = results.map((r) => r.data!.takeTicket.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const first = results.find((r) => r.data!.takeTicket.number === 1)!.data!.takeTicket;
    expect(first.code).toBe('A001');
  });

  it('gives one ticket for ten identical requests (one idempotency key)', async () => {
    const { service, sessions } = await corner();
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => t.gql<Taken>(TAKE, { serviceId: service.id, key }, sessions[0])),
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
    const first = await t.gql<Taken>(TAKE, { serviceId: service.id, key: randomUUID() }, sessions[0]);
    expect(first.data!.takeTicket.number).toBe(1);
    expectError(await t.gql(TAKE, { serviceId: service.id, key: randomUUID() }, sessions[0]), 'CONFLICT', {
      reason: 'ALREADY_IN_LINE',
    });
    // The refused request's number was rolled back: the next resident gets 2, and waits behind 1.
    const second = await t.gql<Taken>(TAKE, { serviceId: service.id, key: randomUUID() }, sessions[1]);
    expect(second.data!.takeTicket).toMatchObject({ number: 2, code: 'A002', ahead: 1 });
  });

  it('says when the corner opens instead of taking a ticket while it is closed', async () => {
    const { service, sessions, startsAt } = await corner({ open: false });
    expectError(await t.gql(TAKE, { serviceId: service.id, key: randomUUID() }, sessions[0]), 'CONFLICT', {
      reason: 'CORNER_CLOSED',
      opensAt: startsAt.toISOString(),
    });
  });

  it('never gives two counters calling at once the same ticket', async () => {
    const { service, sessions, staff } = await corner({ residents: 6 });
    for (const auth of sessions) await t.gql(TAKE, { serviceId: service.id, key: randomUUID() }, auth);
    const calls = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.gql<Called>(CALL, { serviceId: service.id, counter: `${i + 1}号台` }, { token: staff.token }),
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
    expectError(await t.gql(TAKE, { serviceId: service.id, key: randomUUID() }, { token: staff.token }), 'FORBIDDEN');
    expectError(
      await t.gql(
        CALL,
        { serviceId: service.id, counter: '1' },
        { token: sessions[0].token, residentToken: sessions[0].residentToken },
      ),
      'FORBIDDEN',
    );
    expectError(await t.gql(TAKE, { serviceId: service.id, key: 'short' }, sessions[0]), 'BAD_USER_INPUT');
  });
});

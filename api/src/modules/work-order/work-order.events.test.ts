import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusedAtCommit, failCommitsWhere, hearEvents } from '../../../test/events.js';
import { TestApp } from '../../../test/harness.js';
import { Community } from '../community/index.js';
import { CornerCounter, CornerService, CornerSession } from '../service-corner/index.js';
import { StaffRole } from '../staff/index.js';

const CREATE = `mutation($input: CreateWorkOrderInput!) { createWorkOrder(input: $input) { id } }`;

describe('work-order events leave with their change only', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The refused commit is an unexpected error to the API, which logs it: quiet here.
    t = await TestApp.start({ config: { logLevel: 'silent' } });
  });
  afterAll(() => t.stop());

  it('sends no QUEUE_CHANGED for the ticket a rolled-back work order would have completed', async () => {
    const { community, buildings } = await t.newCommunity();
    const em = t.em();
    const ref = em.getReference(Community, community.id);
    const service = em.create(CornerService, { community: ref, letter: 'A', name: '家电调试' } as CornerService);
    const startsAt = new Date(Date.now() - 3_600_000);
    em.create(CornerSession, {
      community: ref,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
    } as CornerSession);
    const counters = ['1号台', '2号台'].map((name) =>
      em.create(CornerCounter, { community: ref, name } as CornerCounter),
    );
    await em.flush();
    const kiosk = await t.newDevice(community.id);
    const staff = await t.newStaff(community.id, StaffRole.STAFF);
    const called: string[] = [];
    for (const counter of counters) {
      const who = await t.residentSession(kiosk.token, (await t.newResident(buildings[0])).phone);
      const take = await t.gql(
        `mutation($s: ID!, $k: String!) { takeTicket(input: { serviceId: $s, idempotencyKey: $k }) { id } }`,
        { s: service.id, k: crypto.randomUUID() },
        who,
      );
      expect(take.errors).toBeUndefined();
      const call = await t.gql<{ callNext: { id: string } }>(
        `mutation($s: ID!, $c: ID!) { callNext(input: { serviceId: $s, counterId: $c }) { id } }`,
        { s: service.id, c: counter.id },
        staff,
      );
      called.push(call.data!.callNext.id);
    }
    await failCommitsWhere(t, 'work_order', `NEW.description = 'rolled back'`);
    const events = await hearEvents(t);
    try {
      const create = (ticketId: string, description: string) =>
        t.gql(CREATE, { input: { ticketId, description, owner: '李师傅', dueDate: '2099-01-01' } }, staff);
      expectRefusedAtCommit(await create(called[0], 'rolled back'));
      // The ticket was not completed: it is still called at its counter.
      expect(await t.sql('SELECT status FROM ticket WHERE id = ?', [called[0]])).toEqual([{ status: 'CALLED' }]);
      expect((await create(called[1], 'kept')).errors).toBeUndefined();
      const [{ version }] = await t.sql<{ version: number }>('SELECT version FROM queue_line WHERE service_id = ?', [
        service.id,
      ]);
      expect((await events.first('QUEUE_CHANGED')).d).toMatchObject({
        serviceId: service.id,
        version: Number(version),
      });
    } finally {
      await events.stop();
    }
  });
});

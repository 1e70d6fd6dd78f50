import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusedAtCommit, failCommitsWhere, hearEvents } from '../../../test/events.js';
import { TestApp } from '../../../test/harness.js';
import { openCorner } from '../../../test/booking-corner.js';

const CREATE = `mutation($input: CreateWorkOrderInput!) { createWorkOrder(input: $input) { id } }`;

describe('work-order events leave with their change only', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The refused commit is an unexpected error to the API, which logs it: quiet here.
    t = await TestApp.start({ config: { logLevel: 'silent' } });
  });
  afterAll(() => t.stop());

  it('sends no QUEUE_CHANGED for the ticket a rolled-back work order would have completed', async () => {
    const { a: service, counters, residents, staff } = await openCorner(t);
    const called: string[] = [];
    for (const [i, counter] of counters.entries()) {
      const who = residents[i];
      const take = await t.gql(
        `mutation($s: ID!, $k: String!) { takeTicket(input: { offeringId: $s, idempotencyKey: $k }) { id } }`,
        { s: service.id, k: crypto.randomUUID() },
        who,
      );
      expect(take.errors).toBeUndefined();
      const call = await t.gql<{ callNext: { id: string } }>(
        `mutation($s: ID!, $c: ID!) { callNext(input: { offeringId: $s, deskId: $c }) { id } }`,
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
      const [{ version }] = await t.sql<{ version: number }>('SELECT version FROM queue_line WHERE offering_id = ?', [
        service.id,
      ]);
      expect((await events.first('QUEUE_CHANGED')).d).toMatchObject({
        offeringId: service.id,
        version: Number(version),
      });
    } finally {
      await events.stop();
    }
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, expectError } from '../../../test/harness.js';
import { localDate } from '../../platform/time.js';
import { Community } from '../community/index.js';
import { Desk, Offering, Opening } from '../corner/index.js';
import { StaffRole } from '../staff/index.js';

const CREATE = `mutation($ticket: ID!, $due: String!) {
  createWorkOrder(input: { ticketId: $ticket, description: "锁芯要换,需订配件", owner: "王师傅", dueDate: $due }) {
    id status owner dueDate overdue ticketCode offeringName residentName
  }
}`;
type Created = { createWorkOrder: { id: string; status: string; ticketCode: string; offeringName: string } };

describe('WorkOrderService', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  /** An open corner, a resident holding a called ticket, and a staff member. */
  async function calledTicket() {
    const { community, buildings } = await t.newCommunity();
    const em = t.em();
    const ref = em.getReference(Community, community.id);
    const service = em.create(Offering, { community: ref, letter: 'A', name: '修锁配钥匙' } as Offering);
    const counter = em.create(Desk, { community: ref, name: '1号台' } as Desk);
    em.create(Opening, {
      community: ref,
      startsAt: new Date(Date.now() - 3_600_000),
      endsAt: new Date(Date.now() + 3_600_000),
    } as Opening);
    await em.flush();
    const kiosk = await t.newDevice(community.id);
    const { phone } = await t.newResident(buildings[0], { name: '李大爷' });
    const resident = await t.residentSession(kiosk.token, phone);
    const staff = await t.newStaff(community.id, StaffRole.STAFF);
    const take = await t.gql<{ takeTicket: { id: string } }>(
      'mutation($s: ID!, $k: String!) { takeTicket(input: { offeringId: $s, idempotencyKey: $k }) { id } }',
      { s: service.id, k: randomUUID() },
      resident,
    );
    const ticketId = take.data!.takeTicket.id;
    return { service, counter, resident, staff: { token: staff.token }, ticketId };
  }

  it('turns a served ticket into a work order the resident follows until it is closed', async () => {
    const { service, counter, resident, staff, ticketId } = await calledTicket();
    // Still waiting: nothing was tried on the spot yet.
    expectError(await t.gql(CREATE, { ticket: ticketId, due: localDate() }, staff), 'CONFLICT', {
      reason: 'TICKET_STATE',
    });
    await t.gql(
      'mutation($s: ID!, $c: ID!) { callNext(input: { offeringId: $s, deskId: $c }) { id } }',
      { s: service.id, c: counter.id },
      staff,
    );
    const created = await t.gql<Created>(CREATE, { ticket: ticketId, due: localDate() }, staff);
    expect(created.data!.createWorkOrder).toMatchObject({
      status: 'OPEN',
      ticketCode: 'A001',
      offeringName: '修锁配钥匙',
      residentName: '李大爷',
    });
    const id = created.data!.createWorkOrder.id;
    // The ticket was completed with it, and a ticket has one work order.
    const [ticket] = await t.sql<{ status: string }>('SELECT status FROM ticket WHERE id = ?', [ticketId]);
    expect(ticket.status).toBe('DONE');
    expectError(await t.gql(CREATE, { ticket: ticketId, due: localDate() }, staff), 'CONFLICT', {
      reason: 'WORK_ORDER_EXISTS',
    });

    await t.gql(
      'mutation($id: ID!) { addWorkOrderNote(input: { workOrderId: $id, text: "已订锁芯,周三上门" }) { id } }',
      { id },
      staff,
    );
    const mine = await t.gql<{ myRepairs: Array<{ status: string; notes: Array<{ text: string }> }> }>(
      '{ myRepairs { status notes { text } } }',
      {},
      resident,
    );
    expect(mine.data!.myRepairs).toEqual([{ status: 'OPEN', notes: [{ text: '已订锁芯,周三上门' }] }]);

    const close =
      'mutation($id: ID!) { closeWorkOrder(input: { workOrderId: $id, outcome: "已上门更换锁芯" }) { status outcome closedAt } }';
    expect(
      (await t.gql<{ closeWorkOrder: { status: string } }>(close, { id }, staff)).data!.closeWorkOrder.status,
    ).toBe('CLOSED');
    expectError(await t.gql(close, { id }, staff), 'CONFLICT', { reason: 'WORK_ORDER_CLOSED' });
    const open = await t.gql<{ workOrders: unknown[] }>('{ workOrders(status: OPEN) { id } }', {}, staff);
    expect(open.data!.workOrders).toEqual([]);
  });

  it('refuses a due date in the past and a resident creating work orders', async () => {
    const { resident, staff, ticketId } = await calledTicket();
    expectError(await t.gql(CREATE, { ticket: ticketId, due: '2020-01-01' }, staff), 'BAD_USER_INPUT');
    expectError(await t.gql(CREATE, { ticket: ticketId, due: localDate() }, resident), 'FORBIDDEN');
    expectError(await t.gql(CREATE, { ticket: ticketId, due: 'tomorrow' }, staff), 'BAD_USER_INPUT');
  });
});

import type { Context } from '../../platform/context.js';
import { badInput, conflict, notFound } from '../../platform/errors.js';
import { isUniqueViolation } from '../../platform/database.js';
import { localDate } from '../../platform/time.js';
import { row, rows } from '../../platform/sql.js';
import { Queue } from '../queue/index.js';
import { ADD_NOTE, CLOSE, INSERT_WORK_ORDER, LIST, MINE, WORK_ORDER, type WorkOrderRow } from './work-order.sql.js';
import { WorkOrderStatus } from './work-order.entity.js';
import type { CloseWorkOrderInput, CreateWorkOrderInput, WorkOrderView } from './work-order.types.js';

export const WorkOrderService = {
  /**
   * Turns a ticket whose repair could not be finished into a work order. The ticket is
   * completed in the same transaction; a ticket has at most one work order.
   */
  async create(ctx: Context, input: CreateWorkOrderInput): Promise<WorkOrderView> {
    if (input.dueDate < localDate()) {
      throw badInput('The due date is in the past', { dueDate: ['inPast'] });
    }
    // The ticket is completed (and its line's change published) in the same transaction.
    const id = await ctx.em
      .transactional(async (em) => {
        const ticket = await Queue.finishServedTicket(em, input.ticketId);
        const created = await row(em, INSERT_WORK_ORDER, {
          resident: ticket.residentId,
          offering: ticket.offeringId,
          ticket: ticket.ticketId,
          ticketCode: ticket.code,
          description: input.description.trim(),
          owner: input.owner.trim(),
          dueDate: input.dueDate,
          staff: ctx.principal.staff!.id,
        });
        return created!.id;
      })
      .catch((err: unknown) => {
        if (isUniqueViolation(err)) throw conflict('WORK_ORDER_EXISTS', 'This ticket already has a work order');
        throw err;
      });
    return WorkOrderService.get(ctx, id);
  },

  async addNote(ctx: Context, workOrderId: string, text: string): Promise<WorkOrderView> {
    const added = await row(ctx.em, ADD_NOTE, {
      workOrder: workOrderId,
      staff: ctx.principal.staff!.id,
      text: text.trim(),
    });
    if (!added) throw notFound('Work order');
    return WorkOrderService.get(ctx, workOrderId);
  },

  async close(ctx: Context, input: CloseWorkOrderInput): Promise<WorkOrderView> {
    if (!(await row(ctx.em, CLOSE, { id: input.workOrderId, outcome: input.outcome.trim() }))) {
      await WorkOrderService.get(ctx, input.workOrderId); // NOT_FOUND if it does not exist
      throw conflict('WORK_ORDER_CLOSED', 'The work order is closed already');
    }
    return WorkOrderService.get(ctx, input.workOrderId);
  },

  /** Staff: the community's work orders, open ones by due date first. One statement. */
  async list(ctx: Context, status: WorkOrderStatus | null): Promise<WorkOrderView[]> {
    return (await rows(ctx.em, LIST, { status })).map(toView);
  },

  /** The signed-in resident's repairs: open ones, and those closed in the last 30 days. */
  async mine(ctx: Context): Promise<WorkOrderView[]> {
    return (await rows(ctx.em, MINE, { resident: ctx.principal.resident!.id })).map(toView);
  },

  async get(ctx: Context, id: string): Promise<WorkOrderView> {
    const found = await row(ctx.em, WORK_ORDER, { id });
    if (!found) throw notFound('Work order');
    return toView(found);
  },
};

function toView(r: WorkOrderRow): WorkOrderView {
  const notes = (typeof r.notes === 'string' ? JSON.parse(r.notes) : r.notes) as WorkOrderRow['notes'];
  return {
    id: r.id,
    status: r.status,
    description: r.description,
    owner: r.owner,
    dueDate: r.due_date,
    overdue: r.status === WorkOrderStatus.OPEN && r.due_date < localDate(),
    offeringName: r.offering_name ?? null,
    ticketCode: r.ticket_code ?? null,
    residentName: r.resident_name,
    outcome: r.outcome ?? null,
    notes: notes.map((n) => ({ text: n.text, author: n.author, createdAt: new Date(n.createdAt) })),
    createdAt: new Date(r.created_at),
    closedAt: r.closed_at ? new Date(r.closed_at) : null,
  };
}

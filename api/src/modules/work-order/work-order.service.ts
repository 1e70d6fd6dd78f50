import type { Context } from '../../platform/context.js';
import { badInput, conflict, notFound } from '../../platform/errors.js';
import { isUniqueViolation } from '../../platform/database.js';
import { localDate } from '../../platform/time.js';
import { Queue, ticketCodeSql } from '../service-corner/index.js';
import { WorkOrderStatus } from './work-order.entity.js';
import type { CloseWorkOrderInput, CreateWorkOrderInput, WorkOrderView } from './work-order.types.js';

type Row = Record<string, unknown>;

const SELECT_VIEW = `
  SELECT w.id, w.status, w.description, w.owner, w.due_date::text AS due_date, w.outcome, w.created_at, w.closed_at,
         r.name AS resident_name, s.name AS service_name,
         CASE WHEN t.id IS NULL THEN NULL ELSE ${ticketCodeSql('s.letter', 't.number')} END AS ticket_code,
         coalesce((SELECT json_agg(json_build_object('text', n.text, 'author', u.display_name, 'createdAt', n.created_at)
                                   ORDER BY n.created_at)
                     FROM work_order_note n LEFT JOIN staff_user u ON u.id = n.author_id
                    WHERE n.work_order_id = w.id), '[]') AS notes
    FROM work_order w
    JOIN resident r ON r.id = w.resident_id
    LEFT JOIN corner_service s ON s.id = w.service_id
    LEFT JOIN ticket t ON t.id = w.ticket_id`;

export const WorkOrderService = {
  /**
   * Turns a ticket whose repair could not be finished into a work order. The ticket is
   * completed in the same transaction; a ticket has at most one work order.
   */
  async create(ctx: Context, input: CreateWorkOrderInput): Promise<WorkOrderView> {
    const communityId = ctx.principal.communityId!;
    if (input.dueDate < localDate()) {
      throw badInput('The due date is in the past', { dueDate: ['inPast'] });
    }
    // The ticket is completed (and its line's change published) in the same transaction.
    const id = await ctx.em
      .transactional(async (em) => {
        const ticket = await Queue.finishServedTicket(em, communityId, input.ticketId);
        const [wo] = await em.getConnection().execute<Row[]>(
          `INSERT INTO work_order (id, community_id, resident_id, service_id, ticket_id, description, owner, due_date, status, created_by_id, created_at)
         VALUES (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, now()) RETURNING id`,
          [
            communityId,
            ticket.residentId,
            ticket.serviceId,
            ticket.ticketId,
            input.description.trim(),
            input.owner.trim(),
            input.dueDate,
            ctx.principal.staff!.id,
          ],
          'all',
          em.getTransactionContext(),
        );
        return wo.id as string;
      })
      .catch((err: unknown) => {
        if (isUniqueViolation(err)) throw conflict('WORK_ORDER_EXISTS', 'This ticket already has a work order');
        throw err;
      });
    return WorkOrderService.get(ctx, id);
  },

  async addNote(ctx: Context, workOrderId: string, text: string): Promise<WorkOrderView> {
    const conn = ctx.em.getConnection();
    const [wo] = await conn.execute<Row[]>(
      `INSERT INTO work_order_note (id, community_id, work_order_id, author_id, text, created_at)
       SELECT gen_random_uuid(), community_id, id, ?, ?, now() FROM work_order WHERE id = ? AND community_id = ?
       RETURNING work_order_id`,
      [ctx.principal.staff!.id, text.trim(), workOrderId, ctx.principal.communityId],
    );
    if (!wo) throw notFound('Work order');
    return WorkOrderService.get(ctx, workOrderId);
  },

  async close(ctx: Context, input: CloseWorkOrderInput): Promise<WorkOrderView> {
    const [wo] = await ctx.em.getConnection().execute<Row[]>(
      `UPDATE work_order SET status = 'CLOSED', closed_at = now(), outcome = ?
        WHERE id = ? AND community_id = ? AND status = 'OPEN' RETURNING id`,
      [input.outcome.trim(), input.workOrderId, ctx.principal.communityId],
    );
    if (!wo) {
      await WorkOrderService.get(ctx, input.workOrderId); // NOT_FOUND if it does not exist
      throw conflict('WORK_ORDER_CLOSED', 'The work order is closed already');
    }
    return WorkOrderService.get(ctx, input.workOrderId);
  },

  /** Staff: the community's work orders, open ones by due date first. One statement. */
  async list(ctx: Context, status: WorkOrderStatus | null): Promise<WorkOrderView[]> {
    const rows = await ctx.em.getConnection().execute<Row[]>(
      `${SELECT_VIEW} WHERE w.community_id = ? ${status ? 'AND w.status = ?' : ''}
        ORDER BY w.status DESC, w.due_date, w.created_at LIMIT 200`,
      status ? [ctx.principal.communityId, status] : [ctx.principal.communityId],
    );
    return rows.map(toView);
  },

  /** The signed-in resident's repairs: open ones, and those closed in the last 30 days. */
  async mine(ctx: Context): Promise<WorkOrderView[]> {
    const rows = await ctx.em.getConnection().execute<Row[]>(
      `${SELECT_VIEW} WHERE w.resident_id = ? AND (w.status = 'OPEN' OR w.closed_at > now() - interval '30 days')
        ORDER BY w.status DESC, w.due_date`,
      [ctx.principal.resident!.id],
    );
    return rows.map(toView);
  },

  async get(ctx: Context, id: string): Promise<WorkOrderView> {
    const [row] = await ctx.em
      .getConnection()
      .execute<Row[]>(`${SELECT_VIEW} WHERE w.id = ? AND w.community_id = ?`, [id, ctx.principal.communityId]);
    if (!row) throw notFound('Work order');
    return toView(row);
  },
};

function toView(r: Row): WorkOrderView {
  const notes = (typeof r.notes === 'string' ? JSON.parse(r.notes) : r.notes) as Array<{
    text: string;
    author: string | null;
    createdAt: string;
  }>;
  const status = r.status as WorkOrderStatus;
  return {
    id: r.id as string,
    status,
    description: r.description as string,
    owner: r.owner as string,
    dueDate: r.due_date as string,
    overdue: status === WorkOrderStatus.OPEN && (r.due_date as string) < localDate(),
    serviceName: (r.service_name as string | null) ?? null,
    ticketCode: (r.ticket_code as string | null) ?? null,
    residentName: r.resident_name as string,
    outcome: (r.outcome as string | null) ?? null,
    notes: notes.map((n) => ({ text: n.text, author: n.author, createdAt: new Date(n.createdAt) })),
    createdAt: new Date(r.created_at as string),
    closedAt: r.closed_at ? new Date(r.closed_at as string) : null,
  };
}

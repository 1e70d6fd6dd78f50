import { sql, type Timestamp } from '../../platform/sql.js';
import type { WorkOrderStatus } from './work-order.entity.js';

/**
 * The work-order module's raw SQL (`work_order`, `work_order_note`). Its views read the names
 * other modules let it read: the resident's (`resident`), the offering's (`offering`) and the
 * note author's (`staff_user`). `:community` is the caller's community, filled in by `platform/sql.ts`.
 */

export const INSERT_WORK_ORDER = sql<
  {
    resident: string;
    offering: string;
    ticket: string;
    ticketCode: string;
    description: string;
    owner: string;
    dueDate: string;
    staff: string;
  },
  { id: string }
>(
  'insert_work_order',
  `INSERT INTO work_order (id, community_id, resident_id, offering_id, ticket_id, ticket_code, description, owner,
                           due_date, status, created_by_id, created_at)
   VALUES (gen_random_uuid(), :community, :resident, :offering, :ticket, :ticketCode, :description, :owner,
           :dueDate, 'OPEN', :staff, now())
   RETURNING id`,
);

export const ADD_NOTE = sql<{ workOrder: string; staff: string; text: string }, { work_order_id: string }>(
  'add_note',
  `INSERT INTO work_order_note (id, community_id, work_order_id, author_id, text, created_at)
   SELECT gen_random_uuid(), community_id, id, :staff, :text, now()
     FROM work_order WHERE id = :workOrder AND community_id = :community
   RETURNING work_order_id`,
);

export const CLOSE = sql<{ id: string; outcome: string }, { id: string }>(
  'close_work_order',
  `UPDATE work_order SET status = 'CLOSED', closed_at = now(), outcome = :outcome
    WHERE id = :id AND community_id = :community AND status = 'OPEN' RETURNING id`,
);

export interface WorkOrderRow {
  id: string;
  status: WorkOrderStatus;
  description: string;
  owner: string;
  due_date: string;
  outcome: string | null;
  created_at: Timestamp;
  closed_at: Timestamp | null;
  resident_name: string;
  offering_name: string | null;
  ticket_code: string | null;
  notes: Array<{ text: string; author: string | null; createdAt: string }>;
}

const VIEW = (where: string) => `
  SELECT w.id, w.status, w.description, w.owner, w.due_date::text AS due_date, w.outcome, w.created_at, w.closed_at,
         r.name AS resident_name, s.name AS offering_name, w.ticket_code,
         coalesce((SELECT json_agg(json_build_object('text', n.text, 'author', u.display_name, 'createdAt', n.created_at)
                                   ORDER BY n.created_at)
                     FROM work_order_note n LEFT JOIN staff_user u ON u.id = n.author_id
                    WHERE n.work_order_id = w.id), '[]') AS notes
    FROM work_order w
    JOIN resident r ON r.id = w.resident_id
    LEFT JOIN offering s ON s.id = w.offering_id
   WHERE w.community_id = :community AND ${where}`;

export const WORK_ORDER = sql<{ id: string }, WorkOrderRow>('work_order', VIEW('w.id = :id'));

/** The community's work orders (of one status, or all with null), open ones by due date first. */
export const LIST = sql<{ status: WorkOrderStatus | null }, WorkOrderRow>(
  'list_work_orders',
  `${VIEW('(:status::text IS NULL OR w.status = :status::text)')}
   ORDER BY w.status DESC, w.due_date, w.created_at LIMIT 200`,
);

/** A resident's repairs: open ones, and those closed in the last 30 days. */
export const MINE = sql<{ resident: string }, WorkOrderRow>(
  'my_work_orders',
  `${VIEW(`w.resident_id = :resident AND (w.status = 'OPEN' OR w.closed_at > now() - interval '30 days')`)}
   ORDER BY w.status DESC, w.due_date`,
);

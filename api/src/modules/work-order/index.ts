import type { LinliModule } from '../../platform/module.js';
import { WorkOrder, WorkOrderNote, WorkOrderStatus } from './work-order.entity.js';
import { workOrderReasons } from './work-order.reasons.js';
import { WorkOrderResolver } from './work-order.resolver.js';

export { WorkOrder, WorkOrderNote, WorkOrderStatus };

/** Repairs that outlast a visit to the corner: owner, due date, notes, outcome. */
export const workOrderModule: LinliModule = {
  name: 'work-order',
  entities: [WorkOrder, WorkOrderNote],
  resolvers: [WorkOrderResolver],
  reasons: workOrderReasons,
};

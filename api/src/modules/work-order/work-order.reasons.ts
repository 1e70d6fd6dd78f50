/** Why a work-order request was refused. */
export enum WorkOrderReason {
  WORK_ORDER_EXISTS = 'WORK_ORDER_EXISTS',
  WORK_ORDER_CLOSED = 'WORK_ORDER_CLOSED',
}

export const workOrderReasons: Record<WorkOrderReason, string> = {
  WORK_ORDER_EXISTS: 'The ticket already has a work order',
  WORK_ORDER_CLOSED: 'The work order is closed already',
};

declare module '../../platform/errors.js' {
  interface ErrorReasons {
    workOrder: WorkOrderReason;
  }
}

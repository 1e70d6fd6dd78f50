import { graphql } from '$gql';

/** 维修工单: repairs from the 便民服务角 that could not be finished on the spot, with their follow-ups. */

export const WorkOrderFieldsFragment = graphql(`
  fragment WorkOrderFields on WorkOrder {
    id
    status
    description
    owner
    dueDate
    overdue
    offeringName
    ticketCode
    residentName
    outcome
    createdAt
    closedAt
    notes {
      author
      createdAt
      text
    }
  }
`);

export const WorkOrdersQuery = graphql(`
  query WorkOrders($status: WorkOrderStatus) {
    workOrders(status: $status) {
      ...WorkOrderFields
    }
  }
`);

export const CreateWorkOrder = graphql(`
  mutation CreateWorkOrder($input: CreateWorkOrderInput!) {
    createWorkOrder(input: $input) {
      ...WorkOrderFields
    }
  }
`);

export const AddWorkOrderNote = graphql(`
  mutation AddWorkOrderNote($input: WorkOrderNoteInput!) {
    addWorkOrderNote(input: $input) {
      ...WorkOrderFields
    }
  }
`);

export const CloseWorkOrder = graphql(`
  mutation CloseWorkOrder($input: CloseWorkOrderInput!) {
    closeWorkOrder(input: $input) {
      ...WorkOrderFields
    }
  }
`);

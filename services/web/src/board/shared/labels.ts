import type { MessageKey } from '../../i18n/locales';

/** The API's codes as words: anything the board does not know yet is shown as the API wrote it. */
type Labels = Readonly<Record<string, MessageKey>>;

export const NODE_STATUS: Labels = {
  not_ordered: 'order.node.status.notOrdered',
  ordered: 'order.node.status.ordered',
  in_progress: 'order.node.status.inProgress',
  delayed: 'order.node.status.delayed',
  blocked: 'order.node.status.blocked',
  completed: 'order.node.status.completed',
};

export const WORK_STATUS: Labels = {
  not_started: 'order.work.status.notStarted',
  in_progress: 'order.work.status.inProgress',
  completed: 'order.work.status.completed',
  delayed: 'order.work.status.delayed',
  blocked: 'order.work.status.blocked',
};

export const DELAY_REASON: Labels = {
  material: 'delayReason.material',
  machine: 'delayReason.machine',
  labour: 'delayReason.labour',
  quality: 'delayReason.quality',
  subcontractor: 'delayReason.subcontractor',
  'customer-change': 'delayReason.customer-change',
  other: 'delayReason.other',
};

export const NODE_KIND: Labels = {
  assembly: 'order.kind.assembly',
  'sub-assembly': 'order.kind.subAssembly',
  part: 'order.kind.part',
};

export const PURCHASE_ORDER_STATUS: Labels = {
  Issued: 'board.po.status.issued',
  AwaitingBuyer: 'board.po.status.awaitingBuyer',
  Accepted: 'board.po.status.accepted',
  Rejected: 'board.po.status.rejected',
  Cancelled: 'board.po.status.cancelled',
  Closed: 'board.po.status.closed',
};

export const RFQ_STATUS: Labels = {
  open: 'board.rfq.status.open',
  overdue: 'board.rfq.status.overdue',
  awarded: 'board.rfq.status.awarded',
  cancelled: 'board.rfq.status.cancelled',
};

export const TIMELINE_EVENT: Labels = {
  CustomerOrderPlaced: 'order.event.customerOrderPlaced',
  CustomerOrderClosed: 'order.event.customerOrderClosed',
  PurchaseOrderIssued: 'order.event.purchaseOrderIssued',
  OrderAccepted: 'order.event.orderAccepted',
  OrderRejected: 'order.event.orderRejected',
  OrderAcceptedWithChanges: 'order.event.orderAcceptedWithChanges',
  ProposedChangesAccepted: 'order.event.proposedChangesAccepted',
  ProposedChangesRejected: 'order.event.proposedChangesRejected',
  ChangeRequested: 'order.event.changeRequested',
  ChangeAccepted: 'order.event.changeAccepted',
  ChangeRejected: 'order.event.changeRejected',
  ShipmentNotified: 'order.event.shipmentNotified',
  GoodsReceived: 'order.event.goodsReceived',
  OrderCancelled: 'order.event.orderCancelled',
  PurchaseOrderClosed: 'order.event.purchaseOrderClosed',
  WorkItemOpened: 'order.event.workItemOpened',
  ProgressReported: 'order.event.progressReported',
  OperationCompleted: 'order.event.operationCompleted',
  DelayReported: 'order.event.delayReported',
  WorkBlocked: 'order.event.workBlocked',
  WorkCompleted: 'order.event.workCompleted',
  HandoffReady: 'order.event.handoffReady',
  WorkItemFlagged: 'order.event.workItemFlagged',
};

/** The label's key for `code`, or null for a code the board has no words for. */
export function labelKeyOf(labels: Labels, code: string | null): MessageKey | null {
  return code === null ? null : (labels[code] ?? null);
}

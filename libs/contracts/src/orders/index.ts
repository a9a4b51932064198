// Event schemas of the orders context (versioned). Exported through libs/contracts/src/index.ts.
import { CHANGE_ACCEPTED_V1_SCHEMA, type OrderChangeAcceptedV1 } from './change-accepted.v1';
import { CHANGE_REJECTED_V1_SCHEMA, type OrderChangeRejectedV1 } from './change-rejected.v1';
import { CHANGE_REQUESTED_V1_SCHEMA, type OrderChangeRequestedV1 } from './change-requested.v1';
import { CUSTOMER_ORDER_CLOSED_V1_SCHEMA, type CustomerOrderClosedV1 } from './customer-order-closed.v1';
import { CUSTOMER_ORDER_PLACED_V1_SCHEMA, type CustomerOrderPlacedV1 } from './customer-order-placed.v1';
import { GOODS_RECEIVED_V1_SCHEMA, type OrderGoodsReceivedV1 } from './goods-received.v1';
import { ORDER_ACCEPTED_WITH_CHANGES_V1_SCHEMA, type OrderAcceptedWithChangesV1 } from './order-accepted-with-changes.v1';
import { ORDER_ACCEPTED_V1_SCHEMA, type OrderAcceptedV1 } from './order-accepted.v1';
import { ORDER_CANCELLED_V1_SCHEMA, type OrderCancelledV1 } from './order-cancelled.v1';
import { ORDER_REJECTED_V1_SCHEMA, type OrderRejectedV1 } from './order-rejected.v1';
import { PROPOSED_CHANGES_ACCEPTED_V1_SCHEMA, type OrderProposedChangesAcceptedV1 } from './proposed-changes-accepted.v1';
import { PROPOSED_CHANGES_REJECTED_V1_SCHEMA, type OrderProposedChangesRejectedV1 } from './proposed-changes-rejected.v1';
import { PURCHASE_ORDER_CLOSED_V1_SCHEMA, type PurchaseOrderClosedV1 } from './purchase-order-closed.v1';
import { PURCHASE_ORDER_ISSUED_V1_SCHEMA, type PurchaseOrderIssuedV1 } from './purchase-order-issued.v1';
import { SHIPMENT_NOTIFIED_V1_SCHEMA, type OrderShipmentNotifiedV1 } from './shipment-notified.v1';

export * from './order-vocabulary';
export * from './order-lines.v1';
export * from './customer-order-placed.v1';
export * from './customer-order-closed.v1';
export * from './purchase-order-issued.v1';
export * from './order-accepted.v1';
export * from './order-rejected.v1';
export * from './order-accepted-with-changes.v1';
export * from './proposed-changes-accepted.v1';
export * from './proposed-changes-rejected.v1';
export * from './change-requested.v1';
export * from './change-accepted.v1';
export * from './change-rejected.v1';
export * from './order-cancelled.v1';
export * from './shipment-notified.v1';
export * from './goods-received.v1';
export * from './purchase-order-closed.v1';

/** Event type → JSON Schema of its current version, for the relay, the feeds and the AsyncAPI document. */
export const ORDERS_EVENT_SCHEMAS = {
  CustomerOrderPlaced: CUSTOMER_ORDER_PLACED_V1_SCHEMA,
  CustomerOrderClosed: CUSTOMER_ORDER_CLOSED_V1_SCHEMA,
  PurchaseOrderIssued: PURCHASE_ORDER_ISSUED_V1_SCHEMA,
  OrderAccepted: ORDER_ACCEPTED_V1_SCHEMA,
  OrderRejected: ORDER_REJECTED_V1_SCHEMA,
  OrderAcceptedWithChanges: ORDER_ACCEPTED_WITH_CHANGES_V1_SCHEMA,
  ProposedChangesAccepted: PROPOSED_CHANGES_ACCEPTED_V1_SCHEMA,
  ProposedChangesRejected: PROPOSED_CHANGES_REJECTED_V1_SCHEMA,
  ChangeRequested: CHANGE_REQUESTED_V1_SCHEMA,
  ChangeAccepted: CHANGE_ACCEPTED_V1_SCHEMA,
  ChangeRejected: CHANGE_REJECTED_V1_SCHEMA,
  OrderCancelled: ORDER_CANCELLED_V1_SCHEMA,
  ShipmentNotified: SHIPMENT_NOTIFIED_V1_SCHEMA,
  GoodsReceived: GOODS_RECEIVED_V1_SCHEMA,
  PurchaseOrderClosed: PURCHASE_ORDER_CLOSED_V1_SCHEMA,
} as const;

export type OrdersEventType = keyof typeof ORDERS_EVENT_SCHEMAS;

/** Event type → data type of its current version; the domain's events must match it exactly. */
export interface OrdersEventDataV1 {
  CustomerOrderPlaced: CustomerOrderPlacedV1;
  CustomerOrderClosed: CustomerOrderClosedV1;
  PurchaseOrderIssued: PurchaseOrderIssuedV1;
  OrderAccepted: OrderAcceptedV1;
  OrderRejected: OrderRejectedV1;
  OrderAcceptedWithChanges: OrderAcceptedWithChangesV1;
  ProposedChangesAccepted: OrderProposedChangesAcceptedV1;
  ProposedChangesRejected: OrderProposedChangesRejectedV1;
  ChangeRequested: OrderChangeRequestedV1;
  ChangeAccepted: OrderChangeAcceptedV1;
  ChangeRejected: OrderChangeRejectedV1;
  OrderCancelled: OrderCancelledV1;
  ShipmentNotified: OrderShipmentNotifiedV1;
  GoodsReceived: OrderGoodsReceivedV1;
  PurchaseOrderClosed: PurchaseOrderClosedV1;
}

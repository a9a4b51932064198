import type {
  OrderAcceptedV1,
  OrderAcceptedWithChangesV1,
  OrderCancelledV1,
  OrderChangeAcceptedV1,
  OrderChangeRejectedV1,
  OrderChangeRequestedV1,
  OrderGoodsReceivedV1,
  OrderProposedChangesAcceptedV1,
  OrderProposedChangesRejectedV1,
  OrderRejectedV1,
  OrderShipmentNotifiedV1,
  PurchaseOrderClosedV1,
  PurchaseOrderIssuedV1,
} from '@renkei/contracts';

export interface PurchaseOrderIssued { readonly type: 'PurchaseOrderIssued'; readonly data: PurchaseOrderIssuedV1 }
export interface OrderAccepted { readonly type: 'OrderAccepted'; readonly data: OrderAcceptedV1 }
export interface OrderRejected { readonly type: 'OrderRejected'; readonly data: OrderRejectedV1 }
export interface OrderAcceptedWithChanges { readonly type: 'OrderAcceptedWithChanges'; readonly data: OrderAcceptedWithChangesV1 }
export interface ProposedChangesAccepted { readonly type: 'ProposedChangesAccepted'; readonly data: OrderProposedChangesAcceptedV1 }
export interface ProposedChangesRejected { readonly type: 'ProposedChangesRejected'; readonly data: OrderProposedChangesRejectedV1 }
export interface ChangeRequested { readonly type: 'ChangeRequested'; readonly data: OrderChangeRequestedV1 }
export interface ChangeAccepted { readonly type: 'ChangeAccepted'; readonly data: OrderChangeAcceptedV1 }
export interface ChangeRejected { readonly type: 'ChangeRejected'; readonly data: OrderChangeRejectedV1 }
export interface OrderCancelled { readonly type: 'OrderCancelled'; readonly data: OrderCancelledV1 }
export interface ShipmentNotified { readonly type: 'ShipmentNotified'; readonly data: OrderShipmentNotifiedV1 }
export interface GoodsReceived { readonly type: 'GoodsReceived'; readonly data: OrderGoodsReceivedV1 }
export interface PurchaseOrderClosed { readonly type: 'PurchaseOrderClosed'; readonly data: PurchaseOrderClosedV1 }

export type PurchaseOrderEvent =
  | PurchaseOrderIssued
  | OrderAccepted
  | OrderRejected
  | OrderAcceptedWithChanges
  | ProposedChangesAccepted
  | ProposedChangesRejected
  | ChangeRequested
  | ChangeAccepted
  | ChangeRejected
  | OrderCancelled
  | ShipmentNotified
  | GoodsReceived
  | PurchaseOrderClosed;

export const PURCHASE_ORDER_EVENT_TYPES = [
  'PurchaseOrderIssued',
  'OrderAccepted',
  'OrderRejected',
  'OrderAcceptedWithChanges',
  'ProposedChangesAccepted',
  'ProposedChangesRejected',
  'ChangeRequested',
  'ChangeAccepted',
  'ChangeRejected',
  'OrderCancelled',
  'ShipmentNotified',
  'GoodsReceived',
  'PurchaseOrderClosed',
] as const satisfies ReadonlyArray<PurchaseOrderEvent['type']>;

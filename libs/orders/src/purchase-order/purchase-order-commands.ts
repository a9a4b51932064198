import type { OrderLineChangeV1, OrderReceiptLineV1, OrderShipmentLineV1, PurchaseOrderIssuedV1 } from '@renkei/contracts';
import type { OrdersCommandMetadata } from '../command-metadata';

/** What the caller looked up about the parent purchase order (its own stream) before issuing below it. */
export interface ParentOrderLookup {
  readonly orderId: string;
  readonly tier: number;
  readonly supplierId: string;
  readonly customerOrderId: string;
  readonly lineNos: readonly number[];
}

export interface IssuePurchaseOrder {
  readonly type: 'IssuePurchaseOrder';
  /** The buyer is the actor; tier and time are derived. */
  readonly data: Pick<PurchaseOrderIssuedV1, 'orderId' | 'customerOrderId' | 'parent' | 'supplierId' | 'lines'>;
  /** `parentOrder` must be given whenever `data.parent` is. */
  readonly metadata: OrdersCommandMetadata & { readonly lookups: { readonly parentOrder: ParentOrderLookup | null } };
}

interface OnOrder<Type extends string, Data = object> {
  readonly type: Type;
  readonly data: { readonly orderId: string } & Data;
  readonly metadata: OrdersCommandMetadata;
}

type Changes = { readonly changes: readonly OrderLineChangeV1[] };
type Reason = { readonly reason: string };

export type AcceptOrder = OnOrder<'AcceptOrder'>;
export type RejectOrder = OnOrder<'RejectOrder', Reason>;
export type AcceptOrderWithChanges = OnOrder<'AcceptOrderWithChanges', Changes>;
export type AcceptProposedChanges = OnOrder<'AcceptProposedChanges'>;
export type RejectProposedChanges = OnOrder<'RejectProposedChanges', Reason>;
export type RequestChange = OnOrder<'RequestChange', { readonly changeId: string } & Changes & Reason>;
export type AcceptChange = OnOrder<'AcceptChange', { readonly changeId: string }>;
export type RejectChange = OnOrder<'RejectChange', { readonly changeId: string } & Reason>;
export type CancelOrder = OnOrder<'CancelOrder', Reason>;
export type NotifyShipment = OnOrder<'NotifyShipment', { readonly shipmentId: string; readonly lines: readonly OrderShipmentLineV1[]; readonly shippedAt: Date }>;
export type ConfirmReceipt = OnOrder<'ConfirmReceipt', { readonly shipmentId: string; readonly lines: readonly OrderReceiptLineV1[] }>;

export type PurchaseOrderCommand =
  | IssuePurchaseOrder
  | AcceptOrder
  | RejectOrder
  | AcceptOrderWithChanges
  | AcceptProposedChanges
  | RejectProposedChanges
  | RequestChange
  | AcceptChange
  | RejectChange
  | CancelOrder
  | NotifyShipment
  | ConfirmReceipt;

import type { OrderLineChangeV1, OrderParentLineV1, PurchaseOrderLineV1 } from '@renkei/contracts';

// Messages the backbone sends to a workshop about the orders it supplies (RENKEI → workshop).

/** A purchase order, prices included: it goes only to its supplier, the buyer's other party. */
export interface PurchaseOrderMessage {
  readonly kind: 'PURCHASE-ORDER';
  readonly ref: string;
  readonly orderId: string;
  readonly customerOrderId: string;
  readonly buyerId: string;
  readonly supplierId: string;
  readonly tier: number;
  /** Null for a lead's own order (tier 1); the line the buyer itself supplies below it. */
  readonly parent: OrderParentLineV1 | null;
  readonly issuedAt: string;
  readonly lines: readonly PurchaseOrderLineV1[];
}

export const ORDER_CHANGE_PURPOSES = ['REQUEST', 'CONFIRMED', 'DECLINED'] as const;
export type OrderChangePurpose = (typeof ORDER_CHANGE_PURPOSES)[number];

interface OrderChangeHeader {
  readonly kind: 'ORDER-CHANGE';
  readonly ref: string;
  readonly orderId: string;
  readonly buyerId: string;
  readonly supplierId: string;
  readonly changedAt: string;
}

/**
 * The buyer asks for changes (REQUEST, answered by an order acknowledgement naming `changeId`),
 * or answers changes the supplier proposed: CONFIRMED they are in force, DECLINED they are not.
 * Without `changeId`, CONFIRMED and DECLINED answer the supplier's acceptance with changes.
 */
export type OrderChangeMessage =
  | (OrderChangeHeader & { readonly purpose: 'REQUEST'; readonly changeId: string; readonly reason: string; readonly changes: readonly OrderLineChangeV1[] })
  | (OrderChangeHeader & { readonly purpose: 'CONFIRMED'; readonly changeId: string | null; readonly changes: readonly OrderLineChangeV1[] })
  | (OrderChangeHeader & { readonly purpose: 'DECLINED'; readonly changeId: string | null; readonly reason: string });

export interface OrderCancellationMessage {
  readonly kind: 'ORDER-CANCELLATION';
  readonly ref: string;
  readonly orderId: string;
  readonly buyerId: string;
  readonly supplierId: string;
  readonly cancelledAt: string;
  readonly reason: string;
}

import type { OrderLineChangeV1, OrderParentLineV1 } from '@renkei/contracts';
import { purchaseOrderStatus, type PurchaseOrderStatus } from './purchase-order-status';
import { copyChanges, type OpenChange, type PurchaseOrder, type PurchaseOrderLine, type ShipmentRecord } from './purchase-order-state';

/** The whole purchase order, prices included, as its two parties see it. */
export interface PurchaseOrderView {
  readonly orderId: string;
  readonly customerOrderId: string;
  readonly parent: OrderParentLineV1 | null;
  readonly buyerId: string;
  readonly supplierId: string;
  readonly tier: number;
  readonly status: PurchaseOrderStatus;
  readonly lines: readonly PurchaseOrderLine[];
  readonly shipments: readonly ShipmentRecord[];
  readonly openChange: OpenChange | null;
  readonly proposedChanges: readonly OrderLineChangeV1[] | null;
  readonly issuedAt: string;
}

/**
 * Prices and terms stay between buyer and supplier (DESIGN §1 "open & close"): anyone else,
 * including the buyer's own customer further up the chain, gets null. The chain-wide status
 * view without prices is the gateway's job.
 */
export function purchaseOrderVisibleTo(state: PurchaseOrder, viewerCompanyId: string): PurchaseOrderView | null {
  if (state.status === 'None' || state.status === 'OtherKind') return null;
  if (viewerCompanyId !== state.buyerId && viewerCompanyId !== state.supplierId) return null;
  return {
    orderId: state.orderId,
    customerOrderId: state.customerOrderId,
    parent: state.parent,
    buyerId: state.buyerId,
    supplierId: state.supplierId,
    tier: state.tier,
    status: purchaseOrderStatus(state),
    lines: state.lines,
    shipments: state.shipments,
    openChange: state.status === 'Accepted' ? state.openChange : null,
    proposedChanges: state.status === 'AwaitingBuyer' ? state.proposedChanges : null,
    issuedAt: state.issuedAt,
  };
}

/** A line as an integrator sees it: what is ordered and where its pieces are, never its price. */
export type PriceFreePurchaseOrderLine = Omit<PurchaseOrderLine, 'unitPrice'>;

export interface PriceFreePurchaseOrderView extends Omit<PurchaseOrderView, 'lines'> {
  readonly lines: readonly PriceFreePurchaseOrderLine[];
}

/**
 * What an integrator sees of a purchase order through the companies whose grant covers `orders`:
 * the order as one of them (its buyer or its supplier) sees it, without any price. Every field,
 * nested ones included, is picked by name, so a priced field added later stays out until chosen.
 */
export function purchaseOrderVisibleToIntegrator(state: PurchaseOrder, grantorIds: readonly string[]): PriceFreePurchaseOrderView | null {
  const view = grantorIds.map((grantorId) => purchaseOrderVisibleTo(state, grantorId)).find((seen) => seen !== null) ?? null;
  if (view === null) return null;
  return {
    orderId: view.orderId,
    customerOrderId: view.customerOrderId,
    parent: view.parent === null ? null : { orderId: view.parent.orderId, lineNo: view.parent.lineNo },
    buyerId: view.buyerId,
    supplierId: view.supplierId,
    tier: view.tier,
    status: view.status,
    lines: view.lines.map(({ lineNo, partNumber, bomNodeId, quantity, dueDate, shipped, inTransit, received, rejected }) => ({
      lineNo,
      partNumber,
      bomNodeId,
      quantity,
      dueDate,
      shipped,
      inTransit,
      received,
      rejected,
    })),
    shipments: view.shipments.map(({ shipmentId, lines, shippedAt, received }) => ({ shipmentId, lines: lines.map(({ lineNo, quantity }) => ({ lineNo, quantity })), shippedAt, received })),
    openChange:
      view.openChange === null
        ? null
        : { changeId: view.openChange.changeId, requestedBy: view.openChange.requestedBy, changes: copyChanges(view.openChange.changes), reason: view.openChange.reason },
    proposedChanges: view.proposedChanges === null ? null : copyChanges(view.proposedChanges),
    issuedAt: view.issuedAt,
  };
}

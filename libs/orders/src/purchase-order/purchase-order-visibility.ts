import type { OrderLineChangeV1, OrderParentLineV1 } from '@renkei/contracts';
import { purchaseOrderStatus, type PurchaseOrderStatus } from './purchase-order-status';
import type { OpenChange, PurchaseOrder, PurchaseOrderLine, ShipmentRecord } from './purchase-order-state';

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

import type { BomNodeRow } from '../read-models/bom-nodes/bom-node-rows';
import type { CustomerOrderRow } from '../read-models/customer-orders/customer-order-row';
import type { LinePrice, PurchaseOrderLineView } from '../read-models/purchase-orders/purchase-order.entity';
import type { WorkItemRow } from '../read-models/work-items/work-item-row';

/** A purchase order as the viewer may see it: prices only when the viewer is one of its two parties. */
export interface VisiblePurchaseOrder {
  readonly poId: string;
  readonly customerOrderId: string;
  readonly parentPoId: string | null;
  readonly parentLineNo: number | null;
  readonly buyerId: string;
  readonly supplierId: string;
  readonly tier: number;
  readonly status: string;
  readonly lines: readonly PurchaseOrderLineView[];
  /** Null when the viewer is not the buyer or the supplier. */
  readonly prices: readonly LinePrice[] | null;
  readonly issuedAt: string;
}

export type VisibleWorkItem = Omit<WorkItemRow, 'state'>;

/** Everything the tree of one customer order is built from, already cut to what the viewer may see. */
export interface OrderTreeInput {
  readonly order: CustomerOrderRow;
  /** Whether the viewer sees the customer's name and reference (the order's owner does). */
  readonly seesCustomer: boolean;
  /** In depth-first order. */
  readonly nodes: readonly BomNodeRow[];
  readonly purchaseOrders: readonly VisiblePurchaseOrder[];
  readonly workItems: readonly VisibleWorkItem[];
}

import type { OrderMoneyV1 } from '@renkei/contracts';

export interface DelayReason {
  readonly poId: string;
  readonly lineNo: number;
  readonly workshopId: string;
  /** material, machine, labour, quality, subcontractor, customer-change or other; null when not given. */
  readonly reasonCode: string | null;
  readonly note: string | null;
  readonly eta: string | null;
  readonly blocked: boolean;
}

/** One purchase order line serving a node, with its work: the workshop and order at that tier. */
export interface NodeAssignment {
  readonly poId: string;
  readonly lineNo: number;
  readonly tier: number;
  readonly buyerId: string;
  readonly supplierId: string;
  readonly orderStatus: string;
  readonly quantity: number;
  readonly dueDate: string;
  readonly shipped: number;
  readonly received: number;
  /** Null unless the viewer is the buyer or the supplier of this order. */
  readonly unitPrice: OrderMoneyV1 | null;
  readonly workStatus: string | null;
  readonly qtyGood: number;
  readonly qtyScrap: number;
  readonly percent: number;
  readonly eta: string | null;
  readonly lastReportAt: string | null;
}

export interface OrderTreeNode {
  readonly nodeId: string;
  readonly parentId: string | null;
  readonly depth: number;
  readonly partNumber: string;
  readonly description: string;
  readonly kind: string;
  readonly makeOrBuy: string;
  /** Pieces the customer order needs of this node: line quantity times quantities per parent. */
  readonly quantity: number;
  readonly assignments: readonly NodeAssignment[];
  /** The node's own status: not_ordered, ordered, in_progress, delayed, blocked or completed. */
  readonly status: string;
  /** Quantity-weighted over the node's subtree. */
  readonly percentComplete: number;
  /** Along the critical path: the later of its own ETA and its inputs' ETAs plus its remaining operations. */
  readonly eta: string | null;
  readonly dueDate: string | null;
  readonly late: boolean;
  readonly daysLate: number;
  /** It, or any of its inputs, is blocked. */
  readonly blocked: boolean;
  /** On the path that sets the order's ETA. */
  readonly critical: boolean;
  readonly remainingOperations: number;
  readonly delayReasons: readonly DelayReason[];
  readonly childIds: readonly string[];
}

export interface OrderTree {
  readonly orderId: string;
  readonly ownerId: string;
  /** Null unless the viewer owns the order. */
  readonly customerName: string | null;
  readonly customerRef: string | null;
  readonly productId: string;
  readonly bomRevision: number;
  /** open or closed */
  readonly status: string;
  readonly percentComplete: number;
  readonly eta: string | null;
  readonly dueDate: string | null;
  readonly late: boolean;
  readonly blocked: boolean;
  readonly placedAt: string;
  readonly closedAt: string | null;
  /** Depth-first: a node's children follow it. */
  readonly nodes: readonly OrderTreeNode[];
}

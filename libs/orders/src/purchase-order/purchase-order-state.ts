import type { OrderLineChangeV1, OrderParentLineV1, OrderShipmentLineV1, PurchaseOrderLineV1 } from '@renkei/contracts';

/** A line as ordered, with where its pieces are. */
export interface PurchaseOrderLine extends PurchaseOrderLineV1 {
  /** Every piece ever notified as shipped on this line. */
  readonly shipped: number;
  /** Pieces on shipments the buyer has not checked in yet. */
  readonly inTransit: number;
  /** Pieces the buyer accepted into stock: the only ones that count toward the order. */
  readonly received: number;
  /** Pieces refused at receipt (they, and pieces that never arrived, may be shipped again). */
  readonly rejected: number;
}

export interface ShipmentRecord {
  readonly shipmentId: string;
  readonly lines: readonly OrderShipmentLineV1[];
  readonly shippedAt: string;
  readonly received: boolean;
}

export interface OpenChange {
  readonly changeId: string;
  readonly requestedBy: string;
  readonly changes: readonly OrderLineChangeV1[];
  readonly reason: string;
}

export interface PurchaseOrderCore {
  readonly orderId: string;
  readonly customerOrderId: string;
  readonly parent: OrderParentLineV1 | null;
  readonly buyerId: string;
  readonly supplierId: string;
  readonly tier: number;
  readonly lines: readonly PurchaseOrderLine[];
  readonly shipments: readonly ShipmentRecord[];
  /** Every change id ever requested, answered or not: a change id names one request forever. */
  readonly changeIds: readonly string[];
  readonly issuedAt: string;
}

/** `OtherKind`: this order id already names a customer order. */
export type PurchaseOrder =
  | { readonly status: 'None' }
  | { readonly status: 'OtherKind' }
  /** Waiting for the supplier's acknowledgement. */
  | (PurchaseOrderCore & { readonly status: 'Issued' })
  /** The supplier accepted with changes; waiting for the buyer to agree or refuse. */
  | (PurchaseOrderCore & { readonly status: 'AwaitingBuyer'; readonly proposedChanges: readonly OrderLineChangeV1[] })
  | (PurchaseOrderCore & { readonly status: 'Accepted'; readonly openChange: OpenChange | null })
  | (PurchaseOrderCore & { readonly status: 'Rejected'; readonly reason: string })
  | (PurchaseOrderCore & { readonly status: 'Cancelled'; readonly reason: string })
  | (PurchaseOrderCore & { readonly status: 'Closed' });

export type IssuedPurchaseOrder = Exclude<PurchaseOrder, { readonly status: 'None' | 'OtherKind' }>;
export type AcceptedPurchaseOrder = Extract<PurchaseOrder, { readonly status: 'Accepted' }>;

export const initialPurchaseOrder: PurchaseOrder = { status: 'None' };

/**
 * Pieces that still count as shipped: received into stock, or on their way. Rejected and
 * missing pieces do not, so the supplier may replace them and the order can still close.
 */
export function piecesUnderway(line: PurchaseOrderLine): number {
  return line.received + line.inTransit;
}

export function applyChanges(lines: readonly PurchaseOrderLine[], changes: readonly OrderLineChangeV1[]): PurchaseOrderLine[] {
  return lines.map((line) => {
    const change = changes.find((candidate) => candidate.lineNo === line.lineNo);
    if (change === undefined) return line;
    return { ...line, quantity: change.quantity ?? line.quantity, dueDate: change.dueDate ?? line.dueDate };
  });
}

/** A copy with exactly the contract's fields, so nothing extra a caller put on a change reaches an event. */
export function copyChanges(changes: readonly OrderLineChangeV1[]): OrderLineChangeV1[] {
  return changes.map(({ lineNo, quantity, dueDate }) => ({ lineNo, quantity, dueDate }));
}

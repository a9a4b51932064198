import type { Pool, PoolClient } from 'pg';
import type { OrderViewer } from '../../order-tree/order-viewer';
import { decodeListCursor, encodeListCursor, isText, isTimestamp } from '../../paging';
import { purchaseOrderVisibleTo, visiblePurchaseOrderObject, type VisiblePurchaseOrderDetail } from './purchase-order.query';

/** Every status a purchase order can show (PurchaseOrder.status). */
export const PURCHASE_ORDER_STATUSES = ['Issued', 'AwaitingBuyer', 'Accepted', 'Rejected', 'Cancelled', 'Closed'] as const;

/** Which side of the order the viewer is on. */
export type PartyRole = 'BUYER' | 'SUPPLIER';

/** Newest first: the sort key a cursor holds. */
export interface PurchaseOrderSortKey {
  readonly issuedAt: string;
  readonly poId: string;
}

const LIST = 'purchaseOrders';

export function encodePurchaseOrderCursor(order: PurchaseOrderSortKey): string {
  return encodeListCursor(LIST, [order.issuedAt, order.poId]);
}

export function decodePurchaseOrderCursor(cursor: string): PurchaseOrderSortKey | null {
  const key = decodeListCursor(LIST, cursor);
  if (key === null || key.length !== 2) return null;
  const [issuedAt, poId] = key;
  return isTimestamp(issuedAt) && isText(poId) ? { issuedAt, poId } : null;
}

export interface PurchaseOrderPageRequest {
  /** Null: every status. */
  readonly statuses: readonly string[] | null;
  /** Null: either side. */
  readonly role: PartyRole | null;
  readonly first: number;
  readonly after: PurchaseOrderSortKey | null;
}

/**
 * A page of the purchase orders the viewer is a party to (its buyer or its supplier; for an
 * integrator, a grantor is), newest first, each as purchaseOrder(id) shows it and passing its
 * visibility rule; read with one extra row, so the caller can tell whether another page follows.
 */
export async function loadPurchaseOrdersOfParty(db: Pool | PoolClient, schema: string, viewer: OrderViewer, page: PurchaseOrderPageRequest): Promise<VisiblePurchaseOrderDetail[]> {
  const parameters = { seesAs: '$1', seesPrices: '$2' };
  const after = page.after;
  const result = await db.query<{ purchase_order: VisiblePurchaseOrderDetail }>(
    `SELECT ${visiblePurchaseOrderObject(parameters)} AS purchase_order
       FROM "${schema}".purchase_orders p
       LEFT JOIN "${schema}".customer_orders co ON co.order_id = p.customer_order_id
      WHERE ${purchaseOrderVisibleTo(parameters)}
        AND (($3::boolean AND p.buyer_id = ANY($1::text[])) OR ($4::boolean AND p.supplier_id = ANY($1::text[])))
        AND ($5::text[] IS NULL OR p.status = ANY($5::text[]))
        AND ($6::timestamptz IS NULL OR (p.issued_at, p.po_id) < ($6::timestamptz, $7::text))
      ORDER BY p.issued_at DESC, p.po_id DESC
      LIMIT $8`,
    [viewer.seesAs, viewer.seesPrices, page.role !== 'SUPPLIER', page.role !== 'BUYER', page.statuses, after?.issuedAt ?? null, after?.poId ?? null, page.first + 1],
  );
  return result.rows.map((row) => row.purchase_order);
}

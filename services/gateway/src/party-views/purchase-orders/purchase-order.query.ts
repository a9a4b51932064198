import type { Pool, PoolClient } from 'pg';
import type { LinePrice, PurchaseOrderLineView } from '../../read-models/purchase-orders/purchase-order.entity';
import type { OrderViewer } from '../../order-tree/order-viewer';
import type { PendingChangeSource } from './pending-change';

/** A purchase order as one viewer may see it: prices only for its buyer and its supplier themselves. */
export interface VisiblePurchaseOrderDetail {
  readonly poId: string;
  readonly customerOrderId: string;
  readonly parentPoId: string | null;
  readonly parentLineNo: number | null;
  readonly buyerId: string;
  readonly supplierId: string;
  readonly tier: number;
  readonly status: string;
  readonly lines: readonly PurchaseOrderLineView[];
  /** Null unless the viewer is the buyer or the supplier, as itself (never an integrator for one). */
  readonly prices: readonly LinePrice[] | null;
  /** Null unless the viewer is the buyer or the supplier (or an integrator they granted orders): what a pending change is read from. */
  readonly changeState: PendingChangeSource | null;
  readonly issuedAt: string;
  readonly updatedAt: string;
}

/** Names of the SQL parameters holding the viewer: `seesAs` a text[], `seesPrices` a boolean. */
export interface ViewerParameters {
  readonly seesAs: string;
  readonly seesPrices: string;
}

/**
 * The order `p` as the viewer sees it, as one jsonb object (a VisiblePurchaseOrderDetail): the
 * prices are selected only for its buyer and its supplier, the three fields of the domain's own
 * state a pending change is read from only for its parties, and the rest of that state (which
 * holds the prices too) never. Every purchase order query selects with it.
 */
export function visiblePurchaseOrderObject({ seesAs, seesPrices }: ViewerParameters, p = 'p'): string {
  const party = `(${p}.buyer_id = ANY(${seesAs}::text[]) OR ${p}.supplier_id = ANY(${seesAs}::text[]))`;
  return `jsonb_build_object(
         'poId', ${p}.po_id, 'customerOrderId', ${p}.customer_order_id, 'parentPoId', ${p}.parent_po_id, 'parentLineNo', ${p}.parent_line_no,
         'buyerId', ${p}.buyer_id, 'supplierId', ${p}.supplier_id, 'tier', ${p}.tier, 'status', ${p}.status, 'lines', ${p}.lines,
         'prices', CASE WHEN ${seesPrices}::boolean AND ${party} THEN ${p}.prices END,
         'changeState', CASE WHEN ${party} THEN jsonb_build_object('status', ${p}.state->'status', 'proposedChanges', ${p}.state->'proposedChanges', 'openChange', ${p}.state->'openChange') END,
         'issuedAt', ${p}.issued_at, 'updatedAt', ${p}.updated_at)`;
}

/**
 * Whether the viewer may see the order `p` at all, with its customer order joined as `co`
 * (fail-closed): its buyer and its supplier see it, and the lead that owns the customer order it
 * serves sees every tier. Every purchase order query filters with it.
 */
export function purchaseOrderVisibleTo({ seesAs }: Pick<ViewerParameters, 'seesAs'>, p = 'p', co = 'co'): string {
  return `(${p}.buyer_id = ANY(${seesAs}::text[]) OR ${p}.supplier_id = ANY(${seesAs}::text[]) OR ${co}.owner_id = ANY(${seesAs}::text[]))`;
}

/** One purchase order at any tier, or null when unknown or not the viewer's to see (the same null). */
export async function loadVisiblePurchaseOrder(db: Pool | PoolClient, schema: string, poId: string, viewer: OrderViewer): Promise<VisiblePurchaseOrderDetail | null> {
  const parameters = { seesAs: '$2', seesPrices: '$3' };
  const result = await db.query<{ purchase_order: VisiblePurchaseOrderDetail }>(
    `SELECT ${visiblePurchaseOrderObject(parameters)} AS purchase_order
       FROM "${schema}".purchase_orders p
       LEFT JOIN "${schema}".customer_orders co ON co.order_id = p.customer_order_id
      WHERE p.po_id = $1 AND ${purchaseOrderVisibleTo(parameters)}`,
    [poId, viewer.seesAs, viewer.seesPrices],
  );
  return result.rows[0]?.purchase_order ?? null;
}

import type { EventEnvelope } from '@renkei/contracts';
import type { Pool, PoolClient } from 'pg';
import { evolveCustomerOrderRow, type CustomerOrderRow } from '../read-models/customer-orders/customer-order-row';
import { evolvePurchaseOrderRow, type PurchaseOrderRow } from '../read-models/purchase-orders/purchase-order-row';
import type { TimelineEventRow } from '../read-models/timeline/timeline-rows';
import { evolveWorkItemRow, type WorkItemRow } from '../read-models/work-items/work-item-row';
import type { ReadModelTables } from '../read-models/read-model-schema';
import type { OrderTreeInput } from './order-tree-input';
import type { VisibleOrder } from './order-tree.query';

type Queryable = Pool | PoolClient;

/**
 * The order as it stood at `asOf`: the events recorded by then, on the streams the viewer may
 * see now (parties never change, so what the viewer may see is decided as for the live tree),
 * folded again by the very projection steps that build the live read models.
 */
export async function orderAsOf(db: Queryable, tables: ReadModelTables, schema: string, visible: VisibleOrder, asOf: Date): Promise<OrderTreeInput | null> {
  const visiblePoIds = visible.purchaseOrders.map((purchaseOrder) => purchaseOrder.poId);
  const result = await db.query<{ row: Record<string, unknown> }>(
    `SELECT to_jsonb(t) AS row FROM "${schema}".order_timeline t
      WHERE t.customer_order_id = $1 AND t.recorded_at <= $2 AND (t.subject = 'customer_order' OR t.po_id = ANY($3::text[]))
      ORDER BY t.log_commit, t.log_prepare`,
    [visible.order.orderId, asOf.toISOString(), visiblePoIds],
  );
  const events = result.rows.map(({ row }) => envelopeOf(tables.timeline.fromColumns(row) as TimelineEventRow));
  let order: CustomerOrderRow | null = null;
  const purchaseOrders = new Map<string, PurchaseOrderRow>();
  const workItems = new Map<string, WorkItemRow>();
  for (const event of events) {
    const data = event.data as { orderId?: string; poId?: string; lineNo?: number };
    if (event.streamId.startsWith('order-') && data.orderId === visible.order.orderId) {
      order = evolveCustomerOrderRow(order, event);
    } else if (event.streamId.startsWith('order-') && data.orderId !== undefined) {
      const next = evolvePurchaseOrderRow(purchaseOrders.get(data.orderId) ?? null, event);
      if (next !== null) purchaseOrders.set(data.orderId, next);
    } else if (data.poId !== undefined && data.lineNo !== undefined) {
      const key = `${data.poId}/${data.lineNo}`;
      const next = evolveWorkItemRow(workItems.get(key) ?? null, event);
      if (next !== null) workItems.set(key, next);
    }
  }
  if (order === null) return null;
  return {
    order,
    seesCustomer: visible.seesCustomer,
    nodes: visible.nodes,
    purchaseOrders: [...purchaseOrders.values()].map((row) => ({
      poId: row.poId,
      customerOrderId: row.customerOrderId,
      parentPoId: row.parentPoId,
      parentLineNo: row.parentLineNo,
      buyerId: row.buyerId,
      supplierId: row.supplierId,
      tier: row.tier,
      status: row.status,
      lines: row.lines,
      prices: visible.pricedPoIds.has(row.poId) ? row.prices : null,
      issuedAt: row.issuedAt,
    })),
    workItems: [...workItems.values()].map(({ state: _state, ...item }) => item),
  };
}

function envelopeOf(row: TimelineEventRow): EventEnvelope {
  return {
    id: row.eventId,
    type: row.type,
    streamId: row.streamId,
    revision: BigInt(row.revision),
    logPosition: `${row.logCommit}-${row.logPrepare}`,
    schemaVersion: row.schemaVersion,
    recordedAt: new Date(row.recordedAt),
    data: row.data,
    metadata: {},
  };
}

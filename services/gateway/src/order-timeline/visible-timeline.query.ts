import type { Pool } from 'pg';
import type { VisibleOrder } from '../order-tree/order-tree.query';
import type { ReadModelTables } from '../read-models/read-model-schema';
import type { TimelineEventRow } from '../read-models/timeline/timeline-rows';

/**
 * The order's events the viewer may see, in global order: the same cut as the order's tree
 * (the customer order's own events for its owner, the purchase orders and the work items on
 * the nodes the viewer sees), decided in SQL.
 */
export async function loadVisibleTimeline(db: Pool, tables: ReadModelTables, schema: string, visible: VisibleOrder): Promise<TimelineEventRow[]> {
  const shownItems = visible.workItems.filter((item) => item.bomNodeId !== null && visible.visibleNodeIds.has(item.bomNodeId));
  const result = await db.query<{ row: Record<string, unknown> }>(
    `SELECT to_jsonb(t) AS row FROM "${schema}".order_timeline t
      WHERE t.customer_order_id = $1
        AND ((t.subject = 'customer_order' AND $2::boolean)
             OR (t.subject = 'purchase_order' AND t.po_id = ANY($3::text[]))
             OR (t.subject = 'work_item' AND (t.po_id, t.line_no) IN (SELECT * FROM unnest($4::text[], $5::int[]))))
      ORDER BY t.log_commit, t.log_prepare`,
    [
      visible.order.orderId,
      visible.seesCustomer,
      visible.purchaseOrders.map((order) => order.poId),
      shownItems.map((item) => item.poId),
      shownItems.map((item) => item.lineNo),
    ],
  );
  return result.rows.map(({ row }) => tables.timeline.fromColumns(row) as TimelineEventRow);
}

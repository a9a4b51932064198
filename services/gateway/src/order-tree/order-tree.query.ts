import type { Pool, PoolClient } from 'pg';
import type { BomNodeRow } from '../read-models/bom-nodes/bom-node-rows';
import type { CustomerOrderRow } from '../read-models/customer-orders/customer-order-row';
import type { ReadModelTables } from '../read-models/read-model-schema';
import type { OrderTreeInput, VisiblePurchaseOrder, VisibleWorkItem } from './order-tree-input';
import type { OrderViewer } from './order-viewer';

type Queryable = Pool | PoolClient;

/** What the viewer may see of one order: the facts the tree is built from, or null when the order is not theirs to see. */
export interface VisibleOrder extends OrderTreeInput {
  /** Streams whose events the viewer may see in the timeline and "as of" answers. */
  readonly visibleNodeIds: ReadonlySet<string>;
  readonly pricedPoIds: ReadonlySet<string>;
}

/**
 * Loads a customer order's tree as the viewer is entitled to see it, in two SQL round trips
 * whatever the tree's size: the order, then one statement returning the visible nodes,
 * purchase orders and work items together. Entitlement is decided in the SQL (fail-closed):
 * the order's owner sees every node; a workshop sees the subtree of every node it buys or
 * supplies and the nodes above it that it delivers into; prices only reach an order's two parties.
 */
export class OrderTreeQuery {
  constructor(
    private readonly tables: ReadModelTables,
    private readonly schema: string,
  ) {}

  async load(db: Queryable, orderId: string, viewer: OrderViewer): Promise<VisibleOrder | null> {
    const found = await db.query<{ row: Record<string, unknown> }>(`SELECT to_jsonb(o) AS row FROM "${this.schema}".customer_orders o WHERE o.order_id = $1`, [orderId]);
    const orderColumns = found.rows[0]?.row;
    if (orderColumns === undefined) return null;
    const order = this.tables.customerOrders.fromColumns(orderColumns) as CustomerOrderRow;
    const seesWholeOrder = viewer.seesAs.includes(order.ownerId);
    const { bomNodes, purchaseOrders: poTable, workItems: itemTable } = this.tables;
    // Only the columns the tree needs, as json (not jsonb): the domain `state` is most of a row's
    // bytes, and building jsonb costs PostgreSQL twice the time (bench:order-tree).
    // The owner's answer skips the visibility tests: it sees every node ($5).
    const result = await db.query<{ nodes: Array<Record<string, unknown>>; purchase_orders: Array<Record<string, unknown>>; work_items: Array<Record<string, unknown>> }>(
      `WITH pos AS (SELECT ${poTable.columnList(['state', 'updatedAt', 'lastRevision'])} FROM "${this.schema}".purchase_orders WHERE customer_order_id = $1),
            nodes AS (SELECT * FROM "${this.schema}".bom_nodes WHERE product_id = $2 AND revision = $3),
            mine AS (SELECT DISTINCT jsonb_array_elements_text(p.node_ids) AS node_id FROM pos p WHERE p.supplier_id = ANY($4::text[]) OR p.buyer_id = ANY($4::text[])),
            mine_paths AS (SELECT n.path FROM nodes n JOIN mine m USING (node_id)),
            visible AS (
              SELECT n.* FROM nodes n
               WHERE $5::boolean
                  OR EXISTS (SELECT 1 FROM mine m WHERE n.path ? m.node_id)
                  OR EXISTS (SELECT 1 FROM mine_paths mp WHERE mp.path ? n.node_id)),
            visible_pos AS (SELECT p.* FROM pos p WHERE $5::boolean OR EXISTS (SELECT 1 FROM visible v WHERE p.node_ids ? v.node_id))
       SELECT
         (SELECT coalesce(json_agg(${bomNodes.jsonObject('v')} ORDER BY v.position), '[]') FROM visible v) AS nodes,
         (SELECT coalesce(json_agg(${poTable.jsonObject('p', ['state', 'updatedAt', 'lastRevision', 'nodeIds'], {
                   prices: 'CASE WHEN $6::boolean AND (p.buyer_id = ANY($4::text[]) OR p.supplier_id = ANY($4::text[])) THEN p.prices END',
                 })}), '[]')
            FROM visible_pos p) AS purchase_orders,
         (SELECT coalesce(json_agg(${itemTable.jsonObject('w', ['state'])}), '[]') FROM "${this.schema}".work_items w
           WHERE w.customer_order_id = $1 AND ($5::boolean OR EXISTS (SELECT 1 FROM visible v WHERE v.node_id = w.bom_node_id))) AS work_items`,
      [orderId, order.productId, order.bomRevision, viewer.seesAs, seesWholeOrder, viewer.seesPrices],
    );
    const sets = result.rows[0];
    if (sets === undefined || (!seesWholeOrder && sets.nodes.length === 0)) return null;
    const nodes = sets.nodes.map((columns) => bomNodes.fromColumns(columns) as BomNodeRow);
    const purchaseOrders = sets.purchase_orders.map((columns) => {
      const { state: _state, lastRevision: _revision, nodeIds: _nodes, updatedAt: _updated, ...visible } = poTable.fromColumns(columns);
      return visible as VisiblePurchaseOrder;
    });
    const workItems = sets.work_items.map((columns) => {
      const { state: _state, ...visible } = itemTable.fromColumns(columns);
      return visible as VisibleWorkItem;
    });
    return {
      order,
      seesCustomer: seesWholeOrder,
      nodes,
      purchaseOrders,
      workItems,
      visibleNodeIds: new Set(nodes.map((node) => node.nodeId)),
      pricedPoIds: new Set(purchaseOrders.filter((purchaseOrder) => purchaseOrder.prices !== null).map((purchaseOrder) => purchaseOrder.poId)),
    };
  }
}

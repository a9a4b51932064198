/**
 * The hand-written floor for the order tree query: one SQL statement returning, as JSON text, the
 * raw facts the GraphQL answer is made of (the BOM revision's nodes, each with its purchase order
 * lines, prices and work items) from the same read-model tables. No entitlement, no rollups.
 * Built as json, not jsonb: PostgreSQL writes json text directly, about twice as fast here.
 */
export function orderTreeBaselineSql(schema: string): string {
  const table = (name: string) => `"${schema}".${name}`;
  return `
    WITH o AS (SELECT order_id, status, product_id, bom_revision, lines FROM ${table('customer_orders')} WHERE order_id = $1),
         assignments AS (
           SELECT l.line->>'bomNodeId' AS node_id,
                  json_agg(json_build_object(
                    'poId', p.po_id, 'lineNo', l.line->'lineNo', 'supplierId', p.supplier_id, 'tier', p.tier, 'orderStatus', p.status,
                    'quantity', l.line->'quantity', 'dueDate', l.line->'dueDate', 'unitPrice', price.value->'unitPrice',
                    'workStatus', w.status, 'qtyGood', w.qty_good, 'eta', w.eta, 'delayReason', w.delay_reason, 'note', w.note)) AS assignments
             FROM ${table('purchase_orders')} p
             CROSS JOIN LATERAL jsonb_array_elements(p.lines) AS l(line)
             LEFT JOIN LATERAL jsonb_array_elements(p.prices) AS price(value) ON price.value->'lineNo' = l.line->'lineNo'
             LEFT JOIN ${table('work_items')} w ON w.po_id = p.po_id AND w.line_no = (l.line->>'lineNo')::int AND w.customer_order_id = $1
            WHERE p.customer_order_id = $1
            GROUP BY 1)
    SELECT json_build_object(
             'orderId', o.order_id, 'status', o.status, 'lines', o.lines,
             'nodes', (SELECT coalesce(json_agg(json_build_object(
                                'nodeId', n.node_id, 'parentId', n.parent_id, 'partNumber', n.part_number, 'qtyPer', n.qty_per,
                                'assignments', coalesce(a.assignments, '[]'::json)) ORDER BY n.position), '[]'::json)
                         FROM ${table('bom_nodes')} n LEFT JOIN assignments a USING (node_id)
                        WHERE n.product_id = o.product_id AND n.revision = o.bom_revision))::text AS tree
      FROM o`;
}

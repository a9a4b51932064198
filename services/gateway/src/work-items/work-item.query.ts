import type { Pool, PoolClient } from 'pg';
import type { ReadModelTable } from '../read-models/read-model-table';
import type { WorkItemRow } from '../read-models/work-items/work-item-row';

/** Who may see a work item, decided in SQL from the events' facts (fail-closed: no fact, no row). */
export interface WorkItemViewer {
  /** The companies whose entitlements the viewer has: itself, or for an integrator the companies that granted it `work`. */
  readonly seesAs: readonly string[];
  /** True only for the lead of a single-lead deployment, who also sees items reported before any purchase order. */
  readonly seesUnassignedWork: boolean;
}

/**
 * The item if the viewer is its supplier or buyer, owns the customer order it serves
 * (every tier below the lead), or reported it before any purchase order existed.
 */
export async function loadVisibleWorkItem(
  db: Pool | PoolClient,
  table: ReadModelTable<WorkItemRow>,
  schema: string,
  key: { poId: string; lineNo: number },
  viewer: WorkItemViewer,
): Promise<WorkItemRow | null> {
  const result = await db.query<{ row: Record<string, unknown> }>(
    `SELECT to_jsonb(w) AS row FROM "${schema}".work_items w
       LEFT JOIN "${schema}".customer_orders co ON co.order_id = w.customer_order_id
      WHERE w.po_id = $1 AND w.line_no = $2
        AND (w.supplier_id = ANY($3::text[]) OR w.buyer_id = ANY($3::text[]) OR co.owner_id = ANY($3::text[])
             OR (w.supplier_id IS NULL AND w.reported_by = ANY($3::text[]))
             OR (w.buyer_id IS NULL AND $4::boolean))`,
    [key.poId, key.lineNo, viewer.seesAs, viewer.seesUnassignedWork],
  );
  const found = result.rows[0];
  return found === undefined ? null : table.fromColumns(found.row);
}

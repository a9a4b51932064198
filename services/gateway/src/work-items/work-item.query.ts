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
 * The SQL condition under which the viewer (`seesAs`, a text[] parameter, and `seesUnassignedWork`,
 * a boolean one) may see the work item `w`, with its customer order joined as `co`: it is the
 * item's supplier or buyer, owns the customer order it serves (every tier below the lead), or
 * reported it before any purchase order existed. Every work item query filters with it.
 */
export function workItemVisibleTo(parameters: { seesAs: string; seesUnassignedWork: string }, w = 'w', co = 'co'): string {
  const { seesAs, seesUnassignedWork } = parameters;
  return `(${w}.supplier_id = ANY(${seesAs}::text[]) OR ${w}.buyer_id = ANY(${seesAs}::text[]) OR ${co}.owner_id = ANY(${seesAs}::text[])
             OR (${w}.supplier_id IS NULL AND ${w}.reported_by = ANY(${seesAs}::text[]))
             OR (${w}.buyer_id IS NULL AND ${seesUnassignedWork}::boolean))`;
}

/** The item if the viewer may see it (see workItemVisibleTo). */
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
        AND ${workItemVisibleTo({ seesAs: '$3', seesUnassignedWork: '$4' })}`,
    [key.poId, key.lineNo, viewer.seesAs, viewer.seesUnassignedWork],
  );
  const found = result.rows[0];
  return found === undefined ? null : table.fromColumns(found.row);
}

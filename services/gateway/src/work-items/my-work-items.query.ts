import type { Pool, PoolClient } from 'pg';
import { decodeListCursor, encodeListCursor, isDate, isText, isWholeNumber } from '../paging';
import type { ReadModelTable } from '../read-models/read-model-table';
import type { WorkItemRow } from '../read-models/work-items/work-item-row';
import { workItemVisibleTo, type WorkItemViewer } from './work-item.query';

/** Every status a work item can show (WorkItem.status). */
export const WORK_ITEM_STATUSES = ['not_started', 'in_progress', 'completed', 'delayed', 'blocked'] as const;

/** A work item row as a list hands it out: without the domain state, with its BOM node's description. */
export type ListedWorkItem = Omit<WorkItemRow, 'state'> & { readonly description: string | null };

/** Due date first (items without one last), then purchase order and line: the sort key a cursor holds. */
export interface WorkItemSortKey {
  readonly dueDate: string | null;
  readonly poId: string;
  readonly lineNo: number;
}

const LIST = 'myWorkItems';

export function encodeWorkItemCursor(item: WorkItemSortKey): string {
  return encodeListCursor(LIST, [item.dueDate, item.poId, item.lineNo]);
}

export function decodeWorkItemCursor(cursor: string): WorkItemSortKey | null {
  const key = decodeListCursor(LIST, cursor);
  if (key === null || key.length !== 3) return null;
  const [dueDate, poId, lineNo] = key;
  if (!(dueDate === null || isDate(dueDate)) || !isText(poId) || !isWholeNumber(lineNo)) return null;
  return { dueDate, poId, lineNo };
}

export interface WorkItemPageRequest {
  /** Null: the items whose work is not finished (see ownWorkOf); else the items showing one of these statuses. */
  readonly statuses: readonly string[] | null;
  readonly first: number;
  readonly after: WorkItemSortKey | null;
}

/**
 * A page of the work items `workshopId` does as their supplier (or, before any purchase order,
 * as the workshop that reported them), each also passing the visibility rule of workItem(poId,
 * lineNo); read with one extra row, so the caller can tell whether another page follows.
 */
export async function loadWorkItemsSuppliedBy(
  db: Pool | PoolClient,
  table: ReadModelTable<WorkItemRow>,
  schema: string,
  workshopId: string,
  viewer: WorkItemViewer,
  page: WorkItemPageRequest,
): Promise<ListedWorkItem[]> {
  const after = page.after;
  const result = await db.query<{ row: Record<string, unknown>; description: string | null }>(
    `SELECT ${table.jsonObject('w', ['state'])} AS row, b.description
       FROM "${schema}".work_items w
       LEFT JOIN "${schema}".customer_orders co ON co.order_id = w.customer_order_id
       LEFT JOIN "${schema}".bom_nodes b ON b.product_id = co.product_id AND b.revision = w.bom_revision AND b.node_id = w.bom_node_id
      WHERE (w.supplier_id = $1 OR (w.supplier_id IS NULL AND w.reported_by = $1))
        AND ${workItemVisibleTo({ seesAs: '$2', seesUnassignedWork: '$3' })}
        AND CASE WHEN $4::text[] IS NULL THEN NOT w.finished ELSE w.status = ANY($4::text[]) END
        AND (NOT $5::boolean OR (coalesce(w.due_date, 'infinity'::date), w.po_id, w.line_no) > (coalesce($6::date, 'infinity'::date), $7::text, $8::int))
      ORDER BY coalesce(w.due_date, 'infinity'::date), w.po_id, w.line_no
      LIMIT $9`,
    [workshopId, viewer.seesAs, viewer.seesUnassignedWork, page.statuses, after !== null, after?.dueDate ?? null, after?.poId ?? null, after?.lineNo ?? null, page.first + 1],
  );
  return result.rows.map(({ row, description }) => {
    const { state: _state, ...item } = table.fromColumns(row);
    return { ...item, description };
  });
}

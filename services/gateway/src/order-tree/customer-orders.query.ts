import type { Pool, PoolClient } from 'pg';
import type { CustomerOrderRow } from '../read-models/customer-orders/customer-order-row';
import type { ReadModelTable } from '../read-models/read-model-table';
import type { OrderViewer } from './order-viewer';

export interface CustomerOrderFilter {
  /** open or closed */
  readonly status?: string | null;
  /** Only orders of this lead contractor. */
  readonly ownerId?: string | null;
}

export interface CustomerOrderPage {
  readonly orders: CustomerOrderRow[];
  readonly hasNextPage: boolean;
}

/** Newest first; the cursor is the last row's (placed_at, order_id), so pages never skip or repeat a row. */
export interface PageCursor {
  readonly placedAt: string;
  readonly orderId: string;
}

export function encodeCursor(order: Pick<CustomerOrderRow, 'placedAt' | 'orderId'>): string {
  return Buffer.from(JSON.stringify([order.placedAt, order.orderId])).toString('base64url');
}

/** Null when the text is not a cursor this API gave out. */
export function decodeCursor(cursor: string): PageCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') return null;
    if (Number.isNaN(Date.parse(parsed[0]))) return null;
    return { placedAt: parsed[0], orderId: parsed[1] };
  } catch {
    return null;
  }
}

/**
 * The customer orders the viewer may see, a page at a time: the ones it owns, and the ones it
 * buys or supplies for at any tier (decided in SQL, fail-closed).
 */
export async function loadCustomerOrderPage(
  db: Pool | PoolClient,
  table: ReadModelTable<CustomerOrderRow>,
  schema: string,
  viewer: OrderViewer,
  page: { filter: CustomerOrderFilter; first: number; after: PageCursor | null },
): Promise<CustomerOrderPage> {
  const result = await db.query<{ row: Record<string, unknown> }>(
    `SELECT to_jsonb(o) AS row FROM "${schema}".customer_orders o
      WHERE (o.owner_id = ANY($1::text[])
             OR EXISTS (SELECT 1 FROM "${schema}".purchase_orders p
                         WHERE p.customer_order_id = o.order_id AND (p.buyer_id = ANY($1::text[]) OR p.supplier_id = ANY($1::text[]))))
        AND ($2::text IS NULL OR o.status = $2)
        AND ($3::text IS NULL OR o.owner_id = $3)
        AND ($4::timestamptz IS NULL OR (o.placed_at, o.order_id) < ($4::timestamptz, $5::text))
      ORDER BY o.placed_at DESC, o.order_id DESC
      LIMIT $6`,
    [viewer.seesAs, page.filter.status ?? null, page.filter.ownerId ?? null, page.after?.placedAt ?? null, page.after?.orderId ?? null, page.first + 1],
  );
  const rows = result.rows.map(({ row }) => table.fromColumns(row));
  return { orders: rows.slice(0, page.first), hasNextPage: rows.length > page.first };
}

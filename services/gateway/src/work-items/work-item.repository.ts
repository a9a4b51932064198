import type { Pool, PoolClient } from 'pg';
import type { Migration } from '@renkei/event-store-postgres';
import type { WorkItemRow } from './work-item-row';

export const workItemsTable: Migration = {
  version: 1,
  name: 'work-items',
  sql: `
CREATE TABLE __SCHEMA__.work_items (
  po_id         text NOT NULL,
  line_no       int NOT NULL,
  status        text NOT NULL,
  qty_good      int NOT NULL,
  qty_scrap     int NOT NULL,
  eta           date,
  note          text,
  occurred_at   timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL,
  reported_by   text NOT NULL,
  last_revision bigint NOT NULL,
  PRIMARY KEY (po_id, line_no)
);
`,
};

/** Opened items know their parties; customer orders tell whose end-to-end order a work item serves. */
export const workItemPartiesColumns: Migration = {
  version: 2,
  name: 'work-item-parties',
  sql: `
ALTER TABLE __SCHEMA__.work_items
  ALTER COLUMN reported_by DROP NOT NULL,
  ADD COLUMN buyer_id text,
  ADD COLUMN supplier_id text,
  ADD COLUMN customer_order_id text,
  ADD COLUMN part_number text,
  ADD COLUMN quantity int,
  ADD COLUMN due_date date;
CREATE TABLE __SCHEMA__.customer_orders (
  order_id  text PRIMARY KEY,
  owner_id  text NOT NULL,
  placed_at timestamptz NOT NULL
);
`,
};

/** A BOM change flags work in progress made to an older revision. */
export const workItemOutdatedRevisionColumn: Migration = {
  version: 3,
  name: 'work-item-outdated-revision',
  sql: `
ALTER TABLE __SCHEMA__.work_items ADD COLUMN outdated_revision int;
`,
};

interface Columns {
  po_id: string;
  line_no: number;
  status: string;
  qty_good: number;
  qty_scrap: number;
  eta: string | null;
  note: string | null;
  occurred_at: Date;
  updated_at: Date;
  reported_by: string | null;
  last_revision: string;
  buyer_id: string | null;
  supplier_id: string | null;
  customer_order_id: string | null;
  part_number: string | null;
  quantity: number | null;
  due_date: string | null;
  outdated_revision: number | null;
}

const SELECT = `w.po_id, w.line_no, w.status, w.qty_good, w.qty_scrap, to_char(w.eta, 'YYYY-MM-DD') AS eta, w.note, w.occurred_at, w.updated_at,
  w.reported_by, w.last_revision, w.buyer_id, w.supplier_id, w.customer_order_id, w.part_number, w.quantity, to_char(w.due_date, 'YYYY-MM-DD') AS due_date,
  w.outdated_revision`;

/** Who may see a work item, decided in SQL from the events' facts (fail-closed: no fact, no row). */
export interface WorkItemViewer {
  /** The companies whose entitlements the viewer has: itself, or for an integrator the companies that granted it `work`. */
  readonly seesAs: readonly string[];
  /** True only for the lead of a single-lead deployment, who also sees items reported before any purchase order. */
  readonly seesUnassignedWork: boolean;
}

/** SQL for the work_items read model; the projection's writes run inside the consumer's transaction. */
export class WorkItemRepository {
  constructor(private readonly schema: string) {}

  async load(db: Pool | PoolClient, poId: string, lineNo: number): Promise<WorkItemRow | null> {
    return (await this.loadMany(db, [{ poId, lineNo }])).get(workItemKey(poId, lineNo)) ?? null;
  }

  /** The rows of many lines in one statement, by `workItemKey`; a line without a row is absent. */
  async loadMany(db: Pool | PoolClient, lines: ReadonlyArray<{ poId: string; lineNo: number }>): Promise<Map<string, WorkItemRow>> {
    const result = await db.query<Columns>(
      `SELECT ${SELECT} FROM "${this.schema}".work_items w
         JOIN unnest($1::text[], $2::int[]) AS wanted(po_id, line_no) USING (po_id, line_no)`,
      [lines.map((line) => line.poId), lines.map((line) => line.lineNo)],
    );
    return new Map(result.rows.map((columns) => [workItemKey(columns.po_id, columns.line_no), toRow(columns)]));
  }

  /**
   * The item if the viewer is its supplier or buyer, owns the customer order it serves
   * (every tier below the lead), or reported it before any purchase order existed.
   */
  async loadVisible(db: Pool | PoolClient, poId: string, lineNo: number, viewer: WorkItemViewer): Promise<WorkItemRow | null> {
    const result = await db.query<Columns>(
      `SELECT ${SELECT} FROM "${this.schema}".work_items w
         LEFT JOIN "${this.schema}".customer_orders co ON co.order_id = w.customer_order_id
        WHERE w.po_id = $1 AND w.line_no = $2
          AND (w.supplier_id = ANY($3::text[]) OR w.buyer_id = ANY($3::text[]) OR co.owner_id = ANY($3::text[])
               OR (w.supplier_id IS NULL AND w.reported_by = ANY($3::text[]))
               OR (w.buyer_id IS NULL AND $4::boolean))`,
      [poId, lineNo, viewer.seesAs, viewer.seesUnassignedWork],
    );
    const row = result.rows[0];
    return row === undefined ? null : toRow(row);
  }

  async saveCustomerOrder(transaction: PoolClient, orderId: string, ownerId: string, placedAt: Date): Promise<void> {
    await transaction.query(`INSERT INTO "${this.schema}".customer_orders (order_id, owner_id, placed_at) VALUES ($1, $2, $3) ON CONFLICT (order_id) DO NOTHING`, [
      orderId,
      ownerId,
      placedAt,
    ]);
  }

  async save(transaction: PoolClient, row: WorkItemRow): Promise<void> {
    await this.saveMany(transaction, [row]);
  }

  /** Inserts or replaces many rows in one statement (one row per line: the caller folds a batch first). */
  async saveMany(transaction: PoolClient, rows: readonly WorkItemRow[]): Promise<void> {
    if (rows.length === 0) return;
    const column = <Value>(value: (row: WorkItemRow) => Value) => rows.map(value);
    await transaction.query(
      `INSERT INTO "${this.schema}".work_items
         (po_id, line_no, status, qty_good, qty_scrap, eta, note, occurred_at, updated_at, reported_by, last_revision,
          buyer_id, supplier_id, customer_order_id, part_number, quantity, due_date, outdated_revision)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::int[], $5::int[], $6::date[], $7::text[], $8::timestamptz[],
                            $9::timestamptz[], $10::text[], $11::bigint[], $12::text[], $13::text[], $14::text[], $15::text[],
                            $16::int[], $17::date[], $18::int[])
       ON CONFLICT (po_id, line_no) DO UPDATE SET
         status = excluded.status, qty_good = excluded.qty_good, qty_scrap = excluded.qty_scrap, eta = excluded.eta,
         note = excluded.note, occurred_at = excluded.occurred_at, updated_at = excluded.updated_at,
         reported_by = excluded.reported_by, last_revision = excluded.last_revision,
         buyer_id = excluded.buyer_id, supplier_id = excluded.supplier_id, customer_order_id = excluded.customer_order_id,
         part_number = excluded.part_number, quantity = excluded.quantity, due_date = excluded.due_date,
         outdated_revision = excluded.outdated_revision`,
      [
        column((row) => row.poId), column((row) => row.lineNo), column((row) => row.status), column((row) => row.qtyGood),
        column((row) => row.qtyScrap), column((row) => row.eta), column((row) => row.note), column((row) => row.occurredAt),
        column((row) => row.updatedAt), column((row) => row.reportedBy), column((row) => row.lastRevision.toString()),
        column((row) => row.buyerId), column((row) => row.supplierId), column((row) => row.customerOrderId),
        column((row) => row.partNumber), column((row) => row.quantity), column((row) => row.dueDate), column((row) => row.outdatedRevision),
      ],
    );
  }
}

export function workItemKey(poId: string, lineNo: number): string {
  return `${poId}/${lineNo}`;
}

function toRow(columns: Columns): WorkItemRow {
  return {
    poId: columns.po_id,
    lineNo: columns.line_no,
    status: columns.status,
    qtyGood: columns.qty_good,
    qtyScrap: columns.qty_scrap,
    eta: columns.eta,
    note: columns.note,
    occurredAt: columns.occurred_at,
    updatedAt: columns.updated_at,
    reportedBy: columns.reported_by,
    lastRevision: BigInt(columns.last_revision),
    buyerId: columns.buyer_id,
    supplierId: columns.supplier_id,
    customerOrderId: columns.customer_order_id,
    partNumber: columns.part_number,
    quantity: columns.quantity,
    dueDate: columns.due_date,
    outdatedRevision: columns.outdated_revision,
  };
}

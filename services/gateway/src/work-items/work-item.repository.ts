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
  reported_by: string;
  last_revision: string;
}

const SELECT = `po_id, line_no, status, qty_good, qty_scrap, to_char(eta, 'YYYY-MM-DD') AS eta, note, occurred_at, updated_at, reported_by, last_revision`;

/** SQL for the work_items read model; the projection's writes run inside the consumer's transaction. */
export class WorkItemRepository {
  constructor(private readonly schema: string) {}

  async load(db: Pool | PoolClient, poId: string, lineNo: number): Promise<WorkItemRow | null> {
    const result = await db.query<Columns>(`SELECT ${SELECT} FROM "${this.schema}".work_items WHERE po_id = $1 AND line_no = $2`, [poId, lineNo]);
    const row = result.rows[0];
    return row === undefined ? null : toRow(row);
  }

  async save(transaction: PoolClient, row: WorkItemRow): Promise<void> {
    await transaction.query(
      `INSERT INTO "${this.schema}".work_items
         (po_id, line_no, status, qty_good, qty_scrap, eta, note, occurred_at, updated_at, reported_by, last_revision)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (po_id, line_no) DO UPDATE SET
         status = excluded.status, qty_good = excluded.qty_good, qty_scrap = excluded.qty_scrap, eta = excluded.eta,
         note = excluded.note, occurred_at = excluded.occurred_at, updated_at = excluded.updated_at,
         reported_by = excluded.reported_by, last_revision = excluded.last_revision`,
      [row.poId, row.lineNo, row.status, row.qtyGood, row.qtyScrap, row.eta, row.note, row.occurredAt, row.updatedAt, row.reportedBy, row.lastRevision.toString()],
    );
  }
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
  };
}

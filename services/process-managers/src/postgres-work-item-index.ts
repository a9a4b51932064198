import type { IndexedWorkItem, WorkItemIndex } from '@renkei/process-managers';
import type { ManagerTables, ReadSide } from './read-side';

export const workItemIndexTables: ManagerTables = {
  component: 'process-manager.flag-outdated-work',
  migrations: [
    {
      version: 1,
      name: 'open-work-items-by-product',
      sql: `
CREATE TABLE __SCHEMA__.pm_open_work_items (
  po_id        text NOT NULL,
  line_no      int NOT NULL,
  product_id   text NOT NULL,
  bom_node_id  text NOT NULL,
  bom_revision int NOT NULL,
  workshop_ids text[] NOT NULL,
  PRIMARY KEY (po_id, line_no)
);
CREATE INDEX pm_open_work_items_by_product ON __SCHEMA__.pm_open_work_items (product_id, bom_revision);
`,
    },
  ],
};

interface Row {
  po_id: string;
  line_no: number;
  product_id: string;
  bom_node_id: string;
  bom_revision: number;
  workshop_ids: string[];
}

/** The BOM-change manager's index of open work items, in the read schema. */
export const postgresWorkItemIndex: WorkItemIndex<ReadSide> = {
  async remember({ transaction, schema }, item: IndexedWorkItem) {
    await transaction.query(
      `INSERT INTO "${schema}".pm_open_work_items (po_id, line_no, product_id, bom_node_id, bom_revision, workshop_ids)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (po_id, line_no) DO NOTHING`,
      [item.poId, item.lineNo, item.productId, item.bomNodeId, item.bomRevision, [...item.workshopIds]],
    );
  },

  async forget({ transaction, schema }, poId: string, lineNo: number) {
    await transaction.query(`DELETE FROM "${schema}".pm_open_work_items WHERE po_id = $1 AND line_no = $2`, [poId, lineNo]);
  },

  async openItemsBelow({ transaction, schema }, productId: string, revision: number) {
    const result = await transaction.query<Row>(
      `SELECT po_id, line_no, product_id, bom_node_id, bom_revision, workshop_ids FROM "${schema}".pm_open_work_items
        WHERE product_id = $1 AND bom_revision < $2 ORDER BY po_id, line_no`,
      [productId, revision],
    );
    return result.rows.map((row) => ({
      poId: row.po_id,
      lineNo: row.line_no,
      productId: row.product_id,
      bomNodeId: row.bom_node_id,
      bomRevision: row.bom_revision,
      workshopIds: row.workshop_ids,
    }));
  },
};

import type { TierOneOrderIndex } from '@renkei/process-managers';
import type { ManagerTables, ReadSide } from './read-side';

export const tierOneOrderIndexTables: ManagerTables = {
  component: 'process-manager.close-customer-orders',
  migrations: [
    {
      version: 1,
      name: 'tier-one-orders-by-customer-order',
      sql: `
CREATE TABLE __SCHEMA__.pm_tier_one_orders (
  customer_order_id text NOT NULL,
  order_id          text NOT NULL,
  PRIMARY KEY (customer_order_id, order_id)
);
`,
    },
  ],
};

/** The closing manager's index of the lead's direct purchase orders per customer order, in the read schema. */
export const postgresTierOneOrderIndex: TierOneOrderIndex<ReadSide> = {
  async remember({ transaction, schema }, customerOrderId: string, orderId: string) {
    await transaction.query(`INSERT INTO "${schema}".pm_tier_one_orders (customer_order_id, order_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      customerOrderId,
      orderId,
    ]);
  },

  async ordersOf({ transaction, schema }, customerOrderId: string) {
    const result = await transaction.query<{ order_id: string }>(`SELECT order_id FROM "${schema}".pm_tier_one_orders WHERE customer_order_id = $1 ORDER BY order_id`, [
      customerOrderId,
    ]);
    return result.rows.map((row) => row.order_id);
  },
};

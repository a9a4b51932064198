import { Pool, type PoolClient } from 'pg';
import type { EventEnvelope } from '@renkei/contracts';
import { dropSchema, testDatabaseUrl, uniqueSchemaName } from '@renkei/testing';
import { OrderTreeQuery } from '../order-tree/order-tree.query';
import { buildOrderTree } from '../order-tree/build-order-tree';
import { largeOrderEvents } from '../testing/large-order-events';
import { orderProjection } from './order-projection';
import { ReadModelSchema } from './read-model-schema';

describe('order read models (real PostgreSQL)', () => {
  const schemaName = uniqueSchemaName('rm_orders');
  let pool: Pool;
  let schema: ReadModelSchema;
  const order = largeOrderEvents({ orderId: 'CO-BIG', productId: 'PUMP', leadId: 'lead-1', workshops: 20, nodes: 1000 });

  beforeAll(async () => {
    pool = new Pool({ connectionString: testDatabaseUrl() });
    schema = await ReadModelSchema.open(testDatabaseUrl(), pool, schemaName);
  });
  afterAll(async () => {
    await schema.close();
    await pool.end();
    await dropSchema(schemaName);
  });

  const apply = async (events: readonly EventEnvelope[]) => {
    const client: PoolClient = await pool.connect();
    try {
      await client.query('BEGIN');
      await orderProjection(schema.tables).apply(events, client);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  };
  const snapshot = async () => {
    const tables = ['customer_orders', 'purchase_orders', 'work_items', 'bom_nodes', 'order_timeline'];
    const rows: Record<string, unknown[]> = {};
    for (const table of tables) rows[table] = (await pool.query(`SELECT to_jsonb(t) AS row FROM "${schemaName}".${table} t ORDER BY 1`)).rows;
    return rows;
  };

  it('starts stale (new tables to replay), and a second open of the same shape does not', async () => {
    expect(schema.stale).toBe(true);
    await schema.markRebuilt(pool);
    const again = await ReadModelSchema.open(testDatabaseUrl(), pool, schemaName);
    expect(again.stale).toBe(false);
    await again.close();
  });

  it('folds a big order in batches, and replaying every batch again changes no row', async () => {
    for (let start = 0; start < order.events.length; start += 500) await apply(order.events.slice(start, start + 500));
    const once = await snapshot();
    expect(once['work_items']).toHaveLength(1000);
    expect(once['order_timeline']).toHaveLength(order.events.length - 1); // the BOM revision serves no order by itself
    await apply(order.events);
    expect(await snapshot()).toEqual(once);
  });

  it('answers the whole tree of 1,000 nodes across 20 workshops in at most 3 SQL round trips', async () => {
    let roundTrips = 0;
    const counting = { query: (text: string, values: unknown[]) => ((roundTrips += 1), pool.query(text, values)) } as unknown as Pool;
    const visible = await new OrderTreeQuery(schema.tables, schemaName).load(counting, 'CO-BIG', { seesAs: ['lead-1'], seesPrices: true });
    expect(roundTrips).toBeLessThanOrEqual(3);
    expect(visible?.nodes).toHaveLength(1000);
    expect(new Set(visible?.purchaseOrders.map((purchaseOrder) => purchaseOrder.supplierId)).size).toBe(20);
    const tree = buildOrderTree(visible as NonNullable<typeof visible>);
    expect(tree.nodes.every((node) => node.assignments.length === 1)).toBe(true);
    // The root's own purchase order line is due 2026-12-10; late parts (ETA 2026-12-15) push it past that.
    expect(tree.late).toBe(true);
  });

  it('shows a workshop only its own subtree and the nodes it delivers into, with its own prices only', async () => {
    const visible = await new OrderTreeQuery(schema.tables, schemaName).load(pool, 'CO-BIG', { seesAs: ['ws-05'], seesPrices: true });
    const own = order.nodesOf.get('ws-05') as string[];
    expect(visible?.nodes.map((node) => node.nodeId).sort()).toEqual([...own, 'PUMP-ROOT'].sort());
    expect(visible?.purchaseOrders.map((purchaseOrder) => [purchaseOrder.supplierId, purchaseOrder.prices === null])).toEqual(
      expect.arrayContaining([['ws-05', false], ['ws-01', true]]),
    );
    expect(visible?.seesCustomer).toBe(false);
    expect(await new OrderTreeQuery(schema.tables, schemaName).load(pool, 'CO-BIG', { seesAs: ['ws-stranger'], seesPrices: true })).toBeNull();
  });
});

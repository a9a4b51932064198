import { Pool } from 'pg';
import type { JsonObject } from '@renkei/event-store';
import { openPostgresEventStore, type PostgresEventStore } from '@renkei/event-store-postgres';
import { dropSchema, testDatabaseUrl, uniqueSchemaName } from '@renkei/testing';
import { largeOrderEvents } from '../testing/large-order-events';
import { gatewayProjections } from './gateway-read-models';
import { ReadModelSchema } from './read-model-schema';
import { rebuildReadModels } from './rebuild-read-models';

describe('rebuilding the read models from the log (real PostgreSQL)', () => {
  const eventSchema = uniqueSchemaName('rb_events');
  const readSchema = uniqueSchemaName('rb_read');
  let pool: Pool;
  let store: PostgresEventStore;
  let schema: ReadModelSchema;

  beforeAll(async () => {
    pool = new Pool({ connectionString: testDatabaseUrl() });
    store = await openPostgresEventStore({ connectionString: testDatabaseUrl(), schema: eventSchema });
    for (const event of largeOrderEvents({ orderId: 'CO-R', productId: 'VALVE', leadId: 'lead-1', workshops: 4, nodes: 40 }).events) {
      await store.appendToStream(event.streamId, [{ id: event.id, type: event.type, data: event.data as JsonObject, metadata: { schemaVersion: event.schemaVersion } }], {
        expectedRevision: 'any',
      });
    }
    schema = await ReadModelSchema.open(testDatabaseUrl(), pool, readSchema);
  });
  afterAll(async () => {
    await schema.close();
    await store.close();
    await pool.end();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
  });

  const snapshot = async () => {
    const rows: Record<string, unknown[]> = {};
    for (const table of ['customer_orders', 'purchase_orders', 'work_items', 'bom_nodes', 'order_timeline']) {
      rows[table] = (await pool.query(`SELECT to_jsonb(t) AS row FROM "${readSchema}".${table} t ORDER BY 1`)).rows;
    }
    return rows;
  };

  it('replays every event, and replaying twice gives the same rows', async () => {
    const first = await rebuildReadModels(store, pool, schema, gatewayProjections(schema));
    expect(first.events).toBe(2 + 4 * 2 + 40 * 2);
    const once = await snapshot();
    expect(once['work_items']).toHaveLength(40);
    expect(once['bom_nodes']).toHaveLength(40);
    await rebuildReadModels(store, pool, schema, gatewayProjections(schema));
    expect(await snapshot()).toEqual(once);
  });

  it('marks the tables built, so the next start does not replay again', async () => {
    const reopened = await ReadModelSchema.open(testDatabaseUrl(), pool, readSchema);
    expect(reopened.stale).toBe(false);
    await reopened.close();
  });
});

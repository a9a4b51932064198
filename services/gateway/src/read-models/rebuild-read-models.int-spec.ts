import { Pool } from 'pg';
import type { BomNodeV1, EventEnvelope } from '@renkei/contracts';
import type { JsonObject } from '@renkei/event-store';
import { openPostgresEventStore, type PostgresEventStore } from '@renkei/event-store-postgres';
import { envelopeOf } from '@renkei/messaging';
import { dropSchema, testDatabaseUrl, uniqueSchemaName } from '@renkei/testing';
import { LEAD, MORI, OKADA, SATO, award, bracketLine, companyStream, envelope, purchaseOrderIssued, purchaseOrderStream, quoteLine, rfqStream, shaftLine } from '../party-views/party-view-events.fixtures';
import { largeOrderEvents } from '../testing/large-order-events';
import { gatewayBatchHandler, gatewayProjections } from './gateway-read-models';
import type { ReadModelProjection } from './read-model-projection';
import { ReadModelSchema } from './read-model-schema';
import { rebuildReadModels } from './rebuild-read-models';

const TABLES = ['customer_orders', 'purchase_orders', 'work_items', 'bom_nodes', 'order_timeline', 'rfqs', 'rfq_quotes', 'company_profiles'];

const bomNode = (nodeId: string, parentId: string | null, description: string): BomNodeV1 => ({
  nodeId, parentId, kind: 'part', partNumber: nodeId, description, qtyPer: 1, makeOrBuy: 'make', routing: [],
});

/** Events of every read model, streams spread over the log: a small page size cuts most of them across pages. */
function mixedLog(): EventEnvelope[] {
  const order = largeOrderEvents({ orderId: 'CO-R', productId: 'VALVE', leadId: LEAD, workshops: 4, nodes: 40 }).events;
  const rfq = rfqStream('RFQ-R');
  const okada = companyStream(OKADA);
  const subOrder = purchaseOrderStream(purchaseOrderIssued({ orderId: 'PO-SUB', buyerId: OKADA, supplierId: MORI, customerOrderId: 'CO-R' }));
  const others = [
    okada.registered(),
    rfq.issued({ invited: [OKADA, MORI, SATO], customerOrderId: 'CO-R' }),
    subOrder.issued(),
    rfq.submitted(OKADA, [quoteLine(1, '1250.75', 15)]),
    okada.certificationGranted('iso9001', 'ISO 9001', '2026-01-15T00:00:00.000Z', '2027-01-15T00:00:00.000Z'),
    subOrder.accepted(),
    rfq.submitted(MORI, [quoteLine(1, '1277.25', 25), quoteLine(2, '830.15', 20)]),
    subOrder.shipped('SH-1', 1, 20),
    rfq.revised(OKADA, 2, [quoteLine(1, '1190.40', 18)]),
    okada.joined('kanto-aero'),
    subOrder.received('SH-1', 1, 18, 2),
    rfq.awarded([award(bracketLine, OKADA, 60, '1190.40', 2), award(shaftLine, MORI, 40, '830.15')]),
    // The same BOM revision published again: its rows are saved over the first ones.
    envelope('BomRevisionPublished', 'bom-VALVE', 1, {
      productId: 'VALVE', revision: 1, nodes: [bomNode('VALVE-ROOT', null, 'again'), bomNode('VALVE-EXTRA', 'VALVE-ROOT', 'extra')],
      diff: { added: [], removed: [], changed: [] }, publishedBy: LEAD, publishedAt: '2026-11-03T08:00:00.000Z',
    }),
  ];
  // One of the others after every eighth order event.
  return order.flatMap((event, index) => (index % 8 === 7 && others.length > 0 ? [event, others.shift() as EventEnvelope] : [event])).concat(others);
}

describe('rebuilding the read models from the log (real PostgreSQL)', () => {
  const eventSchema = uniqueSchemaName('rb_events');
  const readSchema = uniqueSchemaName('rb_read');
  const consumedSchema = uniqueSchemaName('rb_consumed');
  const log = mixedLog();
  let pool: Pool;
  let store: PostgresEventStore;
  let schema: ReadModelSchema;

  beforeAll(async () => {
    pool = new Pool({ connectionString: testDatabaseUrl() });
    store = await openPostgresEventStore({ connectionString: testDatabaseUrl(), schema: eventSchema });
    for (const event of log) {
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
    await dropSchema(consumedSchema);
  });

  const snapshot = async (schemaName = readSchema) => {
    const rows: Record<string, unknown[]> = {};
    for (const table of TABLES) rows[table] = (await pool.query(`SELECT to_jsonb(t) AS row FROM "${schemaName}".${table} t ORDER BY 1`)).rows;
    return rows;
  };

  it('replays every event, and replaying twice gives the same rows', async () => {
    const first = await rebuildReadModels(store, pool, schema, gatewayProjections(schema));
    expect(first.events).toBe(log.length);
    const once = await snapshot();
    expect(once['work_items']).toHaveLength(40);
    expect(once['bom_nodes']).toHaveLength(41);
    expect(once['purchase_orders']).toHaveLength(5);
    expect(once['rfq_quotes']).toHaveLength(2);
    expect(once['company_profiles']).toHaveLength(1);
    await rebuildReadModels(store, pool, schema, gatewayProjections(schema));
    expect(await snapshot()).toEqual(once);
  });

  it('holding a few rows at a time (written, read back and rewritten across pages) gives the same rows', async () => {
    await rebuildReadModels(store, pool, schema, gatewayProjections(schema));
    const whole = await snapshot();
    await rebuildReadModels(store, pool, schema, gatewayProjections(schema), { pageSize: 7, maxHeldRows: 3 });
    expect(await snapshot()).toEqual(whole);
  });

  it('gives the rows the live consumer builds, batch by batch, from the same log', async () => {
    await rebuildReadModels(store, pool, schema, gatewayProjections(schema));
    const rebuilt = await snapshot();
    const consumed = await ReadModelSchema.open(testDatabaseUrl(), pool, consumedSchema);
    try {
      const handler = gatewayBatchHandler(gatewayProjections(consumed), consumedSchema);
      const envelopes = (await store.readAll({ limit: log.length })).map(envelopeOf);
      for (let start = 0; start < envelopes.length; start += 11) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await handler.handleBatch(envelopes.slice(start, start + 11), client);
          await client.query('COMMIT');
        } finally {
          client.release();
        }
      }
    } finally {
      await consumed.close();
    }
    expect(await snapshot(consumedSchema)).toEqual(rebuilt);
  });

  it('a rebuild that fails part way leaves the rows as they were', async () => {
    await rebuildReadModels(store, pool, schema, gatewayProjections(schema));
    const before = await snapshot();
    let pages = 0;
    const poisoned: ReadModelProjection = {
      eventTypes: [...new Set(log.map((event) => event.type))],
      apply: () => Promise.resolve(),
      replay: ({ statements }) => ({
        apply: async () => {
          pages += 1;
          if (pages < 4) return;
          // Still queued when the rebuild fails: must never run, least of all after the rollback.
          void statements.send((transaction) => transaction.query('SELECT pg_sleep(0.2)'));
          void statements.send((transaction) => transaction.query(`UPDATE "${readSchema}".company_profiles SET legal_name = 'rogue'`));
          throw new Error('poison');
        },
        finish: () => Promise.resolve(),
      }),
    };
    await expect(rebuildReadModels(store, pool, schema, [...gatewayProjections(schema), poisoned], { pageSize: 7, maxHeldRows: 3 })).rejects.toThrow('poison');
    expect(await snapshot()).toEqual(before);
  });

  it('marks the tables built, so the next start does not replay again', async () => {
    const reopened = await ReadModelSchema.open(testDatabaseUrl(), pool, readSchema);
    expect(reopened.stale).toBe(false);
    await reopened.close();
  });
});

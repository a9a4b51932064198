import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@renkei/contracts';
import { openPostgresEventStore, type PostgresEventStore } from '@renkei/event-store-postgres';
import { envelopeOf } from '@renkei/messaging';
import { dropSchema, testDatabaseUrl, uniqueSchemaName } from '@renkei/testing';
import { openWorkItems } from './open-work-items';

/** Events appended as the services would have recorded them; the process manager reads them back. */
describe('process manager: accepted purchase order → work items (real PostgreSQL)', () => {
  const schema = uniqueSchemaName('pm');
  let store: PostgresEventStore;
  const at = '2026-11-20T09:00:00.000Z';
  const append = (streamId: string, type: string, data: Record<string, unknown>) =>
    store.appendToStream(streamId, [{ id: randomUUID(), type, data: data as never }], { expectedRevision: 'any' });

  beforeAll(async () => {
    store = await openPostgresEventStore({ connectionString: testDatabaseUrl(), schema });
    await append('bom-PUMP', 'BomRevisionPublished', {
      productId: 'PUMP',
      revision: 1,
      publishedBy: 'lead-1',
      publishedAt: at,
      nodes: [
        { nodeId: 'PUMP', parentId: null, kind: 'assembly', partNumber: 'PN-PUMP', description: 'pump', qtyPer: 1, makeOrBuy: 'make', routing: [] },
        {
          nodeId: 'SHAFT',
          parentId: 'PUMP',
          kind: 'part',
          partNumber: 'PN-SHAFT',
          description: 'shaft',
          qtyPer: 1,
          makeOrBuy: 'make',
          routing: [
            { opNo: 10, process: 'machining', workshopId: 'ws-a' },
            { opNo: 20, process: 'plating', workshopId: 'ws-b' },
          ],
        },
      ],
      diff: { added: ['PUMP', 'SHAFT'], removed: [], changed: [] },
    });
    await append('order-CO-1', 'CustomerOrderPlaced', {
      orderId: 'CO-1',
      customerName: 'Customer',
      customerRef: 'C-9',
      bomProductId: 'PUMP',
      bomRevision: 1,
      lines: [{ lineNo: 1, partNumber: 'PN-PUMP', bomNodeId: 'PUMP', quantity: 10, dueDate: '2026-12-20' }],
      ownerId: 'lead-1',
      placedAt: at,
    });
    await append('order-PO-1', 'PurchaseOrderIssued', {
      orderId: 'PO-1',
      customerOrderId: 'CO-1',
      parent: null,
      buyerId: 'lead-1',
      supplierId: 'ws-a',
      tier: 1,
      lines: [{ lineNo: 1, partNumber: 'PN-SHAFT', bomNodeId: 'SHAFT', quantity: 10, dueDate: '2026-12-10', unitPrice: null }],
      issuedAt: at,
    });
  });
  afterAll(async () => {
    await store.close();
    await dropSchema(schema);
  });

  const acceptance = async (): Promise<EventEnvelope> => {
    await append('order-PO-1', 'OrderAccepted', { orderId: 'PO-1', acceptedBy: 'ws-a', acceptedAt: at });
    const [last] = await store.readStream('order-PO-1', { direction: 'backwards', limit: 1 });
    return envelopeOf(last!);
  };

  it('opens one work item per line with the routing of its BOM node, once however often the event is delivered', async () => {
    const accepted = await acceptance();
    // It keeps no index, so it needs no read side.
    await openWorkItems.react(accepted, store, undefined);
    await openWorkItems.react(accepted, store, undefined); // redelivery after a crash or a Kafka replay

    const workItem = await store.readStream('work-PO-1-1');
    expect(workItem.map((event) => event.type)).toEqual(['WorkItemOpened']);
    expect(workItem[0]!.data).toMatchObject({
      poId: 'PO-1',
      lineNo: 1,
      buyerId: 'lead-1',
      supplierId: 'ws-a',
      customerOrderId: 'CO-1',
      bomNodeId: 'SHAFT',
      bomRevision: 1,
      quantity: 10,
      operations: [
        { opNo: 10, process: 'machining', workshopId: 'ws-a' },
        { opNo: 20, process: 'plating', workshopId: 'ws-b' },
      ],
    });
    expect(workItem[0]!.metadata['causationId']).toBe(accepted.id);
  });
});

import { randomUUID } from 'node:crypto';
import { loadConfig } from '@renkei/config';
import { dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { startBackbone, type RunningBackbone } from './backbone';

const keys = {
  lead: 'chain-lead-key-0123456789ab',
  wsA: 'chain-ws-a-key-0123456789ab',
  wsB: 'chain-ws-b-key-0123456789ab',
  wsC: 'chain-ws-c-key-0123456789ab',
};
const apiKeys = [`${keys.lead}:lead-1:lead`, `${keys.wsA}:ws-a:workshop`, `${keys.wsB}:ws-b:workshop`, `${keys.wsC}:ws-c:workshop`].join(',');
const run = randomUUID().slice(0, 8);
const productId = `PUMP-${run}`;
const customerOrderId = `CO-${run}`;
const purchaseOrderId = `PO-${run}`;
const subOrderId = `SUB-${run}`;

/**
 * Orders become work: the supplier's acceptance opens a work item (process manager),
 * only the supplier reports on it, and each company sees in GraphQL what its place
 * in the chain entitles it to.
 */
describe('purchase order → work item → GraphQL, across companies', () => {
  const eventSchema = uniqueSchemaName('chain_es');
  const readSchema = uniqueSchemaName('chain_rm');
  let backbone: RunningBackbone;

  const call = async (path: string, key: string, body: unknown = {}) => {
    const response = await fetch(`${backbone.url}/v1/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const workItem = async (key: string, poId: string) => {
    const response = await fetch(`${backbone.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ workItem(poId: "${poId}", lineNo: 1) { status qtyGood buyerId supplierId customerOrderId quantity dueDate reportedBy } }` }),
    });
    return ((await response.json()) as { data: { workItem: Record<string, unknown> | null } }).data.workItem;
  };
  const node = (nodeId: string, parentId: string | null, routing: Array<[number, string, string]>) => ({
    nodeId,
    parentId,
    kind: parentId === null ? 'assembly' : 'part',
    partNumber: `PN-${nodeId}`,
    description: nodeId.toLowerCase(),
    qtyPer: 1,
    makeOrBuy: 'make',
    routing: routing.map(([opNo, process, workshopId]) => ({ opNo, process, workshopId })),
  });

  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema });
    backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
    const bom = await call(`boms/${productId}/revisions`, keys.lead, {
      revision: 1,
      nodes: [node('PUMP', null, [[10, 'assembly', 'lead-1']]), node('SHAFT', 'PUMP', [[10, 'machining', 'ws-a'], [20, 'plating', 'ws-c']])],
    });
    expect(bom.status).toBe(201);
    const placed = await call(`customer-orders/${customerOrderId}`, keys.lead, {
      customerName: 'Tokai Pumps',
      customerRef: 'TP-1',
      bomProductId: productId,
      bomRevision: 1,
      lines: [{ lineNo: 1, partNumber: 'PN-PUMP', bomNodeId: 'PUMP', quantity: 10, dueDate: '2026-12-20' }],
    });
    expect(placed.status).toBe(201);
  });
  afterAll(async () => {
    await backbone?.stop();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
  });

  it('the supplier’s acceptance opens the work item with its BOM routing; the lead and the supplier see it, others do not', async () => {
    const issued = await call(`purchase-orders/${purchaseOrderId}`, keys.lead, {
      supplierId: 'ws-a',
      customerOrderId,
      parent: null,
      lines: [{ lineNo: 1, partNumber: 'PN-SHAFT', bomNodeId: 'SHAFT', quantity: 10, dueDate: '2026-12-10', unitPrice: { amount: '4200', currency: 'JPY' } }],
    });
    expect(issued.status).toBe(201);
    expect((await call(`purchase-orders/${purchaseOrderId}/acceptance`, keys.wsA)).status).toBe(201);

    const seenByLead = await waitFor('the opened work item in GraphQL', async () => (await workItem(keys.lead, purchaseOrderId)) ?? undefined);
    expect(seenByLead).toMatchObject({ status: 'not_started', buyerId: 'lead-1', supplierId: 'ws-a', customerOrderId, quantity: 10, dueDate: '2026-12-10', reportedBy: null });
    expect(await workItem(keys.wsA, purchaseOrderId)).toMatchObject({ supplierId: 'ws-a' });
    expect(await workItem(keys.wsB, purchaseOrderId)).toBeNull();
  });

  it('only the supplier reports; completing its operation hands off to the plating workshop', async () => {
    // ws-b is no party to this order: told what it would be told of a line that does not exist.
    const byOther = await call(`work-items/${purchaseOrderId}/1/progress`, keys.wsB, { status: 'completed' });
    expect(byOther.status).toBe(404);
    expect(byOther.body['code']).toBe('WORK.NOT_OPEN');

    const completed = await call(`work-items/${purchaseOrderId}/1/progress`, keys.wsA, { status: 'completed', operation: 10, qtyGood: 10, eta: '2026-12-04' });
    expect(completed.status).toBe(201);
    // Op 10 is ws-a's last own operation: its part of the work is done, and plating at ws-c is next.
    expect(completed.body['events']).toEqual(['ProgressReported', 'OperationCompleted', 'HandoffReady', 'WorkCompleted']);
    await waitFor('the report in GraphQL', async () => ((await workItem(keys.lead, purchaseOrderId))?.['qtyGood'] === 10 ? true : undefined));
  });

  it('the lead sees the tier-2 work of its customer order; the tier-1 buyer sees what it bought; a bystander sees nothing', async () => {
    const sub = await call(`purchase-orders/${subOrderId}`, keys.wsA, {
      supplierId: 'ws-c',
      customerOrderId,
      parent: { orderId: purchaseOrderId, lineNo: 1 },
      lines: [{ lineNo: 1, partNumber: 'PN-SHAFT', bomNodeId: 'SHAFT', quantity: 10, dueDate: '2026-12-08', unitPrice: { amount: '900', currency: 'JPY' } }],
    });
    expect(sub.status).toBe(201);
    expect((await call(`purchase-orders/${subOrderId}/acceptance`, keys.wsC)).status).toBe(201);

    await waitFor('the tier-2 work item for the lead', async () => (await workItem(keys.lead, subOrderId)) ?? undefined);
    expect(await workItem(keys.wsA, subOrderId)).toMatchObject({ buyerId: 'ws-a', supplierId: 'ws-c' });
    expect(await workItem(keys.wsC, subOrderId)).toMatchObject({ supplierId: 'ws-c' });
    expect(await workItem(keys.wsB, subOrderId)).toBeNull();
    expect(await workItem(keys.wsC, purchaseOrderId)).toBeNull();
  });
});

import { randomUUID } from 'node:crypto';
import { loadConfig } from '@renkei/config';
import { dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { startBackbone, type RunningBackbone } from './backbone';

const keys = {
  lead: 'pm-lead-key-0123456789abcdef',
  wsA: 'pm-ws-a-key-0123456789abcdef',
  wsB: 'pm-ws-b-key-0123456789abcdef',
  wsC: 'pm-ws-c-key-0123456789abcdef',
};
const apiKeys = [`${keys.lead}:lead-1:lead`, `${keys.wsA}:ws-a:workshop`, `${keys.wsB}:ws-b:workshop`, `${keys.wsC}:ws-c:workshop`].join(',');
const run = randomUUID().slice(0, 8);
const productId = `PUMP-${run}`;
const customerOrderId = `CO-${run}`;
const rfqId = `RFQ-${run}`;
// The process manager names each purchase order after the RFQ and the awarded workshop.
const shaftOrder = `${rfqId}-ws-a`;
const coverOrder = `${rfqId}-ws-b`;

type Body = Record<string, unknown>;

/**
 * The process managers over HTTP, end to end: an award places purchase orders, accepted orders
 * open work, a BOM change flags the outdated work, and receiving everything closes the customer order.
 */
describe('process managers: award → orders → work → BOM change → receipt → customer order closed', () => {
  const eventSchema = uniqueSchemaName('pm_es');
  const readSchema = uniqueSchemaName('pm_rm');
  let backbone: RunningBackbone;

  const call = async (method: 'GET' | 'POST', path: string, key: string, body?: unknown): Promise<{ status: number; body: Body }> => {
    const response = await fetch(`${backbone.url}/v1/${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}) },
      ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}),
    });
    return { status: response.status, body: (await response.json()) as Body };
  };
  const post = async (path: string, key: string, body: unknown = {}) => {
    const reply = await call('POST', path, key, body);
    expect({ path, status: reply.status }).toEqual({ path, status: 201 });
    return reply.body;
  };
  const workItem = async (key: string, poId: string, lineNo: number) => {
    const response = await fetch(`${backbone.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ workItem(poId: "${poId}", lineNo: ${lineNo}) { poId lineNo status supplierId customerOrderId outdatedRevision } }` }),
    });
    return ((await response.json()) as { data: { workItem: Body | null } }).data.workItem;
  };
  const node = (nodeId: string, parentId: string | null, routing: Array<[string, string]>, description = nodeId.toLowerCase()) => ({
    nodeId,
    parentId,
    kind: parentId === null ? 'assembly' : 'part',
    partNumber: `PN-${nodeId}`,
    description,
    qtyPer: 1,
    makeOrBuy: 'make',
    routing: routing.map(([process, workshopId], index) => ({ opNo: (index + 1) * 10, process, workshopId })),
  });
  // PUMP (assembly @lead-1) ├─ SHAFT (machining @ws-a, plating @ws-c) └─ COVER (sheet metal @ws-b)
  const nodes = (shaftDescription: string) => [
    node('PUMP', null, [['assembly', 'lead-1']]),
    node('SHAFT', 'PUMP', [['machining', 'ws-a'], ['plating', 'ws-c']], shaftDescription),
    node('COVER', 'PUMP', [['sheet-metal', 'ws-b']]),
  ];

  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema });
    backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
    await post(`boms/${productId}/revisions`, keys.lead, { revision: 1, nodes: nodes('shaft') });
    await post(`customer-orders/${customerOrderId}`, keys.lead, {
      customerName: 'Tokai Pumps',
      customerRef: 'TP-1',
      bomProductId: productId,
      bomRevision: 1,
      lines: [{ lineNo: 1, partNumber: 'PN-PUMP', bomNodeId: 'PUMP', quantity: 10, dueDate: '2027-03-20' }],
    });
  });
  afterAll(async () => {
    await backbone?.stop();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
  });

  it('an award of an RFQ for the customer order places one purchase order per workshop, each seen by its supplier', async () => {
    await post(`rfqs/${rfqId}`, keys.lead, {
      customerOrderId,
      lines: [
        { lineNo: 1, part: { partNumber: 'PN-SHAFT', bomNodeId: 'SHAFT', description: 'drive shaft' }, quantity: 10, dueDate: '2027-03-01' },
        { lineNo: 2, part: { partNumber: 'PN-COVER', bomNodeId: 'COVER', description: 'cover' }, quantity: 10, dueDate: '2027-03-05' },
      ],
      answerDeadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      invited: ['ws-a', 'ws-b'],
    });
    const priced = (amounts: string[]) => ({ lines: amounts.map((amount, index) => ({ lineNo: index + 1, unitPrice: { amount, currency: 'JPY' }, leadTimeDays: 20 })) });
    await post(`rfqs/${rfqId}/quotes/q-ws-a`, keys.wsA, priced(['4200.50', '990']));
    await post(`rfqs/${rfqId}/quotes/q-ws-b`, keys.wsB, priced(['4900', '870.25']));
    await post(`rfqs/${rfqId}/award`, keys.lead, { awards: [{ lineNo: 1, workshopId: 'ws-a', quantity: 10 }, { lineNo: 2, workshopId: 'ws-b', quantity: 10 }] });

    const shaft = await waitFor('the shaft purchase order, read by its supplier', async () => {
      const reply = await call('GET', `purchase-orders/${shaftOrder}`, keys.wsA);
      return reply.status === 200 ? reply.body : undefined;
    });
    expect(shaft).toMatchObject({ orderId: shaftOrder, customerOrderId, buyerId: 'lead-1', supplierId: 'ws-a', tier: 1, status: 'Issued' });
    expect(shaft['lines']).toEqual([expect.objectContaining({ lineNo: 1, partNumber: 'PN-SHAFT', bomNodeId: 'SHAFT', quantity: 10, dueDate: '2027-03-01', unitPrice: { amount: '4200.50', currency: 'JPY' } })]);
    const cover = await waitFor('the cover purchase order, read by its supplier', async () => {
      const reply = await call('GET', `purchase-orders/${coverOrder}`, keys.wsB);
      return reply.status === 200 ? reply.body : undefined;
    });
    expect(cover['lines']).toEqual([expect.objectContaining({ lineNo: 2, bomNodeId: 'COVER', unitPrice: { amount: '870.25', currency: 'JPY' } })]);
    // Each order and its price stay between its two parties.
    expect((await call('GET', `purchase-orders/${shaftOrder}`, keys.wsB)).status).toBe(404);
    expect((await call('GET', `purchase-orders/${coverOrder}`, keys.wsC)).status).toBe(404);
  });

  it('the suppliers accept: their work items open on BOM revision 1', async () => {
    await post(`purchase-orders/${shaftOrder}/acceptance`, keys.wsA);
    await post(`purchase-orders/${coverOrder}/acceptance`, keys.wsB);
    const shaftWork = await waitFor('the shaft work item', async () => (await workItem(keys.lead, shaftOrder, 1)) ?? undefined);
    expect(shaftWork).toMatchObject({ status: 'not_started', supplierId: 'ws-a', customerOrderId, outdatedRevision: null });
    expect(await waitFor('the cover work item', async () => (await workItem(keys.wsB, coverOrder, 2)) ?? undefined)).toMatchObject({ outdatedRevision: null });
  });

  it('BOM revision 2 changes the shaft: the shaft work shows the outdated revision, the cover work does not', async () => {
    const published = await post(`boms/${productId}/revisions`, keys.lead, { revision: 2, nodes: nodes('drive shaft, 2 mm longer') });
    expect(published['events']).toEqual(['BomRevisionPublished', 'EngineeringChangeNotified']);
    const flagged = await waitFor('the shaft work flagged as outdated', async () => {
      const item = await workItem(keys.wsA, shaftOrder, 1);
      return item?.['outdatedRevision'] === 2 ? item : undefined;
    });
    expect(flagged).toMatchObject({ poId: shaftOrder, supplierId: 'ws-a', status: 'not_started' });
    expect(await workItem(keys.lead, shaftOrder, 1)).toMatchObject({ outdatedRevision: 2 });
    expect(await workItem(keys.lead, coverOrder, 2)).toMatchObject({ outdatedRevision: null });
  });

  it('shipping and receiving everything closes both purchase orders, and then the customer order', async () => {
    for (const [orderId, supplierKey, lineNo] of [[shaftOrder, keys.wsA, 1], [coverOrder, keys.wsB, 2]] as const) {
      await post(`purchase-orders/${orderId}/shipments`, supplierKey, { shipmentId: 'SH-1', lines: [{ lineNo, quantity: 10 }] });
      const received = await post(`purchase-orders/${orderId}/receipts`, keys.lead, { shipmentId: 'SH-1', lines: [{ lineNo, receivedQuantity: 10 }] });
      expect(received['events']).toEqual(['GoodsReceived', 'PurchaseOrderClosed']);
    }
    const closed = await waitFor('the customer order closed', async () => {
      const reply = await call('GET', `customer-orders/${customerOrderId}`, keys.lead);
      return reply.body['status'] === 'Closed' ? reply.body : undefined;
    });
    expect(closed).toMatchObject({ orderId: customerOrderId, ownerId: 'lead-1', status: 'Closed' });
    expect(closed['closedAt']).toEqual(expect.any(String));
    // Closing by hand now is refused: the process manager already did it, once.
    const again = await call('POST', `customer-orders/${customerOrderId}/close`, keys.lead);
    expect(again.status).toBe(409);
    expect(again.body['code']).toBe('ORDERS.ALREADY_CLOSED');
  });
});

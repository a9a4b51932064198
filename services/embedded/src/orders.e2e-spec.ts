import { randomUUID } from 'node:crypto';
import { loadConfig } from '@renkei/config';
import { startBackbone, type RunningBackbone } from './backbone';
import { dropSchema, maskId, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';

const keys = {
  lead: 'orders-lead-1-key-0123456789',
  wsA: 'orders-ws-a-key-0123456789ab',
  wsB: 'orders-ws-b-key-0123456789ab',
  wsC: 'orders-ws-c-key-0123456789ab',
};
const apiKeys = [`${keys.lead}:lead-1:lead`, `${keys.wsA}:ws-a:workshop`, `${keys.wsB}:ws-b:workshop`, `${keys.wsC}:ws-c:workshop`].join(',');

const run = randomUUID().slice(0, 8);
const productId = `PUMP-${run}`;
const customerOrderId = `CO-${run}`;
const purchaseOrderId = `PO-${run}`;
const subOrderId = `SUB-${run}`;
const yen = (amount: string) => ({ amount, currency: 'JPY' });

type Body = Record<string, unknown>;
interface Reply {
  readonly status: number;
  readonly etag: string | null;
  readonly body: Body;
}

let backbone: RunningBackbone;
const eventSchema = uniqueSchemaName('orders_es');
const readSchema = uniqueSchemaName('orders_rm');

beforeAll(async () => {
  const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema });
  backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
  // The product's BOM, as a real lead publishes it before ordering (the orders API itself does not read it).
  const node = (nodeId: string, parentId: string | null, workshopId: string, process: string) => ({
    nodeId,
    parentId,
    kind: parentId === null ? 'assembly' : 'part',
    partNumber: `PN-${nodeId}`,
    description: nodeId,
    qtyPer: 1,
    makeOrBuy: 'make',
    routing: [{ opNo: 10, process, workshopId }],
  });
  const bom = await post(`boms/${productId}/revisions`, keys.lead, {
    revision: 1,
    nodes: [node('n-1', null, 'lead-1', 'assembly'), node('n-12', 'n-1', 'ws-a', 'machining'), node('n-12a', 'n-12', 'ws-c', 'cutting'), node('n-13', 'n-1', 'ws-a', 'bending')],
  });
  expect(bom.status).toBe(201);
});
afterAll(async () => {
  await backbone?.stop();
  await dropSchema(eventSchema);
  await dropSchema(readSchema);
});

const call = async (method: 'GET' | 'POST', path: string, key: string, body?: unknown, extra: Record<string, string> = {}): Promise<Reply> => {
  const response = await fetch(`${backbone.url}/v1/${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}), ...extra },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, etag: response.headers.get('etag'), body: (await response.json()) as Body };
};
const post = (path: string, key: string, body: unknown = {}, extra: Record<string, string> = {}) => call('POST', path, key, body, extra);
const get = (path: string, key: string) => call('GET', path, key);
const po = (orderId: string, action = '') => `purchase-orders/${orderId}${action === '' ? '' : `/${action}`}`;
const fields = (reply: Reply) => ((reply.body['errors'] ?? []) as Array<{ field: string }>).map((error) => error.field);
const lineOf = (reply: Reply, lineNo: number) => (reply.body['lines'] as Array<Body>).find((line) => line['lineNo'] === lineNo) as Body;

/** Customer orders over HTTP: the lead places and closes them, and nobody else reads them. */
describe('Customer orders API', () => {
  it('the lead places a customer order under its own number and reads it back; a workshop gets 404', async () => {
    const placed = await post(`customer-orders/${customerOrderId}`, keys.lead, {
      customerName: 'Tokai Pumps',
      customerRef: 'TP-7781',
      bomProductId: productId,
      bomRevision: 1,
      lines: [{ lineNo: 1, partNumber: 'PN-n-1', bomNodeId: 'n-1', quantity: 40, dueDate: '2026-12-15' }],
    });
    expect(placed.status).toBe(201);
    expect(placed.body['events']).toEqual(['CustomerOrderPlaced']);
    const read = await get(`customer-orders/${customerOrderId}`, keys.lead);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ orderId: customerOrderId, ownerId: 'lead-1', status: 'Open', closedAt: null });
    expect(read.etag).toBe('"0"');
    expect((await get(`customer-orders/${customerOrderId}`, keys.wsA)).status).toBe(404);
  });

  it('a workshop may not place one (403); a body naming another order id than the URL is refused with the field (400)', async () => {
    const byWorkshop = await post(`customer-orders/CO-WS-${run}`, keys.wsA, {
      customerName: 'x',
      customerRef: 'x',
      bomProductId: 'P',
      bomRevision: 1,
      lines: [{ lineNo: 1, partNumber: 'P', bomNodeId: 'n', quantity: 1, dueDate: '2026-12-01' }],
    });
    expect(byWorkshop.status).toBe(403);
    expect(byWorkshop.body['code']).toBe('ORDERS.ROLE_NOT_ALLOWED');
    const mismatch = await post(`customer-orders/CO-X-${run}`, keys.lead, { orderId: 'CO-OTHER', customerName: 'x' });
    expect(mismatch.status).toBe(400);
    expect(fields(mismatch)).toEqual(expect.arrayContaining(['orderId', 'customerRef', 'bomProductId', 'bomRevision', 'lines']));
    expect((await get(`customer-orders/CO-X-${run}`, keys.lead)).status).toBe(404);
  });
});

/** Purchase orders over HTTP, two tiers deep: lead-1 → ws-a → ws-c; ws-b is a bystander. */
describe('Purchase orders API', () => {
  const issueBody = {
    supplierId: 'ws-a',
    customerOrderId,
    parent: null,
    lines: [
      { lineNo: 1, partNumber: 'BRK-100', bomNodeId: 'n-12', quantity: 40, dueDate: '2026-12-01', unitPrice: yen('1250.50') },
      { lineNo: 2, partNumber: 'BRK-200', bomNodeId: 'n-13', quantity: 10, dueDate: '2026-12-01', unitPrice: yen('800') },
    ],
  };

  it('a lead’s direct purchase order must name one of its customer orders (422 ORDERS.UNKNOWN_CUSTOMER_ORDER)', async () => {
    const unknown = await post(po(`PO-NOCO-${run}`), keys.lead, { ...issueBody, customerOrderId: `CO-NONE-${run}` });
    expect(unknown.status).toBe(422);
    expect(unknown.body['code']).toBe('ORDERS.UNKNOWN_CUSTOMER_ORDER');
    expect(fields(unknown)).toEqual(['customerOrderId']);
    expect((await get(po(`PO-NOCO-${run}`), keys.lead)).status).toBe(404);
  });

  it('the lead issues a purchase order to ws-a with prices; both parties read it, ws-b gets 404', async () => {
    const issued = await post(po(purchaseOrderId), keys.lead, issueBody);
    expect(issued.status).toBe(201);
    expect(issued.body['events']).toEqual(['PurchaseOrderIssued']);
    for (const key of [keys.lead, keys.wsA]) {
      const read = await get(po(purchaseOrderId), key);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ orderId: purchaseOrderId, buyerId: 'lead-1', supplierId: 'ws-a', tier: 1, status: 'Issued', customerOrderId });
      expect(lineOf(read, 1)['unitPrice']).toEqual(yen('1250.50'));
    }
    const bystander = await get(po(purchaseOrderId), keys.wsB);
    expect(bystander.status).toBe(404);
    expect(JSON.stringify(bystander.body)).not.toContain('1250.50');
  });

  it('ws-b, no party to it, is answered as for an order never issued (404, the same body); the lead, its buyer, may not accept it (403)', async () => {
    const missingId = `PO-NONE-${run}`;
    for (const [action, body] of [['acceptance', {}], ['cancellation', { reason: 'not mine' }]] as const) {
      const stranger = await post(po(purchaseOrderId, action), keys.wsB, body);
      const missing = await post(po(missingId, action), keys.wsB, body);
      expect([stranger.status, stranger.body['code']]).toEqual([404, 'ORDERS.NOT_ISSUED']);
      expect(maskId(stranger.body, purchaseOrderId)).toEqual(maskId(missing.body, missingId));
    }
    const byBuyer = await post(po(purchaseOrderId, 'acceptance'), keys.lead);
    expect([byBuyer.status, byBuyer.body['code']]).toEqual([403, 'ORDERS.NOT_THE_SUPPLIER']);
  });

  it('ws-a accepts with a later date; a stale If-Match is refused (412); the lead accepts the change', async () => {
    const proposed = await post(po(purchaseOrderId, 'acceptance-with-changes'), keys.wsA, { changes: [{ lineNo: 1, dueDate: '2026-12-08' }] });
    expect(proposed.status).toBe(201);
    expect(proposed.body['events']).toEqual(['OrderAcceptedWithChanges']);
    const awaiting = await get(po(purchaseOrderId), keys.lead);
    expect(awaiting.body).toMatchObject({ status: 'AwaitingBuyer', proposedChanges: [{ lineNo: 1, quantity: null, dueDate: '2026-12-08' }] });
    const stale = await post(po(purchaseOrderId, 'proposed-changes/acceptance'), keys.lead, {}, { 'if-match': '"0"' });
    expect(stale.status).toBe(412);
    const accepted = await post(po(purchaseOrderId, 'proposed-changes/acceptance'), keys.lead, {}, { 'if-match': awaiting.etag as string });
    expect(accepted.status).toBe(201);
    expect(accepted.body['events']).toEqual(['ProposedChangesAccepted']);
    const read = await get(po(purchaseOrderId), keys.wsA);
    expect(read.body['status']).toBe('Accepted');
    expect(lineOf(read, 1)['dueDate']).toBe('2026-12-08');
  });

  it('a change request is answered by the other party only, under the change id in the URL', async () => {
    const requested = await post(po(purchaseOrderId, 'change-requests'), keys.lead, { changeId: 'CR-1', changes: [{ lineNo: 2, quantity: 12 }], reason: 'customer added two spares' });
    expect(requested.status).toBe(201);
    expect(requested.body['events']).toEqual(['ChangeRequested']);
    const ownAnswer = await post(po(purchaseOrderId, 'change-requests/CR-1/acceptance'), keys.lead);
    expect(ownAnswer.status).toBe(422);
    expect(ownAnswer.body['code']).toBe('ORDERS.CANNOT_ANSWER_OWN_CHANGE');
    const accepted = await post(po(purchaseOrderId, 'change-requests/CR-1/acceptance'), keys.wsA);
    expect(accepted.status).toBe(201);
    expect(accepted.body['events']).toEqual(['ChangeAccepted']);
    expect(lineOf(await get(po(purchaseOrderId), keys.lead), 2)['quantity']).toBe(12);
    const second = await post(po(purchaseOrderId, 'change-requests'), keys.wsA, { changeId: 'CR-2', changes: [{ lineNo: 2, dueDate: '2026-11-20' }], reason: 'can ship early' });
    expect(second.status).toBe(201);
    const rejected = await post(po(purchaseOrderId, 'change-requests/CR-2/rejection'), keys.lead, { reason: 'no room in the store before December' });
    expect(rejected.status).toBe(201);
    expect(rejected.body['events']).toEqual(['ChangeRejected']);
  });

  it('ws-a sub-contracts line 1 to ws-c (tier 2); ws-c accepts and sees only its own order', async () => {
    const issued = await post(po(subOrderId), keys.wsA, {
      supplierId: 'ws-c',
      customerOrderId,
      parent: { orderId: purchaseOrderId, lineNo: 1 },
      lines: [{ lineNo: 1, partNumber: 'BRK-100-BLANK', bomNodeId: 'n-12a', quantity: 40, dueDate: '2026-11-25', unitPrice: yen('310') }],
    });
    expect(issued.status).toBe(201);
    const read = await get(po(subOrderId), keys.wsC);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ buyerId: 'ws-a', supplierId: 'ws-c', tier: 2, parent: { orderId: purchaseOrderId, lineNo: 1 } });
    expect(lineOf(read, 1)['unitPrice']).toEqual(yen('310'));
    const accepted = await post(po(subOrderId, 'acceptance'), keys.wsC);
    expect(accepted.status).toBe(201);
    expect(accepted.body['events']).toEqual(['OrderAccepted']);
    expect((await get(po(subOrderId), keys.wsA)).body['status']).toBe('Accepted');
  });

  it('ws-c cannot see the lead’s order to ws-a, and the lead cannot see ws-a’s order to ws-c with its prices (404)', async () => {
    const upstream = await get(po(purchaseOrderId), keys.wsC);
    expect(upstream.status).toBe(404);
    expect(JSON.stringify(upstream.body)).not.toContain('1250.50');
    const downstream = await get(po(subOrderId), keys.lead);
    expect(downstream.status).toBe(404);
    expect(JSON.stringify(downstream.body)).not.toContain('310');
    expect((await get(po(subOrderId), keys.wsB)).status).toBe(404);
  });

  it('a sub-contract needs a parent order the buyer supplies: ws-b naming the lead’s order is told it is missing', async () => {
    const refused = await post(po(`SUB-B-${run}`), keys.wsB, {
      supplierId: 'ws-c',
      customerOrderId,
      parent: { orderId: purchaseOrderId, lineNo: 1 },
      lines: [{ lineNo: 1, partNumber: 'X', bomNodeId: 'n-x', quantity: 1, dueDate: '2026-11-25' }],
    });
    expect(refused.status).toBe(422);
    expect(refused.body['code']).toBe('ORDERS.PARENT_LOOKUP_MISSING');
  });

  it('the supplier may not cancel (403 ORDERS.NOT_THE_BUYER)', async () => {
    const refused = await post(po(purchaseOrderId, 'cancellation'), keys.wsA, { reason: 'too busy' });
    expect(refused.status).toBe(403);
    expect(refused.body['code']).toBe('ORDERS.NOT_THE_BUYER');
  });

  it('a malformed shipment lists every bad field and the missing Idempotency-Key (400), recording nothing', async () => {
    const response = await fetch(`${backbone.url}/v1/${po(purchaseOrderId, 'shipments')}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${keys.wsA}`, 'content-type': 'application/json' },
      body: JSON.stringify({ shipmentId: '', lines: [{ lineNo: 0, quantity: -3 }, { lineNo: 2, quantity: 'ten', box: 1 }], shippedAt: 'yesterday', carrier: 'Sagawa' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as Body;
    expect(body['code']).toBe('REQUEST.INVALID_INPUT');
    expect(fields({ status: 400, etag: null, body })).toEqual([
      'Idempotency-Key',
      'shipmentId',
      'lines[0].lineNo',
      'lines[0].quantity',
      'lines[1].box',
      'lines[1].quantity',
      'shippedAt',
      'carrier',
    ]);
    expect((await get(po(purchaseOrderId), keys.wsA)).body['shipments']).toEqual([]);
  });

  it('ws-a ships partially; over-shipment is refused (422); the lead receives with rejects', async () => {
    const shipped = await post(po(purchaseOrderId, 'shipments'), keys.wsA, { shipmentId: 'SH-1', lines: [{ lineNo: 1, quantity: 25 }, { lineNo: 2, quantity: 12 }] });
    expect(shipped.status).toBe(201);
    expect(shipped.body['events']).toEqual(['ShipmentNotified']);
    expect((await get(po(purchaseOrderId), keys.lead)).body['status']).toBe('PartiallyShipped');
    const over = await post(po(purchaseOrderId, 'shipments'), keys.wsA, { shipmentId: 'SH-OVER', lines: [{ lineNo: 1, quantity: 16 }] });
    expect(over.status).toBe(422);
    expect(over.body['code']).toBe('ORDERS.OVER_SHIPMENT');
    expect(fields(over)).toEqual(['lines[0].quantity']);
    const received = await post(po(purchaseOrderId, 'receipts'), keys.lead, {
      shipmentId: 'SH-1',
      lines: [
        { lineNo: 1, receivedQuantity: 23, rejectedQuantity: 2 },
        { lineNo: 2, receivedQuantity: 12 },
      ],
    });
    expect(received.status).toBe(201);
    expect(received.body['events']).toEqual(['GoodsReceived']);
    const read = await get(po(purchaseOrderId), keys.wsA);
    expect(read.body['status']).toBe('PartiallyShipped');
    expect(lineOf(read, 1)).toMatchObject({ quantity: 40, shipped: 25, received: 23, rejected: 2, inTransit: 0 });
  });

  it('ws-a ships the rest (rejects replaced); the lead’s receipt closes the order; a retry answers 200 with the same body', async () => {
    const shipped = await post(po(purchaseOrderId, 'shipments'), keys.wsA, { shipmentId: 'SH-2', lines: [{ lineNo: 1, quantity: 17 }] });
    expect(shipped.status).toBe(201);
    expect((await get(po(purchaseOrderId), keys.lead)).body['status']).toBe('Shipped');
    const idempotencyKey = randomUUID();
    const receipt = { shipmentId: 'SH-2', lines: [{ lineNo: 1, receivedQuantity: 17 }] };
    const received = await post(po(purchaseOrderId, 'receipts'), keys.lead, receipt, { 'idempotency-key': idempotencyKey });
    expect(received.status).toBe(201);
    expect(received.body['events']).toEqual(['GoodsReceived', 'PurchaseOrderClosed']);
    const retry = await post(po(purchaseOrderId, 'receipts'), keys.lead, receipt, { 'idempotency-key': idempotencyKey });
    expect(retry.status).toBe(200);
    // Only the flag saying this is a replay differs.
    expect({ ...retry.body, replayed: false }).toEqual(received.body);
    expect(retry.body['replayed']).toBe(true);
    expect(retry.etag).toBe(received.etag);
    const read = await get(po(purchaseOrderId), keys.lead);
    expect(read.body['status']).toBe('Closed');
    expect(read.etag).toBe(received.etag);
    const late = await post(po(purchaseOrderId, 'shipments'), keys.wsA, { shipmentId: 'SH-3', lines: [{ lineNo: 2, quantity: 1 }] });
    expect(late.status).toBe(409);
    expect(late.body['code']).toBe('ORDERS.ALREADY_CLOSED');
  });

  it('a supplier may reject an order with a reason; the order then takes no acceptance', async () => {
    const orderId = `PO-REJ-${run}`;
    expect((await post(po(orderId), keys.lead, { ...issueBody, supplierId: 'ws-b' })).status).toBe(201);
    const rejected = await post(po(orderId, 'rejection'), keys.wsB, { reason: 'no capacity before January' });
    expect(rejected.status).toBe(201);
    expect(rejected.body['events']).toEqual(['OrderRejected']);
    expect((await get(po(orderId), keys.wsB)).body['status']).toBe('Rejected');
    expect((await post(po(orderId, 'acceptance'), keys.wsB)).status).toBe(409);
  });

  it('everything received closes the customer order by itself; only the owner may close one, and not twice', async () => {
    // Anyone else is answered as for an order never placed, so a write does not reveal the order either.
    const byWorkshop = await post(`customer-orders/${customerOrderId}/close`, keys.wsA);
    const missing = await post(`customer-orders/CO-NONE-${run}/close`, keys.wsA);
    expect([byWorkshop.status, byWorkshop.body['code']]).toEqual([404, 'ORDERS.NOT_PLACED']);
    expect(maskId(byWorkshop.body, customerOrderId)).toEqual(maskId(missing.body, `CO-NONE-${run}`));
    // Its only tier-1 purchase order was received in full: the process manager closes the customer order.
    await waitFor('the customer order closed', async () =>
      (await get(`customer-orders/${customerOrderId}`, keys.lead)).body['status'] === 'Closed' ? true : undefined,
    );
    const again = await post(`customer-orders/${customerOrderId}/close`, keys.lead);
    expect(again.status).toBe(409);
    expect(again.body['code']).toBe('ORDERS.ALREADY_CLOSED');

    const byHand = `CO-HAND-${run}`;
    expect(
      (
        await post(`customer-orders/${byHand}`, keys.lead, {
          customerName: 'Tokai Pumps',
          customerRef: 'TP-7782',
          bomProductId: productId,
          bomRevision: 1,
          lines: [{ lineNo: 1, partNumber: 'PN-n-1', bomNodeId: 'n-1', quantity: 1, dueDate: '2026-12-15' }],
        })
      ).status,
    ).toBe(201);
    const closed = await post(`customer-orders/${byHand}/close`, keys.lead);
    expect(closed.status).toBe(201);
    expect(closed.body['events']).toEqual(['CustomerOrderClosed']);
  });
});

import { randomUUID } from 'node:crypto';
import { loadConfig } from '@renkei/config';
import { dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { startBackbone, type RunningBackbone } from './backbone';

// Only the consortium office and the lead have static keys; every other company gets a credential through the API.
const officeKey = 'cf-office-key-0123456789abcdef';
const leadKey = 'cf-lead-key-0123456789abcdefgh';
const apiKeys = `${officeKey}:consortium-office:coordinator,${leadKey}:lead-kanto:lead`;

const LEAD = 'lead-kanto';
const A = 'ws-a';
const B = 'ws-b';
const C = 'ws-c';
const ERP = 'erp-link';

const run = randomUUID().slice(0, 8);
const productId = `PUMP-${run}`;
const customerOrderId = `CO-${run}`;
const rfqId = `RFQ-${run}`;
// The award process manager names each purchase order after the RFQ and the awarded workshop.
const poOf = (workshopId: string) => `${rfqId}-${workshopId}`;

// Distinctive prices, so a leak shows up in a raw response text.
const price = { aFirst: '1250.75', aRevised: '1190.40', b: '1277.25', c: '830.15' };

type Body = Record<string, unknown>;
interface Reply {
  readonly status: number;
  readonly etag: string | null;
  readonly text: string;
  readonly body: Body;
}

let backbone: RunningBackbone;
/** The secrets the office issues; filled in by the first step. */
const secret: Record<string, string> = {};

const call = async (method: 'GET' | 'POST', path: string, key: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> => {
  const response = await fetch(`${backbone.url}/v1/${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}), ...headers },
    ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}),
  });
  const text = await response.text();
  return { status: response.status, etag: response.headers.get('etag'), text, body: (text.length > 0 ? JSON.parse(text) : {}) as Body };
};
const post = (path: string, key: string, body: unknown = {}, headers: Record<string, string> = {}) => call('POST', path, key, body, headers);
const get = (path: string, key: string) => call('GET', path, key);
/** What a write recorded: 201 and the event types, in one comparable value. */
const recorded = (reply: Reply) => [reply.status, reply.body['events']];
/** What a refusal said: the status and the stable code. */
const refusal = (reply: Reply) => [reply.status, reply.body['code']];
const until = <T>(what: string, probe: () => Promise<T | undefined>) => waitFor(what, probe, 10_000);

const workItem = async (key: string, poId: string, lineNo: number): Promise<Body | null> => {
  const response = await fetch(`${backbone.url}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ workItem(poId: "${poId}", lineNo: ${lineNo}) { status qtyGood eta reportedBy buyerId supplierId customerOrderId quantity dueDate outdatedRevision } }`,
    }),
  });
  return ((await response.json()) as { data: { workItem: Body | null } }).data.workItem;
};
const purchaseOrderFor = (workshopId: string) =>
  until(`purchase order ${poOf(workshopId)}, read by its supplier`, async () => {
    const reply = await get(`purchase-orders/${poOf(workshopId)}`, secret[workshopId] as string);
    return reply.status === 200 ? reply : undefined;
  });

const node = (nodeId: string, parentId: string | null, description: string, routing: Array<[number, string, string]>) => ({
  nodeId,
  parentId,
  kind: parentId === null ? 'assembly' : 'part',
  partNumber: `PN-${nodeId}`,
  description,
  qtyPer: 1,
  makeOrBuy: 'make',
  routing: routing.map(([opNo, process, workshopId]) => ({ opNo, process, workshopId })),
});
// PUMP (assembly @lead) ├─ BRACKET (op 10 machining @A, op 20 plating @B) └─ COVER (op 10 sheet metal @C)
const pumpBom = (coverDescription: string) => [
  node('PUMP', null, 'pump assembly', [[10, 'assembly', LEAD]]),
  node('BRACKET', 'PUMP', 'machined bracket, zinc plated', [
    [10, 'machining', A],
    [20, 'plating', B],
  ]),
  node('COVER', 'PUMP', coverDescription, [[10, 'sheet-metal', C]]),
];
const quoteFor = (lineNo: number, amount: string, leadTimeDays = 20) => ({ lines: [{ lineNo, unitPrice: { amount, currency: 'JPY' }, leadTimeDays }] });

/**
 * Step 2 of the connected factory, end to end over HTTP and GraphQL: the office onboards three
 * workshops and an integrator, the lead buys a pump's parts from them through an RFQ, the award
 * becomes purchase orders and work, a BOM change reaches the right workshop, and receiving
 * everything closes the customer order. Each company acts with its own credential.
 */
describe('the connected factory: onboarding → BOM → RFQ → award → orders → work → change → delivery', () => {
  const eventSchema = uniqueSchemaName('cf_es');
  const readSchema = uniqueSchemaName('cf_rm');

  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema });
    backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
  });
  afterAll(async () => {
    await backbone?.stop();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
  });

  it('0. the office registers workshops A, B, C and an integrator and issues each a credential that then opens the door', async () => {
    const members: Array<[string, string, string]> = [
      [A, 'workshop', 'Okada Machining K.K.'],
      [B, 'workshop', 'Mori Plating & Machining'],
      [C, 'workshop', 'Sato Sheet Metal'],
      [ERP, 'integrator', 'ERP Link Co.'],
    ];
    // Onboarding is the office's job, not the lead's.
    const byLead = await post('companies/ws-lead-made', leadKey, { legalName: 'x', roles: ['workshop'], timeZone: 'Asia/Tokyo', contactEmail: 'x@example.jp' });
    expect(refusal(byLead)).toEqual([403, 'NETWORK.NOT_ALLOWED']);
    for (const [companyId, role, legalName] of members) {
      const registered = await post(`companies/${companyId}`, officeKey, { legalName, roles: [role], timeZone: 'Asia/Tokyo', contactEmail: `office@${companyId}.example` });
      expect(recorded(registered)).toEqual([201, ['CompanyRegistered']]);
      const issued = await post(`companies/${companyId}/credentials`, officeKey, { credentialId: `${companyId}-main`, role, label: 'office PC' });
      expect(recorded(issued)).toEqual([201, ['CredentialIssued']]);
      expect(issued.body['secret']).toMatch(/^rk_/);
      secret[companyId] = issued.body['secret'] as string;
    }
    for (const [companyId] of members) {
      await until(`${companyId}'s secret to authenticate`, async () => ((await get(`companies/${companyId}`, secret[companyId] as string)).status === 200 ? true : undefined));
    }
    expect((await get(`companies/${A}`, secret[A] as string)).body).toMatchObject({ companyId: A, roles: ['workshop'] });
    // A member reads itself, not its neighbours.
    expect((await get(`companies/${B}`, secret[A] as string)).status).toBe(404);
  });

  it('1. the lead publishes the BOM; each workshop sees its share of it, the integrator nothing', async () => {
    const byWorkshop = await post(`boms/${productId}/revisions`, secret[A] as string, { revision: 1, nodes: pumpBom('cover, 1.2 mm SPCC') });
    expect(refusal(byWorkshop)).toEqual([403, 'BOM.NOT_A_LEAD']);
    const published = await post(`boms/${productId}/revisions`, leadKey, { revision: 1, nodes: pumpBom('cover, 1.2 mm SPCC') });
    expect(recorded(published)).toEqual([201, ['BomRevisionPublished']]);

    const nodeIds = (reply: Reply) => (reply.body['nodes'] as Array<{ nodeId: string }>).map((entry) => entry.nodeId).sort();
    expect(nodeIds(await get(`boms/${productId}`, leadKey))).toEqual(['BRACKET', 'COVER', 'PUMP']);
    expect(nodeIds(await get(`boms/${productId}`, secret[A] as string))).toEqual(['BRACKET', 'PUMP']);
    expect(nodeIds(await get(`boms/${productId}`, secret[B] as string))).toEqual(['BRACKET', 'PUMP']);
    const sato = await get(`boms/${productId}`, secret[C] as string);
    expect(nodeIds(sato)).toEqual(['COVER', 'PUMP']);
    for (const hidden of ['BRACKET', A, B, LEAD]) expect(sato.text).not.toContain(hidden);
    expect((await get(`boms/${productId}`, secret[ERP] as string)).status).toBe(404);
  });

  it('2. the lead places the customer order on BOM revision 1 and issues an RFQ for it to A, B and C', async () => {
    const placed = await post(`customer-orders/${customerOrderId}`, leadKey, {
      customerName: 'Tokai Pumps',
      customerRef: 'TP-2027-01',
      bomProductId: productId,
      bomRevision: 1,
      lines: [{ lineNo: 1, partNumber: 'PN-PUMP', bomNodeId: 'PUMP', quantity: 100, dueDate: '2027-03-20' }],
    });
    expect(recorded(placed)).toEqual([201, ['CustomerOrderPlaced']]);
    expect((await get(`customer-orders/${customerOrderId}`, leadKey)).body).toMatchObject({ orderId: customerOrderId, ownerId: LEAD, status: 'Open' });
    for (const company of [A, ERP]) expect((await get(`customer-orders/${customerOrderId}`, secret[company] as string)).status).toBe(404);

    const issued = await post(`rfqs/${rfqId}`, leadKey, {
      customerOrderId,
      lines: [
        { lineNo: 1, part: { partNumber: 'PN-BRACKET', bomNodeId: 'BRACKET', description: 'machined bracket, zinc plated' }, quantity: 100, dueDate: '2027-03-01' },
        { lineNo: 2, part: { partNumber: 'PN-COVER', bomNodeId: 'COVER', description: 'sheet-metal cover' }, quantity: 100, dueDate: '2027-03-05' },
      ],
      answerDeadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      invited: [A, B, C],
    });
    expect(recorded(issued)).toEqual([201, ['RfqIssued']]);
    for (const company of [A, B, C]) {
      expect((await get(`rfqs/${rfqId}`, secret[company] as string)).body).toMatchObject({ view: 'workshop', status: 'Open', issuedBy: LEAD, quote: null });
    }
  });

  it('3. A, B and C quote and A revises; nobody sees another workshop’s prices, the integrator sees nothing at all', async () => {
    expect(recorded(await post(`rfqs/${rfqId}/quotes/q-a`, secret[A] as string, quoteFor(1, price.aFirst, 15)))).toEqual([201, ['QuoteSubmitted']]);
    expect(recorded(await post(`rfqs/${rfqId}/quotes/q-b`, secret[B] as string, quoteFor(1, price.b, 25)))).toEqual([201, ['QuoteSubmitted']]);
    expect(recorded(await post(`rfqs/${rfqId}/quotes/q-c`, secret[C] as string, quoteFor(2, price.c, 20)))).toEqual([201, ['QuoteSubmitted']]);
    expect(recorded(await post(`rfqs/${rfqId}/quotes/q-a/revisions`, secret[A] as string, quoteFor(1, price.aRevised, 18)))).toEqual([201, ['QuoteRevised']]);
    // B cannot touch A's quote: it is told the quote does not exist, not that it is someone else's.
    expect(refusal(await post(`rfqs/${rfqId}/quotes/q-a/revisions`, secret[B] as string, quoteFor(1, '1.00')))).toEqual([404, 'QUOTES.QUOTE_NOT_FOUND']);

    const mori = await get(`rfqs/${rfqId}`, secret[B] as string);
    expect(mori.body['quote']).toMatchObject({ quoteId: 'q-b', workshopId: B });
    for (const leak of [price.aFirst, price.aRevised, price.c, A, C]) expect(mori.text).not.toContain(leak);
    const sato = await get(`rfqs/${rfqId}`, secret[C] as string);
    expect(sato.body['quote']).toMatchObject({ quoteId: 'q-c', workshopId: C });
    for (const leak of [price.b, price.aFirst, price.aRevised, A, B]) expect(sato.text).not.toContain(leak);
    expect((await get(`rfqs/${rfqId}`, secret[A] as string)).body['quote']).toMatchObject({ revisions: [{ revision: 1 }, { revision: 2 }], latest: { revision: 2 } });

    const integrator = await get(`rfqs/${rfqId}`, secret[ERP] as string);
    expect(integrator.status).toBe(404);
    for (const leak of Object.values(price)) expect(integrator.text).not.toContain(leak);
    expect(refusal(await post(`rfqs/${rfqId}/quotes/q-erp`, secret[ERP] as string, quoteFor(1, '1.00')))).toEqual([403, 'QUOTES.NOT_A_WORKSHOP']);

    const lead = await get(`rfqs/${rfqId}`, leadKey);
    expect((lead.body['quotes'] as Array<{ workshopId: string }>).map((quote) => quote.workshopId).sort()).toEqual([A, B, C]);
  });

  it('4. the lead splits line 1 between A (60) and B (40) and gives line 2 to C; the award becomes one purchase order per supplier', async () => {
    const awards = {
      awards: [
        { lineNo: 1, workshopId: A, quantity: 60 },
        { lineNo: 1, workshopId: B, quantity: 40 },
        { lineNo: 2, workshopId: C, quantity: 100 },
      ],
    };
    expect(refusal(await post(`rfqs/${rfqId}/award`, secret[A] as string, awards))).toEqual([403, 'QUOTES.NOT_THE_ISSUER']);
    expect(recorded(await post(`rfqs/${rfqId}/award`, leadKey, awards))).toEqual([201, ['RfqAwarded']]);
    const moriView = await get(`rfqs/${rfqId}`, secret[B] as string);
    expect(moriView.body).toMatchObject({ status: 'Awarded', awards: [{ lineNo: 1, workshopId: B, quantity: 40 }] });
    for (const leak of [price.aRevised, price.c, A, C]) expect(moriView.text).not.toContain(leak);

    const okadaPo = await purchaseOrderFor(A);
    expect(okadaPo.body).toMatchObject({ orderId: poOf(A), customerOrderId, buyerId: LEAD, supplierId: A, tier: 1, status: 'Issued' });
    // A is paid its revised price, not its first one.
    expect(okadaPo.body['lines']).toEqual([expect.objectContaining({ lineNo: 1, bomNodeId: 'BRACKET', quantity: 60, unitPrice: { amount: price.aRevised, currency: 'JPY' } })]);
    expect((await purchaseOrderFor(B)).body['lines']).toEqual([expect.objectContaining({ lineNo: 1, quantity: 40, unitPrice: { amount: price.b, currency: 'JPY' } })]);
    expect((await purchaseOrderFor(C)).body['lines']).toEqual([expect.objectContaining({ lineNo: 2, bomNodeId: 'COVER', quantity: 100, unitPrice: { amount: price.c, currency: 'JPY' } })]);
    for (const supplier of [A, B, C]) expect((await get(`purchase-orders/${poOf(supplier)}`, leadKey)).status).toBe(200);

    // Each order and its price stay between its two parties.
    const peeks: Array<[string, string, string]> = [
      [B, A, price.aRevised],
      [A, B, price.b],
      [C, A, price.aRevised],
      [A, C, price.c],
      [ERP, A, price.aRevised],
      [ERP, C, price.c],
    ];
    for (const [viewer, supplier, amount] of peeks) {
      const peek = await get(`purchase-orders/${poOf(supplier)}`, secret[viewer] as string);
      expect({ viewer, supplier, status: peek.status }).toEqual({ viewer, supplier, status: 404 });
      expect(peek.text).not.toContain(amount);
    }
  });

  it('5. A accepts with a later date and the lead agrees; B and C accept as issued', async () => {
    // B is no party to C's order: it is told the order was never issued, as for any id that names nothing.
    expect(refusal(await post(`purchase-orders/${poOf(C)}/acceptance`, secret[B] as string))).toEqual([404, 'ORDERS.NOT_ISSUED']);
    const proposed = await post(`purchase-orders/${poOf(A)}/acceptance-with-changes`, secret[A] as string, { changes: [{ lineNo: 1, dueDate: '2027-03-08' }] });
    expect(recorded(proposed)).toEqual([201, ['OrderAcceptedWithChanges']]);
    const awaiting = await get(`purchase-orders/${poOf(A)}`, leadKey);
    expect(awaiting.body).toMatchObject({ status: 'AwaitingBuyer', proposedChanges: [{ lineNo: 1, dueDate: '2027-03-08' }] });
    // Only the buyer answers a supplier's proposal.
    expect((await post(`purchase-orders/${poOf(A)}/proposed-changes/acceptance`, secret[A] as string)).status).toBe(403);
    const agreed = await post(`purchase-orders/${poOf(A)}/proposed-changes/acceptance`, leadKey, {}, { 'if-match': awaiting.etag as string });
    expect(recorded(agreed)).toEqual([201, ['ProposedChangesAccepted']]);
    const okadaPo = await get(`purchase-orders/${poOf(A)}`, secret[A] as string);
    expect(okadaPo.body['status']).toBe('Accepted');
    expect(okadaPo.body['lines']).toEqual([expect.objectContaining({ lineNo: 1, dueDate: '2027-03-08' })]);

    expect(recorded(await post(`purchase-orders/${poOf(B)}/acceptance`, secret[B] as string))).toEqual([201, ['OrderAccepted']]);
    expect(recorded(await post(`purchase-orders/${poOf(C)}/acceptance`, secret[C] as string))).toEqual([201, ['OrderAccepted']]);
  });

  it('6. work items open; A finishes machining and hands off to B’s plating; B reports a delay on its own share; nobody reports on another’s item', async () => {
    const okadaWork = await until('A’s work item in GraphQL', async () => (await workItem(leadKey, poOf(A), 1)) ?? undefined);
    expect(okadaWork).toMatchObject({ status: 'not_started', buyerId: LEAD, supplierId: A, customerOrderId, quantity: 60, dueDate: '2027-03-08', outdatedRevision: null });
    expect(await until('B’s work item', async () => (await workItem(secret[B] as string, poOf(B), 1)) ?? undefined)).toMatchObject({ supplierId: B, quantity: 40, dueDate: '2027-03-01' });
    expect(await until('C’s work item', async () => (await workItem(secret[C] as string, poOf(C), 2)) ?? undefined)).toMatchObject({ supplierId: C, quantity: 100 });
    // B plates A's parts, but A's order (its quantity, its dates) is not B's to see; the integrator sees no work at all.
    for (const [viewer, supplier, lineNo] of [[B, A, 1], [A, B, 1], [C, A, 1], [A, C, 2], [ERP, A, 1], [ERP, C, 2]] as const) {
      expect({ viewer, supplier, item: await workItem(secret[viewer] as string, poOf(supplier), lineNo) }).toEqual({ viewer, supplier, item: null });
    }

    const started = await post(`work-items/${poOf(A)}/1/progress`, secret[A] as string, { status: 'in_progress', operation: 10, qtyGood: 20, note: 'first 20 milled' });
    expect(recorded(started)).toEqual([201, ['ProgressReported']]);
    // Plating (op 20) is B's operation, not A's.
    const notMine = await post(`work-items/${poOf(A)}/1/progress`, secret[A] as string, { status: 'completed', operation: 20, qtyGood: 60 });
    expect(refusal(notMine)).toEqual([422, 'WORK.UNKNOWN_OPERATION']);
    const machined = await post(`work-items/${poOf(A)}/1/progress`, secret[A] as string, { status: 'completed', operation: 10, qtyGood: 60, eta: '2027-02-20' });
    // Op 10 is A's last own operation and the next one (plating) is at B: the parts are ready to move on.
    expect(recorded(machined)).toEqual([201, ['ProgressReported', 'OperationCompleted', 'HandoffReady', 'WorkCompleted']]);
    expect(await until('A’s completion in GraphQL', async () => {
      const item = await workItem(leadKey, poOf(A), 1);
      return item?.['status'] === 'completed' ? item : undefined;
    })).toMatchObject({ qtyGood: 60, reportedBy: A });

    const withoutReason = await post(`work-items/${poOf(B)}/1/progress`, secret[B] as string, { status: 'delayed', eta: '2027-03-12' });
    expect(withoutReason.status).toBe(400);
    expect((withoutReason.body['errors'] as Array<{ field: string }>).map((error) => error.field)).toEqual(['delayReasonCode']);
    const delayed = await post(`work-items/${poOf(B)}/1/progress`, secret[B] as string, {
      status: 'delayed',
      operation: 20,
      delayReasonCode: 'material',
      eta: '2027-03-12',
      note: 'zinc bath chemicals arrive late',
    });
    expect(recorded(delayed)).toEqual([201, ['ProgressReported', 'DelayReported']]);
    expect(await until('B’s delay in the lead’s GraphQL', async () => {
      const item = await workItem(leadKey, poOf(B), 1);
      return item?.['status'] === 'delayed' ? item : undefined;
    })).toMatchObject({ eta: '2027-03-12', reportedBy: B, supplierId: B });

    const refusals: Array<[string, string, number]> = [
      [B, A, 1],
      [A, B, 1],
      [C, A, 1],
    ];
    // Another workshop's item is answered as one never opened: the reporter learns nothing of it.
    for (const [reporter, supplier, lineNo] of refusals) {
      const refused = await post(`work-items/${poOf(supplier)}/${lineNo}/progress`, secret[reporter] as string, { status: 'completed', qtyGood: 1 });
      expect({ reporter, supplier, refusal: refusal(refused) }).toEqual({ reporter, supplier, refusal: [404, 'WORK.NOT_OPEN'] });
    }
    expect(refusal(await post(`work-items/${poOf(C)}/2/progress`, secret[ERP] as string, { status: 'completed' }))).toEqual([403, 'WORK.NOT_A_WORKSHOP']);
    expect(refusal(await post(`work-items/${poOf(C)}/2/progress`, leadKey, { status: 'completed' }))).toEqual([403, 'WORK.NOT_A_WORKSHOP']);
    expect(await workItem(leadKey, poOf(A), 1)).toMatchObject({ status: 'completed', qtyGood: 60, reportedBy: A });
  });

  it('7. BOM revision 2 changes the cover: C’s work shows it is outdated, A’s and B’s do not; C acknowledges the change', async () => {
    const current = await get(`boms/${productId}`, leadKey);
    const published = await post(`boms/${productId}/revisions`, leadKey, { revision: 2, nodes: pumpBom('cover, 1.6 mm SPCC') }, { 'if-match': current.etag as string });
    expect(recorded(published)).toEqual([201, ['BomRevisionPublished', 'EngineeringChangeNotified']]);

    const flagged = await until('C’s work item flagged as outdated', async () => {
      const item = await workItem(secret[C] as string, poOf(C), 2);
      return item?.['outdatedRevision'] === 2 ? item : undefined;
    });
    expect(flagged).toMatchObject({ supplierId: C, status: 'not_started' });
    expect(await workItem(leadKey, poOf(C), 2)).toMatchObject({ outdatedRevision: 2 });
    expect(await workItem(leadKey, poOf(A), 1)).toMatchObject({ outdatedRevision: null });
    expect(await workItem(leadKey, poOf(B), 1)).toMatchObject({ outdatedRevision: null });

    const sato = await get(`boms/${productId}`, secret[C] as string);
    expect(sato.body['revision']).toBe(2);
    expect(sato.text).toContain('cover, 1.6 mm SPCC');
    expect(recorded(await post(`boms/${productId}/acknowledgements`, secret[C] as string, { revision: 2 }))).toEqual([201, ['BomRevisionAcknowledged']]);
    // The change is not A's to read, and an integrator's key writes nothing, whatever the target.
    expect((await get(`boms/${productId}`, secret[A] as string)).text).not.toContain('1.6 mm');
    expect(refusal(await post(`boms/${productId}/acknowledgements`, secret[ERP] as string, { revision: 2 }))).toEqual([403, 'REQUEST.READ_ONLY_ROLE']);
  });

  it('8. everything ships (A in two lots) and is received; each purchase order closes, and with the last one the customer order', async () => {
    const okada = `purchase-orders/${poOf(A)}`;
    const firstLot = await post(`${okada}/shipments`, secret[A] as string, { shipmentId: 'SH-A1', lines: [{ lineNo: 1, quantity: 35 }] });
    expect(recorded(firstLot)).toEqual([201, ['ShipmentNotified']]);
    expect((await get(okada, leadKey)).body['status']).toBe('PartiallyShipped');
    expect(refusal(await post(`${okada}/shipments`, secret[A] as string, { shipmentId: 'SH-A-OVER', lines: [{ lineNo: 1, quantity: 26 }] }))).toEqual([422, 'ORDERS.OVER_SHIPMENT']);
    expect(refusal(await post(`${okada}/receipts`, secret[A] as string, { shipmentId: 'SH-A1', lines: [{ lineNo: 1, receivedQuantity: 35 }] }))).toEqual([403, 'ORDERS.NOT_THE_BUYER']);
    expect(recorded(await post(`${okada}/receipts`, leadKey, { shipmentId: 'SH-A1', lines: [{ lineNo: 1, receivedQuantity: 35 }] }))).toEqual([201, ['GoodsReceived']]);
    const partly = await get(okada, secret[A] as string);
    expect(partly.body['status']).toBe('PartiallyShipped');
    expect(partly.body['lines']).toEqual([expect.objectContaining({ quantity: 60, shipped: 35, received: 35 })]);

    expect(recorded(await post(`${okada}/shipments`, secret[A] as string, { shipmentId: 'SH-A2', lines: [{ lineNo: 1, quantity: 25 }] }))).toEqual([201, ['ShipmentNotified']]);
    const lastLot = await post(`${okada}/receipts`, leadKey, { shipmentId: 'SH-A2', lines: [{ lineNo: 1, receivedQuantity: 25 }] });
    expect(recorded(lastLot)).toEqual([201, ['GoodsReceived', 'PurchaseOrderClosed']]);

    const mori = `purchase-orders/${poOf(B)}`;
    expect(refusal(await post(`${mori}/shipments`, secret[A] as string, { shipmentId: 'SH-B1', lines: [{ lineNo: 1, quantity: 40 }] }))).toEqual([404, 'ORDERS.NOT_ISSUED']);
    expect(recorded(await post(`${mori}/shipments`, secret[B] as string, { shipmentId: 'SH-B1', lines: [{ lineNo: 1, quantity: 40 }] }))).toEqual([201, ['ShipmentNotified']]);
    expect(recorded(await post(`${mori}/receipts`, leadKey, { shipmentId: 'SH-B1', lines: [{ lineNo: 1, receivedQuantity: 40 }] }))).toEqual([201, ['GoodsReceived', 'PurchaseOrderClosed']]);
    // C's cover is still out: the customer order stays open.
    expect((await get(`customer-orders/${customerOrderId}`, leadKey)).body['status']).toBe('Open');

    const sato = `purchase-orders/${poOf(C)}`;
    expect(recorded(await post(`${sato}/shipments`, secret[C] as string, { shipmentId: 'SH-C1', lines: [{ lineNo: 2, quantity: 100 }] }))).toEqual([201, ['ShipmentNotified']]);
    expect(recorded(await post(`${sato}/receipts`, leadKey, { shipmentId: 'SH-C1', lines: [{ lineNo: 2, receivedQuantity: 100 }] }))).toEqual([201, ['GoodsReceived', 'PurchaseOrderClosed']]);
    for (const supplier of [A, B, C]) expect((await get(`purchase-orders/${poOf(supplier)}`, secret[supplier] as string)).body['status']).toBe('Closed');

    const closed = await until('the customer order closed', async () => {
      const reply = await get(`customer-orders/${customerOrderId}`, leadKey);
      return reply.body['status'] === 'Closed' ? reply.body : undefined;
    });
    expect(closed).toMatchObject({ orderId: customerOrderId, ownerId: LEAD, closedAt: expect.any(String) });
    expect(refusal(await post(`customer-orders/${customerOrderId}/close`, leadKey))).toEqual([409, 'ORDERS.ALREADY_CLOSED']);
    expect(refusal(await post(`${sato}/shipments`, secret[C] as string, { shipmentId: 'SH-C2', lines: [{ lineNo: 2, quantity: 1 }] }))).toEqual([409, 'ORDERS.ALREADY_CLOSED']);
  });
});

import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '@renkei/config';
import { dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { startBackbone, type RunningBackbone } from './backbone';
import { readFeedPage, readWholeFeed, tailFeed, type FeedEvent } from './integrator-clients.fixtures';

const keys = {
  office: 'feed-office-key-0123456789abcdef',
  lead: 'feed-lead-key-0123456789abcdefgh',
  wsA: 'feed-ws-a-key-0123456789abcdefgh',
  wsB: 'feed-ws-b-key-0123456789abcdefgh',
};
const LEAD = 'lead-1';
const A = 'ws-a';
const B = 'ws-b';
const ERP = 'erp-feed';
const apiKeys = [`${keys.office}:consortium-office:coordinator`, `${keys.lead}:${LEAD}:lead`, `${keys.wsA}:${A}:workshop`, `${keys.wsB}:${B}:workshop`].join(',');

const run = randomUUID().slice(0, 8);
const productId = `PUMP-${run}`;
const customerOrderId = `CO-${run}`;
const poA = `PO-A-${run}`;
const poB = `PO-B-${run}`;
const rfqId = `RFQ-${run}`;
// Distinctive prices, so a leak shows up anywhere in a raw response text.
const price = { a: '4321.57', b: '8765.29', quote: '1111.93' };

/**
 * The resumable HTTP feed: each company reads the events it may see, in log order, as it may see
 * them; an integrator reads what its grantors opened to it, without prices; a reader that resumes
 * from its cursor, by page or by a live event stream, misses nothing and sees nothing twice.
 */
describe('GET /v1/feed', () => {
  const eventSchema = uniqueSchemaName('feed_es');
  const readSchema = uniqueSchemaName('feed_rm');
  let backbone: RunningBackbone;
  let erpKey = '';

  const post = async (path: string, key: string, body: unknown = {}): Promise<Record<string, unknown>> => {
    const response = await fetch(`${backbone.url}/v1/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`POST /v1/${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };
  const page = (key: string, query = '') => readFeedPage(backbone.url, key, query);
  /** Every event the key may see, read a page of `limit` at a time. */
  const readAll = (key: string, limit = 1000) => readWholeFeed(backbone.url, key, limit);
  const sse = (key: string, lastEventId: string | undefined, more: (id: string, event: FeedEvent) => boolean) => tailFeed(backbone.url, key, lastEventId, more);
  const typesOf = (events: FeedEvent[], subject: string) => events.filter((event) => event.subject === subject).map((event) => event.type.split('.')[2]);

  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema });
    backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
    for (const [companyId, role] of [[LEAD, 'lead'], [A, 'workshop'], [B, 'workshop'], [ERP, 'integrator']] as const) {
      await post(`companies/${companyId}`, keys.office, { legalName: companyId, roles: [role], timeZone: 'Asia/Tokyo', contactEmail: `office@${companyId}.example` });
    }
    erpKey = (await post(`companies/${ERP}/credentials`, keys.office, { credentialId: `${ERP}-api`, role: 'integrator', label: 'ERP connector' }))['secret'] as string;
    // The directory learns of the integrator (and a grant to it can be made) once it has folded its stream.
    await waitFor('the integrator’s key to work', async () => ((await fetch(`${backbone.url}/v1/companies/${ERP}`, { headers: { authorization: `Bearer ${erpKey}` } })).status === 200 ? true : undefined));
    const node = (nodeId: string, parentId: string | null, workshopId: string) => ({
      nodeId, parentId, kind: parentId === null ? 'assembly' : 'part', partNumber: `PN-${nodeId}`, description: nodeId.toLowerCase(), qtyPer: 1, makeOrBuy: 'make',
      routing: [{ opNo: 10, process: parentId === null ? 'assembly' : 'machining', workshopId }],
    });
    await post(`boms/${productId}/revisions`, keys.lead, { revision: 1, nodes: [node('PUMP', null, LEAD), node('SHAFT', 'PUMP', A), node('COVER', 'PUMP', B)] });
    await post(`customer-orders/${customerOrderId}`, keys.lead, {
      customerName: 'Tokai Pumps', customerRef: 'TP-1', bomProductId: productId, bomRevision: 1,
      lines: [{ lineNo: 1, partNumber: 'PN-PUMP', bomNodeId: 'PUMP', quantity: 10, dueDate: '2026-12-20' }],
    });
    const purchaseOrder = (supplierId: string, bomNodeId: string, amount: string) => ({
      supplierId, customerOrderId, parent: null,
      lines: [{ lineNo: 1, partNumber: `PN-${bomNodeId}`, bomNodeId, quantity: 10, dueDate: '2026-12-10', unitPrice: { amount, currency: 'JPY' } }],
    });
    await post(`purchase-orders/${poA}`, keys.lead, purchaseOrder(A, 'SHAFT', price.a));
    await post(`purchase-orders/${poB}`, keys.lead, purchaseOrder(B, 'COVER', price.b));
    await post(`purchase-orders/${poA}/acceptance`, keys.wsA);
    await post(`rfqs/${rfqId}`, keys.lead, {
      customerOrderId, answerDeadline: new Date(Date.now() + 7 * 86_400_000).toISOString(), invited: [A, B],
      lines: [{ lineNo: 1, part: { partNumber: 'PN-SHAFT', bomNodeId: 'SHAFT', description: 'drive shaft' }, quantity: 10, dueDate: '2026-12-10' }],
    });
    await post(`rfqs/${rfqId}/quotes/q-a`, keys.wsA, { lines: [{ lineNo: 1, unitPrice: { amount: price.quote, currency: 'JPY' }, leadTimeDays: 14 }] });
    await post(`companies/${A}/integrator-grants`, keys.wsA, { integratorId: ERP, scopes: ['orders', 'work'] });
    // Work opens on A's accepted order by process manager; the feed has it once A's work item stream appears.
    await waitFor('A’s open work item in A’s feed', async () => ((await readAll(keys.wsA)).events.some((event) => event.type.endsWith('.WorkItemOpened.v1')) ? true : undefined));
    await post(`work-items/${poA}/1/progress`, keys.wsA, { status: 'in_progress', operation: 10, qtyGood: 4, qtyScrap: 0 });
    await waitFor('A’s report in the lead’s feed', async () => ((await readAll(keys.lead)).events.some((event) => event.type.includes('ProgressReported')) ? true : undefined));
  });
  afterAll(async () => {
    await backbone?.stop();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
  });

  it('gives the lead its whole order: every purchase order with its price, A’s work, its RFQ and the quote', async () => {
    const { events, text } = await readAll(keys.lead);
    expect(typesOf(events, `order-${customerOrderId}`)).toEqual(['CustomerOrderPlaced']);
    expect(typesOf(events, `order-${poA}`)).toEqual(['PurchaseOrderIssued', 'OrderAccepted']);
    expect(typesOf(events, `order-${poB}`)).toEqual(['PurchaseOrderIssued']);
    expect(typesOf(events, `work-${poA}-1`)).toEqual(['WorkItemOpened', 'ProgressReported']);
    expect(typesOf(events, `rfq-${rfqId}`)).toEqual(['RfqIssued', 'QuoteSubmitted']);
    expect(text).toContain(price.a);
    expect(text).toContain(price.quote);
  });

  it('gives a workshop its own orders and work, not its neighbour’s, and not who else was asked to quote', async () => {
    const { events, text } = await readAll(keys.wsB);
    expect(typesOf(events, `order-${poB}`)).toEqual(['PurchaseOrderIssued']);
    expect(events.filter((event) => event.subject === `order-${poA}` || event.subject === `work-${poA}-1` || event.subject === `order-${customerOrderId}`)).toEqual([]);
    expect(events.find((event) => event.type.endsWith('.RfqIssued.v2') || event.type.endsWith('.RfqIssued.v1'))?.data['invited']).toEqual([B]);
    expect(text).not.toContain(price.a);
    expect(text).not.toContain(price.quote);
    expect(text).not.toContain('Tokai Pumps');
  });

  it('gives an integrator what its grantor opened to it, without prices, and no RFQ or quote', async () => {
    const { events, text } = await readAll(erpKey);
    expect(typesOf(events, `order-${poA}`)).toEqual(['PurchaseOrderIssued', 'OrderAccepted']);
    expect(typesOf(events, `work-${poA}-1`)).toEqual(['WorkItemOpened', 'ProgressReported']);
    expect(events.filter((event) => event.subject.startsWith('rfq-') || event.subject === `order-${poB}`)).toEqual([]);
    for (const secret of [price.a, price.b, price.quote, 'unitPrice":{']) expect(text).not.toContain(secret);
  });

  it('reads the same events once each whatever the page size, resuming from each page’s cursor', async () => {
    const whole = await readAll(keys.lead);
    const byTwos = await readAll(keys.lead, 2);
    expect(byTwos.events.map((event) => event.id)).toEqual(whole.events.map((event) => event.id));
    expect(new Set(whole.events.map((event) => event.id)).size).toBe(whole.events.length);
    const resumed = await page(keys.lead, `?after=${whole.events[2]?.cursor}`);
    expect(resumed.body.events.map((event) => event.id)).toEqual(whole.events.slice(3).map((event) => event.id));
  });

  it('tails live as server-sent events, and a reader reconnecting with Last-Event-ID misses nothing and sees nothing twice', async () => {
    const before = (await readAll(keys.wsA)).events;
    const seen: string[] = [];
    let lastId = '';
    // First connection: read what is there, then hang up.
    await sse(keys.wsA, undefined, (id, event) => {
      seen.push(event.id);
      lastId = id;
      return seen.length < before.length;
    });
    expect(seen).toEqual(before.map((event) => event.id));
    // While away, A reports again; the reconnecting reader gets exactly that.
    await post(`work-items/${poA}/1/progress`, keys.wsA, { status: 'in_progress', operation: 10, qtyGood: 7, qtyScrap: 0 });
    const after: FeedEvent[] = [];
    await sse(keys.wsA, lastId, (_id, event) => {
      after.push(event);
      return !event.type.includes('ProgressReported');
    });
    expect(after.map((event) => event.type.split('.')[2])).toEqual(['ProgressReported']);
    expect(after[0]?.data['qtyGood']).toBe(7);
  });

  it('refuses a bad cursor or page size, naming the field, and anyone without a key', async () => {
    const bad = await fetch(`${backbone.url}/v1/feed?after=nope&limit=0`, { headers: { authorization: `Bearer ${keys.lead}` } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Array<{ field: string }> }).errors.map((error) => error.field)).toEqual(['after', 'limit']);
    expect((await fetch(`${backbone.url}/v1/feed`)).status).toBe(401);
  });

  it('serves the AsyncAPI contract of the topics to any member, and to nobody else', async () => {
    const response = await fetch(`${backbone.url}/asyncapi.json`, { headers: { authorization: `Bearer ${erpKey}` } });
    expect(response.status).toBe(200);
    const { document, diagnostics } = await new Parser().parse((await response.text()) as string);
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error)).toEqual([]);
    expect(document?.channels().all().map((channel) => channel.address())).toContain('renkei.partner.{companyId}.v1');
    expect((await fetch(`${backbone.url}/asyncapi.json`)).status).toBe(401);
  });
});

import { randomUUID } from 'node:crypto';
import { loadConfig } from '@renkei/config';
import { dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { startBackbone, type RunningBackbone } from './backbone';
import { openWorkItems } from './open-work-items';

const keys = { lead: 'oq-lead-key-0123456789abcd', ws: 'oq-ws-key-0123456789abcdef', other: 'oq-other-key-0123456789abc' };
const apiKeys = [`${keys.lead}:lead-1:lead`, `${keys.ws}:ws-a:workshop`, `${keys.other}:ws-z:workshop`].join(',');
const run = randomUUID().slice(0, 8);
const orders = [`POA-${run}`, `POB-${run}`, `POC-${run}`];

/** The lead's list, timeline, late items and flow, and the limits every query runs under, over HTTP. */
describe('GraphQL order queries and limits', () => {
  const eventSchema = uniqueSchemaName('oq_es');
  const readSchema = uniqueSchemaName('oq_rm');
  let backbone: RunningBackbone;

  const graphql = async (key: string | null, body: unknown) => {
    const response = await fetch(`${backbone.url}/graphql`, {
      method: 'POST',
      headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as { data?: Record<string, any>; errors?: Array<{ message: string; extensions: Record<string, unknown> }> } }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  const query = async (key: string, text: string) => (await graphql(key, { query: text })).body;

  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema });
    backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
    for (const purchaseOrderId of orders) {
      await openWorkItems({ baseUrl: backbone.url, lead: { key: keys.lead, companyId: 'lead-1' }, workshop: { key: keys.ws, companyId: 'ws-a' }, purchaseOrderId });
    }
    // The second order's part is late: material, new ETA after the line's 2026-12-10.
    const response = await fetch(`${backbone.url}/v1/work-items/${orders[1]}/1/progress`, {
      method: 'POST',
      headers: { authorization: `Bearer ${keys.ws}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({ status: 'delayed', qtyGood: 2, qtyScrap: 0, eta: '2026-12-24', delayReasonCode: 'material', note: 'bar stock late', operation: 10 }),
    });
    expect(response.status).toBe(201);
  }, 60_000);
  afterAll(async () => {
    await backbone?.stop();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
  });

  it('pages through the orders a company may see, newest first, without skipping or repeating', async () => {
    const first = await query(keys.lead, '{ customerOrders(first: 2) { count edges { cursor node { orderId } } pageInfo { hasNextPage endCursor } } }');
    const page1 = first.data?.['customerOrders'];
    expect(page1.count).toBe(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await query(keys.lead, `{ customerOrders(first: 2, after: "${page1.pageInfo.endCursor}") { edges { node { orderId } } pageInfo { hasNextPage } } }`);
    const ids = [...page1.edges, ...second.data?.['customerOrders'].edges].map((edge: { node: { orderId: string } }) => edge.node.orderId);
    expect(new Set(ids)).toEqual(new Set(orders.map((id) => `CO-${id}`)));
    expect(second.data?.['customerOrders'].pageInfo.hasNextPage).toBe(false);
    expect((await query(keys.other, '{ customerOrders { count } }')).data?.['customerOrders'].count).toBe(0);
  });

  it('refuses a page size outside 1..100 and a made-up cursor, naming the argument, its rule and the allowed values', async () => {
    const tooBig = await query(keys.lead, '{ customerOrders(first: 500) { count } }');
    expect(tooBig.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', rule: 'between 1 and 100', allowed: '1..100' });
    const forged = await query(keys.lead, '{ customerOrders(after: "bm90IGEgY3Vyc29y") { count } }');
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('lists late items worst first with the chain they hold up, only to those who may see them', async () => {
    await waitFor('the delay in the read model', async () => (((await query(keys.lead, '{ lateItems(leadId: "lead-1") { nodeId } }')).data?.['lateItems'] ?? []).length > 0 ? true : undefined));
    const late = (await query(keys.lead, '{ lateItems(leadId: "lead-1") { orderId nodeId eta dueDate daysLate delayReasons { reasonCode note } holdsUp { nodeId } } }')).data?.['lateItems'];
    expect(late[0]).toMatchObject({ orderId: `CO-${orders[1]}`, nodeId: 'PART', eta: '2026-12-24', dueDate: '2026-12-10', daysLate: 14, delayReasons: [{ reasonCode: 'material', note: 'bar stock late' }], holdsUp: [{ nodeId: 'ASSY' }] });
    expect((await query(keys.other, '{ lateItems(leadId: "lead-1") { nodeId } }')).data?.['lateItems']).toEqual([]);
  });

  it('tells the order’s story in order, without prices, and where its flow waits', async () => {
    const orderId = `CO-${orders[1]}`;
    const timeline = (await query(keys.lead, `{ timeline(orderId: "${orderId}") { type summary subject } }`)).data?.['timeline'];
    expect(timeline.map((entry: { type: string }) => entry.type)).toEqual(
      expect.arrayContaining(['CustomerOrderPlaced', 'PurchaseOrderIssued', 'OrderAccepted', 'WorkItemOpened', 'ProgressReported']),
    );
    expect(timeline.findIndex((entry: { type: string }) => entry.type === 'CustomerOrderPlaced')).toBeLessThan(timeline.findIndex((entry: { type: string }) => entry.type === 'ProgressReported'));
    expect(JSON.stringify(timeline)).not.toContain('1000');
    // The workshop sees the purchase order and work, not the lead's customer order events.
    const workshopView = (await query(keys.ws, `{ timeline(orderId: "${orderId}") { type } }`)).data?.['timeline'];
    expect(workshopView.map((entry: { type: string }) => entry.type)).not.toContain('CustomerOrderPlaced');
    expect((await query(keys.other, `{ timeline(orderId: "${orderId}") { type } }`)).data?.['timeline']).toBeNull();
    const flow = (await query(keys.lead, `{ flowMetrics(orderId: "${orderId}") { workingHours waitingHours nodes { nodeId workshopId operations { opNo startedAt } } } }`)).data?.['flowMetrics'];
    expect(flow.nodes).toEqual([expect.objectContaining({ nodeId: 'PART', workshopId: 'ws-a', operations: [expect.objectContaining({ opNo: 10 })] })]);
  });

  it('refuses a query nested too deep, a batch too large, and asks for credentials', async () => {
    const deep = await query(keys.lead, `{ customerOrders { edges { node { tree { children { children { children { children { children { children { children { nodeId } } } } } } } } } } } }`);
    expect(deep.errors?.[0]?.extensions?.['code']).toMatch(/QUERY_TOO_(DEEP|COSTLY)/);
    expect(deep.data).toBeUndefined();
    const batch = await graphql(keys.lead, Array.from({ length: 11 }, () => ({ query: '{ lateItems(leadId: "lead-1") { nodeId } }' })));
    expect(batch.status).toBe(400);
    expect(JSON.stringify(batch.body)).toContain('BATCH_TOO_LARGE');
    const anonymous = await graphql(null, { query: '{ lateItems(leadId: "lead-1") { nodeId } }' });
    expect(anonymous.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });
});

import { randomUUID } from 'node:crypto';
import { loadConfig } from '@renkei/config';
import { dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { AnswerCache } from '@renkei/gateway';
import { startBackbone, type RunningBackbone } from './backbone';
import { openWorkItems } from './open-work-items';

const LEAD = 'lead-cache';
const WORKSHOP = 'ws-cache';
const STRANGER = 'ws-stranger';
const key: Record<string, string> = {
  [LEAD]: 'cache-lead-key-0123456789ab',
  [WORKSHOP]: 'cache-ws-key-0123456789abc',
  [STRANGER]: 'cache-stranger-key-0123456',
};
const apiKeys = Object.entries(key)
  .map(([companyId, secret]) => `${secret}:${companyId}:${companyId === LEAD ? 'lead' : 'workshop'}`)
  .join(',');
const poId = `PO-${randomUUID().slice(0, 8)}`;
const orderId = `CO-${poId}`;

const ORDER_QUERY = `query Order($id: String!) { customerOrder(id: $id) { orderId customerName percentComplete
  nodes { nodeId assignments { poId unitPrice { amount } workStatus qtyGood } } } }`;

/**
 * The answer cache serves a repeated order query byte for byte until the order changes, and
 * never serves one viewer's answer to another.
 */
describe('GraphQL answer cache', () => {
  const eventSchema = uniqueSchemaName('cache_es');
  const readSchema = uniqueSchemaName('cache_rm');
  let backbone: RunningBackbone;
  let cache: AnswerCache;

  const ask = async (companyId: string, query = ORDER_QUERY, variables: Record<string, unknown> = { id: orderId }): Promise<string> => {
    const response = await fetch(`${backbone.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key[companyId] as string}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    expect(response.headers.get('content-type')).toContain('application/json');
    return response.text();
  };

  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema });
    backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
    cache = backbone.app.get(AnswerCache);
    await openWorkItems({ baseUrl: backbone.url, lead: { key: key[LEAD] as string, companyId: LEAD }, workshop: { key: key[WORKSHOP] as string, companyId: WORKSHOP }, purchaseOrderId: poId });
    await waitFor('the open work item in the lead’s tree', async () => ((await ask(LEAD)).includes('"workStatus":"not_started"') ? true : undefined));
  });
  afterAll(async () => {
    await backbone?.stop();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
  });

  it('answers a repeated query from the cache, byte for byte', async () => {
    const first = await ask(LEAD);
    const hits = cache.stats.hits;
    expect(await ask(LEAD)).toBe(first);
    expect(cache.stats.hits).toBe(hits + 1);
  });

  it('keeps one answer per viewer: the workshop, then a stranger, never get the lead’s', async () => {
    const lead = await ask(LEAD);
    expect(lead).toContain('"customerName":"');
    const workshop = await ask(WORKSHOP);
    expect(workshop).not.toBe(lead);
    expect(workshop).toContain('"customerName":null');
    expect(await ask(WORKSHOP)).toBe(workshop);
    expect(JSON.parse(await ask(STRANGER))).toEqual({ data: { customerOrder: null } });
    expect(JSON.parse(await ask(STRANGER))).toEqual({ data: { customerOrder: null } });
  });

  it('forgets an order’s answers when the order changes: the next ask shows the change', async () => {
    const before = await ask(LEAD);
    expect(await ask(LEAD)).toBe(before);
    const response = await fetch(`${backbone.url}/v1/work-items/${poId}/1/progress`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key[WORKSHOP] as string}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({ status: 'in_progress', operation: 10, qtyGood: 3, qtyScrap: 0 }),
    });
    expect(response.status).toBe(201);
    const after = await waitFor('the progress in the lead’s answer', async () => {
      const answer = await ask(LEAD);
      return answer.includes('"qtyGood":3') ? answer : undefined;
    });
    expect(after).not.toBe(before);
    expect(await ask(WORKSHOP)).toContain('"qtyGood":3');
  });

  it('builds an answer asked for by many at once a single time', async () => {
    const stored = cache.stats.stored;
    const query = 'query Order($id: String!) { customerOrder(id: $id) { orderId percentComplete } }';
    const answers = await Promise.all(Array.from({ length: 8 }, () => ask(LEAD, query)));
    expect(new Set(answers).size).toBe(1);
    expect(cache.stats.stored).toBe(stored + 1);
  });

  it('keeps no answer with errors, and none of a query reading more than one order’s rows', async () => {
    const stored = cache.stats.stored;
    await ask(LEAD, 'query Order($id: String!) { customerOrder(id: $id) { orderId nope } }');
    await ask(LEAD, 'query Orders($id: String!) { customerOrder(id: $id) { orderId } customerOrders { count } }');
    await ask(LEAD, 'query Order($id: String!) { customerOrder(id: $id) { orderId } }', { id: orderId, unused: 1 });
    expect(cache.stats.stored).toBe(stored + 1);
    await ask(LEAD, 'query Order($id: String!) { customerOrder(id: $id) { orderId nope } }');
    expect(cache.stats.stored).toBe(stored + 1);
  });

  it('serves nothing to a caller it cannot authenticate', async () => {
    const response = await fetch(`${backbone.url}/graphql`, {
      method: 'POST',
      headers: { authorization: 'Bearer not-a-key-0123456789', 'content-type': 'application/json' },
      body: JSON.stringify({ query: ORDER_QUERY, variables: { id: orderId } }),
    });
    const body = (await response.json()) as { data?: { customerOrder: unknown }; errors?: Array<{ extensions: { code: string } }> };
    expect(body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});

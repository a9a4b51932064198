import { randomUUID } from 'node:crypto';
import { loadConfig } from '@renkei/config';
import { startBackbone, type RunningBackbone } from './backbone';
import { dropSchema, maskId, testDatabaseUrl, uniqueSchemaName } from '@renkei/testing';

const keys = {
  lead: 'bom-lead-key-0123456789abcd',
  okada: 'bom-okada-key-0123456789abc',
  sato: 'bom-sato-key-0123456789abcd',
  outsider: 'bom-outsider-key-0123456789',
};
const apiKeys = [`${keys.lead}:lead-kanto:lead`, `${keys.okada}:ws-okada:workshop`, `${keys.sato}:ws-sato:workshop`, `${keys.outsider}:ws-other:workshop`].join(',');

const op = (opNo: number, process: string, workshopId: string) => ({ opNo, process, workshopId });
const node = (nodeId: string, parentId: string | null, extra: Record<string, unknown> = {}) => ({
  nodeId,
  parentId,
  kind: 'part',
  partNumber: `PN-${nodeId}`,
  description: nodeId.toLowerCase(),
  qtyPer: 1,
  makeOrBuy: 'make',
  routing: [],
  ...extra,
});
const pump = [
  node('PUMP', null, { kind: 'assembly', routing: [op(10, 'assembly', 'lead-kanto')] }),
  node('HOUSING', 'PUMP', { kind: 'sub-assembly', routing: [op(10, 'machining', 'ws-okada')] }),
  node('SHAFT', 'HOUSING', { routing: [op(10, 'turning', 'ws-okada')] }),
  node('COVER', 'PUMP', { kind: 'sub-assembly', routing: [op(10, 'sheet-metal', 'ws-sato')] }),
];

/** BOM exchange over HTTP: the lead publishes, each workshop sees only its share. */
describe('BOM exchange API', () => {
  const eventSchema = uniqueSchemaName('bom_es');
  const readSchema = uniqueSchemaName('bom_rm');
  const productId = `P-${randomUUID().slice(0, 8)}`;
  let backbone: RunningBackbone;

  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema });
    backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
  });
  afterAll(async () => {
    await backbone?.stop();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
  });

  const callOn = (product: string) => async (method: 'GET' | 'POST', path: string, key: string, body?: unknown, extra: Record<string, string> = {}) => {
    const response = await fetch(`${backbone.url}/v1/boms/${product}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}), ...extra },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, etag: response.headers.get('etag'), body: (await response.json()) as Record<string, unknown> };
  };
  const call = callOn(productId);
  const nodeIds = (body: Record<string, unknown>) => (body['nodes'] as Array<{ nodeId: string }>).map((entry) => entry.nodeId);

  it('the lead publishes revision 1 and sees every node; a retry with the same key is answered as before', async () => {
    const idempotencyKey = randomUUID();
    const first = await call('POST', '/revisions', keys.lead, { revision: 1, nodes: pump }, { 'idempotency-key': idempotencyKey });
    expect(first.status).toBe(201);
    expect(first.body['events']).toEqual(['BomRevisionPublished']);
    const retry = await call('POST', '/revisions', keys.lead, { revision: 1, nodes: pump }, { 'idempotency-key': idempotencyKey });
    expect(retry.status).toBe(200);
    expect(nodeIds((await call('GET', '', keys.lead)).body)).toEqual(['PUMP', 'HOUSING', 'SHAFT', 'COVER']);
  });

  it('a workshop sees its own subtree and the parents it delivers into, never another workshop’s subtree', async () => {
    const okada = await call('GET', '', keys.okada);
    expect(okada.status).toBe(200);
    expect(nodeIds(okada.body).sort()).toEqual(['HOUSING', 'PUMP', 'SHAFT']);
    expect(JSON.stringify(okada.body)).not.toContain('ws-sato');
    expect(nodeIds((await call('GET', '', keys.sato)).body).sort()).toEqual(['COVER', 'PUMP']);
    expect((await call('GET', '', keys.outsider)).status).toBe(404);
  });

  it('refuses a workshop publishing (403) and a malformed revision listing each bad node field (400), recording nothing', async () => {
    const byWorkshop = await call('POST', '/revisions', keys.okada, { revision: 2, nodes: pump });
    expect(byWorkshop.status).toBe(403);
    expect(byWorkshop.body['code']).toBe('BOM.NOT_A_LEAD');
    const malformed = await call('POST', '/revisions', keys.lead, { revision: 2, nodes: [{ ...pump[0], qtyPer: -1 }, { ...pump[1], kind: 'gizmo' }] });
    expect(malformed.status).toBe(400);
    expect((malformed.body['errors'] as Array<{ field: string }>).map((error) => error.field)).toEqual(expect.arrayContaining(['nodes[0].qtyPer', 'nodes[1].kind']));
    expect((await call('GET', '', keys.lead)).body['revision']).toBe(1);
  });

  it('revision 2 notifies the affected workshops; only workshops in the routing acknowledge; If-Match guards the lead’s write', async () => {
    const current = await call('GET', '', keys.lead);
    const changed = pump.map((entry) => (entry.nodeId === 'COVER' ? { ...entry, qtyPer: 2 } : entry));
    const stale = await call('POST', '/revisions', keys.lead, { revision: 2, nodes: changed }, { 'if-match': '"99"' });
    expect(stale.status).toBe(412);
    const published = await call('POST', '/revisions', keys.lead, { revision: 2, nodes: changed }, { 'if-match': current.etag as string });
    expect(published.status).toBe(201);
    expect(published.body['events']).toEqual(['BomRevisionPublished', 'EngineeringChangeNotified']);
    expect((await call('POST', '/acknowledgements', keys.sato, { revision: 2 })).status).toBe(201);
  });

  it('a workshop with no operation in any revision is answered as for a product never published (404, the same body), whatever revision it names', async () => {
    const missingId = `P-NONE-${randomUUID().slice(0, 8)}`;
    for (const revision of [1, 2, 3]) {
      const outsider = await call('POST', '/acknowledgements', keys.outsider, { revision });
      const missing = await callOn(missingId)('POST', '/acknowledgements', keys.outsider, { revision });
      expect([outsider.status, outsider.body['code']]).toEqual([404, 'BOM.PRODUCT_NOT_FOUND']);
      expect(maskId(outsider.body, productId)).toEqual(maskId(missing.body, missingId));
    }
    // A routed workshop naming a revision that does not exist is told which ones do: it knows the product.
    const unknown = await call('POST', '/acknowledgements', keys.okada, { revision: 3 });
    expect([unknown.status, unknown.body['code']]).toEqual([422, 'BOM.UNKNOWN_REVISION']);
  });
});

import { randomUUID } from 'node:crypto';
import { loadConfig } from '@renkei/config';
import { dropSchema, maskId, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { startBackbone, type RunningBackbone } from './backbone';

const keys = {
  office: 'ig-office-key-0123456789abcdef',
  lead: 'ig-lead-key-0123456789abcdefgh',
  wsA: 'ig-ws-a-key-0123456789abcdefgh',
  wsB: 'ig-ws-b-key-0123456789abcdefgh',
};
const LEAD = 'lead-1';
const A = 'ws-a';
const B = 'ws-b';
const ERP = 'erp-link';
const MES = 'mes-link';
const apiKeys = [`${keys.office}:consortium-office:coordinator`, `${keys.lead}:${LEAD}:lead`, `${keys.wsA}:${A}:workshop`, `${keys.wsB}:${B}:workshop`].join(',');

const run = randomUUID().slice(0, 8);
const productId = `PUMP-${run}`;
const customerOrderId = `CO-${run}`;
const poA = `PO-A-${run}`;
const poB = `PO-B-${run}`;
const rfqId = `RFQ-${run}`;
// Distinctive prices, so a leak shows up anywhere in a raw response text.
const price = { a: '4321.57', b: '8765.29', quote: '1111.93' };
const priceWords = [...Object.values(price), 'unitPrice', 'JPY', 'currency', 'amount'];

type Body = Record<string, unknown>;
interface Reply {
  readonly status: number;
  readonly etag: string | null;
  readonly text: string;
  readonly body: Body;
}

/**
 * An integrator (an ERP or MES vendor) reads what a company granted it, as that company sees it but
 * without prices, and nothing else: not other companies' orders, not RFQs, not a scope it was not
 * granted, and nothing once the grant is revoked. It writes nothing.
 */
describe('integrator grants over HTTP', () => {
  const eventSchema = uniqueSchemaName('ig_es');
  const readSchema = uniqueSchemaName('ig_rm');
  const secret: Record<string, string> = {};
  /** Every answer an integrator's key got, to prove no price ever reached one. */
  const integratorAnswers: string[] = [];
  let backbone: RunningBackbone;

  const call = async (method: 'GET' | 'POST', path: string, key: string, body?: unknown): Promise<Reply> => {
    const response = await fetch(`${backbone.url}/v1/${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}) },
      ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}),
    });
    const text = await response.text();
    if (key === secret[ERP] || key === secret[MES]) integratorAnswers.push(text);
    return { status: response.status, etag: response.headers.get('etag'), text, body: (text.length > 0 ? JSON.parse(text) : {}) as Body };
  };
  const post = (path: string, key: string, body: unknown = {}) => call('POST', path, key, body);
  const get = (path: string, key: string) => call('GET', path, key);
  const recorded = (reply: Reply) => [reply.status, reply.body['events']];
  const refusal = (reply: Reply) => [reply.status, reply.body['code']];
  const grant = (grantor: string, key: string, integratorId: string, scopes: string[]) => post(`companies/${grantor}/integrator-grants`, key, { integratorId, scopes });
  /** Grants reach the reads through the member directory, a few milliseconds after the write. */
  const untilStatus = (path: string, key: string, status: number) =>
    waitFor(`GET ${path} to answer ${status}`, async () => ((await get(path, key)).status === status ? true : undefined), 10_000);
  /** A 404 that says no more than the one for a target that does not exist. */
  const expectNotFoundAsIfMissing = async (path: string, id: string, key: string) => {
    const seen = await get(path, key);
    const missing = await get(path.replace(id, `${id}-missing`), key);
    expect({ path, status: seen.status }).toEqual({ path, status: 404 });
    expect(maskId(seen.body, id)).toEqual(maskId(missing.body, `${id}-missing`));
  };

  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema });
    backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
    const members: Array<[string, string]> = [
      [LEAD, 'lead'],
      [A, 'workshop'],
      [B, 'workshop'],
      [ERP, 'integrator'],
      [MES, 'integrator'],
    ];
    for (const [companyId, role] of members) {
      expect((await post(`companies/${companyId}`, keys.office, { legalName: companyId, roles: [role], timeZone: 'Asia/Tokyo', contactEmail: `office@${companyId}.example` })).status).toBe(201);
    }
    for (const integrator of [ERP, MES]) {
      const issued = await post(`companies/${integrator}/credentials`, keys.office, { credentialId: `${integrator}-api`, role: 'integrator', label: 'ERP connector' });
      secret[integrator] = issued.body['secret'] as string;
      // The credential works once the directory has folded the integrator's stream: from then on it knows its role.
      await untilStatus(`companies/${integrator}`, secret[integrator] as string, 200);
    }

    const node = (nodeId: string, parentId: string | null, workshopId: string) => ({
      nodeId,
      parentId,
      kind: parentId === null ? 'assembly' : 'part',
      partNumber: `PN-${nodeId}`,
      description: nodeId.toLowerCase(),
      qtyPer: 1,
      makeOrBuy: 'make',
      routing: [{ opNo: 10, process: parentId === null ? 'assembly' : 'machining', workshopId }],
    });
    expect((await post(`boms/${productId}/revisions`, keys.lead, { revision: 1, nodes: [node('PUMP', null, LEAD), node('SHAFT', 'PUMP', A), node('COVER', 'PUMP', B)] })).status).toBe(201);
    expect(
      (
        await post(`customer-orders/${customerOrderId}`, keys.lead, {
          customerName: 'Tokai Pumps',
          customerRef: 'TP-1',
          bomProductId: productId,
          bomRevision: 1,
          lines: [{ lineNo: 1, partNumber: 'PN-PUMP', bomNodeId: 'PUMP', quantity: 10, dueDate: '2026-12-20' }],
        })
      ).status,
    ).toBe(201);
    const purchaseOrder = (supplierId: string, bomNodeId: string, amount: string) => ({
      supplierId,
      customerOrderId,
      parent: null,
      lines: [{ lineNo: 1, partNumber: `PN-${bomNodeId}`, bomNodeId, quantity: 10, dueDate: '2026-12-10', unitPrice: { amount, currency: 'JPY' } }],
    });
    expect((await post(`purchase-orders/${poA}`, keys.lead, purchaseOrder(A, 'SHAFT', price.a))).status).toBe(201);
    expect((await post(`purchase-orders/${poB}`, keys.lead, purchaseOrder(B, 'COVER', price.b))).status).toBe(201);
    expect((await post(`purchase-orders/${poA}/acceptance`, keys.wsA)).status).toBe(201);
    const rfq = await post(`rfqs/${rfqId}`, keys.lead, {
      customerOrderId,
      lines: [{ lineNo: 1, part: { partNumber: 'PN-SHAFT', bomNodeId: 'SHAFT', description: 'drive shaft' }, quantity: 10, dueDate: '2026-12-10' }],
      answerDeadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      invited: [A],
    });
    expect(rfq.status).toBe(201);
    expect((await post(`rfqs/${rfqId}/quotes/q-a`, keys.wsA, { lines: [{ lineNo: 1, unitPrice: { amount: price.quote, currency: 'JPY' }, leadTimeDays: 14 }] })).status).toBe(201);
  });
  afterAll(async () => {
    await backbone?.stop();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
  });

  it('without a grant, an integrator sees nothing: every read is the 404 of a target that does not exist', async () => {
    await expectNotFoundAsIfMissing(`purchase-orders/${poA}`, poA, secret[ERP] as string);
    await expectNotFoundAsIfMissing(`customer-orders/${customerOrderId}`, customerOrderId, secret[ERP] as string);
    await expectNotFoundAsIfMissing(`boms/${productId}`, productId, secret[ERP] as string);
  });

  it('only the company itself grants access to its data; a bad grant says which field breaks which rule and records nothing', async () => {
    expect(refusal(await grant(A, keys.wsB, ERP, ['orders']))).toEqual([403, 'NETWORK.NOT_ALLOWED']);
    expect(refusal(await grant(A, keys.office, ERP, ['orders']))).toEqual([403, 'NETWORK.NOT_ALLOWED']);
    expect(refusal(await grant(A, keys.lead, ERP, ['orders']))).toEqual([403, 'NETWORK.NOT_ALLOWED']);

    const quotes = await grant(A, keys.wsA, ERP, ['orders', 'quotes']);
    expect(quotes.status).toBe(400);
    expect(quotes.body['errors']).toEqual([{ field: 'scopes[1]', rule: 'must be a grantable scope; quotes and prices are never granted', allowed: 'orders, bom, work' }]);
    expect(refusal(await grant(A, keys.wsA, A, ['orders']))).toEqual([422, 'NETWORK.SELF_GRANT']);
    const toWorkshop = await grant(A, keys.wsA, B, ['orders']);
    expect(refusal(toWorkshop)).toEqual([422, 'NETWORK.UNKNOWN_INTEGRATOR']);
    expect(toWorkshop.body['errors']).toEqual([{ field: 'integratorId', rule: 'must name a registered company holding the role integrator', allowed: expect.any(String) }]);
    expect(refusal(await grant(A, keys.wsA, 'no-such-company', ['orders']))).toEqual([422, 'NETWORK.UNKNOWN_INTEGRATOR']);

    expect((await get(`companies/${A}`, keys.wsA)).body['integratorGrants']).toEqual([]);
    const erpWork = await fetch(`${backbone.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret[ERP] as string}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ workItem(poId: "${poA}", lineNo: 1) { status } }` }),
    });
    expect(((await erpWork.json()) as { data: { workItem: unknown } }).data.workItem).toBeNull();
  });

  it('an integrator writes nothing: not a grant, not its own company, not an order, a BOM or an RFQ', async () => {
    const erp = secret[ERP] as string;
    expect(refusal(await grant(ERP, erp, ERP, ['orders']))).toEqual([403, 'REQUEST.READ_ONLY_ROLE']);
    expect(refusal(await grant(A, erp, ERP, ['orders']))).toEqual([403, 'NETWORK.NOT_ALLOWED']);
    expect(refusal(await post(`companies/${ERP}/consortia/kanto-aero/membership`, erp))).toEqual([403, 'REQUEST.READ_ONLY_ROLE']);
    expect(refusal(await post(`companies/${ERP}/credentials/${ERP}-api/revocation`, erp))).toEqual([403, 'REQUEST.READ_ONLY_ROLE']);
    expect(refusal(await post(`customer-orders/CO-erp-${run}`, erp, { customerName: 'x', customerRef: 'x', bomProductId: productId, bomRevision: 1, lines: [] }))).toEqual([
      403,
      'REQUEST.READ_ONLY_ROLE',
    ]);
    expect(refusal(await post(`purchase-orders/${poB}/acceptance`, erp))).toEqual([403, 'REQUEST.READ_ONLY_ROLE']);
    expect(refusal(await post(`boms/${productId}/acknowledgements`, erp, { revision: 1 }))).toEqual([403, 'REQUEST.READ_ONLY_ROLE']);
    expect(refusal(await post(`rfqs/${rfqId}/cancellation`, erp, { reason: 'x' }))).toEqual([403, 'REQUEST.READ_ONLY_ROLE']);
    expect((await get(`companies/${ERP}`, keys.office)).body).toMatchObject({ consortia: [], credentials: [{ credentialId: `${ERP}-api`, revokedAt: null }] });
  });

  it('granted `orders` by workshop A, the integrator sees A’s purchase order without any price, and nothing else', async () => {
    expect(recorded(await grant(A, keys.wsA, ERP, ['orders']))).toEqual([201, ['IntegratorAccessGranted']]);
    // The same scopes again record nothing.
    expect(recorded(await grant(A, keys.wsA, ERP, ['orders']))).toEqual([201, []]);

    await untilStatus(`purchase-orders/${poA}`, secret[ERP] as string, 200);
    const seen = await get(`purchase-orders/${poA}`, secret[ERP] as string);
    expect(seen.etag).toMatch(/^"\d+"$/);
    expect(seen.body).toMatchObject({ orderId: poA, customerOrderId, buyerId: LEAD, supplierId: A, status: 'Accepted' });
    expect(seen.body['lines']).toEqual([{ lineNo: 1, partNumber: 'PN-SHAFT', bomNodeId: 'SHAFT', quantity: 10, dueDate: '2026-12-10', shipped: 0, inTransit: 0, received: 0, rejected: 0 }]);
    for (const leak of priceWords) expect(seen.text).not.toContain(leak);
    // A itself still sees its price.
    expect((await get(`purchase-orders/${poA}`, keys.wsA)).text).toContain(price.a);

    // Not B's order, not the lead's customer order (A does not see it either), no RFQ, no BOM (no `bom` scope).
    await expectNotFoundAsIfMissing(`purchase-orders/${poB}`, poB, secret[ERP] as string);
    expect((await get(`customer-orders/${customerOrderId}`, keys.wsA)).status).toBe(404);
    await expectNotFoundAsIfMissing(`customer-orders/${customerOrderId}`, customerOrderId, secret[ERP] as string);
    expect((await get(`rfqs/${rfqId}`, keys.wsA)).status).toBe(200);
    expect((await get(`rfqs/${rfqId}`, secret[ERP] as string)).status).toBe(404);
    expect((await get(`boms/${productId}`, keys.wsA)).status).toBe(200);
    await expectNotFoundAsIfMissing(`boms/${productId}`, productId, secret[ERP] as string);
  });

  it('A’s grant shows to A and the office, not to the integrator or anyone else', async () => {
    const own = await get(`companies/${A}`, keys.wsA);
    expect(own.body['integratorGrants']).toEqual([{ integratorId: ERP, scopes: ['orders'], grantedBy: A, grantedAt: expect.any(String) }]);
    expect((await get(`companies/${A}`, keys.office)).body['integratorGrants']).toEqual(own.body['integratorGrants']);
    expect((await get(`companies/${A}`, secret[ERP] as string)).status).toBe(404);
    expect((await get(`companies/${A}`, keys.wsB)).status).toBe(404);
  });

  it('a new grant replaces the old: with `bom` added the integrator sees A’s share of the BOM, with B’s too the union of both', async () => {
    expect(recorded(await grant(A, keys.wsA, ERP, ['bom', 'orders']))).toEqual([201, ['IntegratorAccessGranted']]);
    await untilStatus(`boms/${productId}`, secret[ERP] as string, 200);
    const nodes = async () => ((await get(`boms/${productId}`, secret[ERP] as string)).body['nodes'] as Array<{ nodeId: string; reach: string }>).map((n) => `${n.nodeId}:${n.reach}`);
    expect(await nodes()).toEqual(['PUMP:interface', 'SHAFT:own']);

    // B grants only `bom`: its share joins the view, its purchase order stays hidden.
    expect(recorded(await grant(B, keys.wsB, ERP, ['bom']))).toEqual([201, ['IntegratorAccessGranted']]);
    await waitFor('B’s share of the BOM', async () => ((await nodes()).includes('COVER:own') ? true : undefined), 10_000);
    expect(await nodes()).toEqual(['PUMP:interface', 'SHAFT:own', 'COVER:own']);
    expect((await get(`purchase-orders/${poB}`, secret[ERP] as string)).status).toBe(404);
    expect((await get(`purchase-orders/${poA}`, secret[ERP] as string)).status).toBe(200);

    // A narrows its grant to `bom`: A's purchase order is gone again.
    expect(recorded(await grant(A, keys.wsA, ERP, ['bom']))).toEqual([201, ['IntegratorAccessGranted']]);
    await untilStatus(`purchase-orders/${poA}`, secret[ERP] as string, 404);
    expect((await get(`boms/${productId}`, secret[ERP] as string)).status).toBe(200);
  });

  it('granted `orders` by the lead, another integrator sees the customer order and both purchase orders, none with a price', async () => {
    expect(recorded(await grant(LEAD, keys.lead, MES, ['orders']))).toEqual([201, ['IntegratorAccessGranted']]);
    const mes = secret[MES] as string;
    await untilStatus(`customer-orders/${customerOrderId}`, mes, 200);
    expect((await get(`customer-orders/${customerOrderId}`, mes)).body).toMatchObject({ orderId: customerOrderId, ownerId: LEAD, status: 'Open' });
    for (const orderId of [poA, poB]) {
      const seen = await get(`purchase-orders/${orderId}`, mes);
      expect(seen.status).toBe(200);
      for (const leak of priceWords) expect(seen.text).not.toContain(leak);
    }
    // Quotes are never granted: the lead's RFQ stays hidden.
    expect((await get(`rfqs/${rfqId}`, mes)).status).toBe(404);
    expect((await get(`boms/${productId}`, mes)).status).toBe(404);
  });

  it('granted `work` by A, the integrator sees A’s work items in GraphQL; without that scope it sees none', async () => {
    const workItem = async (key: string, poId: string) => {
      const response = await fetch(`${backbone.url}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ workItem(poId: "${poId}", lineNo: 1) { status supplierId buyerId quantity } }` }),
      });
      return ((await response.json()) as { data: { workItem: Body | null } }).data.workItem;
    };
    // A accepted its order in the set-up, so its work item is open: A and the lead see it.
    await waitFor('A’s work item', async () => (await workItem(keys.wsA, poA)) ?? undefined, 10_000);
    expect(await workItem(secret[ERP] as string, poA)).toBeNull(); // granted `bom` only
    expect(await workItem(secret[MES] as string, poA)).toBeNull(); // granted `orders` only

    expect(recorded(await grant(A, keys.wsA, ERP, ['bom', 'work']))).toEqual([201, ['IntegratorAccessGranted']]);
    const seen = await waitFor('the work item for the integrator', async () => (await workItem(secret[ERP] as string, poA)) ?? undefined, 10_000);
    expect(seen).toEqual({ status: 'not_started', supplierId: A, buyerId: LEAD, quantity: 10 });
    // B's grant of `bom` shows no work, and A's grant shows none of B's.
    expect(await workItem(secret[ERP] as string, poB)).toBeNull();
  });

  it('after revocation the integrator sees nothing again; revoking what is not granted is refused', async () => {
    expect(recorded(await post(`companies/${A}/integrator-grants/${ERP}/revocation`, keys.wsA))).toEqual([201, ['IntegratorAccessRevoked']]);
    expect(recorded(await post(`companies/${B}/integrator-grants/${ERP}/revocation`, keys.wsB))).toEqual([201, ['IntegratorAccessRevoked']]);
    expect(recorded(await post(`companies/${LEAD}/integrator-grants/${MES}/revocation`, keys.lead))).toEqual([201, ['IntegratorAccessRevoked']]);
    await untilStatus(`boms/${productId}`, secret[ERP] as string, 404);
    await untilStatus(`customer-orders/${customerOrderId}`, secret[MES] as string, 404);
    for (const integrator of [ERP, MES]) {
      for (const orderId of [poA, poB]) await expectNotFoundAsIfMissing(`purchase-orders/${orderId}`, orderId, secret[integrator] as string);
      await expectNotFoundAsIfMissing(`boms/${productId}`, productId, secret[integrator] as string);
    }
    expect((await get(`companies/${A}`, keys.wsA)).body['integratorGrants']).toEqual([]);

    expect(refusal(await post(`companies/${A}/integrator-grants/${ERP}/revocation`, keys.wsA))).toEqual([409, 'NETWORK.ALREADY_REVOKED']);
    const never = await post(`companies/${A}/integrator-grants/${MES}/revocation`, keys.wsA);
    expect(refusal(never)).toEqual([404, 'NETWORK.UNKNOWN_GRANT']);
    expect(never.body['errors']).toEqual([{ field: 'integratorId', rule: 'must name an integrator the company granted access to', allowed: 'none: no grant is current' }]);
    expect(refusal(await post(`companies/${A}/integrator-grants/${ERP}/revocation`, keys.wsB))).toEqual([403, 'NETWORK.NOT_ALLOWED']);
  });

  it('no answer to an integrator ever carried a price', () => {
    expect(integratorAnswers.length).toBeGreaterThan(30);
    for (const text of integratorAnswers) for (const amount of Object.values(price)) expect(text).not.toContain(amount);
  });
});

import { randomUUID } from 'node:crypto';
import { loadConfig } from '@renkei/config';
import { dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { startBackbone, type RunningBackbone } from './backbone';

const keys = {
  office: 'pv-office-key-0123456789abcdef',
  lead: 'pv-lead-key-0123456789abcdefgh',
  a: 'pv-ws-a-key-0123456789abcdefgh',
  b: 'pv-ws-b-key-0123456789abcdefgh',
  c: 'pv-ws-c-key-0123456789abcdefgh',
};
const LEAD = 'lead-pv';
const A = 'ws-okada'; // quotes, wins line 1, sub-contracts to C
const B = 'ws-mori'; // invited too: A's competitor on the RFQ
const C = 'ws-sato'; // never invited; A's tier-2 supplier
const ERP = 'erp-link';
const apiKeys = [`${keys.office}:consortium-office:coordinator`, `${keys.lead}:${LEAD}:lead`, `${keys.a}:${A}:workshop`, `${keys.b}:${B}:workshop`, `${keys.c}:${C}:workshop`].join(',');

const run = randomUUID().slice(0, 8);
const productId = `PUMP-${run}`;
const customerOrderId = `CO-${run}`;
const rfqId = `RFQ-${run}`;
// The award process manager names each purchase order after the RFQ and the awarded workshop.
const poOf = (workshopId: string) => `${rfqId}-${workshopId}`;
const subOrderId = `PO-SUB-${run}`;
// Distinctive prices, so a leak shows up anywhere in a raw answer.
const price = { aFirst: '1250.75', aRevised: '1190.40', bBracket: '1277.25', bCover: '830.15', sub: '310.55' };

type Json = Record<string, unknown>;
interface Answer {
  readonly text: string;
  readonly data: Json | null;
  readonly errors?: ReadonlyArray<{ message: string }>;
}

const RFQ = `rfqId issuedBy status customerOrderId invited answerDeadline
  lines { lineNo partNumber quantity dueDate offers { workshopId quoteRevision unitPrice { amount currency } leadTimeDays } }
  quotes { quoteId workshopId latestRevision revisions { revision lines { lineNo unitPrice { amount } } } }
  declines { workshopId } awards { lineNo workshopId quantity unitPrice { amount } }`;
const PURCHASE_ORDER = `poId customerOrderId buyerId supplierId tier status pricesShown parent { poId lineNo }
  lines { lineNo partNumber bomNodeId quantity dueDate shipped received rejected inTransit unitPrice { amount currency } }`;
const COMPANY = 'companyId name roles capabilities { process materials maxSizeMm { x y z } } certifications { name kind scopeProcess validUntil } consortia';

/**
 * The party views over HTTP: the same RFQ, purchase order and company asked by the lead, the
 * quoting workshop, its competitor, a stranger and an integrator. Each gets its own part, or
 * the null of a thing that does not exist; prices reach only the two parties of each deal.
 */
describe('GraphQL party views: rfq, purchaseOrder, company', () => {
  const eventSchema = uniqueSchemaName('pv_es');
  const readSchema = uniqueSchemaName('pv_rm');
  let backbone: RunningBackbone;
  const secret: Record<string, string> = {};
  /** Every answer each company got, to prove at the end that no price reached a non-party. */
  const answers: Record<string, string[]> = {};
  const keyOf = (companyId: string) => ({ [LEAD]: keys.lead, [A]: keys.a, [B]: keys.b, [C]: keys.c, [ERP]: secret[ERP] })[companyId] as string;

  const post = async (path: string, key: string, body: unknown = {}) => {
    const response = await fetch(`${backbone.url}/v1/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(body),
    });
    const reply = (await response.json()) as Json;
    expect({ path, status: response.status }).toEqual({ path, status: 201 });
    return reply;
  };
  const ask = async (companyId: string, query: string): Promise<Answer> => {
    const response = await fetch(`${backbone.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${keyOf(companyId)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const text = await response.text();
    (answers[companyId] ??= []).push(text);
    return { text, ...(JSON.parse(text) as Omit<Answer, 'text'>) };
  };
  const rfq = async (companyId: string, id = rfqId) => (await ask(companyId, `{ rfq(id: "${id}") { ${RFQ} } }`)).data?.['rfq'] as Json | null;
  const purchaseOrder = async (companyId: string, id: string) => (await ask(companyId, `{ purchaseOrder(id: "${id}") { ${PURCHASE_ORDER} } }`)).data?.['purchaseOrder'] as Json | null;
  const company = async (companyId: string, id: string) => (await ask(companyId, `{ company(id: "${id}") { ${COMPANY} } }`)).data?.['company'] as Json | null;
  const until = <T>(what: string, probe: () => Promise<T | undefined>) => waitFor(what, probe, 15_000);
  const workshopsOf = (items: unknown) => (items as Array<{ workshopId: string }>).map((item) => item.workshopId);

  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema });
    backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
    const members: Array<[string, string, string]> = [
      [LEAD, 'lead', 'Kanto Pumps Co.'],
      [A, 'workshop', 'Okada Machining K.K.'],
      [B, 'workshop', 'Mori Plating & Machining'],
      [C, 'workshop', 'Sato Sheet Metal'],
      [ERP, 'integrator', 'ERP Link Co.'],
    ];
    for (const [companyId, role, legalName] of members) {
      await post(`companies/${companyId}`, keys.office, { legalName, roles: [role], timeZone: 'Asia/Tokyo', contactEmail: `office@${companyId}.example` });
    }
    secret[ERP] = (await post(`companies/${ERP}/credentials`, keys.office, { credentialId: `${ERP}-api`, role: 'integrator', label: 'ERP connector' }))['secret'] as string;
    // The credential works once the member directory has folded the integrator's stream.
    await until('the integrator’s credential to authenticate', async () => {
      const response = await fetch(`${backbone.url}/v1/companies/${ERP}`, { headers: { authorization: `Bearer ${secret[ERP] as string}` } });
      return response.status === 200 ? true : undefined;
    });
    await post(`companies/${A}/capabilities`, keys.office, { capabilities: [{ process: 'milling', materials: ['SUS304', 'A5052'], maxSizeMm: { x: 600, y: 400, z: 300 } }] });
    await post(`companies/${A}/certifications`, keys.office, { certificationId: 'jisq9100', kind: 'standard', name: 'JIS Q 9100', scopeProcess: 'milling' });
    await post(`companies/${A}/consortia/kanto-aero/membership`, keys.a);
    await post(`companies/${A}/status-words`, keys.a, { words: [{ word: '加工中', status: 'in_progress' }] });
    // Granted `orders` by A and by the lead: the integrator still never sees an RFQ or a price.
    await post(`companies/${A}/integrator-grants`, keys.a, { integratorId: ERP, scopes: ['orders'] });
    await post(`companies/${LEAD}/integrator-grants`, keys.lead, { integratorId: ERP, scopes: ['orders'] });

    const node = (nodeId: string, parentId: string | null, process: string, workshopId: string) => ({
      nodeId,
      parentId,
      kind: parentId === null ? 'assembly' : 'part',
      partNumber: `PN-${nodeId}`,
      description: nodeId.toLowerCase(),
      qtyPer: 1,
      makeOrBuy: 'make',
      routing: [{ opNo: 10, process, workshopId }],
    });
    await post(`boms/${productId}/revisions`, keys.lead, {
      revision: 1,
      nodes: [node('PUMP', null, 'assembly', LEAD), node('BRACKET', 'PUMP', 'milling', A), node('COVER', 'PUMP', 'sheet-metal', B)],
    });
    await post(`customer-orders/${customerOrderId}`, keys.lead, {
      customerName: 'Tokai Pumps',
      customerRef: 'TP-1',
      bomProductId: productId,
      bomRevision: 1,
      lines: [{ lineNo: 1, partNumber: 'PN-PUMP', bomNodeId: 'PUMP', quantity: 100, dueDate: '2027-03-20' }],
    });
    await post(`rfqs/${rfqId}`, keys.lead, {
      customerOrderId,
      lines: [
        { lineNo: 1, part: { partNumber: 'PN-BRACKET', bomNodeId: 'BRACKET', description: 'milled bracket' }, quantity: 100, dueDate: '2027-03-01' },
        { lineNo: 2, part: { partNumber: 'PN-COVER', bomNodeId: 'COVER', description: 'sheet-metal cover' }, quantity: 100, dueDate: '2027-03-05' },
      ],
      answerDeadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      invited: [A, B],
    });
    const quote = (lines: Array<[number, string, number]>) => ({ lines: lines.map(([lineNo, amount, leadTimeDays]) => ({ lineNo, unitPrice: { amount, currency: 'JPY' }, leadTimeDays })) });
    await post(`rfqs/${rfqId}/quotes/q-a`, keys.a, quote([[1, price.aFirst, 15]]));
    await post(`rfqs/${rfqId}/quotes/q-b`, keys.b, quote([[1, price.bBracket, 25], [2, price.bCover, 20]]));
    await post(`rfqs/${rfqId}/quotes/q-a/revisions`, keys.a, quote([[1, price.aRevised, 18]]));
  });
  afterAll(async () => {
    await backbone?.stop();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
  });

  it('the issuer sees every quote side by side, every revision with its price', async () => {
    const seen = await until('both quotes, A revised, in the lead’s view', async () => {
      const answer = await rfq(LEAD);
      const quotes = (answer?.['quotes'] ?? []) as Array<{ latestRevision: number }>;
      return quotes.length === 2 && quotes[0]?.latestRevision === 2 ? answer : undefined;
    });
    expect(seen).toMatchObject({ rfqId, issuedBy: LEAD, status: 'open', customerOrderId, invited: [A, B] });
    expect(workshopsOf(seen?.['quotes'])).toEqual([A, B]);
    const lines = seen?.['lines'] as Array<{ lineNo: number; offers: Array<{ workshopId: string; unitPrice: { amount: string } }> }>;
    expect(lines.map((line) => [line.lineNo, line.offers.map((offer) => `${offer.workshopId}:${offer.unitPrice.amount}`)])).toEqual([
      [1, [`${A}:${price.aRevised}`, `${B}:${price.bBracket}`]],
      [2, [`${B}:${price.bCover}`]],
    ]);
    const revisions = (seen?.['quotes'] as Array<{ revisions: Array<{ lines: Array<{ unitPrice: { amount: string } }> }> }>)[0]?.revisions;
    expect(revisions?.map((revision) => revision.lines[0]?.unitPrice.amount)).toEqual([price.aFirst, price.aRevised]);
  });

  it('a quoting workshop sees the lines and only its own quote: not its competitor, its price, or who was invited', async () => {
    const okada = await rfq(A);
    expect(okada).toMatchObject({ rfqId, status: 'open', customerOrderId: null, invited: null });
    expect(workshopsOf(okada?.['quotes'])).toEqual([A]);
    expect((okada?.['lines'] as Json[]).map((line) => line['partNumber'])).toEqual(['PN-BRACKET', 'PN-COVER']);
    const okadaText = JSON.stringify(okada);
    for (const leak of [B, price.bBracket, price.bCover]) expect(okadaText).not.toContain(leak);

    const mori = await rfq(B);
    expect(workshopsOf(mori?.['quotes'])).toEqual([B]);
    const moriText = JSON.stringify(mori);
    for (const leak of [A, price.aFirst, price.aRevised]) expect(moriText).not.toContain(leak);
  });

  it('a workshop never invited, and the integrator (granted orders by A and the lead), get the null of an RFQ that does not exist', async () => {
    for (const viewer of [C, ERP]) {
      const asked = await ask(viewer, `{ rfq(id: "${rfqId}") { ${RFQ} } }`);
      const missing = await ask(viewer, `{ rfq(id: "${rfqId}-missing") { ${RFQ} } }`);
      expect({ viewer, answer: asked.text }).toEqual({ viewer, answer: missing.text });
      expect(asked.data).toEqual({ rfq: null });
    }
  });

  it('after the award, the issuer sees every share and each workshop only its own', async () => {
    await post(`rfqs/${rfqId}/award`, keys.lead, { awards: [{ lineNo: 1, workshopId: A, quantity: 100 }, { lineNo: 2, workshopId: B, quantity: 100 }] });
    const lead = await until('the award in the lead’s view', async () => {
      const answer = await rfq(LEAD);
      return answer?.['status'] === 'awarded' ? answer : undefined;
    });
    expect((lead?.['awards'] as Json[]).map((share) => [share['lineNo'], share['workshopId']])).toEqual([
      [1, A],
      [2, B],
    ]);
    const okada = await rfq(A);
    expect(okada?.['awards']).toEqual([{ lineNo: 1, workshopId: A, quantity: 100, unitPrice: { amount: price.aRevised } }]);
    expect(workshopsOf((await rfq(B))?.['awards'])).toEqual([B]);
    expect(await rfq(C)).toBeNull();
    expect(await rfq(ERP)).toBeNull();
  });

  it('a purchase order: its two parties see prices; the competitor and a stranger get null; the integrator sees it without prices', async () => {
    const poA = poOf(A);
    const forLead = await until('the award’s purchase order to A', async () => (await purchaseOrder(LEAD, poA)) ?? undefined);
    expect(forLead).toMatchObject({ poId: poA, customerOrderId, buyerId: LEAD, supplierId: A, tier: 1, parent: null, pricesShown: true });
    expect(forLead?.['lines']).toEqual([
      { lineNo: 1, partNumber: 'PN-BRACKET', bomNodeId: 'BRACKET', quantity: 100, dueDate: '2027-03-01', shipped: 0, received: 0, rejected: 0, inTransit: 0, unitPrice: { amount: price.aRevised, currency: 'JPY' } },
    ]);
    expect((await purchaseOrder(A, poA))?.['pricesShown']).toBe(true);
    expect(await purchaseOrder(B, poA)).toBeNull();
    expect(await purchaseOrder(C, poA)).toBeNull();
    const integrator = await until('A’s grant to reach the integrator', async () => (await purchaseOrder(ERP, poA)) ?? undefined);
    expect(integrator).toMatchObject({ poId: poA, buyerId: LEAD, supplierId: A, pricesShown: false, lines: [expect.objectContaining({ quantity: 100, unitPrice: null })] });
  });

  it('a tier-2 order: the lead owning the customer order sees it without the price; its buyer and supplier with it', async () => {
    await post(`purchase-orders/${poOf(A)}/acceptance`, keys.a);
    await post(`purchase-orders/${subOrderId}`, keys.a, {
      supplierId: C,
      customerOrderId,
      parent: { orderId: poOf(A), lineNo: 1 },
      lines: [{ lineNo: 1, partNumber: 'PN-BRACKET-BLANK', bomNodeId: 'BRACKET', quantity: 100, dueDate: '2027-02-15', unitPrice: { amount: price.sub, currency: 'JPY' } }],
    });
    const forSupplier = await until('the tier-2 order for C', async () => (await purchaseOrder(C, subOrderId)) ?? undefined);
    expect(forSupplier).toMatchObject({ buyerId: A, supplierId: C, tier: 2, parent: { poId: poOf(A), lineNo: 1 }, pricesShown: true, lines: [expect.objectContaining({ unitPrice: { amount: price.sub, currency: 'JPY' } })] });
    expect((await purchaseOrder(A, subOrderId))?.['pricesShown']).toBe(true);
    const forLead = await purchaseOrder(LEAD, subOrderId);
    expect(forLead).toMatchObject({ poId: subOrderId, buyerId: A, supplierId: C, tier: 2, status: 'Issued', pricesShown: false, lines: [expect.objectContaining({ unitPrice: null })] });
    expect(await purchaseOrder(B, subOrderId)).toBeNull();
    // C supplies A, not the lead: the order above its own is not C's to see.
    expect(await purchaseOrder(C, poOf(A))).toBeNull();
    expect(await purchaseOrder(ERP, subOrderId)).toMatchObject({ poId: subOrderId, pricesShown: false });
    expect(await purchaseOrder(LEAD, `${subOrderId}-missing`)).toBeNull();
  });

  it('any member reads another’s public profile: name, roles, capabilities, valid certifications, consortia; nothing private', async () => {
    const profile = await until('A’s profile with its consortium', async () => {
      const seen = await company(C, A);
      return (seen?.['consortia'] as string[] | undefined)?.includes('kanto-aero') ? seen : undefined;
    });
    expect(profile).toEqual({
      companyId: A,
      name: 'Okada Machining K.K.',
      roles: ['workshop'],
      capabilities: [{ process: 'milling', materials: ['SUS304', 'A5052'], maxSizeMm: { x: 600, y: 400, z: 300 } }],
      certifications: [{ name: 'JIS Q 9100', kind: 'standard', scopeProcess: 'milling', validUntil: expect.any(String) }],
      consortia: ['kanto-aero'],
    });
    expect(await company(ERP, A)).toEqual(profile);
    expect(await company(B, A)).toEqual(profile);
    expect(await company(LEAD, 'ws-nobody')).toBeNull();

    // Credentials, secrets, status words, contact details and grants are not in the schema at all.
    const fields = await ask(LEAD, '{ __type(name: "Company") { fields { name } } }');
    expect(((fields.data?.['__type'] as { fields: Array<{ name: string }> }).fields.map((field) => field.name)).sort()).toEqual([
      'capabilities',
      'certifications',
      'companyId',
      'consortia',
      'name',
      'roles',
    ]);
    const probe = await ask(C, `{ company(id: "${A}") { credentials { secretHash } } }`);
    expect(probe.errors?.length).toBeGreaterThan(0);
    const everything = (answers[C] ?? []).join('\n');
    for (const secretWord of ['加工中', `office@${A}.example`, ERP + '-api', 'secretHash"', 'integratorGrants']) expect(everything).not.toContain(secretWord);
  });

  it('no answer to a non-party ever carried a price', () => {
    // Who may see which price: the issuer every quote, each workshop its own, each order's two parties its price.
    const allowed: Record<string, string[]> = {
      [LEAD]: [price.aFirst, price.aRevised, price.bBracket, price.bCover],
      [A]: [price.aFirst, price.aRevised, price.sub],
      [B]: [price.bBracket, price.bCover],
      [C]: [price.sub],
      [ERP]: [],
    };
    for (const [viewer, seen] of Object.entries(answers)) {
      expect(seen.length).toBeGreaterThan(0);
      const forbidden = Object.values(price).filter((amount) => !allowed[viewer]?.includes(amount));
      for (const text of seen) for (const amount of forbidden) expect({ viewer, leaked: text.includes(amount) ? amount : null }).toEqual({ viewer, leaked: null });
    }
    // The integrator's answers hold no money at all.
    for (const text of answers[ERP] ?? []) expect(text).not.toMatch(/"amount"|"currency"/);
  });
});

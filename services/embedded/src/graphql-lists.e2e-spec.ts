import { randomUUID } from 'node:crypto';
import { loadConfig } from '@renkei/config';
import { dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { startBackbone, type RunningBackbone } from './backbone';

const keys = {
  office: 'ls-office-key-0123456789abcdef',
  lead: 'ls-lead-key-0123456789abcdefgh',
  a: 'ls-ws-a-key-0123456789abcdefgh',
  b: 'ls-ws-b-key-0123456789abcdefgh',
};
const LEAD = 'lead-ls';
const A = 'ws-okada'; // machines brackets and shafts for the lead; sub-contracts the bracket's plating to B
const B = 'ws-mori'; // A's competitor on the RFQ, the lead's cover supplier, and A's plating sub-contractor
const ERP = 'erp-link'; // granted `orders` and `work` by A, `orders` by the lead
const apiKeys = [`${keys.office}:consortium-office:coordinator`, `${keys.lead}:${LEAD}:lead`, `${keys.a}:${A}:workshop`, `${keys.b}:${B}:workshop`].join(',');

const run = randomUUID().slice(0, 8);
const productId = `PUMP-${run}`;
const customerOrderId = `CO-${run}`;
const rfq1 = `RFQ1-${run}`; // A and B invited, both quote; awarded: bracket to A, cover to B
const rfq2 = `RFQ2-${run}`; // A only; cancelled
const rfq3 = `RFQ3-${run}`; // B only; open
const awardPo = (workshopId: string) => `${rfq1}-${workshopId}`;
const shaftPo = `PO-SHAFT-${run}`; // lead → A, three lines, accepted
const pendingPo = `PO-PENDING-${run}`; // lead → B, never acknowledged
const subPo = `PO-SUB-${run}`; // A → B, plating of A's bracket, accepted
// Distinctive prices, so a leak shows up anywhere in a raw answer.
const price = { aBracket: '1250.75', bBracket: '1277.25', bCover: '830.15', shaft: '2222.40', pending: '555.35', sub: '310.55' };

type Json = Record<string, unknown>;
interface Answer {
  readonly text: string;
  readonly data: Json | null;
  readonly errors?: ReadonlyArray<{ message: string; extensions?: Json }>;
}
interface Page {
  readonly count: number;
  readonly edges: Array<{ cursor: string; node: Json }>;
  readonly pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const WORK = `poId lineNo partNumber description quantity qtyGood qtyScrap dueDate eta status outdatedRevision buyerId
  operations { opNo process completedAt } nextOperation { opNo process }`;
const PURCHASE_ORDER = `poId buyerId supplierId tier status pricesShown issuedAt lines { lineNo partNumber quantity dueDate unitPrice { amount currency } }`;
const RFQ = `rfqId issuedBy status invited customerOrderId
  lines { lineNo partNumber offers { workshopId unitPrice { amount } } }
  quotes { workshopId lines { lineNo unitPrice { amount } } } awards { lineNo workshopId unitPrice { amount } }`;

/**
 * The lists a web front end shows, over HTTP on the real backbone: a lead, two workshops and an
 * integrator each list work items, purchase orders and RFQs, and get exactly what the single-item
 * queries would show them, a page at a time; prices stay with the two parties of each deal.
 */
describe('GraphQL lists: myWorkItems, purchaseOrders, rfqs', () => {
  const eventSchema = uniqueSchemaName('ls_es');
  const readSchema = uniqueSchemaName('ls_rm');
  let backbone: RunningBackbone;
  const secret: Record<string, string> = {};
  /** Every answer each company got, to prove at the end that no price reached a non-party. */
  const answers: Record<string, string[]> = {};
  const keyOf = (companyId: string) => ({ [LEAD]: keys.lead, [A]: keys.a, [B]: keys.b, [ERP]: secret[ERP] })[companyId] as string;

  const post = async (path: string, key: string, body: unknown = {}) => {
    const response = await fetch(`${backbone.url}/v1/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(body),
    });
    const reply = (await response.json()) as Json;
    expect({ path, status: response.status, reply: response.status === 201 ? null : reply }).toEqual({ path, status: 201, reply: null });
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
  /** One page of a list; fails loudly on any error. */
  const list = async (companyId: string, field: string, args: string, selection: string): Promise<Page> => {
    const answer = await ask(companyId, `{ ${field}${args ? `(${args})` : ''} { count edges { cursor node { ${selection} } } pageInfo { hasNextPage endCursor } } }`);
    expect({ companyId, field, errors: answer.errors }).toEqual({ companyId, field, errors: undefined });
    return answer.data?.[field] as Page;
  };
  const nodes = (page: Page) => page.edges.map((edge) => edge.node);
  const ids = (page: Page, id: string) => nodes(page).map((node) => node[id]);
  const workKeys = (page: Page) => nodes(page).map((node) => `${node['poId'] as string}/${node['lineNo'] as number}`);
  const refusal = async (companyId: string, query: string) => {
    const answer = await ask(companyId, query);
    expect(answer.data).toBeNull();
    return answer.errors?.[0];
  };
  const until = <T>(what: string, probe: () => Promise<T | undefined>) => waitFor(what, probe, 20_000);

  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema });
    backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
    const members: Array<[string, string, string]> = [
      [LEAD, 'lead', 'Kanto Pumps Co.'],
      [A, 'workshop', 'Okada Machining K.K.'],
      [B, 'workshop', 'Mori Plating & Machining'],
      [ERP, 'integrator', 'ERP Link Co.'],
    ];
    for (const [companyId, role, legalName] of members) {
      await post(`companies/${companyId}`, keys.office, { legalName, roles: [role], timeZone: 'Asia/Tokyo', contactEmail: `office@${companyId}.example` });
    }
    secret[ERP] = (await post(`companies/${ERP}/credentials`, keys.office, { credentialId: `${ERP}-api`, role: 'integrator', label: 'ERP connector' }))['secret'] as string;
    await until('the integrator’s credential to authenticate', async () => {
      const response = await fetch(`${backbone.url}/v1/companies/${ERP}`, { headers: { authorization: `Bearer ${secret[ERP] as string}` } });
      return response.status === 200 ? true : undefined;
    });
    await post(`companies/${A}/integrator-grants`, keys.a, { integratorId: ERP, scopes: ['orders', 'work'] });
    await post(`companies/${LEAD}/integrator-grants`, keys.lead, { integratorId: ERP, scopes: ['orders'] });

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
    await post(`boms/${productId}/revisions`, keys.lead, {
      revision: 1,
      nodes: [
        node('PUMP', null, 'pump assembly', [[10, 'assembly', LEAD]]),
        // The bracket goes from A (milling) to B (plating) and back to A (inspection).
        node('BRACKET', 'PUMP', 'milled bracket', [[10, 'milling', A], [20, 'plating', B], [30, 'inspection', A]]),
        node('COVER', 'PUMP', 'sheet-metal cover', [[10, 'sheet-metal', B]]),
        node('SHAFT', 'PUMP', 'turned shaft', [[10, 'turning', A]]),
      ],
    });
    await post(`customer-orders/${customerOrderId}`, keys.lead, {
      customerName: 'Tokai Pumps',
      customerRef: 'TP-1',
      bomProductId: productId,
      bomRevision: 1,
      lines: [{ lineNo: 1, partNumber: 'PN-PUMP', bomNodeId: 'PUMP', quantity: 100, dueDate: '2027-03-20' }],
    });

    const rfqLine = (lineNo: number, nodeId: string, dueDate: string) => ({ lineNo, part: { partNumber: `PN-${nodeId}`, bomNodeId: nodeId, description: nodeId.toLowerCase() }, quantity: 100, dueDate });
    const deadline = new Date(Date.now() + 7 * 86_400_000).toISOString();
    await post(`rfqs/${rfq1}`, keys.lead, { customerOrderId, lines: [rfqLine(1, 'BRACKET', '2027-03-01'), rfqLine(2, 'COVER', '2027-03-05')], answerDeadline: deadline, invited: [A, B] });
    const quote = (lines: Array<[number, string]>) => ({ lines: lines.map(([lineNo, amount]) => ({ lineNo, unitPrice: { amount, currency: 'JPY' }, leadTimeDays: 20 })) });
    await post(`rfqs/${rfq1}/quotes/q-a`, keys.a, quote([[1, price.aBracket]]));
    await post(`rfqs/${rfq1}/quotes/q-b`, keys.b, quote([[1, price.bBracket], [2, price.bCover]]));
    await post(`rfqs/${rfq1}/award`, keys.lead, { awards: [{ lineNo: 1, workshopId: A, quantity: 100 }, { lineNo: 2, workshopId: B, quantity: 100 }] });
    await post(`rfqs/${rfq2}`, keys.lead, { customerOrderId, lines: [rfqLine(1, 'SHAFT', '2027-02-01')], answerDeadline: deadline, invited: [A] });
    await post(`rfqs/${rfq2}/cancellation`, keys.lead, { reason: 'made in house after all' });
    await post(`rfqs/${rfq3}`, keys.lead, { customerOrderId, lines: [rfqLine(1, 'COVER', '2027-03-05')], answerDeadline: deadline, invited: [B] });

    // The award places the two purchase orders; the ones below are issued after them.
    await until('the award’s purchase orders', async () => ((await list(LEAD, 'purchaseOrders', '', 'poId')).count === 2 ? true : undefined));
    const shaftLine = (lineNo: number, dueDate: string) => ({ lineNo, partNumber: 'PN-SHAFT', bomNodeId: 'SHAFT', quantity: 20, dueDate, unitPrice: { amount: price.shaft, currency: 'JPY' } });
    await post(`purchase-orders/${shaftPo}`, keys.lead, { supplierId: A, customerOrderId, parent: null, lines: [shaftLine(1, '2027-02-10'), shaftLine(2, '2027-01-20'), shaftLine(3, '2027-02-10')] });
    await post(`purchase-orders/${pendingPo}`, keys.lead, {
      supplierId: B,
      customerOrderId,
      parent: null,
      lines: [{ lineNo: 1, partNumber: 'PN-COVER', bomNodeId: 'COVER', quantity: 10, dueDate: '2027-03-10', unitPrice: { amount: price.pending, currency: 'JPY' } }],
    });
    await post(`purchase-orders/${awardPo(A)}/acceptance`, keys.a);
    await post(`purchase-orders/${shaftPo}/acceptance`, keys.a);
    await post(`purchase-orders/${awardPo(B)}/acceptance-with-changes`, keys.b, { changes: [{ lineNo: 2, dueDate: '2027-03-12' }] });
    await post(`purchase-orders/${subPo}`, keys.a, {
      supplierId: B,
      customerOrderId,
      parent: { orderId: awardPo(A), lineNo: 1 },
      lines: [{ lineNo: 1, partNumber: 'PN-BRACKET', bomNodeId: 'BRACKET', quantity: 100, dueDate: '2027-02-20', unitPrice: { amount: price.sub, currency: 'JPY' } }],
    });
    await post(`purchase-orders/${subPo}/acceptance`, keys.b);
    await until('A’s four work items and B’s one', async () => {
      const [mine, theirs] = [await list(A, 'myWorkItems', '', 'poId'), await list(B, 'myWorkItems', '', 'poId')];
      return mine.count === 4 && theirs.count === 1 ? true : undefined;
    });
  }, 120_000);
  afterAll(async () => {
    await backbone?.stop();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
  });

  describe('myWorkItems', () => {
    it('a workshop lists its own work, due date first, then purchase order and line, with what its phone page shows', async () => {
      const page = await list(A, 'myWorkItems', '', WORK);
      expect(workKeys(page)).toEqual([`${shaftPo}/2`, `${shaftPo}/1`, `${shaftPo}/3`, `${awardPo(A)}/1`]);
      expect(page.pageInfo.hasNextPage).toBe(false);
      expect(nodes(page)[3]).toEqual({
        poId: awardPo(A),
        lineNo: 1,
        partNumber: 'PN-BRACKET',
        description: 'milled bracket',
        quantity: 100,
        qtyGood: 0,
        qtyScrap: 0,
        dueDate: '2027-03-01',
        eta: null,
        status: 'not_started',
        outdatedRevision: null,
        buyerId: LEAD,
        // Op 20 is B's plating: not A's to see here.
        operations: [
          { opNo: 10, process: 'milling', completedAt: null },
          { opNo: 30, process: 'inspection', completedAt: null },
        ],
        nextOperation: { opNo: 10, process: 'milling' },
      });
      expect(nodes(page)[0]).toMatchObject({ description: 'turned shaft', dueDate: '2027-01-20', operations: [{ opNo: 10, process: 'turning' }] });
    });

    it('the sub-contractor sees only its own line and its own operation on it; never A’s work', async () => {
      const page = await list(B, 'myWorkItems', '', WORK);
      expect(nodes(page)).toEqual([
        expect.objectContaining({ poId: subPo, lineNo: 1, buyerId: A, description: 'milled bracket', dueDate: '2027-02-20', operations: [{ opNo: 20, process: 'plating', completedAt: null }], nextOperation: { opNo: 20, process: 'plating' } }),
      ]);
      expect(page.edges.map((edge) => edge.node['poId'])).not.toContain(awardPo(A));
      expect(JSON.stringify(page)).not.toMatch(/milling|inspection|turning|PO-SHAFT/);
    });

    it('other roles have no work items: the lead and the integrator (though granted A’s work) get an empty list', async () => {
      for (const viewer of [LEAD, ERP]) {
        const page = await list(viewer, 'myWorkItems', 'status: ["not_started", "in_progress", "completed", "delayed", "blocked"]', WORK);
        expect({ viewer, page }).toEqual({ viewer, page: { count: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } } });
      }
      // The integrator still reads A's work one item at a time, as workItem always allowed.
      expect((await ask(ERP, `{ workItem(poId: "${shaftPo}", lineNo: 1) { supplierId } }`)).data).toEqual({ workItem: { supplierId: A } });
    });

    it('pages without skipping or repeating', async () => {
      const first = await list(A, 'myWorkItems', 'first: 3', 'poId lineNo');
      expect(first.count).toBe(3);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await list(A, 'myWorkItems', `first: 3, after: "${first.pageInfo.endCursor as string}"`, 'poId lineNo');
      expect([...workKeys(first), ...workKeys(second)]).toEqual([`${shaftPo}/2`, `${shaftPo}/1`, `${shaftPo}/3`, `${awardPo(A)}/1`]);
      expect(second.pageInfo).toEqual({ hasNextPage: false, endCursor: second.edges[0]?.cursor });
    });

    it('open by default: an item completed on op 10 with op 30 left stays, with op 30 next; finished work leaves; status filters on what the item shows', async () => {
      const report = (poId: string, lineNo: number, body: Json) => post(`work-items/${poId}/${lineNo}/progress`, keys.a, body);
      await report(awardPo(A), 1, { status: 'completed', operation: 10, qtyGood: 100, qtyScrap: 0, eta: '2027-02-25' });
      await report(shaftPo, 1, { status: 'completed', operation: 10, qtyGood: 20, qtyScrap: 0 }); // its only operation: the work is done
      await report(shaftPo, 2, { status: 'delayed', operation: 10, qtyGood: 5, qtyScrap: 1, eta: '2027-01-27', delayReasonCode: 'material' });
      const open = await until('the reports in A’s list', async () => {
        const page = await list(A, 'myWorkItems', '', WORK);
        return page.count === 3 && nodes(page).some((item) => item['status'] === 'delayed') && nodes(page).some((item) => item['status'] === 'completed') ? page : undefined;
      });
      expect(workKeys(open)).toEqual([`${shaftPo}/2`, `${shaftPo}/3`, `${awardPo(A)}/1`]);
      expect(nodes(open)[2]).toMatchObject({ status: 'completed', qtyGood: 100, eta: '2027-02-25', nextOperation: { opNo: 30, process: 'inspection' } });
      expect((nodes(open)[2]?.['operations'] as Json[]).map((operation) => [operation['opNo'], operation['completedAt'] !== null])).toEqual([
        [10, true],
        [30, false],
      ]);
      expect(nodes(open)[0]).toMatchObject({ status: 'delayed', qtyGood: 5, qtyScrap: 1, eta: '2027-01-27' });

      expect(workKeys(await list(A, 'myWorkItems', 'status: ["completed"]', 'poId lineNo'))).toEqual([`${shaftPo}/1`, `${awardPo(A)}/1`]);
      expect(workKeys(await list(A, 'myWorkItems', 'status: ["delayed", "not_started"]', 'poId lineNo'))).toEqual([`${shaftPo}/2`, `${shaftPo}/3`]);
      const finished = nodes(await list(A, 'myWorkItems', 'status: ["completed"]', WORK))[0];
      expect(finished).toMatchObject({ poId: shaftPo, lineNo: 1, nextOperation: null, operations: [{ opNo: 10, process: 'turning' }] });
      // A's reports change nothing in B's list.
      expect(workKeys(await list(B, 'myWorkItems', 'status: ["completed", "delayed", "in_progress"]', 'poId lineNo'))).toEqual([]);
    });

    it('refuses bad input naming the argument, whoever asks', async () => {
      expect((await refusal(A, '{ myWorkItems(first: 0) { count } }'))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', allowed: '1..100' });
      expect((await refusal(LEAD, '{ myWorkItems(first: 101) { count } }'))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect((await refusal(A, '{ myWorkItems(after: "bm90IGEgY3Vyc29y") { count } }'))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      const badStatus = await refusal(A, '{ myWorkItems(status: ["done"]) { count } }');
      expect(badStatus?.message).toContain('"done"');
      expect(badStatus?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status', allowed: 'not_started, in_progress, completed, delayed, blocked' });
    });
  });

  describe('purchaseOrders', () => {
    it('the lead lists the orders it placed, newest first, with their prices; not the tier-2 order it may look up but is no party to', async () => {
      const page = await list(LEAD, 'purchaseOrders', '', PURCHASE_ORDER);
      const awarded = nodes(page)
        .filter((order) => String(order['poId']).startsWith(rfq1))
        .map((order) => order['poId']);
      expect(ids(page, 'poId')).toEqual([pendingPo, shaftPo, ...awarded]);
      expect(new Set(awarded)).toEqual(new Set([awardPo(A), awardPo(B)]));
      const issuedAt = nodes(page).map((order) => Date.parse(order['issuedAt'] as string));
      expect(issuedAt).toEqual([...issuedAt].sort((x, y) => y - x));
      expect(nodes(page).every((order) => order['pricesShown'] === true && order['buyerId'] === LEAD)).toBe(true);
      expect(nodes(page).find((order) => order['poId'] === shaftPo)).toMatchObject({ supplierId: A, status: 'Accepted', lines: [expect.objectContaining({ unitPrice: { amount: price.shaft, currency: 'JPY' } }), expect.anything(), expect.anything()] });
      expect(ids(page, 'poId')).not.toContain(subPo);
      // ...which purchaseOrder(id) still shows it, without the price, as before.
      expect((await ask(LEAD, `{ purchaseOrder(id: "${subPo}") { pricesShown } }`)).data).toEqual({ purchaseOrder: { pricesShown: false } });
      expect((await list(LEAD, 'purchaseOrders', 'filter: { role: SUPPLIER }', 'poId')).count).toBe(0);
    });

    it('"pending acknowledgements and changes": the lead filters on status and its side', async () => {
      const pending = await list(LEAD, 'purchaseOrders', 'filter: { status: ["Issued", "AwaitingBuyer"], role: BUYER }', 'poId status');
      expect(nodes(pending)).toEqual([
        { poId: pendingPo, status: 'Issued' },
        { poId: awardPo(B), status: 'AwaitingBuyer' },
      ]);
      expect(ids(await list(LEAD, 'purchaseOrders', 'filter: { status: ["Rejected", "Cancelled"] }', 'poId'), 'poId')).toEqual([]);
    });

    it('each party sees the change an order waits on and who must answer; the lead does not see a tier-2 order’s', async () => {
      const PENDING = 'poId pendingChange { kind changeId requestedBy awaiting reason lines { lineNo quantity dueDate } }';
      const proposal = { kind: 'PROPOSED_ON_ACCEPTANCE', changeId: null, requestedBy: B, awaiting: LEAD, reason: null, lines: [{ lineNo: 2, quantity: null, dueDate: '2027-03-12' }] };
      for (const party of [LEAD, B]) {
        const page = await list(party, 'purchaseOrders', 'filter: { status: ["AwaitingBuyer"] }', PENDING);
        expect({ party, orders: nodes(page) }).toEqual({ party, orders: [{ poId: awardPo(B), pendingChange: proposal }] });
      }
      await post(`purchase-orders/${subPo}/change-requests`, keys.b, { changeId: `CH-${run}`, changes: [{ lineNo: 1, dueDate: '2027-02-24' }], reason: 'plating line down' });
      const request = { kind: 'CHANGE_REQUEST', changeId: `CH-${run}`, requestedBy: B, awaiting: A, reason: 'plating line down', lines: [{ lineNo: 1, quantity: null, dueDate: '2027-02-24' }] };
      await until('B’s change request on the sub-contract', async () => {
        const answer = await ask(A, `{ purchaseOrder(id: "${subPo}") { ${PENDING} } }`);
        return (answer.data?.['purchaseOrder'] as Json | null)?.['pendingChange'] ? true : undefined;
      });
      for (const party of [A, B]) expect((await ask(party, `{ purchaseOrder(id: "${subPo}") { ${PENDING} } }`)).data).toEqual({ purchaseOrder: { poId: subPo, pendingChange: request } });
      // The lead may look the tier-2 order up, but a change between A and B is theirs.
      const leadView = await ask(LEAD, `{ purchaseOrder(id: "${subPo}") { ${PENDING} } }`);
      expect(leadView.data).toEqual({ purchaseOrder: { poId: subPo, pendingChange: null } });
      expect(leadView.text).not.toContain('plating line down');
      await post(`purchase-orders/${subPo}/change-requests/CH-${run}/rejection`, keys.a, { reason: 'the customer date holds' });
      await until('the answered request to leave', async () => {
        const answer = await ask(B, `{ purchaseOrder(id: "${subPo}") { ${PENDING} } }`);
        return (answer.data?.['purchaseOrder'] as Json | null)?.['pendingChange'] === null ? true : undefined;
      });
    });

    it('a workshop lists its incoming orders as supplier and its own sub-contracts as buyer, each with its own prices only', async () => {
      const incoming = await list(A, 'purchaseOrders', 'filter: { role: SUPPLIER }', PURCHASE_ORDER);
      expect(ids(incoming, 'poId')).toEqual([shaftPo, awardPo(A)]);
      expect(nodes(incoming).every((order) => order['pricesShown'] === true)).toBe(true);
      const placed = await list(A, 'purchaseOrders', 'filter: { role: BUYER }', PURCHASE_ORDER);
      expect(nodes(placed)).toEqual([expect.objectContaining({ poId: subPo, buyerId: A, supplierId: B, tier: 2, status: 'Accepted', pricesShown: true })]);
      expect(ids(await list(A, 'purchaseOrders', '', 'poId'), 'poId')).toEqual([subPo, shaftPo, awardPo(A)]);
    });

    it('B sees its own orders, never A’s orders with the lead, nor their prices', async () => {
      const page = await list(B, 'purchaseOrders', '', PURCHASE_ORDER);
      expect(ids(page, 'poId')).toEqual([subPo, pendingPo, awardPo(B)]);
      expect(nodes(page).every((order) => order['supplierId'] === B && order['pricesShown'] === true)).toBe(true);
      expect(nodes(page)[0]).toMatchObject({ lines: [expect.objectContaining({ unitPrice: { amount: price.sub, currency: 'JPY' } })] });
      for (const leak of [shaftPo, awardPo(A), price.shaft, price.aBracket]) expect(JSON.stringify(page)).not.toContain(leak);
      expect((await list(B, 'purchaseOrders', 'filter: { role: BUYER }', 'poId')).count).toBe(0);
    });

    it('the integrator lists its grantors’ orders without any price', async () => {
      const page = await list(ERP, 'purchaseOrders', '', PURCHASE_ORDER);
      expect(new Set(ids(page, 'poId'))).toEqual(new Set([subPo, pendingPo, shaftPo, awardPo(A), awardPo(B)]));
      expect(nodes(page).every((order) => order['pricesShown'] === false)).toBe(true);
      expect(JSON.stringify(page)).not.toMatch(/"amount"|"currency"/);
      // As supplier, through A only: the lead supplies nothing.
      expect(ids(await list(ERP, 'purchaseOrders', 'filter: { role: SUPPLIER }', 'poId'), 'poId')).toEqual([shaftPo, awardPo(A)]);
    });

    it('pages without skipping or repeating', async () => {
      const all = ids(await list(LEAD, 'purchaseOrders', '', 'poId'), 'poId');
      const first = await list(LEAD, 'purchaseOrders', 'first: 3', 'poId');
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await list(LEAD, 'purchaseOrders', `first: 3, after: "${first.pageInfo.endCursor as string}"`, 'poId');
      expect(second.pageInfo.hasNextPage).toBe(false);
      expect([...ids(first, 'poId'), ...ids(second, 'poId')]).toEqual(all);
    });

    it('refuses bad input naming the argument: page size, cursor (another list’s too), status and role', async () => {
      expect((await refusal(LEAD, '{ purchaseOrders(first: 101) { count } }'))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', allowed: '1..100' });
      expect((await refusal(LEAD, '{ purchaseOrders(after: "garbage") { count } }'))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      const workCursor = (await list(A, 'myWorkItems', 'first: 1', 'poId')).pageInfo.endCursor as string;
      expect((await refusal(A, `{ purchaseOrders(after: "${workCursor}") { count } }`))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      const badStatus = await refusal(LEAD, '{ purchaseOrders(filter: { status: ["pending"] }) { count } }');
      expect(badStatus?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.status', allowed: 'Issued, AwaitingBuyer, Accepted, Rejected, Cancelled, Closed' });
      const badRole = await ask(LEAD, '{ purchaseOrders(filter: { role: OWNER }) { count } }');
      expect(badRole.errors?.[0]?.message).toMatch(/OWNER.*PartyRole/);
    });
  });

  describe('rfqs', () => {
    it('the issuer lists every RFQ it issued, newest first, with every quote and its price', async () => {
      const page = await list(LEAD, 'rfqs', '', RFQ);
      expect(ids(page, 'rfqId')).toEqual([rfq3, rfq2, rfq1]);
      expect(ids(page, 'status')).toEqual(['open', 'cancelled', 'awarded']);
      const awarded = nodes(page)[2] as Json;
      expect(awarded).toMatchObject({ issuedBy: LEAD, customerOrderId, invited: [A, B] });
      expect((awarded['quotes'] as Json[]).map((quote) => quote['workshopId'])).toEqual([A, B]);
      const offers = (awarded['lines'] as Array<{ offers: Array<{ workshopId: string; unitPrice: { amount: string } }> }>).map((line) => line.offers.map((offer) => `${offer.workshopId}:${offer.unitPrice.amount}`));
      expect(offers).toEqual([[`${A}:${price.aBracket}`, `${B}:${price.bBracket}`], [`${B}:${price.bCover}`]]);
    });

    it('each invited workshop lists the RFQs it was invited to, with only its own quote and award; never the others’', async () => {
      const okada = await list(A, 'rfqs', '', RFQ);
      expect(ids(okada, 'rfqId')).toEqual([rfq2, rfq1]);
      expect(nodes(okada)[1]).toMatchObject({ invited: null, customerOrderId: null, quotes: [{ workshopId: A }], awards: [{ workshopId: A, unitPrice: { amount: price.aBracket } }] });
      for (const leak of [B, rfq3, price.bBracket, price.bCover]) expect(JSON.stringify(okada)).not.toContain(leak);

      const mori = await list(B, 'rfqs', '', RFQ);
      expect(ids(mori, 'rfqId')).toEqual([rfq3, rfq1]);
      expect(nodes(mori)[1]).toMatchObject({ quotes: [{ workshopId: B }], awards: [{ workshopId: B, unitPrice: { amount: price.bCover } }] });
      for (const leak of [A, rfq2, price.aBracket]) expect(JSON.stringify(mori)).not.toContain(leak);
    });

    it('the integrator sees no RFQ, whatever it was granted', async () => {
      expect(await list(ERP, 'rfqs', '', RFQ)).toEqual({ count: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    });

    it('filters on the status as the caller sees it, and pages', async () => {
      expect(ids(await list(LEAD, 'rfqs', 'filter: { status: ["cancelled"] }', 'rfqId'), 'rfqId')).toEqual([rfq2]);
      expect(ids(await list(LEAD, 'rfqs', 'filter: { status: ["open", "awarded"] }', 'rfqId'), 'rfqId')).toEqual([rfq3, rfq1]);
      expect(ids(await list(B, 'rfqs', 'filter: { status: ["cancelled"] }', 'rfqId'), 'rfqId')).toEqual([]);
      const first = await list(LEAD, 'rfqs', 'first: 2', 'rfqId');
      expect({ ids: ids(first, 'rfqId'), hasNextPage: first.pageInfo.hasNextPage }).toEqual({ ids: [rfq3, rfq2], hasNextPage: true });
      const second = await list(LEAD, 'rfqs', `first: 2, after: "${first.pageInfo.endCursor as string}"`, 'rfqId');
      expect({ ids: ids(second, 'rfqId'), hasNextPage: second.pageInfo.hasNextPage }).toEqual({ ids: [rfq1], hasNextPage: false });
    });

    it('refuses bad input naming the argument, even for a caller who would get an empty list', async () => {
      expect((await refusal(ERP, '{ rfqs(first: -1) { count } }'))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      const poCursor = (await list(LEAD, 'purchaseOrders', 'first: 1', 'poId')).pageInfo.endCursor as string;
      expect((await refusal(LEAD, `{ rfqs(after: "${poCursor}") { count } }`))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      expect((await refusal(B, '{ rfqs(filter: { status: ["Open"] }) { count } }'))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.status', allowed: 'open, overdue, awarded, cancelled' });
    });
  });

  it('a front end’s page of 100 with lines and prices fits the cost limit', async () => {
    const answer = await ask(A, `{ purchaseOrders(first: 100) { count edges { cursor node { ${PURCHASE_ORDER} } } pageInfo { hasNextPage endCursor } }
      myWorkItems(first: 100) { count edges { cursor node { ${WORK} } } pageInfo { hasNextPage endCursor } } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toMatchObject({ purchaseOrders: { count: 3 }, myWorkItems: { count: 3 } });
  });

  it('no answer to a non-party ever carried a price', () => {
    // The issuer sees every quote; each workshop its own quote; each order's two parties its price.
    const allowed: Record<string, string[]> = {
      [LEAD]: [price.aBracket, price.bBracket, price.bCover, price.shaft, price.pending],
      [A]: [price.aBracket, price.shaft, price.sub],
      [B]: [price.bBracket, price.bCover, price.pending, price.sub],
      [ERP]: [],
    };
    for (const [viewer, seen] of Object.entries(answers)) {
      expect(seen.length).toBeGreaterThan(0);
      const forbidden = Object.values(price).filter((amount) => !allowed[viewer]?.includes(amount));
      for (const text of seen) for (const amount of forbidden) expect({ viewer, leaked: text.includes(amount) ? amount : null }).toEqual({ viewer, leaked: null });
    }
    for (const text of answers[ERP] ?? []) expect(text).not.toMatch(/"amount"|"currency"/);
  });
});

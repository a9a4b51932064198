import { randomUUID } from 'node:crypto';
import { loadConfig } from '@renkei/config';
import { dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { startBackbone, type RunningBackbone } from './backbone';

type Json = Record<string, unknown>;

export interface GraphQLAnswer {
  readonly data: Json | null;
  readonly errors?: ReadonlyArray<{ readonly message: string; readonly extensions?: Json }>;
}

/** The companies of the scenario: one lead contractor and two workshops in different time zones. */
export const WEB_COMPANIES = {
  lead: { companyId: 'lead-kanto', legalName: '関東ポンプ株式会社', role: 'lead', timeZone: 'Asia/Tokyo' },
  a: { companyId: 'ws-okada', legalName: '岡田精機', role: 'workshop', timeZone: 'Asia/Tokyo' },
  b: { companyId: 'ws-kim', legalName: '김정밀', role: 'workshop', timeZone: 'Asia/Seoul' },
} as const;

/** Distinctive prices, so a leak to a third party shows up in any raw answer or screenshot text. */
export const WEB_PRICES = { bracketA: '1250.75', shaftA: '2222.40', coverB: '830.15', gasketA: '95.50', gasketB: '88.25', valveB: '4410.00', pendingA: '555.35' } as const;

export interface WebScenarioIds {
  readonly productId: string;
  /** The lead's main order: bracket and shaft at A, cover at B; nothing late yet. */
  readonly orderId: string;
  /** A second order, late: B reported a material delay on its valve body, past the due date. */
  readonly lateOrderId: string;
  /** Lead → A, bracket (ops 10 milling, 30 inspection at A; 20 plating at B) and shaft (op 10 turning): accepted, work open. */
  readonly poA: string;
  /** Lead → B, cover: accepted, work open; the lead then asked to change it (a buyer request waiting for B). */
  readonly poB: string;
  readonly changeIdB: string;
  /** Lead → A, spare shafts: issued, waiting for A's acknowledgement. */
  readonly pendingPoA: string;
  /** Lead → B, the late order's valve body: accepted, B reported a delay. */
  readonly latePoB: string;
  /** Lead → B, gaskets for the late order: B accepted with changes (a later date); waiting for the lead. */
  readonly proposalPoB: string;
  /** RFQ for gaskets inviting A and B: B quoted, A has not (A's phone page quotes it). */
  readonly rfqOpen: string;
  /** RFQ for the pump's two seals inviting A and B: both quoted, not awarded (the board compares and awards). */
  readonly rfqQuoted: string;
}

export interface WebScenario {
  readonly backbone: RunningBackbone;
  /** The backbone's base URL, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly keys: { readonly office: string; readonly lead: string; readonly a: string; readonly b: string };
  readonly companies: typeof WEB_COMPANIES;
  readonly ids: WebScenarioIds;
  /** POST /v1/{path}; fails unless 201 (or 200 for a replay). Pass an idempotency key to retry on purpose. */
  post(path: string, key: string, body?: unknown, idempotencyKey?: string): Promise<Json>;
  /** POST /graphql as `key`; the answer as sent (errors included). */
  graphql(key: string, query: string, variables?: Json): Promise<GraphQLAnswer>;
  /** Polls a query until `accept` returns a value (the read models follow the log a few ms behind). */
  waitForGraphql<T>(what: string, key: string, query: string, accept: (data: Json) => T | undefined, variables?: Json): Promise<T>;
  /** A fresh phone link for a workshop, issued by the consortium office: its token and its absolute URL. */
  phoneLink(workshopId: string, label?: string): Promise<{ readonly token: string; readonly url: string }>;
  stop(): Promise<void>;
}

/**
 * The whole backbone on its own schemas, with the state the web pages show: a lead contractor,
 * two workshops, a BOM whose bracket goes A → B → A, two customer orders (one late), purchase
 * orders waiting on every kind of answer, and RFQs quoted or not. Everything is made through
 * the public API, as the pages' users would; the promise resolves once the read models hold it.
 */
export async function startWebScenario(name: string): Promise<WebScenario> {
  const run = randomUUID().slice(0, 6);
  const prefix = name.replace(/[^a-z0-9]/gi, '').slice(0, 8).toLowerCase() || 'web';
  const keys = {
    office: `${prefix}-office-key-0123456789abcdef`,
    lead: `${prefix}-lead-key-0123456789abcdefgh`,
    a: `${prefix}-ws-a-key-0123456789abcdefgh`,
    b: `${prefix}-ws-b-key-0123456789abcdefgh`,
  };
  const { lead, a, b } = WEB_COMPANIES;
  const apiKeys = [`${keys.office}:consortium-office:coordinator`, `${keys.lead}:${lead.companyId}:lead`, `${keys.a}:${a.companyId}:workshop`, `${keys.b}:${b.companyId}:workshop`].join(',');
  const eventSchema = uniqueSchemaName(`${prefix}_es`);
  const readSchema = uniqueSchemaName(`${prefix}_rm`);
  const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema });
  const backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);

  const post = async (path: string, key: string, body: unknown = {}, idempotencyKey: string = randomUUID()): Promise<Json> => {
    const response = await fetch(`${backbone.url}/v1/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status !== 201 && response.status !== 200) throw new Error(`POST /v1/${path} answered ${response.status}: ${text}`);
    return JSON.parse(text) as Json;
  };
  const graphql = async (key: string, query: string, variables: Json = {}): Promise<GraphQLAnswer> => {
    const response = await fetch(`${backbone.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLAnswer;
  };
  const waitForGraphql = <T>(what: string, key: string, query: string, accept: (data: Json) => T | undefined, variables: Json = {}) =>
    waitFor(what, async () => {
      const answer = await graphql(key, query, variables);
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
      return answer.data ? accept(answer.data) : undefined;
    });
  const phoneLink = async (workshopId: string, label = 'shop-floor phone') => {
    const answer = await post(`companies/${workshopId}/phone-links`, keys.office, { linkId: `link-${randomUUID().slice(0, 8)}`, label });
    const token = answer['token'] as string;
    // The directory folds the new link a moment after the write: wait until the token opens the door.
    await waitFor(`the phone link of ${workshopId} to authenticate`, async () => {
      const response = await fetch(`${backbone.url}/v1/companies/${workshopId}`, { headers: { authorization: `Bearer ${token}` } });
      return response.status === 200 ? true : undefined;
    });
    return { token, url: `${backbone.url}${answer['url'] as string}` };
  };
  const stop = async () => {
    await backbone.stop();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
  };

  const ids: WebScenarioIds = {
    productId: `PUMP-${run}`,
    orderId: `CO-${run}-1`,
    lateOrderId: `CO-${run}-2`,
    poA: `PO-${run}-A`,
    poB: `PO-${run}-B`,
    changeIdB: `CHG-${run}-1`,
    pendingPoA: `PO-${run}-A2`,
    latePoB: `PO-${run}-B2`,
    proposalPoB: `PO-${run}-B3`,
    rfqOpen: `RFQ-${run}-1`,
    rfqQuoted: `RFQ-${run}-2`,
  };
  try {
    const workOpen = (key: string, poId: string) =>
      waitForGraphql(`work item ${poId}/1 to open`, key, `{ workItem(poId: "${poId}", lineNo: 1) { poId } }`, (data) => (data['workItem'] ? true : undefined));
    await buildScenario({ post, workOpen, keys, ids });
    await waitForGraphql('the scenario in the read models', keys.lead, `{ purchaseOrders(first: 10) { count } customerOrder(id: "${ids.lateOrderId}") { late } }`, (data) => {
      const orders = data['purchaseOrders'] as { count: number };
      const late = data['customerOrder'] as { late: boolean } | null;
      return orders.count === 5 && late?.late === true ? true : undefined;
    });
    await waitForGraphql('A’s open work', keys.a, '{ myWorkItems(first: 10) { count } }', (data) => ((data['myWorkItems'] as { count: number }).count === 2 ? true : undefined));
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  return { backbone, url: backbone.url, keys, companies: WEB_COMPANIES, ids, post, graphql, waitForGraphql, phoneLink, stop };
}

interface ScenarioWriter {
  readonly post: (path: string, key: string, body?: unknown) => Promise<Json>;
  /** Work items open when the process manager has seen the acceptance: a report must wait for it. */
  readonly workOpen: (key: string, poId: string) => Promise<unknown>;
  readonly keys: WebScenario['keys'];
  readonly ids: WebScenarioIds;
}

async function buildScenario({ post, workOpen, keys, ids }: ScenarioWriter): Promise<void> {
  const { lead, a, b } = WEB_COMPANIES;
  for (const company of [lead, a, b]) {
    await post(`companies/${company.companyId}`, keys.office, { legalName: company.legalName, roles: [company.role], timeZone: company.timeZone, contactEmail: `office@${company.companyId}.example` });
  }
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
  await post(`boms/${ids.productId}/revisions`, keys.lead, {
    revision: 1,
    nodes: [
      node('PUMP', null, 'pump assembly', [[10, 'assembly', lead.companyId]]),
      node('BRACKET', 'PUMP', 'milled bracket', [
        [10, 'milling', a.companyId],
        [20, 'plating', b.companyId],
        [30, 'inspection', a.companyId],
      ]),
      node('SHAFT', 'PUMP', 'turned shaft', [[10, 'turning', a.companyId]]),
      node('COVER', 'PUMP', 'sheet-metal cover', [[10, 'sheet-metal', b.companyId]]),
      node('VALVE', 'PUMP', 'valve body', [[10, 'finishing', b.companyId]]),
      node('GASKET', 'PUMP', 'gasket', [[10, 'cutting', b.companyId]]),
      node('SEAL', 'PUMP', 'shaft seal', [[10, 'moulding', b.companyId]]),
    ],
  });
  const placeOrder = (orderId: string, customerName: string, customerRef: string, quantity: number, dueDate: string) =>
    post(`customer-orders/${orderId}`, keys.lead, { customerName, customerRef, bomProductId: ids.productId, bomRevision: 1, lines: [{ lineNo: 1, partNumber: 'PN-PUMP', bomNodeId: 'PUMP', quantity, dueDate }] });
  await placeOrder(ids.orderId, '山田工業', 'Y-2027-001', 20, '2027-03-20');
  await placeOrder(ids.lateOrderId, '東海水道', 'T-88', 5, '2027-01-29');

  const line = (lineNo: number, nodeId: string, quantity: number, dueDate: string, amount: string) => ({ lineNo, partNumber: `PN-${nodeId}`, bomNodeId: nodeId, quantity, dueDate, unitPrice: { amount, currency: 'JPY' } });
  const issue = (poId: string, supplierId: string, customerOrderId: string, lines: unknown[]) => post(`purchase-orders/${poId}`, keys.lead, { supplierId, customerOrderId, parent: null, lines });
  await issue(ids.poA, a.companyId, ids.orderId, [line(1, 'BRACKET', 20, '2027-03-01', WEB_PRICES.bracketA), line(2, 'SHAFT', 20, '2027-02-20', WEB_PRICES.shaftA)]);
  await issue(ids.poB, b.companyId, ids.orderId, [line(1, 'COVER', 20, '2027-03-05', WEB_PRICES.coverB)]);
  await issue(ids.pendingPoA, a.companyId, ids.orderId, [line(1, 'SHAFT', 4, '2027-03-10', WEB_PRICES.pendingA)]);
  await issue(ids.latePoB, b.companyId, ids.lateOrderId, [line(1, 'VALVE', 5, '2027-01-20', WEB_PRICES.valveB)]);
  await issue(ids.proposalPoB, b.companyId, ids.lateOrderId, [line(1, 'GASKET', 10, '2027-01-15', WEB_PRICES.gasketB)]);
  await post(`purchase-orders/${ids.poA}/acceptance`, keys.a);
  await post(`purchase-orders/${ids.poB}/acceptance`, keys.b);
  await post(`purchase-orders/${ids.latePoB}/acceptance`, keys.b);
  await post(`purchase-orders/${ids.proposalPoB}/acceptance-with-changes`, keys.b, { changes: [{ lineNo: 1, dueDate: '2027-01-22' }] });
  await post(`purchase-orders/${ids.poB}/change-requests`, keys.lead, { changeId: ids.changeIdB, changes: [{ lineNo: 1, quantity: 24 }], reason: '予備を4個追加' });
  await workOpen(keys.b, ids.latePoB);
  await post(`work-items/${ids.latePoB}/1/progress`, keys.b, { status: 'delayed', operation: 10, qtyGood: 1, qtyScrap: 0, eta: '2027-02-05', delayReasonCode: 'material', note: '鋳物の入荷遅れ' });

  const deadline = new Date(Date.now() + 7 * 86_400_000).toISOString();
  const rfqLine = (lineNo: number, nodeId: string, description: string, quantity: number, dueDate: string) => ({ lineNo, part: { partNumber: `PN-${nodeId}`, bomNodeId: nodeId, description }, quantity, dueDate });
  await post(`rfqs/${ids.rfqOpen}`, keys.lead, { customerOrderId: ids.orderId, lines: [rfqLine(1, 'GASKET', 'gasket', 40, '2027-02-26')], answerDeadline: deadline, invited: [a.companyId, b.companyId] });
  await post(`rfqs/${ids.rfqOpen}/quotes/q-b`, keys.b, { lines: [{ lineNo: 1, unitPrice: { amount: WEB_PRICES.gasketB, currency: 'JPY' }, leadTimeDays: 12 }] });
  await post(`rfqs/${ids.rfqQuoted}`, keys.lead, {
    customerOrderId: ids.orderId,
    lines: [rfqLine(1, 'SEAL', 'shaft seal', 20, '2027-02-27'), rfqLine(2, 'GASKET', 'gasket', 20, '2027-02-27')],
    answerDeadline: deadline,
    invited: [a.companyId, b.companyId],
  });
  const quote = (lines: Array<[number, string, number]>) => ({ lines: lines.map(([lineNo, amount, leadTimeDays]) => ({ lineNo, unitPrice: { amount, currency: 'JPY' }, leadTimeDays })) });
  await post(`rfqs/${ids.rfqQuoted}/quotes/q-a`, keys.a, quote([[1, '310.00', 20], [2, WEB_PRICES.gasketA, 10]]));
  await post(`rfqs/${ids.rfqQuoted}/quotes/q-b`, keys.b, quote([[1, '298.00', 25], [2, '99.00', 8]]));
}

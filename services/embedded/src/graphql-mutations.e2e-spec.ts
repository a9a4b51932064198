import { randomUUID } from 'node:crypto';
import { loadConfig } from '@renkei/config';
import { dropSchema, maskId, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { startBackbone, type RunningBackbone } from './backbone';

// The office and the lead have static keys; the workshops get credentials from the office, through the API.
const officeKey = 'gm-office-key-0123456789abcdef';
const leadKey = 'gm-lead-key-0123456789abcdefgh';
const apiKeys = `${officeKey}:consortium-office:coordinator,${leadKey}:lead-gm:lead`;
const SUPPLIER = 'ws-okada';
const STRANGER = 'ws-mori';

const run = randomUUID().slice(0, 8);
const productId = `P-${run}`;
const customerOrderId = `CO-${run}`;
const purchaseOrderId = `PO-${run}`;

type Json = Record<string, unknown>;
interface CommandResult {
  readonly streamId: string;
  readonly revision: string;
  readonly etag: string;
  readonly replayed: boolean;
  readonly events: ReadonlyArray<{ readonly eventId: string; readonly type: string }>;
}
interface GraphQLAnswer {
  readonly data: Record<string, CommandResult | null> | null | undefined;
  readonly errors: ReadonlyArray<{ readonly message: string; readonly extensions: Json }>;
}
interface RestReply {
  readonly status: number;
  readonly etag: string | null;
  readonly body: Json;
}

let backbone: RunningBackbone;
const secret: Record<string, string> = {};

const RESULT = 'fragment result on CommandResult { streamId revision etag replayed events { eventId type } }';
const mutations = {
  publishBomRevision: `mutation ($productId: String!, $input: PublishBomRevisionInput!, $key: String!) {
    publishBomRevision(productId: $productId, input: $input, idempotencyKey: $key) { ...result } } ${RESULT}`,
  placeCustomerOrder: `mutation ($input: PlaceCustomerOrderInput!, $key: String!) { placeCustomerOrder(input: $input, idempotencyKey: $key) { ...result } } ${RESULT}`,
  issuePurchaseOrder: `mutation ($input: IssuePurchaseOrderInput!, $key: String!) { issuePurchaseOrder(input: $input, idempotencyKey: $key) { ...result } } ${RESULT}`,
  acceptOrder: `mutation ($orderId: String!, $key: String!) { acceptOrder(orderId: $orderId, idempotencyKey: $key) { ...result } } ${RESULT}`,
  cancelOrder: `mutation ($orderId: String!, $input: ReasonInput!, $key: String!) { cancelOrder(orderId: $orderId, input: $input, idempotencyKey: $key) { ...result } } ${RESULT}`,
  reportProgress: `mutation ($poId: String!, $lineNo: Int!, $input: ReportProgressInput!, $key: String!, $ifMatch: String) {
    reportProgress(poId: $poId, lineNo: $lineNo, input: $input, idempotencyKey: $key, ifMatch: $ifMatch) { ...result } } ${RESULT}`,
};
type MutationName = keyof typeof mutations;

const graphql = async (key: string | null, name: MutationName, variables: Json): Promise<GraphQLAnswer> => {
  const response = await fetch(`${backbone.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key === null ? {} : { authorization: `Bearer ${key}` }) },
    body: JSON.stringify({ query: mutations[name], variables: { key: randomUUID(), ...variables } }),
  });
  const body = (await response.json()) as { data?: GraphQLAnswer['data']; errors?: GraphQLAnswer['errors'] };
  return { data: body.data, errors: body.errors ?? [] };
};
/** The mutation's result, failing with the errors GraphQL gave when there is none. */
const resultOf = (answer: GraphQLAnswer, name: MutationName): CommandResult => {
  const result = answer.data?.[name];
  if (!result) throw new Error(`${name} gave no result: ${JSON.stringify(answer.errors)}`);
  return result;
};
/** What a refusal says, in the shape problem details give it on REST. */
const refusalOf = (answer: GraphQLAnswer) => {
  expect(answer.errors).toHaveLength(1);
  const [error] = answer.errors as [GraphQLAnswer['errors'][number]];
  return { status: error.extensions['status'], code: error.extensions['code'], detail: error.message, errors: error.extensions['errors'] ?? [] };
};

const rest = async (method: 'GET' | 'POST', path: string, key: string, body?: unknown): Promise<RestReply> => {
  const response = await fetch(`${backbone.url}/v1/${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}) },
    ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}),
  });
  return { status: response.status, etag: response.headers.get('etag'), body: (await response.json()) as Json };
};
/** REST's refusal, reduced to what the GraphQL error carries. */
const restRefusalOf = (reply: RestReply) => ({ status: reply.status, code: reply.body['code'], detail: reply.body['detail'], errors: reply.body['errors'] ?? [] });

const workItem = async (key: string): Promise<Json | null> => {
  const response = await fetch(`${backbone.url}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ workItem(poId: "${purchaseOrderId}", lineNo: 1) { status qtyGood supplierId } }` }),
  });
  return ((await response.json()) as { data: { workItem: Json | null } }).data.workItem;
};

const bom = {
  revision: 1,
  nodes: [
    { nodeId: 'ASSY', parentId: null, kind: 'assembly', partNumber: 'PN-ASSY', description: 'pump', qtyPer: 1, makeOrBuy: 'make', routing: [] },
    { nodeId: 'PART', parentId: 'ASSY', kind: 'part', partNumber: 'PN-PART', description: 'bracket', qtyPer: 2, makeOrBuy: 'make', routing: [{ opNo: 10, process: 'machining', workshopId: SUPPLIER }] },
  ],
};
const purchaseOrder = (line: Json = {}) => ({
  orderId: purchaseOrderId,
  supplierId: SUPPLIER,
  customerOrderId,
  parent: null,
  lines: [{ lineNo: 1, partNumber: 'PN-PART', bomNodeId: 'PART', quantity: 20, dueDate: '2027-02-10', unitPrice: { amount: '1250.50', currency: 'JPY' }, ...line }],
});

/**
 * The lead's and workshops' commands as GraphQL mutations: each one is the REST command itself
 * (same key, same checks, same codes), so these compare the two answers wherever they can.
 */
describe('GraphQL mutations run the services’ own commands', () => {
  const eventSchema = uniqueSchemaName('gm_es');
  const readSchema = uniqueSchemaName('gm_rm');

  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema });
    backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
    for (const companyId of [SUPPLIER, STRANGER]) {
      const registered = await rest('POST', `companies/${companyId}`, officeKey, { legalName: companyId, roles: ['workshop'], timeZone: 'Asia/Tokyo', contactEmail: `office@${companyId}.example` });
      expect(registered.status).toBe(201);
      const issued = await rest('POST', `companies/${companyId}/credentials`, officeKey, { credentialId: `${companyId}-main`, role: 'workshop', label: 'shop floor phone' });
      secret[companyId] = issued.body['secret'] as string;
      await waitFor(`${companyId}'s secret to authenticate`, async () => ((await rest('GET', `companies/${companyId}`, secret[companyId] as string)).status === 200 ? true : undefined), 10_000);
    }
  });
  afterAll(async () => {
    await backbone?.stop();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
  });

  it('the lead publishes the BOM, places the customer order and issues the purchase order, each by mutation', async () => {
    const published = resultOf(await graphql(leadKey, 'publishBomRevision', { productId, input: bom }), 'publishBomRevision');
    expect(published).toMatchObject({ streamId: expect.stringContaining(productId), replayed: false, events: [{ type: 'BomRevisionPublished' }] });

    const placed = await graphql(leadKey, 'placeCustomerOrder', {
      input: {
        orderId: customerOrderId,
        customerName: 'Tokai Pumps',
        customerRef: `TP-${run}`,
        bomProductId: productId,
        bomRevision: 1,
        lines: [{ lineNo: 1, partNumber: 'PN-ASSY', bomNodeId: 'ASSY', quantity: 10, dueDate: '2027-03-01' }],
      },
    });
    expect(resultOf(placed, 'placeCustomerOrder').events.map((event) => event.type)).toEqual(['CustomerOrderPlaced']);
    expect((await rest('GET', `customer-orders/${customerOrderId}`, leadKey)).body).toMatchObject({ orderId: customerOrderId, ownerId: 'lead-gm', status: 'Open' });

    const issued = resultOf(await graphql(leadKey, 'issuePurchaseOrder', { input: purchaseOrder() }), 'issuePurchaseOrder');
    expect(issued.events.map((event) => event.type)).toEqual(['PurchaseOrderIssued']);
    // The revision the mutation reports is the one REST reads: the same command, the same stream.
    const read = await rest('GET', `purchase-orders/${purchaseOrderId}`, secret[SUPPLIER] as string);
    expect([read.status, read.etag, read.body['status']]).toEqual([200, issued.etag, 'Issued']);
  });

  it('bad input is refused as REST refuses it: REQUEST.INVALID_INPUT, naming every field with its rule and allowed values', async () => {
    const body = { ...purchaseOrder({ quantity: 0, dueDate: '2027-02-30' }), orderId: `PO-BAD-${run}` };
    const refused = refusalOf(await graphql(leadKey, 'issuePurchaseOrder', { input: body }));
    expect(refused).toMatchObject({ status: 400, code: 'REQUEST.INVALID_INPUT' });
    expect(refused.errors).toEqual(
      expect.arrayContaining([
        { field: 'lines[0].quantity', rule: 'must be a positive whole number', allowed: expect.stringMatching(/^1 to \d+$/) },
        { field: 'lines[0].dueDate', rule: 'must be a calendar date', allowed: 'YYYY-MM-DD' },
      ]),
    );
    expect(refused).toEqual(restRefusalOf(await rest('POST', `purchase-orders/${body.orderId}`, leadKey, body)));
  });

  it('a workshop that is no party to the order gets the refusal REST gives it: as if the order did not exist', async () => {
    const viaGraphQL = refusalOf(await graphql(secret[STRANGER] as string, 'acceptOrder', { orderId: purchaseOrderId }));
    const viaRest = restRefusalOf(await rest('POST', `purchase-orders/${purchaseOrderId}/acceptance`, secret[STRANGER] as string));
    expect(viaGraphQL).toMatchObject({ status: 404, code: 'ORDERS.NOT_ISSUED' });
    expect(viaGraphQL).toEqual(viaRest);
    const missingId = `PO-NONE-${run}`;
    const missing = refusalOf(await graphql(secret[STRANGER] as string, 'acceptOrder', { orderId: missingId }));
    expect(maskId(viaGraphQL, purchaseOrderId)).toEqual(maskId(missing, missingId));
  });

  it('a mutation without credentials, or with an unknown key, is refused with UNAUTHENTICATED and records nothing', async () => {
    for (const key of [null, 'not-a-renkei-key-0123456789']) {
      const answer = await graphql(key, 'cancelOrder', { orderId: purchaseOrderId, input: { reason: 'who am I' } });
      expect(answer.data?.['cancelOrder'] ?? null).toBeNull();
      expect(answer.errors.map((error) => error.extensions['code'])).toEqual(['UNAUTHENTICATED']);
    }
    expect((await rest('GET', `purchase-orders/${purchaseOrderId}`, leadKey)).body['status']).toBe('Issued');
  });

  it('the supplier accepts by mutation; the same idempotency key again gets the same answer and records one event', async () => {
    const key = randomUUID();
    const first = resultOf(await graphql(secret[SUPPLIER] as string, 'acceptOrder', { orderId: purchaseOrderId, key }), 'acceptOrder');
    expect(first).toMatchObject({ replayed: false, events: [{ type: 'OrderAccepted' }] });
    const again = resultOf(await graphql(secret[SUPPLIER] as string, 'acceptOrder', { orderId: purchaseOrderId, key }), 'acceptOrder');
    expect(again).toEqual({ ...first, replayed: true });
    const read = await rest('GET', `purchase-orders/${purchaseOrderId}`, leadKey);
    expect([read.etag, read.body['status']]).toEqual([first.etag, 'Accepted']);

    // The same key for another command on the order is refused, as on REST, naming the argument.
    const reused = refusalOf(await graphql(secret[SUPPLIER] as string, 'cancelOrder', { orderId: purchaseOrderId, input: { reason: 'oops' }, key }));
    expect(reused).toMatchObject({ status: 422, code: 'COMMAND.IDEMPOTENCY_KEY_REUSED', errors: [expect.objectContaining({ field: 'idempotencyKey' })] });
  });

  it('the supplier reports progress by mutation on the work item its acceptance opened; a stale ifMatch is refused (412)', async () => {
    await waitFor('the accepted line’s work item to open', async () => ((await workItem(secret[SUPPLIER] as string)) ? true : undefined), 30_000);
    const report = { status: 'in_progress', operation: 10, qtyGood: 4, qtyScrap: 1, note: 'op 10 running' };
    const stale = refusalOf(await graphql(secret[SUPPLIER] as string, 'reportProgress', { poId: purchaseOrderId, lineNo: 1, input: report, ifMatch: '"99"' }));
    expect(stale).toMatchObject({ status: 412, code: 'COMMAND.PRECONDITION_FAILED', errors: [expect.objectContaining({ field: 'ifMatch' })] });

    const key = randomUUID();
    const reported = resultOf(await graphql(secret[SUPPLIER] as string, 'reportProgress', { poId: purchaseOrderId, lineNo: 1, input: report, key }), 'reportProgress');
    expect(reported.events.map((event) => event.type)).toContain('ProgressReported');
    const again = resultOf(await graphql(secret[SUPPLIER] as string, 'reportProgress', { poId: purchaseOrderId, lineNo: 1, input: report, key }), 'reportProgress');
    expect(again).toEqual({ ...reported, replayed: true });

    await waitFor('the read model to show the report', async () => {
      const item = await workItem(leadKey);
      return item?.['status'] === 'in_progress' ? item : undefined;
    });
    expect(await workItem(leadKey)).toMatchObject({ status: 'in_progress', qtyGood: 4, supplierId: SUPPLIER });
  });
});

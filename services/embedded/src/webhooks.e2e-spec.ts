import { randomUUID } from 'node:crypto';
import { loadConfig } from '@renkei/config';
import { dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { startBackbone, type RunningBackbone } from './backbone';
import { WebhookReceiver, expectSignedWith, expectStreamOrder, readWholeFeed, type FeedEvent } from './integrator-clients.fixtures';

const keys = {
  office: 'hook-office-key-0123456789abcdef',
  lead: 'hook-lead-key-0123456789abcdefgh',
  wsA: 'hook-ws-a-key-0123456789abcdefgh',
  wsB: 'hook-ws-b-key-0123456789abcdefgh',
};
const LEAD = 'lead-1';
const A = 'ws-a';
const B = 'ws-b';
const ERP = 'erp-hooks';
const apiKeys = [`${keys.office}:consortium-office:coordinator`, `${keys.lead}:${LEAD}:lead`, `${keys.wsA}:${A}:workshop`, `${keys.wsB}:${B}:workshop`].join(',');

const run = randomUUID().slice(0, 8);
const productId = `PUMP-${run}`;
const customerOrderId = `CO-${run}`;
const otherOrderId = `CO2-${run}`;
const poA = `PO-A-${run}`;
const poB = `PO-B-${run}`;
const poOther = `PO-C-${run}`;
const rfqId = `RFQ-${run}`;
const price = { a: '4321.57', b: '8765.29', other: '2468.13', quote: '1111.93' };
const TIMEOUT_MS = 1_000;
/** The integrator's receiver never answers the report of this quantity: it waits for retries while the grant is revoked. */
const HELD_QTY = 8;

/**
 * Standard Webhooks over the real backbone: subscriptions are registered through the API, every
 * event a subscriber is entitled to reaches its receiver signed, once, in order per stream, across
 * failures, timeouts and a restart of the channel; nothing else reaches it. A 410 disables a
 * subscription, dead letters wait for redelivery, and a rotated secret signs alongside the old one.
 */
describe('webhooks', () => {
  const eventSchema = uniqueSchemaName('hook_es');
  const readSchema = uniqueSchemaName('hook_rm');
  const receiver = new WebhookReceiver();
  let backbone: RunningBackbone | undefined;
  let erpKey = '';
  const secrets = new Map<string, string>();
  let bDown = true;

  const call = async (base: string, method: string, path: string, key: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}/v1/${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text === '' ? {} : JSON.parse(text)) as Record<string, unknown> & { errors?: Array<{ field: string; rule: string }> } };
  };
  const url = () => (backbone as RunningBackbone).url;
  const post = async (path: string, key: string, body: unknown = {}) => {
    const response = await call(url(), 'POST', path, key, body, { 'idempotency-key': randomUUID() });
    if (response.status !== 201) throw new Error(`POST /v1/${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const hooks = (method: string, path: string, key: string, body?: unknown, headers?: Record<string, string>) => call(url(), method, `webhook-subscriptions${path}`, key, body, headers);
  const subscribe = async (key: string, id: string, body: Record<string, unknown>) => {
    const response = await hooks('PUT', `/${id}`, key, body);
    expect([response.status, response.body['secret']]).toEqual([201, expect.stringMatching(/^whsec_/)]);
    secrets.set(id, response.body['secret'] as string);
    return response.body;
  };
  /** Every event the key may see now, by the feed. */
  const feed = async (key: string): Promise<FeedEvent[]> => (await readWholeFeed(url(), key)).events;
  const report = (qtyGood: number) => post(`work-items/${poA}/1/progress`, keys.wsA, { status: 'in_progress', operation: 10, qtyGood, qtyScrap: 0 });

  /** The backbone, its webhook channel allowed to send to the loopback receiver, with short timeouts and retries. */
  const startRenkei = async () => {
    const config = loadConfig({
      DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema,
      RENKEI_WEBHOOK_ALLOWED_TARGETS: '127.0.0.1', RENKEI_WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS), RENKEI_WEBHOOK_RETRY_SCHEDULE_MS: '100,200,400', RENKEI_WEBHOOK_POLL_MS: '100',
    });
    backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
  };

  beforeAll(async () => {
    await receiver.start();
    await startRenkei();
    for (const [companyId, role] of [[LEAD, 'lead'], [A, 'workshop'], [B, 'workshop'], [ERP, 'integrator']] as const) {
      await post(`companies/${companyId}`, keys.office, { legalName: companyId, roles: [role], timeZone: 'Asia/Tokyo', contactEmail: `office@${companyId}.example` });
    }
    erpKey = (await post(`companies/${ERP}/credentials`, keys.office, { credentialId: `${ERP}-api`, role: 'integrator', label: 'ERP connector' }))['secret'] as string;
    await waitFor('the integrator’s key to work', async () => ((await fetch(`${url()}/v1/companies/${ERP}`, { headers: { authorization: `Bearer ${erpKey}` } })).status === 200 ? true : undefined));
    const node = (nodeId: string, parentId: string | null, workshopId: string) => ({
      nodeId, parentId, kind: parentId === null ? 'assembly' : 'part', partNumber: `PN-${nodeId}`, description: nodeId.toLowerCase(), qtyPer: 1, makeOrBuy: 'make',
      routing: [{ opNo: 10, process: parentId === null ? 'assembly' : 'machining', workshopId }],
    });
    await post(`boms/${productId}/revisions`, keys.lead, { revision: 1, nodes: [node('PUMP', null, LEAD), node('SHAFT', 'PUMP', A), node('COVER', 'PUMP', B)] });
    for (const orderId of [customerOrderId, otherOrderId]) {
      await post(`customer-orders/${orderId}`, keys.lead, {
        customerName: 'Tokai Pumps', customerRef: `TP-${orderId}`, bomProductId: productId, bomRevision: 1,
        lines: [{ lineNo: 1, partNumber: 'PN-PUMP', bomNodeId: 'PUMP', quantity: 10, dueDate: '2026-12-20' }],
      });
    }
    const purchaseOrder = (supplierId: string, orderId: string, bomNodeId: string, amount: string) => ({
      supplierId, customerOrderId: orderId, parent: null,
      lines: [{ lineNo: 1, partNumber: `PN-${bomNodeId}`, bomNodeId, quantity: 10, dueDate: '2026-12-10', unitPrice: { amount, currency: 'JPY' } }],
    });
    await post(`purchase-orders/${poA}`, keys.lead, purchaseOrder(A, customerOrderId, 'SHAFT', price.a));
    await post(`purchase-orders/${poB}`, keys.lead, purchaseOrder(B, customerOrderId, 'COVER', price.b));
    await post(`purchase-orders/${poOther}`, keys.lead, purchaseOrder(A, otherOrderId, 'SHAFT', price.other));
    await post(`purchase-orders/${poA}/acceptance`, keys.wsA);
    await post(`purchase-orders/${poB}/acceptance`, keys.wsB);
    await post(`rfqs/${rfqId}`, keys.lead, {
      customerOrderId, answerDeadline: new Date(Date.now() + 7 * 86_400_000).toISOString(), invited: [A, B],
      lines: [{ lineNo: 1, part: { partNumber: 'PN-SHAFT', bomNodeId: 'SHAFT', description: 'drive shaft' }, quantity: 10, dueDate: '2026-12-10' }],
    });
    await post(`rfqs/${rfqId}/quotes/q-a`, keys.wsA, { lines: [{ lineNo: 1, unitPrice: { amount: price.quote, currency: 'JPY' }, leadTimeDays: 14 }] });
    await post(`companies/${A}/integrator-grants`, keys.wsA, { integratorId: ERP, scopes: ['orders', 'work'] });
    await waitFor('A’s open work item', async () => ((await feed(keys.wsA)).some((event) => event.subject === `work-${poA}-1`) ? true : undefined));
    await waitFor('B’s open work item', async () => ((await feed(keys.wsB)).some((event) => event.subject === `work-${poB}-1`) ? true : undefined));
    await report(1);
  });
  afterAll(async () => {
    await backbone?.stop();
    await receiver.stop();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
  });

  it('refuses a subscription it cannot deliver to, naming the field and the rule, and creates nothing', async () => {
    const refused = async (body: Record<string, unknown>) => {
      const response = await hooks('PUT', '/bad', erpKey, body);
      expect(response.status).toBe(400);
      return response.body.errors?.map((error) => `${error.field}: ${error.rule}`);
    };
    expect(await refused({ url: 'ftp://erp.example.com/x', eventTypes: ['*'] })).toEqual(['url: must use https or http, not ftp']);
    expect(await refused({ url: 'http://169.254.169.254/latest/meta-data', eventTypes: ['*'] })).toEqual(['url: must resolve only to public addresses: 169.254.169.254 is a metadata address']);
    expect(await refused({ url: 'http://10.1.2.3/hooks', eventTypes: ['*'] })).toEqual(['url: must resolve only to public addresses: 10.1.2.3 is a private address']);
    expect(await refused({ url: `${receiver.base}/x`, eventTypes: ['PurchaseOrderIssued'], filter: { customerOrderIds: 'CO' } })).toEqual([
      'eventTypes[0]: is not a type Renkei publishes',
      'filter.customerOrderIds: must be a list of at most 100 ids (1–128 visible characters)',
    ]);
    expect((await hooks('GET', '/bad', erpKey)).status).toBe(404);
    expect((await hooks('GET', '', 'no-such-key-0123456789')).status).toBe(401);
  });

  it('delivers every event the integrator may see, signed, once each, in order per stream, through failures, timeouts and a restart', async () => {
    // Of the distinct events, every third fails once, every seventh twice, and the fifth gets no answer at first.
    const distinct: string[] = [];
    const erpUrl = receiver.on('/erp', (event, attempt) => {
      if (!distinct.includes(event.id)) distinct.push(event.id);
      const nth = distinct.indexOf(event.id) + 1;
      if (nth === 5 && attempt === 1) return 'nothing';
      if (event.data['qtyGood'] === HELD_QTY) return 'nothing';
      if (nth % 7 === 0 && attempt <= 2) return 503;
      if (nth % 3 === 0 && attempt === 1) return 500;
      return 200;
    });
    await subscribe(erpKey, 'erp-all', { url: erpUrl, eventTypes: ['*'], from: 'beginning' });
    await waitFor('the first deliveries', async () => (receiver.accepted('/erp').length >= 3 ? true : undefined));

    // Renkei stops mid-way; the events recorded after its restart and those queued before are all delivered.
    await backbone?.stop();
    await startRenkei();
    for (const qtyGood of [2, 3, 4]) await report(qtyGood);

    const entitled = await waitFor('A’s last report in the integrator’s feed', async () => {
      const events = await feed(erpKey);
      return events.filter((event) => event.type.includes('ProgressReported')).length === 4 ? events : undefined;
    });
    await waitFor('every entitled event at the receiver', async () => (entitled.every((event) => receiver.accepted('/erp').includes(event.id)) ? true : undefined), 30_000);

    const requests = receiver.at('/erp');
    expect([...receiver.accepted('/erp')].sort()).toEqual(entitled.map((event) => event.id).sort());
    expectSignedWith(requests, secrets.get('erp-all') as string);
    expectStreamOrder(requests);
    expect(requests.some((request) => request.answered !== 200)).toBe(true);
    for (const secret of [price.a, price.b, price.quote, price.other, 'Tokai Pumps']) expect(requests.map((request) => request.body).join('\n')).not.toContain(secret);

    const log = await hooks('GET', '/erp-all/deliveries?limit=1000', erpKey);
    const attempts = log.body['attempts'] as Array<{ eventId: string; statusCode: number | null; error: string | null; outcome: string; durationMs: number }>;
    expect(attempts.find((attempt) => attempt.error === `no answer within ${TIMEOUT_MS} ms`)).toMatchObject({ statusCode: null, outcome: 'failed' });
    expect(attempts.find((attempt) => attempt.statusCode === 503)).toMatchObject({ outcome: 'failed', error: null });
    expect(attempts.filter((attempt) => attempt.outcome === 'delivered')).toHaveLength(entitled.length);
    const subscription = await hooks('GET', '/erp-all', erpKey);
    expect(subscription.body).toMatchObject({ id: 'erp-all', status: 'active', deliveries: { pending: 0, deadLetters: 0 } });
    expect(subscription.body).not.toHaveProperty('secret');
  });

  it('narrows a subscription to the types and the customer order asked for', async () => {
    const url = receiver.on('/lead-co', () => 200);
    await subscribe(keys.lead, 'lead-co', { url, eventTypes: ['renkei.orders.*', 'renkei.work-progress.*'], filter: { customerOrderIds: [customerOrderId] }, from: 'beginning' });
    const ofTheOrder = [`order-${customerOrderId}`, `order-${poA}`, `order-${poB}`, `work-${poA}-1`, `work-${poB}-1`];
    const expected = (await feed(keys.lead)).filter((event) => ofTheOrder.includes(event.subject) && !event.type.startsWith('renkei.quotes.'));
    expect(expected.length).toBeGreaterThan(5);
    await waitFor('the order’s events at the lead’s receiver', async () => (receiver.accepted('/lead-co').length >= expected.length ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([...receiver.accepted('/lead-co')].sort()).toEqual(expected.map((event) => event.id).sort());
    expectSignedWith(receiver.at('/lead-co'), secrets.get('lead-co') as string);
  });

  it('shows a caller its own subscriptions only', async () => {
    const ofErp = await hooks('GET', '', erpKey);
    expect((ofErp.body['subscriptions'] as Array<{ id: string }>).map((each) => each.id)).toEqual(['erp-all']);
    expect((await hooks('GET', '/lead-co', erpKey)).status).toBe(404);
    expect((await hooks('GET', '/lead-co/deliveries', erpKey)).status).toBe(404);
    expect((await hooks('DELETE', '/lead-co', erpKey)).status).toBe(404);
  });

  it('answers a repeated PUT without change, and the creating request’s retry with its secret', async () => {
    const url = receiver.on('/lead-spare', () => 200);
    const body = { url, eventTypes: ['renkei.orders.CustomerOrderPlaced.v1'] };
    const created = await hooks('PUT', '/lead-spare', keys.lead, body, { 'idempotency-key': 'create-lead-spare-1' });
    expect(created.status).toBe(201);
    const retried = await hooks('PUT', '/lead-spare', keys.lead, body, { 'idempotency-key': 'create-lead-spare-1' });
    expect([retried.status, retried.headers.get('idempotent-replayed'), retried.body['secret']]).toEqual([200, 'true', created.body['secret']]);
    const again = await hooks('PUT', '/lead-spare', keys.lead, body);
    expect([again.status, again.headers.get('idempotent-replayed'), again.body['secret']]).toEqual([200, 'true', undefined]);
    expect((await hooks('DELETE', '/lead-spare', keys.lead)).status).toBe(204);
    expect((await hooks('GET', '/lead-spare', keys.lead)).status).toBe(404);
  });

  it('disables a subscription whose receiver answers 410 Gone, and resumes from there when it is PUT again', async () => {
    const goneUrl = receiver.on('/gone', () => 410);
    await subscribe(keys.lead, 'lead-gone', { url: goneUrl, eventTypes: ['*'], from: 'beginning' });
    const disabled = await waitFor('the subscription disabled', async () => {
      const subscription = await hooks('GET', '/lead-gone', keys.lead);
      return subscription.body['status'] === 'disabled' ? subscription.body : undefined;
    });
    expect(disabled['disabledReason']).toMatch(/410 Gone/);
    // Attempts already under way on other streams end too; after that, nothing more is sent.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const gone = receiver.at('/gone').map((request) => request.event.id);
    expect(gone.length).toBeGreaterThanOrEqual(1);
    await report(5);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.at('/gone')).toHaveLength(gone.length);

    const backUrl = receiver.on('/back', () => 200);
    const resumed = await hooks('PUT', '/lead-gone', keys.lead, { url: backUrl, eventTypes: ['*'] });
    expect([resumed.status, resumed.body['status'], resumed.body['secret']]).toEqual([200, 'active', undefined]);
    const everything = await feed(keys.lead);
    await waitFor('every lead event at the new receiver', async () => (receiver.accepted('/back').length >= everything.length ? true : undefined));
    expect(receiver.accepted('/back')).toEqual(expect.arrayContaining(gone));
    expect([...receiver.accepted('/back')].sort()).toEqual(everything.map((event) => event.id).sort());
    expectStreamOrder(receiver.at('/back'));
  });

  it('dead-letters an event that fails every retry, holding its stream back, until it is redelivered or discarded', async () => {
    const url = receiver.on('/flaky-b', () => (bDown ? 500 : 200));
    await subscribe(keys.wsB, 'b-flaky', { url, eventTypes: ['*'], from: 'beginning' });
    const ofB = await feed(keys.wsB);
    const issued = ofB.find((event) => event.subject === `order-${poB}` && event.type.includes('PurchaseOrderIssued')) as FeedEvent;
    const accepted = ofB.find((event) => event.subject === `order-${poB}` && event.type.includes('OrderAccepted')) as FeedEvent;
    const invitation = ofB.find((event) => event.subject === `rfq-${rfqId}`) as FeedEvent;
    const letters = await waitFor('the purchase order and the invitation dead-lettered', async () => {
      const listed = (await hooks('GET', '/b-flaky/dead-letters', keys.wsB)).body['deadLetters'] as Array<{ eventId: string; attempts: number; heldBack: number; lastError: string }>;
      return [issued.id, invitation.id].every((id) => listed.some((letter) => letter.eventId === id)) ? listed : undefined;
    });
    expect(letters.find((letter) => letter.eventId === issued.id)).toMatchObject({ attempts: 4, heldBack: 1, lastError: 'answered 500' });
    expect(receiver.at('/flaky-b').filter((request) => request.event.id === issued.id)).toHaveLength(4);
    expect(receiver.at('/flaky-b').some((request) => request.event.id === accepted.id)).toBe(false);
    const log = (await hooks('GET', `/b-flaky/deliveries?eventId=${issued.id}`, keys.wsB)).body['attempts'] as Array<{ attempt: number; outcome: string; statusCode: number }>;
    expect(log.map((attempt) => [attempt.attempt, attempt.outcome, attempt.statusCode])).toEqual([[4, 'dead-lettered', 500], [3, 'failed', 500], [2, 'failed', 500], [1, 'failed', 500]]);

    bDown = false;
    expect((await hooks('DELETE', `/b-flaky/dead-letters/${invitation.id}`, keys.wsB)).status).toBe(204);
    const redelivered = await hooks('POST', '/b-flaky/dead-letters/redeliver', keys.wsB);
    expect(redelivered.status).toBe(202);
    const expected = ofB.filter((event) => event.id !== invitation.id);
    await waitFor('the rest of B’s events', async () => (expected.every((event) => receiver.accepted('/flaky-b').includes(event.id)) ? true : undefined));
    const order = receiver.accepted('/flaky-b');
    expect(order.indexOf(issued.id)).toBeLessThan(order.indexOf(accepted.id));
    expect(order).not.toContain(invitation.id);
    expect([...order].sort()).toEqual(expected.map((event) => event.id).sort());
    expectStreamOrder(receiver.at('/flaky-b'));
    const again = await hooks('POST', `/b-flaky/dead-letters/${invitation.id}/redeliver`, keys.wsB);
    expect([again.status, again.body['status']]).toEqual([200, 'discarded']);
  });

  it('signs with both secrets while a rotation is under way; a retried rotation gives the same secret', async () => {
    const oldSecret = secrets.get('erp-all') as string;
    const rotation = await hooks('POST', '/erp-all/secret-rotations', erpKey, { graceSeconds: 3600 }, { 'idempotency-key': `rotate-${run}` });
    expect(rotation.status).toBe(201);
    const newSecret = rotation.body['secret'] as string;
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(oldSecret);
    const retried = await hooks('POST', '/erp-all/secret-rotations', erpKey, { graceSeconds: 3600 }, { 'idempotency-key': `rotate-${run}` });
    expect([retried.status, retried.body['secret']]).toEqual([200, newSecret]);
    expect((await hooks('POST', '/erp-all/secret-rotations', erpKey, {})).body.errors?.map((error) => error.field)).toEqual(['Idempotency-Key']);

    const before = receiver.at('/erp').length;
    await report(6);
    await waitFor('the new report at the receiver', async () => (receiver.at('/erp').slice(before).some((request) => request.answered === 200) ? true : undefined));
    const after = receiver.at('/erp').slice(before);
    for (const request of after) expect(String(request.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expectSignedWith(after, oldSecret);
    expectSignedWith(after, newSecret);
  });

  it('stops delivering what a revoked grant no longer entitles the integrator to, even an event already queued', async () => {
    const erpBefore = receiver.at('/erp').length;
    await report(HELD_QTY);
    const held = await waitFor('the report waiting for a retry', async () => receiver.at('/erp').slice(erpBefore).find((request) => request.event.data['qtyGood'] === HELD_QTY)?.event);
    await post(`companies/${A}/integrator-grants/${ERP}/revocation`, keys.wsA);
    const log = await waitFor('the queued report withdrawn', async () => {
      const attempts = (await hooks('GET', `/erp-all/deliveries?eventId=${held.id}`, erpKey)).body['attempts'] as Array<{ outcome: string; error: string | null }>;
      return attempts.some((attempt) => attempt.outcome === 'withdrawn') ? attempts : undefined;
    }, 10_000);
    expect(log[0]).toMatchObject({ outcome: 'withdrawn', error: 'not sent: the subscriber is no longer entitled to this event' });
    await waitFor('the revocation at the integrator', async () => (receiver.accepted('/erp').some((id) => receiver.received.find((request) => request.event.id === id)?.event.type.includes('IntegratorAccessRevoked')) ? true : undefined));

    const leadBefore = receiver.accepted('/lead-co').length;
    await report(HELD_QTY + 1);
    await waitFor('A’s next report at the lead', async () => (receiver.accepted('/lead-co').length > leadBefore ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const since = receiver.at('/erp').slice(erpBefore);
    expect([...new Set(since.map((request) => request.event.type.split('.')[2]))].sort()).toEqual(['IntegratorAccessRevoked', 'ProgressReported']);
    expect(since.filter((request) => request.event.type.includes('ProgressReported')).every((request) => request.event.id === held.id && request.answered === 'nothing')).toBe(true);
    expect((await hooks('GET', '/erp-all', erpKey)).body['deliveries']).toEqual({ pending: 0, deadLetters: 0 });
  });
});

import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { loadConfig } from '@renkei/config';
import { asyncApiDocument, contextOfStream } from '@renkei/contracts';
import { parseInterchange, type ApplicationAcknowledgementMessage, type FunctionalAcknowledgementMessage } from '@renkei/edi';
import type { EventStore } from '@renkei/event-store';
import { fetchInterchanges, sendInterchangeFile } from '@renkei/integration-service';
import { DIRECTORY, EVENT_STORE, type MemberDirectory } from '@renkei/service-kit';
import { dropSchema, schemaViolations, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { startBackbone, type RunningBackbone } from './backbone';
import { WebhookReceiver, expectSignedWith, expectStreamOrder, readWholeFeed, tailFeed, type FeedEvent } from './integrator-clients.fixtures';

const run = randomUUID().slice(0, 8);
// Company ids name the partner topics: unique per run, so a topic left by an earlier run is not read.
const LEAD = `lead-${run}`;
const A = `okada-${run}`;
const B = `mori-${run}`;
const C = `sato-${run}`;
const ERP = `erp-${run}`;
const keys = {
  office: 'int-office-key-0123456789abcdef',
  lead: 'int-lead-key-0123456789abcdefgh',
  a: 'int-okada-key-0123456789abcdefg',
  b: 'int-mori-key-0123456789abcdefgh',
  c: 'int-sato-key-0123456789abcdefgh',
  erp: 'int-erp-key-0123456789abcdefghi',
};
const apiKeys = [
  `${keys.office}:consortium-office:coordinator`,
  `${keys.lead}:${LEAD}:lead`,
  `${keys.a}:${A}:workshop`,
  `${keys.b}:${B}:workshop`,
  `${keys.c}:${C}:workshop`,
  `${keys.erp}:${ERP}:integrator`,
].join(',');

const productId = `PUMP-${run}`;
const customerOrderId = `CO-${run}`;
const rfqId = `RFQ-${run}`;
const poOf = (workshopId: string) => `${rfqId}-${workshopId}`;
// Distinctive prices, so a leak shows up anywhere in what a receiver got.
const price = { a: '1190.47', b: '1277.29', c: '830.17' };
const TIMEOUT_MS = 1_000;
const brokers = process.env['KAFKA_BROKERS'];
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');

const node = (nodeId: string, parentId: string | null, routing: Array<[number, string, string]>) => ({
  nodeId, parentId, kind: parentId === null ? 'assembly' : 'part', partNumber: `PN-${nodeId}`, description: nodeId.toLowerCase(), qtyPer: 1, makeOrBuy: 'make',
  routing: routing.map(([opNo, process, workshopId]) => ({ opNo, process, workshopId })),
});
const bom = (coverDescription: string) => [
  node('PUMP', null, [[10, 'assembly', LEAD]]),
  node('BRACKET', 'PUMP', [[10, 'machining', A], [20, 'plating', B]]),
  { ...node('COVER', 'PUMP', [[10, 'sheet-metal', C]]), description: coverDescription },
];

/** An interchange as the workshop's tool writes it: the trailer counts computed, one segment per line. */
function interchange(controlNumber: number, sequenceNumber: number, messages: string[][]): string {
  const control = String(controlNumber).padStart(9, '0');
  const body = messages.flatMap((segments, index) => [`MSG|${index + 1}|${segments[0]}`, ...segments.slice(1), `END|${index + 1}`]);
  return [`ENV|renkei-edi/1|${A}|RENKEI|${control}|${sequenceNumber}|${hoursAgo(0)}`, ...body, `TRL|${control}|${messages.length}|${body.length + 2}`, ''].join('\n');
}

/**
 * Every integrator channel at once, over the connected-factory scenario of step 2: before it
 * starts, the lead, a workshop and an integrator subscribe webhooks (their receivers fail some
 * first attempts and let one time out), the integrator tails the live feed (and hangs up midway,
 * reconnecting with its last event id), and, with Kafka, reads its partner topic. Workshop A
 * answers only by EDI files, including one sent twice and one with an error. In the end each
 * channel gave each subscriber every event it is entitled to exactly once, and nothing else.
 */
describe('integrators: webhooks, feed, partner topics and EDI over the whole scenario', () => {
  const eventSchema = uniqueSchemaName('int_es');
  const readSchema = uniqueSchemaName('int_rm');
  const receiver = new WebhookReceiver();
  const secrets = new Map<string, string>();
  let backbone: RunningBackbone;
  let folder = '';

  const post = async (path: string, key: string, body: unknown = {}, expected = 201): Promise<Record<string, unknown>> => {
    const response = await fetch(`${backbone.url}/v1/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status !== expected) throw new Error(`POST /v1/${path} answered ${response.status}: ${text}`);
    return (text === '' ? {} : JSON.parse(text)) as Record<string, unknown>;
  };
  const subscribe = async (key: string, id: string, url: string) => {
    const response = await fetch(`${backbone.url}/v1/webhook-subscriptions/${id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ url, eventTypes: ['*'], from: 'beginning' }),
    });
    const body = (await response.json()) as { secret: string };
    expect(response.status).toBe(201);
    secrets.set(id, body.secret);
  };
  const feed = async (key: string) => (await readWholeFeed(backbone.url, key)).events;
  const sendEdi = async (name: string, text: string) => {
    const file = join(folder, name);
    await writeFile(file, text, 'utf8');
    return sendInterchangeFile({ file, url: backbone.url, key: keys.a });
  };
  /** Waits until the company's feed has an event of this type on this stream. */
  const seen = (key: string, subject: string, type: string) =>
    waitFor(`${type} on ${subject}`, async () => ((await feed(key)).some((event) => event.subject === subject && event.type.split('.')[2] === type) ? true : undefined), 20_000);

  // The integrator's live feed: its first connection hangs up midway, the second resumes from the last id it got.
  const tailed: FeedEvent[] = [];
  let lastTailedId = '';
  let hangUpFirst = false;
  let firstConnection: Promise<void> = Promise.resolve();
  const secondConnection = new AbortController();
  let secondConnectionDone: Promise<void> = Promise.resolve();
  const keepTailed = (id: string, event: FeedEvent) => {
    tailed.push(event);
    lastTailedId = id;
  };

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'renkei-integrators-'));
    await receiver.start();
    const config = loadConfig({
      DATABASE_URL: testDatabaseUrl(), PORT: '0', RENKEI_EVENT_SCHEMA: eventSchema, RENKEI_READ_SCHEMA: readSchema,
      ...(brokers ? { KAFKA_BROKERS: brokers, KAFKA_CLIENT_ID: `int-${run}` } : {}),
      RENKEI_WEBHOOK_ALLOWED_TARGETS: '127.0.0.1', RENKEI_WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS), RENKEI_WEBHOOK_RETRY_SCHEDULE_MS: '100,200,400,800,1600', RENKEI_WEBHOOK_POLL_MS: '100',
    });
    backbone = await startBackbone({ ...config, DATABASE_URL: testDatabaseUrl() }, apiKeys);
    for (const [companyId, role] of [[LEAD, 'lead'], [A, 'workshop'], [B, 'workshop'], [C, 'workshop'], [ERP, 'integrator']] as const) {
      await post(`companies/${companyId}`, keys.office, { legalName: companyId, roles: [role], timeZone: 'Asia/Tokyo', contactEmail: `office@${companyId}.example` });
    }
    // A grant names a registered integrator: wait until the directory (folded from the log) knows it.
    const directory = backbone.app.get<MemberDirectory>(DIRECTORY, { strict: false });
    await waitFor('the integrator in the directory', async () => (directory.rolesOf(ERP) === undefined ? undefined : true));
    // Both the lead and A open their orders and work to the integrator: it must still get each event once.
    await post(`companies/${LEAD}/integrator-grants`, keys.lead, { integratorId: ERP, scopes: ['orders', 'work'] });
    await post(`companies/${A}/integrator-grants`, keys.a, { integratorId: ERP, scopes: ['orders', 'work'] });

    // Receivers: the integrator's fails the first attempt at every 4th event and lets the 6th time out;
    // the lead's answers 503 twice to every 3rd; workshop C's fails its 2nd event once.
    const distinct = new Map<string, string[]>();
    const nth = (path: string, id: string) => {
      const ids = distinct.get(path) ?? [];
      if (!ids.includes(id)) ids.push(id);
      distinct.set(path, ids);
      return ids.indexOf(id) + 1;
    };
    const erpUrl = receiver.on('/erp', (event, attempt) => {
      const n = nth('/erp', event.id);
      if (n === 6 && attempt === 1) return 'nothing';
      return n % 4 === 0 && attempt === 1 ? 500 : 200;
    });
    const leadUrl = receiver.on('/lead', (event, attempt) => (nth('/lead', event.id) % 3 === 0 && attempt <= 2 ? 503 : 200));
    const cUrl = receiver.on('/sato', (event, attempt) => (nth('/sato', event.id) === 2 && attempt === 1 ? 500 : 200));
    await subscribe(keys.erp, 'erp-all', erpUrl);
    await subscribe(keys.lead, 'lead-all', leadUrl);
    await subscribe(keys.c, 'sato-all', cUrl);

    firstConnection = tailFeed(backbone.url, keys.erp, undefined, (id, event) => {
      if (hangUpFirst) return false; // hangs up on this event: the second connection must bring it
      keepTailed(id, event);
      return true;
    }, 120_000);
  });
  afterAll(async () => {
    secondConnection.abort();
    await backbone?.stop();
    await receiver.stop();
    await dropSchema(eventSchema);
    await dropSchema(readSchema);
    if (folder !== '') await rm(folder, { recursive: true, force: true });
  });

  it('runs the scenario: BOM, order, RFQ, quotes, award; A accepts its purchase order by file', async () => {
    await post(`boms/${productId}/revisions`, keys.lead, { revision: 1, nodes: bom('cover, 1.2 mm') });
    await post(`customer-orders/${customerOrderId}`, keys.lead, {
      customerName: 'Tokai Pumps', customerRef: 'TP-2027-01', bomProductId: productId, bomRevision: 1,
      lines: [{ lineNo: 1, partNumber: 'PN-PUMP', bomNodeId: 'PUMP', quantity: 100, dueDate: '2027-03-20' }],
    });
    await post(`rfqs/${rfqId}`, keys.lead, {
      customerOrderId, answerDeadline: new Date(Date.now() + 7 * 86_400_000).toISOString(), invited: [A, B, C],
      lines: [
        { lineNo: 1, part: { partNumber: 'PN-BRACKET', bomNodeId: 'BRACKET', description: 'bracket' }, quantity: 100, dueDate: '2027-03-01' },
        { lineNo: 2, part: { partNumber: 'PN-COVER', bomNodeId: 'COVER', description: 'cover' }, quantity: 100, dueDate: '2027-03-05' },
      ],
    });
    const quote = (lineNo: number, amount: string) => ({ lines: [{ lineNo, unitPrice: { amount, currency: 'JPY' }, leadTimeDays: 20 }] });
    await post(`rfqs/${rfqId}/quotes/q-a`, keys.a, quote(1, price.a));
    await post(`rfqs/${rfqId}/quotes/q-b`, keys.b, quote(1, price.b));
    await post(`rfqs/${rfqId}/quotes/q-c`, keys.c, quote(2, price.c));
    await post(`rfqs/${rfqId}/award`, keys.lead, { awards: [{ lineNo: 1, workshopId: A, quantity: 60 }, { lineNo: 1, workshopId: B, quantity: 40 }, { lineNo: 2, workshopId: C, quantity: 100 }] });

    // A's purchase order reaches it as a file, with its price; it accepts by file.
    const fetched = await waitFor('A’s purchase order as a file', async () => {
      const report = await fetchInterchanges({ url: backbone.url, key: keys.a, dir: join(folder, 'inbox') });
      return report.files.length > 0 ? report : undefined;
    }, 20_000);
    const order = await readFile(fetched.files[0] as string, 'utf8');
    expect(order).toContain(`|${poOf(A)}|`);
    expect(order).toContain(price.a);
    expect(order).not.toContain(price.b);
    // The integrator hangs up here; the next event it is shown is the one it must get again on reconnecting.
    hangUpFirst = true;
    const accepted = await sendEdi('ack-1.edi', interchange(1, 1, [['ORDER-ACKNOWLEDGEMENT', `ACK|${poOf(A)}|ACCEPT`]]));
    expect(accepted).toMatchObject({ exitCode: 0, status: 200, functionalStatus: 'ACCEPTED', applied: 1 });
    await firstConnection;
    await post(`purchase-orders/${poOf(B)}/acceptance`, keys.b);
    await post(`purchase-orders/${poOf(C)}/acceptance`, keys.c);
  });

  it('A reports progress by files only: one sent twice is applied once, one with an error has its good message applied and the bad one named', async () => {
    await seen(keys.a, `work-${poOf(A)}-1`, 'WorkItemOpened');
    // The integrator reconnects with the last event id it got, and reads on live.
    secondConnectionDone = tailFeed(backbone.url, keys.erp, lastTailedId, (id, event) => {
      keepTailed(id, event);
      return true;
    }, 120_000, secondConnection.signal);

    const progress = interchange(2, 2, [
      ['PROGRESS-REPORT', `PRG|${poOf(A)}|1|in_progress|20|0|${hoursAgo(3)}||10`],
      ['PROGRESS-REPORT', `PRG|${poOf(A)}|1|completed|60|0|${hoursAgo(2)}|2027-02-20|10`],
    ]);
    const first = await sendEdi('progress-2.edi', progress);
    expect(first).toMatchObject({ exitCode: 0, status: 200, functionalStatus: 'ACCEPTED', applied: 2, replayed: false });
    const again = await sendEdi('progress-2-again.edi', progress);
    expect(again).toMatchObject({ exitCode: 0, status: 200, applied: 2, replayed: true });
    expect(again.ackText).toBe(first.ackText);

    const withError = await sendEdi('ship-3.edi', interchange(3, 3, [
      ['PROGRESS-REPORT', `PRG|${poOf(A)}|1|nearly-done|60|0|${hoursAgo(1)}||10`],
      ['SHIPMENT-NOTICE', `SHP|${poOf(A)}|SH-A1|${hoursAgo(1)}`, 'SHL|1|35'],
    ]));
    expect(withError).toMatchObject({ exitCode: 1, status: 200, functionalStatus: 'PARTIAL', applied: 1, refused: 0 });
    const parsed = parseInterchange(withError.ackText as string);
    if (!parsed.ok) throw new Error('the acknowledgement must parse');
    const [functional, application] = parsed.interchange.messages as [FunctionalAcknowledgementMessage, ApplicationAcknowledgementMessage];
    expect(functional.messages.map(({ ref, status }) => [ref, status])).toEqual([['1', 'REJECTED'], ['2', 'ACCEPTED']]);
    expect(functional.messages[0]?.errors).toEqual([expect.objectContaining({ code: 'FIELD_CODE', line: 3, tag: 'PRG', field: { position: 3, name: 'status' } })]);
    expect(application.results).toEqual([{ ref: '2', outcome: 'APPLIED', reference: poOf(A) }]);

    // The lead's view: each report and the shipment once.
    await seen(keys.lead, `order-${poOf(A)}`, 'ShipmentNotified');
    const leadFeed = await feed(keys.lead);
    const reports = leadFeed.filter((event) => event.subject === `work-${poOf(A)}-1` && event.type.split('.')[2] === 'ProgressReported');
    expect(reports.map((event) => [event.data['status'], event.data['qtyGood']])).toEqual([['in_progress', 20], ['completed', 60]]);
    expect(leadFeed.filter((event) => event.type.split('.')[2] === 'ShipmentNotified')).toHaveLength(1);
  });

  it('the rest of the scenario: B’s delay, a BOM change C acknowledges, the last shipments and receipts close the order', async () => {
    await seen(keys.b, `work-${poOf(B)}-1`, 'WorkItemOpened');
    await post(`work-items/${poOf(B)}/1/progress`, keys.b, { status: 'delayed', operation: 20, delayReasonCode: 'material', eta: '2027-03-12' });
    await post(`boms/${productId}/revisions`, keys.lead, { revision: 2, nodes: bom('cover, 1.6 mm') });
    await post(`boms/${productId}/acknowledgements`, keys.c, { revision: 2 });

    const shipped = await sendEdi('ship-4.edi', interchange(4, 4, [['SHIPMENT-NOTICE', `SHP|${poOf(A)}|SH-A2|${hoursAgo(0)}`, 'SHL|1|25']]));
    expect(shipped).toMatchObject({ exitCode: 0, applied: 1 });
    await post(`purchase-orders/${poOf(A)}/receipts`, keys.lead, { shipmentId: 'SH-A1', lines: [{ lineNo: 1, receivedQuantity: 35 }] });
    await post(`purchase-orders/${poOf(A)}/receipts`, keys.lead, { shipmentId: 'SH-A2', lines: [{ lineNo: 1, receivedQuantity: 25 }] });
    await post(`purchase-orders/${poOf(B)}/shipments`, keys.b, { shipmentId: 'SH-B1', lines: [{ lineNo: 1, quantity: 40 }] });
    await post(`purchase-orders/${poOf(B)}/receipts`, keys.lead, { shipmentId: 'SH-B1', lines: [{ lineNo: 1, receivedQuantity: 40 }] });
    await post(`purchase-orders/${poOf(C)}/shipments`, keys.c, { shipmentId: 'SH-C1', lines: [{ lineNo: 2, quantity: 100 }] });
    await post(`purchase-orders/${poOf(C)}/receipts`, keys.lead, { shipmentId: 'SH-C1', lines: [{ lineNo: 2, receivedQuantity: 100 }] });
    await seen(keys.lead, `order-${customerOrderId}`, 'CustomerOrderClosed');
  });

  describe('in the end, each subscriber got every event it is entitled to exactly once, and nothing else', () => {
    /**
     * What the integrator is entitled to, from the log itself: every orders and work event (its
     * grantor the lead is party to all of them), its own registration and the grants made to it.
     */
    const erpEntitled = async () => {
      const store = backbone.app.get<EventStore>(EVENT_STORE, { strict: false });
      const log = await store.readAll({ limit: 100_000 });
      const entitled = (event: (typeof log)[number]) =>
        ['orders', 'work-progress'].includes(contextOfStream(event.streamId) ?? '') ||
        event.streamId === `company-${ERP}` ||
        (event.type.startsWith('IntegratorAccess') && event.data['integratorId'] === ERP);
      return log.filter(entitled).map((event) => event.id);
    };
    const whenAll = (what: string, got: () => readonly string[], expected: readonly string[]) =>
      waitFor(what, async () => (expected.every((id) => got().includes(id)) ? true : undefined), 30_000);
    const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

    it('the integrator’s feed, by page and live across a reconnection', async () => {
      const expected = await erpEntitled();
      const { events, text } = await readWholeFeed(backbone.url, keys.erp);
      expect(events.map((event) => event.id).sort()).toEqual([...expected].sort());
      for (const secret of Object.values(price)) expect(text).not.toContain(secret);

      await whenAll('every entitled event on the live feed', () => tailed.map((event) => event.id), expected);
      await settle();
      secondConnection.abort();
      await secondConnectionDone;
      expect(tailed.map((event) => event.id)).toEqual(events.map((event) => event.id));
    });

    it('the webhooks, signed, in order per stream, through failures and a timeout', async () => {
      const expected = await erpEntitled();
      await whenAll('every entitled event at the integrator’s receiver', () => receiver.accepted('/erp'), expected);
      await settle();
      expect([...receiver.accepted('/erp')].sort()).toEqual([...expected].sort());
      expectSignedWith(receiver.at('/erp'), secrets.get('erp-all') as string);
      expectStreamOrder(receiver.at('/erp'));
      expect(receiver.at('/erp').map((request) => request.answered)).toEqual(expect.arrayContaining([500, 'nothing']));
      for (const secret of Object.values(price)) expect(receiver.at('/erp').map((request) => request.body).join('\n')).not.toContain(secret);

      for (const [path, key, subscription] of [['/lead', keys.lead, 'lead-all'], ['/sato', keys.c, 'sato-all']] as const) {
        const entitled = (await feed(key)).map((event) => event.id);
        await whenAll(`every event at ${path}`, () => receiver.accepted(path), entitled);
        await settle();
        expect([...receiver.accepted(path)].sort()).toEqual([...entitled].sort());
        expectSignedWith(receiver.at(path), secrets.get(subscription) as string);
        expectStreamOrder(receiver.at(path));
      }
      expect(receiver.at('/lead').some((request) => request.answered === 503)).toBe(true);
    });

    it('every copy a company or an integrator got still fits the schema published for its type', async () => {
      const schemas = asyncApiDocument().components.schemas;
      for (const key of [keys.lead, keys.a, keys.c, keys.erp]) {
        for (const event of await feed(key)) {
          const schema = schemas[event.type.replace(/^renkei\./, '')];
          expect([event.type, schema === undefined ? ['no published schema'] : schemaViolations(schema, event.data)]).toEqual([event.type, []]);
        }
      }
    });

    it('a workshop’s channels carry only its own orders, work and quote', async () => {
      const ofC = receiver.at('/sato');
      const subjects = new Set(ofC.map((request) => request.event.subject));
      for (const other of [`order-${poOf(A)}`, `order-${poOf(B)}`, `work-${poOf(A)}-1`, `work-${poOf(B)}-1`, `order-${customerOrderId}`]) expect(subjects.has(other)).toBe(false);
      for (const mine of [`order-${poOf(C)}`, `work-${poOf(C)}-2`, `rfq-${rfqId}`, `bom-${productId}`]) expect(subjects.has(mine)).toBe(true);
      const bodies = ofC.map((request) => request.body).join('\n');
      for (const secret of [price.a, price.b, 'Tokai Pumps', A, B]) expect(bodies).not.toContain(secret);
      expect(bodies).toContain(price.c);
    });

    const withKafka = brokers ? it : process.env['REQUIRE_KAFKA'] === '1' ? it : it.skip;
    if (!brokers && process.env['REQUIRE_KAFKA'] !== '1') process.stderr.write('\n!!!!! SKIPPED (no Kafka): "the partner topics" — KAFKA_BROKERS is not set !!!!!\n');
    withKafka('the partner topics: the integrator’s and the lead’s, each event once, the integrator’s without prices', async () => {
      if (!brokers) throw new Error('REQUIRE_KAFKA=1 but KAFKA_BROKERS is not set');
      const kafka = new Kafka({ clientId: `int-reader-${run}`, brokers: brokers.split(','), logLevel: logLevel.ERROR });
      const topics = { erp: `renkei.partner.${ERP}.v1`, lead: `renkei.partner.${LEAD}.v1` };
      const admin = kafka.admin();
      await admin.connect();
      await waitFor('both partner topics', async () => {
        const existing = await admin.listTopics();
        return Object.values(topics).every((topic) => existing.includes(topic)) ? true : undefined;
      }, 20_000);
      await admin.disconnect();
      const got: Record<string, Array<{ id: string; value: string }>> = { [topics.erp]: [], [topics.lead]: [] };
      const consumer = kafka.consumer({ groupId: `int-reader-${run}` });
      await consumer.connect();
      await consumer.subscribe({ topics: Object.values(topics), fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ topic, message }) => {
          got[topic]?.push({ id: message.headers?.['ce_id']?.toString() ?? '', value: message.value?.toString() ?? '' });
        },
      });
      try {
        const expectedErp = await erpEntitled();
        const expectedLead = (await feed(keys.lead)).map((event) => event.id);
        await whenAll('the integrator’s topic', () => (got[topics.erp] ?? []).map((message) => message.id), expectedErp);
        await whenAll('the lead’s topic', () => (got[topics.lead] ?? []).map((message) => message.id), expectedLead);
        await settle();
        expect((got[topics.erp] ?? []).map((message) => message.id).sort()).toEqual([...expectedErp].sort());
        expect((got[topics.lead] ?? []).map((message) => message.id).sort()).toEqual([...expectedLead].sort());
        const erpValues = (got[topics.erp] ?? []).map((message) => message.value).join('\n');
        for (const secret of Object.values(price)) expect(erpValues).not.toContain(secret);
      } finally {
        await consumer.disconnect();
      }
    });
  });
});

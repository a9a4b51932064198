import { randomUUID } from 'node:crypto';
import { Parser, type AsyncAPIDocumentInterface, type ChannelInterface, type MessageInterface } from '@asyncapi/parser';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { CloudEvent, Kafka as KafkaBinding, type KafkaMessage as CloudEventsKafkaMessage } from 'cloudevents';
import type { KafkaMessage } from 'kafkajs';
import { decide as decideBom, evolve as evolveBom, initialProductBom, type BomCommand } from '@renkei/bom-exchange';
import { handleCommand, type Decider, type DomainEvent } from '@renkei/command-handling';
import {
  ALL_TOPICS,
  NETWORK_EVENT_SCHEMA_VERSIONS,
  QUOTES_EVENT_SCHEMA_VERSIONS,
  WORK_PROGRESS_EVENT_SCHEMA_VERSIONS,
  asyncApiDocument,
  type BomNodeV1,
  type JsonSchema,
} from '@renkei/contracts';
import type { JsonObject } from '@renkei/event-store';
import { openPostgresEventStore, type PostgresEventStore } from '@renkei/event-store-postgres';
import { decide as decideCompany, evolve as evolveCompany, initialCompany, type NetworkCommand } from '@renkei/network';
import { purchaseOrderDecider, type PurchaseOrderCommand } from '@renkei/orders';
import { rfqDecider, type QuotesCommand } from '@renkei/quotes';
import { workItemDecider, type WorkProgressCommand } from '@renkei/work-progress';
import { describeWithKafka, dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { connectKafka } from './kafka-connection';
import { KafkaRelay } from './kafka-relay';

// The contract schemas declare JSON Schema draft 2020-12: Ajv's 2020-12 engine, formats included.
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
const validators = new Map<string, ValidateFunction>();
function errorsOf(key: string, schema: unknown, value: unknown): string[] {
  const validate = validators.get(key) ?? ajv.compile(schema as object);
  validators.set(key, validate);
  return validate(value) === true ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '$'} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`);
}

const run = randomUUID().slice(0, 8);
const LEAD = 'kanto-lead';
const OKADA = `okada-${run}`;
const MORI = 'mori-plating';
const now = new Date();
const versionsOf = (map?: Readonly<Record<string, number>>) => (type: string) => map?.[type] ?? 1;

/** One command through the real decider, recorded as the context's service records it (same schemaVersionOf). */
async function send<C, E extends DomainEvent, S>(
  store: PostgresEventStore,
  streamId: string,
  decider: Decider<C, E, S>,
  command: C,
  companyId: string,
  versions?: Readonly<Record<string, number>>,
): Promise<void> {
  const name = `${companyId}/${randomUUID()}`;
  await handleCommand(store, streamId, decider, command, { idempotencyName: name, fingerprint: name, metadata: { companyId }, schemaVersionOf: versionsOf(versions) });
}

describeWithKafka('the AsyncAPI contract holds for what the relay really publishes (real PostgreSQL → real Kafka)', (brokers) => {
  const schema = uniqueSchemaName('contract');
  const kafka = connectKafka({ brokers, clientId: 'contract-int-spec' });
  const consumer = kafka.consumer({ groupId: `contract-spec-${randomUUID()}`, maxWaitTimeInMs: 200 });
  const received: KafkaMessage[] = [];
  const topicOfMessage = new Map<KafkaMessage, string>();
  const streams = {
    company: `company-${OKADA}`,
    rfq: `rfq-RFQ-${run}`,
    order: `order-PO-${run}`,
    bom: `bom-PUMP-${run}`,
    work: `work-PO-${run}-1`,
  };
  const streamIds = new Set(Object.values(streams));
  let store: PostgresEventStore;
  let relay: KafkaRelay;
  let document: AsyncAPIDocumentInterface;

  beforeAll(async () => {
    const parsed = await new Parser().parse(asyncApiDocument({ serverUrl: brokers[0] }));
    if (parsed.document === undefined) throw new Error(`the AsyncAPI document does not parse: ${parsed.diagnostics.map((each) => each.message).join('; ')}`);
    document = parsed.document;
    store = await openPostgresEventStore({ connectionString: testDatabaseUrl(), schema });
    relay = new KafkaRelay(kafka, store, `relay-${schema}`);
    await relay.start();
    await consumer.connect();
    await consumer.subscribe({ topics: [...ALL_TOPICS], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, message }) => {
        if (!streamIds.has(message.key?.toString() ?? '')) return;
        received.push(message);
        topicOfMessage.set(message, topic);
      },
    });
    await recordDomainEvents(store);
  });
  afterAll(async () => {
    await consumer.disconnect();
    await relay.stop();
    await store.close();
    await dropSchema(schema);
  });

  async function recordDomainEvents(events: PostgresEventStore): Promise<void> {
    const lead = { companyId: LEAD, role: 'lead' as const };
    const okada = { companyId: OKADA, role: 'workshop' as const };
    const company = { decide: decideCompany, evolve: evolveCompany, initialState: initialCompany };
    const register: NetworkCommand = {
      type: 'RegisterCompany',
      data: { companyId: OKADA, legalName: 'Okada Seiki K.K.', roles: ['workshop'], timeZone: 'Asia/Tokyo', contactEmail: 'office@okada.example' },
      metadata: { actor: { companyId: 'kanto-office', role: 'coordinator' }, now },
    };
    await send(events, streams.company, company, register, 'kanto-office', NETWORK_EVENT_SCHEMA_VERSIONS);

    const rfqId = `RFQ-${run}`;
    const line = { lineNo: 1, part: { partNumber: 'BRK-100', bomNodeId: 'n-12', description: 'Bracket, SUS304, 3 mm' }, quantity: 100, dueDate: '2027-01-15', drawingRefs: [] };
    const issue: QuotesCommand = {
      type: 'IssueRfq',
      data: { rfqId, lines: [line], answerDeadline: new Date(now.getTime() + 7 * 86_400_000), invited: [OKADA], customerOrderId: `CO-${run}` },
      metadata: { actor: lead, now },
    };
    await send(events, streams.rfq, rfqDecider, issue, LEAD, QUOTES_EVENT_SCHEMA_VERSIONS);
    const quote: QuotesCommand = {
      type: 'SubmitQuote',
      data: { rfqId, quoteId: `q-${run}`, lines: [{ lineNo: 1, unitPrice: { amount: '1250.50', currency: 'JPY' }, leadTimeDays: 10, note: null }] },
      metadata: { actor: okada, now },
    };
    await send(events, streams.rfq, rfqDecider, quote, OKADA, QUOTES_EVENT_SCHEMA_VERSIONS);

    const orderId = `PO-${run}`;
    const orderLines = [{ lineNo: 1, partNumber: 'BRK-100', bomNodeId: 'n-12', quantity: 100, dueDate: '2027-01-15', unitPrice: { amount: '1250.50', currency: 'JPY' } }];
    const issuePo: PurchaseOrderCommand = {
      type: 'IssuePurchaseOrder',
      data: { orderId, customerOrderId: `CO-${run}`, parent: null, supplierId: OKADA, lines: orderLines },
      metadata: { actor: lead, now, lookups: { parentOrder: null } },
    };
    await send(events, streams.order, purchaseOrderDecider, issuePo, LEAD);
    await send(events, streams.order, purchaseOrderDecider, { type: 'AcceptOrder', data: { orderId }, metadata: { actor: okada, now } } satisfies PurchaseOrderCommand, OKADA);

    const productId = `PUMP-${run}`;
    const node = (qtyPer: number): BomNodeV1[] => [
      { nodeId: 'ROOT', parentId: null, kind: 'assembly', partNumber: 'PUMP', description: 'Pump', qtyPer: 1, makeOrBuy: 'make', routing: [{ opNo: 10, process: 'assembly', workshopId: LEAD }] },
      { nodeId: 'n-12', parentId: 'ROOT', kind: 'part', partNumber: 'BRK-100', description: 'Bracket', qtyPer, makeOrBuy: 'make', routing: [{ opNo: 10, process: 'machining', workshopId: OKADA }] },
    ];
    const bom = { decide: decideBom, evolve: evolveBom, initialState: initialProductBom };
    const publish = (revision: number, qtyPer: number): BomCommand => ({ type: 'PublishBomRevision', data: { productId, revision, nodes: node(qtyPer) }, metadata: { actor: lead, now } });
    await send(events, streams.bom, bom, publish(1, 2), LEAD);
    await send(events, streams.bom, bom, publish(2, 4), LEAD);
    await send(events, streams.bom, bom, { type: 'AcknowledgeRevision', data: { productId, revision: 2 }, metadata: { actor: okada, now } } satisfies BomCommand, OKADA);

    const operations = [
      { opNo: 10, process: 'machining', workshopId: OKADA },
      { opNo: 20, process: 'plating', workshopId: MORI },
    ];
    const open: WorkProgressCommand = {
      type: 'OpenWorkItem',
      data: { poId: orderId, lineNo: 1, buyerId: LEAD, supplierId: OKADA, customerOrderId: `CO-${run}`, partNumber: 'BRK-100', bomNodeId: 'n-12', bomRevision: 2, quantity: 100, dueDate: '2027-01-15', operations },
      metadata: { actor: lead, now },
    };
    await send(events, streams.work, workItemDecider, open, LEAD, WORK_PROGRESS_EVENT_SCHEMA_VERSIONS);
    const report = (status: 'delayed' | 'completed'): WorkProgressCommand => ({
      type: 'ReportProgress',
      data: { poId: orderId, lineNo: 1, status, qtyGood: 98, qtyScrap: 2, eta: status === 'delayed' ? '2027-01-20' : null, note: null, occurredAt: now, operation: 10, delayReasonCode: status === 'delayed' ? 'material' : null },
      metadata: { companyId: OKADA, now },
    });
    await send(events, streams.work, workItemDecider, report('delayed'), OKADA, WORK_PROGRESS_EVENT_SCHEMA_VERSIONS);
    await send(events, streams.work, workItemDecider, report('completed'), OKADA, WORK_PROGRESS_EVENT_SCHEMA_VERSIONS);

    // History is never migrated: v1 events written before v2 existed are still in the log, labelled v1.
    const [reported] = (await events.readStream(streams.work)).filter((event) => event.type === 'ProgressReported');
    const { operation: _o, milestone: _m, percent: _p, delayReasonCode: _d, ...reportedV1 } = reported!.data;
    const [issued] = (await events.readStream(streams.rfq)).filter((event) => event.type === 'RfqIssued');
    const { customerOrderId: _c, ...issuedV1 } = issued!.data;
    const v1 = (type: string, data: JsonObject) => ({ id: randomUUID(), type, data, metadata: { companyId: OKADA, schemaVersion: 1 } });
    await events.appendToStream(streams.work, [v1('ProgressReported', reportedV1)], { expectedRevision: 'any' });
    await events.appendToStream(streams.rfq, [v1('RfqIssued', issuedV1)], { expectedRevision: 'any' });
  }

  /** Every event of this file's streams, from the store: what must come out of Kafka. */
  async function recorded(): Promise<Map<string, { type: string; version: number }>> {
    const all = await Promise.all([...streamIds].map((streamId) => store.readStream(streamId)));
    return new Map(all.flat().map((event) => [event.id, { type: event.type, version: Number(event.metadata['schemaVersion'] ?? 1) }]));
  }

  /** Each Kafka message as the CloudEvents SDK reads it (Kafka protocol binding, binary mode), with the raw headers as strings. */
  function asCloudEvent(message: KafkaMessage): { event: CloudEvent<unknown>; headers: Record<string, string> } {
    const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]));
    const value = message.value?.toString() ?? '';
    const kafkaMessage: CloudEventsKafkaMessage<string> = { key: message.key?.toString() ?? '', value, headers, body: value };
    const event = KafkaBinding.toEvent(kafkaMessage);
    if (Array.isArray(event) || !(event instanceof CloudEvent)) throw new Error('a binary-mode message must read as one CloudEvent');
    return { event, headers };
  }

  /** The one message of `channel` whose headers schema accepts these headers (it pins ce_type); several or none break the contract. */
  function publishedMessage(channel: ChannelInterface, headers: Record<string, string>): MessageInterface {
    const matching = channel.messages().all().filter((message) => errorsOf(`${channel.id()}/${message.id()}/headers`, message.headers()?.json(), headers).length === 0);
    if (matching.length !== 1) throw new Error(`${matching.length} messages of channel ${channel.id()} accept the headers of ${headers['ce_type']}: ${matching.map((each) => each.id()).join(', ')}`);
    return matching[0]!;
  }

  it('delivers every recorded event, and each one is a valid CloudEvent whose data fits the schema the document publishes for its type and version', async () => {
    const expected = await recorded();
    await waitFor(`all ${expected.size} events on Kafka`, async () => {
      const seen = new Set(received.map((message) => message.headers?.['ce_id']?.toString()));
      return [...expected.keys()].every((id) => seen.has(id)) ? true : undefined;
    });

    const checked = new Map<string, string>();
    for (const message of received) {
      const { event, headers } = asCloudEvent(message);
      expect(event.validate()).toBe(true);
      const channel = document.channels().all().find((each) => each.address() === topicOfMessage.get(message));
      expect(channel?.id()).toBe(event.source.replace('/renkei/', ''));
      const published = publishedMessage(channel!, headers);
      const problems = errorsOf(`${channel!.id()}/${published.id()}/payload`, published.payload()?.json(), event.data);
      expect({ type: event.type, problems }).toEqual({ type: event.type, problems: [] });
      const key = published.bindings().get('kafka')?.value<{ key: JsonSchema }>().key;
      expect(errorsOf(`${channel!.id()}/${published.id()}/key`, key, event.partitionkey)).toEqual([]);
      expect(event.partitionkey).toBe(event.subject);
      checked.set(event.id, `${published.name()}.v${/\.v(\d+)$/.exec(event.type)?.[1]}`);
    }

    // De-duplicated by CloudEvents id, what came out is exactly what went in, under the type and version it was recorded with.
    expect(new Map([...checked].sort())).toEqual(new Map([...expected].map(([id, { type, version }]) => [id, `${type}.v${version}`] as const).sort()));
    expect(new Set(checked.values())).toEqual(
      new Set([
        'CompanyRegistered.v1',
        'RfqIssued.v1',
        'RfqIssued.v2',
        'QuoteSubmitted.v1',
        'PurchaseOrderIssued.v1',
        'OrderAccepted.v1',
        'BomRevisionPublished.v1',
        'EngineeringChangeNotified.v1',
        'BomRevisionAcknowledged.v1',
        'WorkItemOpened.v1',
        'ProgressReported.v1',
        'ProgressReported.v2',
        'DelayReported.v1',
        'OperationCompleted.v1',
        'HandoffReady.v1',
        'WorkCompleted.v1',
      ]),
    );
  });

  it('publishes each context topic with the partitions the document states', async () => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      const { topics } = await admin.fetchTopicMetadata({ topics: [...ALL_TOPICS] });
      for (const topic of topics) {
        const channel = document.channels().all().find((each) => each.address() === topic.name);
        expect({ topic: topic.name, partitions: channel?.bindings().get('kafka')?.value<{ partitions: number }>().partitions }).toEqual({ topic: topic.name, partitions: topic.partitions.length });
      }
    } finally {
      await admin.disconnect();
    }
  });
});

import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { Pool } from 'pg';
import type { MemberDirectory } from '@renkei/service-kit';
import { describeWithKafka, dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { SharedEventsWakeUp } from '../feed/shared-events-wake-up';
import { ensureSharedEventTables } from '../sharing/shared-event-tables';
import { partnerTopicOf } from './partner-messages';
import { PartnerTopicRelay } from './partner-topic-relay';

const run = randomUUID().slice(0, 8);
const LEAD = `lead-${run}`;
const ERP = `erp-${run}`;

/** The directory as far as the relay asks it: the lead opened its orders to the integrator. */
const directory: MemberDirectory = {
  workshopsAt: () => [],
  rolesOf: () => undefined,
  statusWordsOf: () => ({}),
  grantorsOf: () => [],
  integratorsGrantedBy: (grantorId, scope) => (grantorId === LEAD && scope === 'orders' ? [ERP] : []),
};

/**
 * The partner topics' relay against real PostgreSQL and Kafka: with two instances on one schema,
 * one publishes and the other waits; when the active one stops, the other takes over from where it
 * got to. Each copy reaches its partner's topic once.
 */
describeWithKafka('PartnerTopicRelay (real PostgreSQL and Kafka)', (brokers) => {
  const schema = uniqueSchemaName('partner_rm');
  const db = new Pool({ connectionString: testDatabaseUrl(), max: 4 });
  const kafka = new Kafka({ clientId: `partner-${run}`, brokers, logLevel: logLevel.ERROR });
  const wakeUp = new SharedEventsWakeUp(db);
  const relays = [new PartnerTopicRelay(db, schema, directory, kafka, wakeUp), new PartnerTopicRelay(db, schema, directory, kafka, wakeUp)];
  const received: Array<{ topic: string; id: string; value: string }> = [];
  let consumer: Consumer | undefined;
  let position = 0;

  /** What the sharing consumer would write for one orders event: the lead's whole copy. */
  const share = async (count: number): Promise<string[]> => {
    const ids: string[] = [];
    for (let index = 0; index < count; index += 1) {
      position += 1;
      const id = randomUUID();
      ids.push(id);
      await db.query(
        `INSERT INTO "${schema}".shared_events (company_id, event_id, log_commit, log_prepare, context, stream_id, revision, type, schema_version, recorded_at, party, data)
         VALUES ($1, $2, $3, $3, 'orders', 'order-PO-1', $4, 'ShipmentNotified', 1, now(), true, $5)`,
        [LEAD, id, position, position - 1, JSON.stringify({ orderId: 'PO-1', lines: [{ lineNo: 1, unitPrice: { amount: '4321.57', currency: 'JPY' } }] })],
      );
    }
    await db.query(`NOTIFY renkei_shared`);
    return ids;
  };
  const idsOn = (topic: string) => received.filter((message) => message.topic === topic).map((message) => message.id);

  beforeAll(async () => {
    await ensureSharedEventTables(db, schema);
    await wakeUp.onApplicationBootstrap();
    for (const relay of relays) await relay.onApplicationBootstrap();
  });
  afterAll(async () => {
    await consumer?.disconnect();
    for (const relay of relays) await relay.onApplicationShutdown();
    await wakeUp.onApplicationShutdown();
    await dropSchema(schema);
    await db.end();
  });

  it('publishes each copy once however many relays run, and the integrator’s without prices', async () => {
    const first = await share(3);
    const admin = kafka.admin();
    await admin.connect();
    await waitFor('the partner topics', async () => {
      const topics = await admin.listTopics();
      return topics.includes(partnerTopicOf(LEAD)) && topics.includes(partnerTopicOf(ERP)) ? true : undefined;
    }, 20_000);
    await admin.disconnect();
    consumer = kafka.consumer({ groupId: `partner-reader-${run}` });
    await consumer.connect();
    await consumer.subscribe({ topics: [partnerTopicOf(LEAD), partnerTopicOf(ERP)], fromBeginning: true });
    await consumer.run({ eachMessage: async ({ topic, message }) => void received.push({ topic, id: message.headers?.['ce_id']?.toString() ?? '', value: message.value?.toString() ?? '' }) });

    await waitFor('three copies on each topic', async () => (idsOn(partnerTopicOf(LEAD)).length >= 3 && idsOn(partnerTopicOf(ERP)).length >= 3 ? true : undefined), 20_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(idsOn(partnerTopicOf(LEAD))).toEqual(first);
    expect(idsOn(partnerTopicOf(ERP))).toEqual(first);
    expect(received.filter((message) => message.topic === partnerTopicOf(ERP)).map((message) => message.value).join('\n')).not.toContain('4321.57');
  });

  it('carries on from where the active relay got to when it stops', async () => {
    const published = (await db.query<{ relay: string; log_commit: string }>(`SELECT relay, log_commit::text FROM "${schema}".partner_topics_published`)).rows;
    expect(published).toEqual([{ relay: 'partner-topics', log_commit: String(position) }]);
    // Stop both in turn: whichever was active, the other takes over (it polls for the lock every 5 s).
    await relays[0]?.onApplicationShutdown();
    const second = await share(2);
    await waitFor('the copies shared after the stop', async () => (second.every((id) => idsOn(partnerTopicOf(LEAD)).includes(id)) ? true : undefined), 20_000);
    await relays[1]?.onApplicationShutdown();
    const third = await share(1);
    relays[0] = new PartnerTopicRelay(db, schema, directory, kafka, wakeUp);
    await relays[0].onApplicationBootstrap();
    await waitFor('the copy shared while none ran', async () => (third.every((id) => idsOn(partnerTopicOf(ERP)).includes(id)) ? true : undefined), 20_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(idsOn(partnerTopicOf(LEAD)).slice(3)).toEqual([...second, ...third]);
    expect(idsOn(partnerTopicOf(ERP)).slice(3)).toEqual([...second, ...third]);
  });
});

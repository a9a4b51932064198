import { randomUUID } from 'node:crypto';
import type { KafkaMessage } from 'kafkajs';
import { topicOf } from '@renkei/contracts';
import { openPostgresEventStore, type PostgresEventStore } from '@renkei/event-store-postgres';
import { describeWithKafka, dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { connectKafka } from './kafka-connection';
import { KafkaRelay } from './kafka-relay';

describeWithKafka('Kafka relay (real PostgreSQL → real Kafka)', (brokers) => {
  const schema = uniqueSchemaName('relay');
  const kafka = connectKafka({ brokers, clientId: 'relay-int-spec' });
  const consumer = kafka.consumer({ groupId: `relay-spec-${randomUUID()}`, maxWaitTimeInMs: 200 });
  const received: KafkaMessage[] = [];
  const stream = `work-PO-${randomUUID().slice(0, 8)}-1`;
  const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
  let store: PostgresEventStore;
  let relay: KafkaRelay;

  beforeAll(async () => {
    store = await openPostgresEventStore({ connectionString: testDatabaseUrl(), schema });
    relay = new KafkaRelay(kafka, store, `relay-${schema}`);
    await relay.start();
    await consumer.connect();
    await consumer.subscribe({ topic: topicOf('work-progress'), fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        if (message.key?.toString() === stream) received.push(message);
      },
    });
  });
  afterAll(async () => {
    await consumer.disconnect();
    await relay.stop();
    await store.close();
    await dropSchema(schema);
  });

  it('publishes each event to its context topic, keyed by stream, with CloudEvents headers and the trace context', async () => {
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    await store.appendToStream(
      stream,
      ids.map((id, index) => ({ id, type: 'SpecEvent', data: { qtyGood: index }, metadata: { schemaVersion: 1, traceparent } })),
      { expectedRevision: 'no_stream' },
    );
    await waitFor('three messages on renkei.work-progress.v1', async () => (received.length >= 3 ? true : undefined));
    expect(received.map((message) => message.headers?.['ce_id']?.toString())).toEqual(ids);
    expect(received.map((message) => JSON.parse(message.value!.toString()))).toEqual([{ qtyGood: 0 }, { qtyGood: 1 }, { qtyGood: 2 }]);
    const headers = Object.fromEntries(Object.entries(received[0]!.headers!).map(([name, value]) => [name, value!.toString()]));
    expect(headers).toMatchObject({
      ce_specversion: '1.0',
      ce_source: '/renkei/work-progress',
      ce_type: 'renkei.work-progress.SpecEvent.v1',
      ce_subject: stream,
      'content-type': 'application/json',
      traceparent,
    });
    expect(Number.isNaN(Date.parse(headers['ce_time']!))).toBe(false);
  });

  it('advances its checkpoint to the last published event, and a restarted relay does not publish again', async () => {
    const [last] = await store.readStream(stream, { direction: 'backwards', limit: 1 });
    await waitFor('relay checkpoint at the last event', async () => {
      const checkpoint = await store.readCheckpoint(`relay-${schema}`);
      return checkpoint && checkpoint.prepare >= last!.position.prepare && checkpoint.commit >= last!.position.commit ? true : undefined;
    });
    await relay.stop();
    relay = new KafkaRelay(kafka, store, `relay-${schema}`);
    await relay.start();
    await store.appendToStream(stream, [{ id: randomUUID(), type: 'SpecEvent', data: { qtyGood: 3 } }], { expectedRevision: 2n });
    await waitFor('the fourth message', async () => (received.length >= 4 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(received.map((message) => JSON.parse(message.value!.toString()).qtyGood)).toEqual([0, 1, 2, 3]);
  });
});

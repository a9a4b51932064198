import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { openPostgresEventStore, type PostgresEventStore } from '@renkei/event-store-postgres';
import { describeWithKafka, dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import type { EventHandler } from '../event-source';
import { Inbox } from '../inbox';
import { connectKafka } from './kafka-connection';
import { KafkaEventSource } from './kafka-event-source';
import { KafkaRelay } from './kafka-relay';

describeWithKafka('Kafka consumer with inbox de-duplication (real Kafka, real PostgreSQL)', (brokers) => {
  const schema = uniqueSchemaName('kcons');
  const kafka = connectKafka({ brokers, clientId: 'consumer-int-spec' });
  const stream = `work-PO-${randomUUID().slice(0, 8)}-1`;
  const relayName = `relay-${schema}`;
  let store: PostgresEventStore;
  let pool: Pool;
  let inbox: Inbox;
  let relay: KafkaRelay;

  // The effect under test: one row per applied event, written in the consumer's transaction.
  const recordEffect: EventHandler = async (event, transaction) => {
    if (event.streamId !== stream) return;
    await transaction.query(`INSERT INTO "${schema}".effects (event_id, revision) VALUES ($1, $2)`, [event.id, event.revision.toString()]);
  };
  const effects = async () => (await pool.query<{ event_id: string }>(`SELECT event_id FROM "${schema}".effects ORDER BY revision`)).rows;

  beforeAll(async () => {
    store = await openPostgresEventStore({ connectionString: testDatabaseUrl(), schema });
    pool = new Pool({ connectionString: testDatabaseUrl() });
    inbox = await Inbox.open(pool, schema);
    await pool.query(`CREATE TABLE "${schema}".effects (event_id uuid, revision bigint)`);
    relay = new KafkaRelay(kafka, store, relayName);
    await relay.start();
  });
  afterAll(async () => {
    await relay.stop();
    await store.close();
    await pool.end();
    await dropSchema(schema);
  });

  it('applies each event once even when the relay publishes everything twice', async () => {
    const events = Array.from({ length: 5 }, (_, index) => ({ id: randomUUID(), type: 'SpecEvent', data: { index } }));
    await store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
    const consumer = await new KafkaEventSource(kafka, inbox, undefined, `spec.${schema}.`).start('effects', recordEffect);
    await waitFor('five effects', async () => ((await effects()).length >= 5 ? true : undefined));

    // Simulate a relay that crashed after publishing but before checkpointing: it publishes all again.
    await relay.stop();
    await pool.query(`DELETE FROM "${schema}".subscription_checkpoints WHERE name = $1`, [relayName]);
    relay = new KafkaRelay(kafka, store, relayName);
    await relay.start();
    await waitFor('the republished batch to be handled', async () => {
      const checkpoint = await store.readCheckpoint(relayName);
      return checkpoint ? true : undefined;
    });
    await store.appendToStream(stream, [{ id: randomUUID(), type: 'SpecEvent', data: { index: 5 } }], { expectedRevision: 4n });
    await waitFor('the sixth effect', async () => ((await effects()).length >= 6 ? true : undefined));
    await consumer.stop();

    expect((await effects()).map((row) => row.event_id)).toEqual([...events.map((event) => event.id), expect.any(String)]);
  });

  it('stops with the handler error and commits neither the effect nor the inbox record', async () => {
    const poisonStream = `work-PO-${randomUUID().slice(0, 8)}-9`;
    const poison = randomUUID();
    await store.appendToStream(poisonStream, [{ id: poison, type: 'SpecEvent', data: {} }], { expectedRevision: 'no_stream' });
    const consumer = await new KafkaEventSource(kafka, inbox, undefined, `spec.${schema}.poison.`).start('poisoned', async (event, transaction) => {
      await transaction.query(`INSERT INTO "${schema}".effects (event_id, revision) VALUES ($1, 0)`, [event.id]);
      if (event.id === poison) throw new Error('cannot apply');
    });
    await expect(consumer.done).rejects.toThrow('cannot apply');
    await consumer.stop();
    const rows = await pool.query(`SELECT 1 FROM "${schema}".effects WHERE event_id = $1`, [poison]);
    const inboxRows = await pool.query(`SELECT 1 FROM "${schema}".consumer_inbox WHERE consumer = 'poisoned' AND event_id = $1`, [poison]);
    expect(rows.rowCount).toBe(0);
    expect(inboxRows.rowCount).toBe(0);
  });
});

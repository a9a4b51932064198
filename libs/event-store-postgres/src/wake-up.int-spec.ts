import { randomUUID } from 'node:crypto';
import { dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { openPostgresEventStore, type PostgresEventStore } from './postgres-event-store';

describe('PostgreSQL subscription wake-up across processes', () => {
  const schema = uniqueSchemaName('wake');
  let subscriberSide: PostgresEventStore;
  let writerSide: PostgresEventStore;

  beforeAll(async () => {
    subscriberSide = await openPostgresEventStore({ connectionString: testDatabaseUrl(), schema });
    writerSide = await openPostgresEventStore({ connectionString: testDatabaseUrl(), schema });
  });
  afterAll(async () => {
    await subscriberSide.close();
    await writerSide.close();
    await dropSchema(schema);
  });

  it('delivers an event appended by another store instance through LISTEN/NOTIFY, long before the next poll', async () => {
    const received: string[] = [];
    // A poll interval of a minute: only the NOTIFY can deliver within the test's wait.
    const subscription = subscriberSide.subscribe({ pollIntervalMs: 60_000 }, async (batch) => {
      received.push(...batch.map((event) => event.id));
    });
    await subscription.caughtUp();
    const id = randomUUID();
    await writerSide.appendToStream('stream-elsewhere', [{ id, type: 'Appended', data: {} }], { expectedRevision: 'any' });
    await waitFor('the NOTIFY-woken delivery', async () => (received.includes(id) ? true : undefined), 10_000);
    await subscription.stop();
  });
});

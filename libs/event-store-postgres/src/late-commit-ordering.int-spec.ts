import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { GlobalPosition, RecordedEvent } from '@renkei/event-store';
import { dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { openPostgresEventStore, type PostgresEventStore } from './postgres-event-store';

/**
 * The classic way a global log loses events: writer A takes a sequence number,
 * writer B takes a later one and commits first, a reader reads B and moves its
 * checkpoint past A, then A commits behind the reader's back.
 */
describe('PostgreSQL global order with a late-committing transaction', () => {
  const schema = uniqueSchemaName('late');
  let store: PostgresEventStore;
  let writerA: Client;

  beforeAll(async () => {
    store = await openPostgresEventStore({ connectionString: testDatabaseUrl(), schema });
    writerA = new Client({ connectionString: testDatabaseUrl() });
    await writerA.connect();
  });
  afterAll(async () => {
    await writerA.end();
    await store.close();
    await dropSchema(schema);
  });

  const appendInOpenTransaction = async (client: Client, stream: string) => {
    const event = { id: randomUUID(), type: 'CommittedLate', data: {}, metadata: {} };
    await client.query('BEGIN');
    await client.query(`SELECT * FROM "${schema}".append_to_stream($1, 'any', NULL, $2::jsonb)`, [stream, JSON.stringify([event])]);
    return event.id;
  };

  const readEverythingAfter = async (after: GlobalPosition) => {
    const events: RecordedEvent[] = [];
    let position = after;
    for (let page = await store.readAll({ after: position }); page.length > 0; page = await store.readAll({ after: position })) {
      events.push(...page);
      position = page[page.length - 1]!.position;
    }
    return { events, position };
  };

  it('A starts, B commits, a reader reads, A commits: the reader’s next read returns A’s event', async () => {
    const start = await readEverythingAfter({ commit: 0n, prepare: 0n });
    const lateId = await appendInOpenTransaction(writerA, 'stream-a');
    const early = await store.appendToStream('stream-b', [{ id: randomUUID(), type: 'CommittedEarly', data: {} }], { expectedRevision: 'any' });

    // A is still open: the reader must not move past A, so B (committed, but after A in the order) is held back.
    const whileAOpen = await readEverythingAfter(start.position);
    expect(whileAOpen.events.map((event) => event.type)).not.toContain('CommittedEarly');

    await writerA.query('COMMIT');
    const seenAfterCommit = await waitFor('A and B visible after A committed', async () => {
      const next = await readEverythingAfter(whileAOpen.position);
      const ids = [...whileAOpen.events, ...next.events].map((event) => event.type);
      return ids.includes('CommittedLate') && ids.includes('CommittedEarly') ? [...whileAOpen.events, ...next.events] : undefined;
    });
    expect(seenAfterCommit.filter((event) => event.id === lateId)).toHaveLength(1);
    expect(seenAfterCommit.filter((event) => event.position.prepare === early.positions[0]!.prepare)).toHaveLength(1);
  });

  it('a live subscription receives the late transaction’s event exactly once', async () => {
    const head = await store.appendToStream('stream-head', [{ id: randomUUID(), type: 'Head', data: {} }], { expectedRevision: 'any' });
    const received: string[] = [];
    const subscription = store.subscribe({ after: head.positions[0]!, pollIntervalMs: 100 }, async (batch) => {
      received.push(...batch.map((event) => event.type));
    });
    await appendInOpenTransaction(writerA, 'stream-a');
    await store.appendToStream('stream-b', [{ id: randomUUID(), type: 'CommittedEarly', data: {} }], { expectedRevision: 'any' });
    await new Promise((resolve) => setTimeout(resolve, 300)); // let the subscription poll while A is open
    await writerA.query('COMMIT');
    await waitFor('both events delivered', async () => (received.length >= 2 ? true : undefined));
    await subscription.caughtUp();
    await subscription.stop();
    expect(received.sort()).toEqual(['CommittedEarly', 'CommittedLate']);
  });
});

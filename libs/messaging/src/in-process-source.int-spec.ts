import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { openPostgresEventStore, type PostgresEventStore } from '@renkei/event-store-postgres';
import { dropSchema, testDatabaseUrl, uniqueSchemaName, waitFor } from '@renkei/testing';
import { InProcessEventSource } from './in-process-source';
import { Inbox } from './inbox';

describe('in-process event source (embedded mode, real PostgreSQL)', () => {
  const schema = uniqueSchemaName('inproc');
  const stream = `work-PO-${randomUUID().slice(0, 8)}-1`;
  let store: PostgresEventStore;
  let pool: Pool;
  let inbox: Inbox;

  beforeAll(async () => {
    store = await openPostgresEventStore({ connectionString: testDatabaseUrl(), schema });
    pool = new Pool({ connectionString: testDatabaseUrl() });
    inbox = await Inbox.open(pool, schema);
    await pool.query(`CREATE TABLE "${schema}".effects (event_id uuid PRIMARY KEY)`);
  });
  afterAll(async () => {
    await store.close();
    await pool.end();
    await dropSchema(schema);
  });

  const effects = async () => (await pool.query<{ event_id: string }>(`SELECT event_id FROM "${schema}".effects`)).rows.map((row) => row.event_id);

  it('stops on a failing handler without its effect or what follows, and a restarted consumer resumes, applying everything once', async () => {
    const [first, poison, last] = [randomUUID(), randomUUID(), randomUUID()];
    await store.appendToStream(stream, [first, poison, last].map((id) => ({ id, type: 'SpecEvent', data: {} })), { expectedRevision: 'no_stream' });
    const source = new InProcessEventSource(store, inbox, 100);

    let failOnPoison = true;
    const handler = async (event: { id: string; streamId: string }, transaction: { query(sql: string, values: unknown[]): Promise<unknown> }) => {
      if (event.streamId !== stream) return;
      await transaction.query(`INSERT INTO "${schema}".effects (event_id) VALUES ($1)`, [event.id]);
      if (failOnPoison && event.id === poison) throw new Error('poison');
    };
    const failing = await source.start('effects', handler);
    await expect(failing.done).rejects.toThrow('poison');
    // A batch commits all or nothing: the poison's effect, and anything after it, is not there.
    expect(await effects()).not.toContain(poison);
    expect(await effects()).not.toContain(last);

    failOnPoison = false;
    const resumed = await source.start('effects', handler);
    await waitFor('all three effects', async () => ((await effects()).length >= 3 ? true : undefined));
    await resumed.stop();
    expect((await effects()).sort()).toEqual([first, poison, last].sort());
  });
});

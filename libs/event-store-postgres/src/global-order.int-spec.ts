import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { START, type GlobalPosition } from '@renkei/event-store';
import { dropSchema, testDatabaseUrl, uniqueSchemaName } from '@renkei/testing';
import { openPostgresEventStore, type PostgresEventStore } from './postgres-event-store';

/**
 * Transaction ids are numbers: 99 comes before 100. Rows are written with chosen
 * transaction ids so the test does not depend on how old the server is.
 */
describe('PostgreSQL global order across transaction ids of different lengths', () => {
  const schema = uniqueSchemaName('order');
  let store: PostgresEventStore;
  let pool: Pool;

  beforeAll(async () => {
    store = await openPostgresEventStore({ connectionString: testDatabaseUrl(), schema });
    pool = new Pool({ connectionString: testDatabaseUrl() });
  });
  afterAll(async () => {
    await pool.end();
    await store.close();
    await dropSchema(schema);
  });

  it('reads 3, 9, 10, 99 and 100 in numeric order, page by page, each once', async () => {
    const transactionIds = ['100', '10', '3', '99', '9']; // below the xmin of any initialised cluster
    for (const [revision, txId] of transactionIds.entries()) {
      await pool.query(
        `INSERT INTO "${schema}".events (tx_id, event_id, stream_id, revision, type, data, metadata)
         VALUES ($1::xid8, $2, 'ordering', $3, 'Placed', '{}', '{}')`,
        [txId, randomUUID(), revision],
      );
    }
    const read: string[] = [];
    let position: GlobalPosition = START;
    for (let page = await store.readAll({ after: position, limit: 2 }); page.length > 0; page = await store.readAll({ after: position, limit: 2 })) {
      read.push(...page.map((event) => event.position.commit.toString()));
      position = page[page.length - 1]!.position;
    }
    expect(read).toEqual(['3', '9', '10', '99', '100']);
  });
});

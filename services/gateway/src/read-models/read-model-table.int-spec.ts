import { Pool } from 'pg';
import { dropSchema, testDatabaseUrl, uniqueSchemaName } from '@renkei/testing';
import { ReadModelSchema } from './read-model-schema';
import type { TimelineEventRow } from './timeline/timeline-rows';

describe('a read-model table: COPY stores what the upsert stores (real PostgreSQL)', () => {
  const readSchema = uniqueSchemaName('rmt');
  let pool: Pool;
  let schema: ReadModelSchema;

  beforeAll(async () => {
    pool = new Pool({ connectionString: testDatabaseUrl() });
    schema = await ReadModelSchema.open(testDatabaseUrl(), pool, readSchema);
  });
  afterAll(async () => {
    await schema.close();
    await pool.end();
    await dropSchema(readSchema);
  });

  const awkward = 'tab\there, new\nline, return\r, back\\slash \\N, "quoted", 日本語 ✓';
  const row = (eventId: string): TimelineEventRow =>
    ({
      eventId,
      customerOrderId: awkward,
      logCommit: '12',
      logPrepare: '3',
      streamId: 'order-\\.',
      revision: 4,
      type: 'Type\\',
      schemaVersion: 1,
      // Not strings: read as their JSON, as saveMany does.
      recordedAt: new Date('2026-11-20T09:00:00.123Z'),
      subject: new Date('2026-11-20T09:00:00.123Z'),
      poId: null,
      lineNo: Number.NaN, // JSON null: NULL
      data: { note: awkward, nested: [{ text: awkward }, null, 1.5, true], empty: '' },
    }) as unknown as TimelineEventRow;

  it('escapes, NULLs and JSON alike', async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await schema.tables.timeline.saveMany(client, [row('00000000-0000-4000-8000-000000000001')]);
      await schema.tables.timeline.insertion([row('00000000-0000-4000-8000-000000000002')])(client);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    const stored = await pool.query<{ row: Record<string, unknown> }>(`SELECT to_jsonb(t) - 'event_id' AS row FROM "${readSchema}".order_timeline t ORDER BY event_id`);
    expect(stored.rows).toHaveLength(2);
    expect(stored.rows[1]?.row).toEqual(stored.rows[0]?.row);
    expect(stored.rows[0]?.row).toMatchObject({ customer_order_id: awkward, subject: '2026-11-20T09:00:00.123Z', line_no: null, po_id: null, data: { note: awkward } });
  });

  it('fails in a failed transaction, the connection still in step', async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await expect(client.query('SELECT 1 / 0')).rejects.toThrow(/division by zero/);
      await expect(schema.tables.timeline.insertion([row('00000000-0000-4000-8000-000000000003')])(client)).rejects.toThrow(/transaction is aborted/);
      await client.query('ROLLBACK');
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      client.release();
    }
  });

  it('fails on a key the table already holds', async () => {
    const client = await pool.connect();
    try {
      await expect(schema.tables.timeline.insertion([row('00000000-0000-4000-8000-000000000001')])(client)).rejects.toThrow(/duplicate key/);
      // The connection is usable afterwards.
      expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      client.release();
    }
  });
});

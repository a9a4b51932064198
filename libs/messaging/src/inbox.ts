import type { Pool, PoolClient } from 'pg';
import type { EventEnvelope } from '@renkei/contracts';
import { migrate, type Migration } from '@renkei/event-store-postgres';
import { applyInOrder, type ConsumerHandler } from './event-source';

const inboxTables: Migration = {
  version: 1,
  name: 'consumer-inbox',
  sql: `
CREATE TABLE __SCHEMA__.consumer_inbox (
  consumer   text NOT NULL,
  event_id   uuid NOT NULL,
  handled_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);
CREATE TABLE __SCHEMA__.consumer_positions (
  consumer   text PRIMARY KEY,
  position   text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
`,
};

/**
 * The consumer side's bookkeeping, in the consumer's own database schema: which
 * events each consumer has applied (the inbox) and, for the in-process source,
 * how far it has read.
 */
export class Inbox {
  constructor(
    readonly pool: Pool,
    readonly schema: string,
  ) {}

  static async open(pool: Pool, schema: string): Promise<Inbox> {
    await migrate(pool, schema, [inboxTables], 'consumer-inbox').catch((error: unknown) => {
      throw new Error(`consumer inbox in schema ${schema}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    });
    return new Inbox(pool, schema);
  }

  /**
   * Applies `handler` at most once per (consumer, event id): the inbox row and the
   * handler's writes commit in one transaction, `afterEffect` (a checkpoint) too.
   * Returns false when the event had already been applied.
   */
  async handleOnce(
    consumer: string,
    event: EventEnvelope,
    handler: ConsumerHandler,
    afterEffect?: (transaction: PoolClient) => Promise<void>,
  ): Promise<boolean> {
    const [applied] = await this.handleBatchOnce(consumer, [event], handler, afterEffect);
    return applied ?? false;
  }

  /**
   * The same for a batch in one transaction: one commit for many events keeps a busy
   * projection from costing a disk flush per event. All or nothing: if any handler
   * fails, no event of the batch is recorded as applied.
   */
  async handleBatchOnce(
    consumer: string,
    events: readonly EventEnvelope[],
    handler: ConsumerHandler,
    afterEffect?: (transaction: PoolClient) => Promise<void>,
  ): Promise<boolean[]> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // One statement records the whole batch (a round trip per event was most of a busy consumer's
      // queries). It answers the 1-based positions of the events seen for the first time; an id
      // repeated within the batch counts at its first position only.
      const inserted = await client.query<{ position: string }>(
        `WITH batch AS (SELECT id::uuid AS event_id, position FROM unnest($2::text[]) WITH ORDINALITY AS given(id, position)),
              recorded AS (INSERT INTO "${this.schema}".consumer_inbox (consumer, event_id) SELECT $1, event_id FROM batch ON CONFLICT DO NOTHING RETURNING event_id)
         SELECT min(batch.position) AS position FROM batch JOIN recorded USING (event_id) GROUP BY event_id`,
        [consumer, events.map((event) => event.id)],
      );
      const firstTime = new Set(inserted.rows.map((row) => Number(row.position) - 1));
      const applied = events.map((_, index) => firstTime.has(index));
      await applyInOrder(handler, events.filter((_, index) => applied[index]), client);
      await afterEffect?.(client);
      await client.query('COMMIT');
      return applied;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async readPosition(consumer: string): Promise<string | undefined> {
    const result = await this.pool.query<{ position: string }>(`SELECT position FROM "${this.schema}".consumer_positions WHERE consumer = $1`, [consumer]);
    return result.rows[0]?.position;
  }

  async savePosition(transaction: PoolClient, consumer: string, position: string): Promise<void> {
    await transaction.query(
      `INSERT INTO "${this.schema}".consumer_positions (consumer, position) VALUES ($1, $2)
       ON CONFLICT (consumer) DO UPDATE SET position = excluded.position, updated_at = now()`,
      [consumer, position],
    );
  }
}

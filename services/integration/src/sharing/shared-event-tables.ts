import type { Pool } from 'pg';

/** A row of `shared_events` as node-postgres returns it (bigints as text, selected with `::text`). */
export interface SharedEventRow {
  company_id: string;
  event_id: string;
  log_commit: string;
  log_prepare: string;
  context: string;
  stream_id: string;
  revision: string;
  type: string;
  schema_version: number;
  recorded_at: Date;
  party: boolean;
  data: Record<string, unknown>;
}

/**
 * Every event's copies, one per company entitled to it, as that company may see it, in log order;
 * and the chain facts the sharing rules learnt from the log. Both are derived from the log and
 * written in the same transaction as the consumer's checkpoint, so they can be dropped and
 * replayed at any time.
 */
export async function ensureSharedEventTables(db: Pool, schema: string): Promise<void> {
  await db.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  await db.query(`
    CREATE TABLE IF NOT EXISTS "${schema}".shared_events (
      company_id text NOT NULL,
      event_id uuid NOT NULL,
      log_commit bigint NOT NULL,
      log_prepare bigint NOT NULL,
      context text NOT NULL,
      stream_id text NOT NULL,
      revision bigint NOT NULL,
      type text NOT NULL,
      schema_version int NOT NULL,
      recorded_at timestamptz NOT NULL,
      party boolean NOT NULL,
      data jsonb NOT NULL,
      PRIMARY KEY (company_id, event_id))`);
  await db.query(`CREATE INDEX IF NOT EXISTS shared_events_in_log_order ON "${schema}".shared_events (company_id, log_commit, log_prepare)`);
  // The partner topics' relay reads every company's copies in log order.
  await db.query(`CREATE INDEX IF NOT EXISTS shared_events_by_position ON "${schema}".shared_events (log_commit, log_prepare)`);
  await db.query(`
    CREATE TABLE IF NOT EXISTS "${schema}".sharing_facts (
      kind text NOT NULL,
      id text NOT NULL,
      fact jsonb NOT NULL,
      PRIMARY KEY (kind, id))`);
}

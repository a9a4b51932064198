import type { Pool } from 'pg';

/**
 * The webhook channel's state: subscriptions (with their read cursor into the feed's copies),
 * one row per event to deliver to a subscription until it is delivered, and the log of attempts.
 * A subscription's cursor moves in the same transaction as the deliveries it found, so nothing
 * read is lost and nothing is queued twice across restarts.
 */
export async function ensureWebhookTables(db: Pool, schema: string): Promise<void> {
  const statements = [
    `CREATE SCHEMA IF NOT EXISTS "${schema}"`,
    `CREATE TABLE IF NOT EXISTS "${schema}".webhook_subscriptions (
      sid uuid PRIMARY KEY,
      owner_id text NOT NULL,
      subscription_id text NOT NULL,
      owner_role text NOT NULL,
      url text NOT NULL,
      event_types jsonb NOT NULL,
      filter jsonb NOT NULL,
      status text NOT NULL CHECK (status IN ('active', 'disabled')),
      disabled_reason text,
      secret text NOT NULL,
      previous_secret text,
      previous_secret_until timestamptz,
      created_with_key text,
      rotated_with_key text,
      cursor_commit bigint NOT NULL,
      cursor_prepare bigint NOT NULL,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      UNIQUE (owner_id, subscription_id))`,
    `CREATE TABLE IF NOT EXISTS "${schema}".webhook_deliveries (
      sid uuid NOT NULL REFERENCES "${schema}".webhook_subscriptions (sid) ON DELETE CASCADE,
      event_id uuid NOT NULL,
      log_commit bigint NOT NULL,
      log_prepare bigint NOT NULL,
      stream_id text NOT NULL,
      event_type text NOT NULL,
      body text NOT NULL,
      status text NOT NULL CHECK (status IN ('pending', 'delivered', 'dead', 'discarded', 'withdrawn')),
      attempts int NOT NULL DEFAULT 0,
      failures int NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL,
      last_error text,
      enqueued_at timestamptz NOT NULL,
      finished_at timestamptz,
      PRIMARY KEY (sid, event_id))`,
    `CREATE INDEX IF NOT EXISTS webhook_deliveries_open ON "${schema}".webhook_deliveries (sid, stream_id, log_commit, log_prepare) WHERE status IN ('pending', 'dead')`,
    `CREATE INDEX IF NOT EXISTS webhook_deliveries_finished ON "${schema}".webhook_deliveries (finished_at) WHERE finished_at IS NOT NULL`,
    `CREATE TABLE IF NOT EXISTS "${schema}".webhook_attempts (
      sid uuid NOT NULL REFERENCES "${schema}".webhook_subscriptions (sid) ON DELETE CASCADE,
      event_id uuid NOT NULL,
      attempt int NOT NULL,
      event_type text NOT NULL,
      stream_id text NOT NULL,
      started_at timestamptz NOT NULL,
      duration_ms int NOT NULL,
      status_code int,
      error text,
      outcome text NOT NULL,
      PRIMARY KEY (sid, event_id, attempt))`,
    `CREATE INDEX IF NOT EXISTS webhook_attempts_by_time ON "${schema}".webhook_attempts (sid, started_at DESC)`,
  ];
  for (const statement of statements) await withDdlRetry(() => db.query(statement));
}

/**
 * Two processes (or the sharing runner, creating the same schema) may run `IF NOT EXISTS` DDL at
 * the same moment; PostgreSQL then lets one of them fail on its catalog's unique index. Again is enough.
 */
async function withDdlRetry(run: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await run();
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= 3 || (code !== '23505' && code !== '42P06' && code !== '42P07')) throw error;
    }
  }
}

import type { Pool } from 'pg';
import type { Role } from '@renkei/service-kit';
import type { SubscriptionFilter } from '@renkei/webhooks';
import type { FeedPosition } from '../feed/feed-cursor';

export interface SubscriptionRow {
  readonly sid: string;
  readonly owner_id: string;
  readonly subscription_id: string;
  readonly owner_role: Role;
  readonly url: string;
  readonly event_types: string[];
  readonly filter: SubscriptionFilter;
  readonly status: 'active' | 'disabled';
  readonly disabled_reason: string | null;
  readonly secret: string;
  readonly previous_secret: string | null;
  readonly previous_secret_until: Date | null;
  readonly created_with_key: string | null;
  readonly rotated_with_key: string | null;
  readonly cursor_commit: string;
  readonly cursor_prepare: string;
  readonly created_at: Date;
  readonly updated_at: Date;
}

export interface NewSubscription {
  readonly sid: string;
  readonly ownerId: string;
  readonly subscriptionId: string;
  readonly ownerRole: Role;
  readonly url: string;
  readonly eventTypes: readonly string[];
  readonly filter: SubscriptionFilter;
  readonly secret: string;
  readonly idempotencyKey: string | null;
  readonly start: FeedPosition;
  readonly now: Date;
}

const COLUMNS = `sid, owner_id, subscription_id, owner_role, url, event_types, filter, status, disabled_reason, secret, previous_secret, previous_secret_until,
  created_with_key, rotated_with_key, cursor_commit::text, cursor_prepare::text, created_at, updated_at`;

export async function findSubscription(db: Pool, schema: string, ownerId: string, subscriptionId: string): Promise<SubscriptionRow | undefined> {
  const result = await db.query<SubscriptionRow>(`SELECT ${COLUMNS} FROM "${schema}".webhook_subscriptions WHERE owner_id = $1 AND subscription_id = $2`, [ownerId, subscriptionId]);
  return result.rows[0];
}

export async function listSubscriptions(db: Pool, schema: string, ownerId: string): Promise<SubscriptionRow[]> {
  return (await db.query<SubscriptionRow>(`SELECT ${COLUMNS} FROM "${schema}".webhook_subscriptions WHERE owner_id = $1 ORDER BY subscription_id`, [ownerId])).rows;
}

export async function countSubscriptions(db: Pool, schema: string, ownerId: string): Promise<number> {
  return Number((await db.query<{ count: string }>(`SELECT count(*) FROM "${schema}".webhook_subscriptions WHERE owner_id = $1`, [ownerId])).rows[0]?.count ?? 0);
}

/** Inserts the subscription unless the same owner and id already exist (a concurrent PUT); returns whether it did. */
export async function insertSubscription(db: Pool, schema: string, row: NewSubscription): Promise<boolean> {
  const result = await db.query(
    `INSERT INTO "${schema}".webhook_subscriptions
       (sid, owner_id, subscription_id, owner_role, url, event_types, filter, status, secret, created_with_key, cursor_commit, cursor_prepare, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'active', $8, $9, $10, $11, $12, $12)
     ON CONFLICT (owner_id, subscription_id) DO NOTHING`,
    [row.sid, row.ownerId, row.subscriptionId, row.ownerRole, row.url, JSON.stringify(row.eventTypes), JSON.stringify(row.filter), row.secret, row.idempotencyKey, row.start.commit, row.start.prepare, row.now],
  );
  return result.rowCount === 1;
}

/** PUT on an existing subscription: the new definition, active again (a PUT after 410 Gone turns deliveries back on, from where they stopped). */
export async function replaceSubscription(
  db: Pool,
  schema: string,
  sid: string,
  change: { ownerRole: Role; url: string; eventTypes: readonly string[]; filter: SubscriptionFilter; now: Date },
): Promise<void> {
  await db.query(
    `UPDATE "${schema}".webhook_subscriptions
        SET owner_role = $2, url = $3, event_types = $4, filter = $5, status = 'active', disabled_reason = NULL, updated_at = $6
      WHERE sid = $1`,
    [sid, change.ownerRole, change.url, JSON.stringify(change.eventTypes), JSON.stringify(change.filter), change.now],
  );
}

export async function deleteSubscription(db: Pool, schema: string, ownerId: string, subscriptionId: string): Promise<boolean> {
  const result = await db.query(`DELETE FROM "${schema}".webhook_subscriptions WHERE owner_id = $1 AND subscription_id = $2`, [ownerId, subscriptionId]);
  return result.rowCount === 1;
}

/**
 * A new secret; the one it replaces keeps signing until `previousUntil`. Conditional on the secret
 * still being `expected`, so two rotations at once cannot both believe they replaced it.
 */
export async function rotateSecret(
  db: Pool,
  schema: string,
  rotation: { sid: string; expected: string; secret: string; previousUntil: Date; idempotencyKey: string; now: Date },
): Promise<boolean> {
  const result = await db.query(
    `UPDATE "${schema}".webhook_subscriptions
        SET previous_secret = secret, previous_secret_until = $4, secret = $3, rotated_with_key = $5, updated_at = $6
      WHERE sid = $1 AND secret = $2`,
    [rotation.sid, rotation.expected, rotation.secret, rotation.previousUntil, rotation.idempotencyKey, rotation.now],
  );
  return result.rowCount === 1;
}

/** Where "now" is for a new subscription: the last copy shared so far (anyone's: positions are global). */
export async function latestSharedPosition(db: Pool, schema: string): Promise<FeedPosition> {
  const result = await db
    .query<{ log_commit: string; log_prepare: string }>(`SELECT log_commit::text, log_prepare::text FROM "${schema}".shared_events ORDER BY log_commit DESC, log_prepare DESC LIMIT 1`)
    // Nothing shared yet, not even the table (the sharing runner creates it as it starts): now is the start.
    .catch((error: { code?: string }) => (error.code === '42P01' ? { rows: [] } : Promise.reject(error)));
  const last = result.rows[0];
  return last === undefined ? { commit: '0', prepare: '0' } : { commit: last.log_commit, prepare: last.log_prepare };
}

/** Unfinished deliveries per subscription: waiting (pending) and dead-lettered. */
export async function openDeliveryCounts(db: Pool, schema: string, sids: readonly string[]): Promise<Map<string, { pending: number; dead: number }>> {
  const result = await db.query<{ sid: string; pending: string; dead: string }>(
    `SELECT sid, count(*) FILTER (WHERE status = 'pending') AS pending, count(*) FILTER (WHERE status = 'dead') AS dead
       FROM "${schema}".webhook_deliveries WHERE sid = ANY($1::uuid[]) AND status IN ('pending', 'dead') GROUP BY sid`,
    [sids],
  );
  return new Map(result.rows.map((row) => [row.sid, { pending: Number(row.pending), dead: Number(row.dead) }]));
}

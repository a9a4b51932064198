import type { Pool, PoolClient } from 'pg';
import type { Role } from '@renkei/service-kit';
import type { AttemptResult, NextStep, OpenDelivery } from '@renkei/webhooks';
import type { FeedEvent } from '../feed/entitled-events.query';
import { decodeFeedCursor, type FeedPosition } from '../feed/feed-cursor';

/** The first open delivery of each (subscription, stream) of active subscriptions, the soonest due first. */
export async function streamHeads(db: Pool, schema: string, limit: number): Promise<OpenDelivery[]> {
  const result = await db.query<{ sid: string; event_id: string; stream_id: string; status: 'pending' | 'dead'; next_attempt_at: Date; log_commit: string; log_prepare: string }>(
    `SELECT * FROM (
       SELECT DISTINCT ON (d.sid, d.stream_id) d.sid, d.event_id, d.stream_id, d.status, d.next_attempt_at, d.log_commit::text, d.log_prepare::text
         FROM "${schema}".webhook_deliveries d
         JOIN "${schema}".webhook_subscriptions s ON s.sid = d.sid AND s.status = 'active'
        WHERE d.status IN ('pending', 'dead')
        ORDER BY d.sid, d.stream_id, d.log_commit, d.log_prepare) heads
      WHERE status = 'pending'
      ORDER BY next_attempt_at
      LIMIT $1`,
    [limit],
  );
  return result.rows.map((row) => ({
    subscription: row.sid,
    eventId: row.event_id,
    streamId: row.stream_id,
    status: row.status,
    nextAttemptAt: row.next_attempt_at,
    position: [BigInt(row.log_commit), BigInt(row.log_prepare)] as const,
  }));
}

/** A delivery taken for one attempt, with what the attempt needs of its subscription. */
export interface ClaimedDelivery {
  readonly sid: string;
  readonly event_id: string;
  readonly event_type: string;
  readonly stream_id: string;
  readonly body: string;
  readonly attempts: number;
  readonly failures: number;
  readonly owner_id: string;
  readonly subscription_id: string;
  readonly owner_role: Role;
  readonly url: string;
  readonly secret: string;
  readonly previous_secret: string | null;
  readonly previous_secret_until: Date | null;
}

/**
 * Takes a due delivery for an attempt: its next attempt moves to `leaseUntil`, so no other sender
 * (this process or another) takes it meanwhile, and a sender that dies mid-attempt leaves it to
 * be retried when the lease ends. Undefined when it is not due any more, not the head of its stream, or
 * its subscription is not active.
 */
export async function claimDelivery(db: Pool, schema: string, sid: string, eventId: string, now: Date, leaseUntil: Date): Promise<ClaimedDelivery | undefined> {
  const result = await db.query<ClaimedDelivery>(
    `WITH claimed AS (
       UPDATE "${schema}".webhook_deliveries d SET attempts = d.attempts + 1, next_attempt_at = $4
        WHERE d.sid = $1 AND d.event_id = $2 AND d.status = 'pending' AND d.next_attempt_at <= $3
          AND EXISTS (SELECT 1 FROM "${schema}".webhook_subscriptions s WHERE s.sid = $1 AND s.status = 'active')
          -- Still the head of its stream, whatever another process did since the heads were read.
          AND NOT EXISTS (SELECT 1 FROM "${schema}".webhook_deliveries earlier
                           WHERE earlier.sid = d.sid AND earlier.stream_id = d.stream_id AND earlier.status IN ('pending', 'dead')
                             AND (earlier.log_commit, earlier.log_prepare) < (d.log_commit, d.log_prepare))
       RETURNING d.sid, d.event_id, d.event_type, d.stream_id, d.body, d.attempts, d.failures)
     SELECT c.*, s.owner_id, s.subscription_id, s.owner_role, s.url, s.secret, s.previous_secret, s.previous_secret_until
       FROM claimed c JOIN "${schema}".webhook_subscriptions s ON s.sid = c.sid`,
    [sid, eventId, now, leaseUntil],
  );
  return result.rows[0];
}

/** Gives a claimed delivery back without counting an attempt (e.g. the process is stopping). */
export async function releaseDelivery(db: Pool, schema: string, sid: string, eventId: string, at: Date): Promise<void> {
  await db.query(`UPDATE "${schema}".webhook_deliveries SET attempts = attempts - 1, next_attempt_at = $3 WHERE sid = $1 AND event_id = $2 AND status = 'pending'`, [sid, eventId, at]);
}

/** Records an attempt in the log and its consequence, in one transaction; true when it disabled the subscription. */
export async function recordAttempt(
  db: Pool,
  schema: string,
  delivery: ClaimedDelivery,
  attempt: { startedAt: Date; durationMs: number; result: AttemptResult; step: NextStep; outcome: string; now: Date },
): Promise<boolean> {
  const statusCode = 'statusCode' in attempt.result ? attempt.result.statusCode : null;
  const error = 'error' in attempt.result ? attempt.result.error : `answered ${statusCode}`;
  return inTransaction(db, async (client) => {
    // The subscription may have been deleted meanwhile: then there is nothing left to record.
    await client.query(
      `INSERT INTO "${schema}".webhook_attempts (sid, event_id, attempt, event_type, stream_id, started_at, duration_ms, status_code, error, outcome)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10 WHERE EXISTS (SELECT 1 FROM "${schema}".webhook_subscriptions WHERE sid = $1)
       ON CONFLICT DO NOTHING`,
      [delivery.sid, delivery.event_id, delivery.attempts, delivery.event_type, delivery.stream_id, attempt.startedAt, attempt.durationMs, statusCode, 'error' in attempt.result ? attempt.result.error : null, attempt.outcome],
    );
    const where = `WHERE sid = $1 AND event_id = $2 AND status = 'pending'`;
    const step = attempt.step;
    switch (step.kind) {
      case 'delivered':
        await client.query(`UPDATE "${schema}".webhook_deliveries SET status = 'delivered', finished_at = $3, last_error = NULL ${where}`, [delivery.sid, delivery.event_id, attempt.now]);
        return false;
      case 'retry':
        await client.query(`UPDATE "${schema}".webhook_deliveries SET failures = failures + 1, next_attempt_at = $3, last_error = $4 ${where}`, [delivery.sid, delivery.event_id, step.at, error]);
        return false;
      case 'dead-letter':
        await client.query(`UPDATE "${schema}".webhook_deliveries SET status = 'dead', failures = failures + 1, finished_at = $3, last_error = $4 ${where}`, [delivery.sid, delivery.event_id, attempt.now, error]);
        return false;
      case 'disable-subscription':
        // The event stays pending, due at once: when the subscription is enabled again it goes first.
        await client.query(`UPDATE "${schema}".webhook_deliveries SET failures = 0, next_attempt_at = $3, last_error = $4 ${where}`, [delivery.sid, delivery.event_id, attempt.now, error]);
        const disabled = await client.query(`UPDATE "${schema}".webhook_subscriptions SET status = 'disabled', disabled_reason = $2, updated_at = $3 WHERE sid = $1 AND status = 'active'`, [
          delivery.sid,
          `the receiver answered 410 Gone to event ${delivery.event_id}; PUT the subscription again to resume`,
          attempt.now,
        ]);
        return disabled.rowCount === 1;
      default: {
        const unhandled: never = step;
        throw new Error(`unhandled step ${JSON.stringify(unhandled)}`);
      }
    }
  });
}

/** The subscriber may no longer see the event (a grant was revoked): it is not sent, and no longer holds its stream back. */
export async function withdrawDelivery(db: Pool, schema: string, delivery: ClaimedDelivery, now: Date): Promise<void> {
  await inTransaction(db, async (client) => {
    await client.query(
      `INSERT INTO "${schema}".webhook_attempts (sid, event_id, attempt, event_type, stream_id, started_at, duration_ms, status_code, error, outcome)
       SELECT $1, $2, $3, $4, $5, $6, 0, NULL, 'not sent: the subscriber is no longer entitled to this event', 'withdrawn'
        WHERE EXISTS (SELECT 1 FROM "${schema}".webhook_subscriptions WHERE sid = $1)
       ON CONFLICT DO NOTHING`,
      [delivery.sid, delivery.event_id, delivery.attempts, delivery.event_type, delivery.stream_id, now],
    );
    await client.query(`UPDATE "${schema}".webhook_deliveries SET status = 'withdrawn', finished_at = $3 WHERE sid = $1 AND event_id = $2 AND status = 'pending'`, [delivery.sid, delivery.event_id, now]);
  });
}

/** Unfinished deliveries of a subscription, counted up to `cap`. */
export async function openDeliveries(client: PoolClient, schema: string, sid: string, cap: number): Promise<number> {
  const result = await client.query<{ count: string }>(
    `SELECT count(*) FROM (SELECT 1 FROM "${schema}".webhook_deliveries WHERE sid = $1 AND status IN ('pending', 'dead') LIMIT $2) open`,
    [sid, cap],
  );
  return Number(result.rows[0]?.count ?? 0);
}

/** Queues events for a subscription and moves its cursor past what was read, in the caller's transaction. */
export async function enqueueDeliveries(client: PoolClient, schema: string, sid: string, events: readonly FeedEvent[], cursor: FeedPosition, now: Date): Promise<void> {
  if (events.length > 0) {
    const rows = events.map((event) => {
      const position = decodeFeedCursor(event.cursor) as FeedPosition;
      return { event_id: event.id, log_commit: position.commit, log_prepare: position.prepare, stream_id: event.subject, event_type: event.type, body: JSON.stringify(event) };
    });
    await client.query(
      `INSERT INTO "${schema}".webhook_deliveries (sid, event_id, log_commit, log_prepare, stream_id, event_type, body, status, next_attempt_at, enqueued_at)
       SELECT $1, r.event_id, r.log_commit, r.log_prepare, r.stream_id, r.event_type, r.body, 'pending', $2, $2
         FROM json_to_recordset($3::json) AS r(event_id uuid, log_commit bigint, log_prepare bigint, stream_id text, event_type text, body text)
       ON CONFLICT (sid, event_id) DO NOTHING`,
      [sid, now, JSON.stringify(rows)],
    );
  }
  await client.query(`UPDATE "${schema}".webhook_subscriptions SET cursor_commit = $2, cursor_prepare = $3 WHERE sid = $1`, [sid, cursor.commit, cursor.prepare]);
}

export interface DeadLetterRow {
  readonly event_id: string;
  readonly event_type: string;
  readonly stream_id: string;
  readonly attempts: number;
  readonly last_error: string | null;
  readonly finished_at: Date;
  readonly held_back: string;
}

/** Dead letters in log order, each with how many later events of its stream it holds back. */
export async function deadLetters(db: Pool, schema: string, sid: string): Promise<DeadLetterRow[]> {
  const result = await db.query<DeadLetterRow>(
    `SELECT d.event_id, d.event_type, d.stream_id, d.attempts, d.last_error, d.finished_at,
            (SELECT count(*) FROM "${schema}".webhook_deliveries later
              WHERE later.sid = d.sid AND later.stream_id = d.stream_id AND later.status IN ('pending', 'dead')
                AND (later.log_commit, later.log_prepare) > (d.log_commit, d.log_prepare)) AS held_back
       FROM "${schema}".webhook_deliveries d
      WHERE d.sid = $1 AND d.status = 'dead'
      ORDER BY d.log_commit, d.log_prepare
      LIMIT 1000`,
    [sid],
  );
  return result.rows;
}

/** Dead letters (one, or all when `eventId` is null) due again at once, with a fresh retry schedule. Returns the ids re-queued. */
export async function redeliverDeadLetters(db: Pool, schema: string, sid: string, eventId: string | null, now: Date): Promise<string[]> {
  const result = await db.query<{ event_id: string }>(
    `UPDATE "${schema}".webhook_deliveries SET status = 'pending', failures = 0, next_attempt_at = $3, finished_at = NULL
      WHERE sid = $1 AND status = 'dead' AND ($2::uuid IS NULL OR event_id = $2::uuid)
      RETURNING event_id`,
    [sid, eventId, now],
  );
  return result.rows.map((row) => row.event_id);
}

/** Gives up on a dead letter: it will not be sent, and later events of its stream go on. */
export async function discardDeadLetter(db: Pool, schema: string, sid: string, eventId: string, now: Date): Promise<boolean> {
  const result = await db.query(`UPDATE "${schema}".webhook_deliveries SET status = 'discarded', finished_at = $3 WHERE sid = $1 AND event_id = $2 AND status = 'dead'`, [sid, eventId, now]);
  return result.rowCount === 1;
}

export async function deliveryStatus(db: Pool, schema: string, sid: string, eventId: string): Promise<string | undefined> {
  return (await db.query<{ status: string }>(`SELECT status FROM "${schema}".webhook_deliveries WHERE sid = $1 AND event_id = $2`, [sid, eventId])).rows[0]?.status;
}

export interface AttemptRow {
  readonly event_id: string;
  readonly event_type: string;
  readonly stream_id: string;
  readonly attempt: number;
  readonly started_at: Date;
  readonly duration_ms: number;
  readonly status_code: number | null;
  readonly error: string | null;
  readonly outcome: string;
}

/** The delivery log: attempts, newest first, optionally of one event and before a time. */
export async function attemptLog(db: Pool, schema: string, sid: string, query: { limit: number; eventId: string | null; before: Date | null }): Promise<AttemptRow[]> {
  const result = await db.query<AttemptRow>(
    `SELECT event_id, event_type, stream_id, attempt, started_at, duration_ms, status_code, error, outcome
       FROM "${schema}".webhook_attempts
      WHERE sid = $1 AND ($2::uuid IS NULL OR event_id = $2::uuid) AND ($3::timestamptz IS NULL OR started_at < $3)
      ORDER BY started_at DESC, attempt DESC
      LIMIT $4`,
    [sid, query.eventId, query.before, query.limit],
  );
  return result.rows;
}

/** Forgets attempts and finished deliveries older than the retention; dead letters stay until redelivered or discarded. */
export async function pruneDeliveryLog(db: Pool, schema: string, before: Date): Promise<void> {
  await db.query(`DELETE FROM "${schema}".webhook_attempts WHERE started_at < $1`, [before]);
  await db.query(`DELETE FROM "${schema}".webhook_deliveries WHERE status IN ('delivered', 'discarded', 'withdrawn') AND finished_at < $1`, [before]);
}

export async function inTransaction<T>(db: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

import { createHash } from 'node:crypto';
import { Pool, type PoolConfig } from 'pg';
import {
  Doorbell,
  sharingLogReads,
  EventIdConflict,
  EventStoreError,
  EventStoreUnavailable,
  InvalidAppend,
  START,
  startPollingSubscription,
  validateAppend,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type GlobalPosition,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  type SubscriptionHandler,
} from '@renkei/event-store';
import { expectationParameters, interpretAppendRows, type AppendRow } from './append-outcome';
import { tracedAppend } from './append-telemetry';
import { migrate } from './migrate';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './row-mapping';
import { quoteIdentifier } from './sql-identifiers';
import { WakeUpChannel } from './wake-up-channel';

/** The events after a position: see `backlogAfter`. */
export interface LogBacklog {
  readonly events: number;
  readonly oldestRecordedAt: Date | undefined;
}

export interface PostgresEventStoreOptions {
  readonly connectionString: string;
  /** All tables live in this schema, so several stores (or test files) can share a database. */
  readonly schema?: string;
  readonly poolSize?: number;
}

const DEFAULT_READ_LIMIT = 1000;
const UNIQUE_VIOLATION = '23505';

/** The PostgreSQL adapter of the event store port. Create it with `openPostgresEventStore`. */
export class PostgresEventStore implements EventStore {
  private readonly table: string;
  private readonly checkpoints: string;
  private readonly appendFunction: string;
  private readonly doorbell = new Doorbell();
  private readonly wakeUps: WakeUpChannel;
  private readonly subscriptions = new Set<Subscription>();
  /** This process's subscriptions mostly read the same pages: one query and one decoding per page. */
  private readonly subscriptionReads = sharingLogReads((options) => this.readAll(options));

  constructor(
    private readonly pool: Pool,
    connectionString: string,
    readonly schema: string,
  ) {
    const quoted = quoteIdentifier(schema);
    this.table = `${quoted}.events`;
    this.checkpoints = `${quoted}.subscription_checkpoints`;
    this.appendFunction = `${quoted}.append_to_stream`;
    // Channel names stop at 63 bytes; a hash of the schema keeps long schema names apart.
    const channel = `renkei_events_${createHash('sha256').update(schema).digest('hex').slice(0, 16)}`;
    this.wakeUps = new WakeUpChannel(pool, connectionString, channel, this.doorbell);
  }

  async appendToStream(streamId: string, events: readonly EventToAppend[], options: AppendOptions): Promise<AppendResult> {
    validateAppend(streamId, events);
    const expected = options.expectedRevision;
    if (typeof expected === 'bigint' && expected < 0n) {
      throw new InvalidAppend(`stream "${streamId}": expectedRevision ${expected} must be >= 0, or any / no_stream / stream_exists`);
    }
    const [kind, revision] = expectationParameters(expected);
    return tracedAppend(streamId, events, async (toStore) => {
      const payload = JSON.stringify(toStore.map(({ id, type, data, metadata }) => ({ id, type, data, metadata: metadata ?? {} })));
      const result = await this.run(() =>
        // A named statement is parsed and planned once per connection: appends are the hot path.
        this.pool.query<AppendRow>({
          name: `renkei-append-${this.schema}`,
          text: `SELECT * FROM ${this.appendFunction}($1, $2, $3, $4::jsonb)`,
          values: [streamId, kind, revision, payload],
        }),
      ).catch((error: unknown) => {
        // Two appends to different streams racing with the same event id: the loser sees the unique index.
        if (isDriverError(error, UNIQUE_VIOLATION)) throw new EventIdConflict(streamId, events.map((event) => event.id));
        throw error;
      });
      const outcome = interpretAppendRows(streamId, events, expected, result.rows);
      const appended = result.rows[0]?.out_outcome === 'appended';
      if (appended) this.wakeUps.announce();
      return { result: outcome, outcome: appended ? 'appended' : 'replayed', written: appended ? events.length : 0 };
    });
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? BigInt(Number.MAX_SAFE_INTEGER) : 0n);
    const limit = options.limit ?? null;
    const result = await this.run(() =>
      // Named, like the append: every command reads its stream first, so the read is planned once per connection.
      this.pool.query<EventRow>({
        name: `renkei-read-stream-${backwards ? 'backwards' : 'forwards'}-${this.schema}`,
        text: `SELECT ${EVENT_COLUMNS} FROM ${this.table}
          WHERE stream_id = $1 AND revision ${backwards ? '<=' : '>='} $2
          ORDER BY revision ${backwards ? 'DESC' : 'ASC'} LIMIT $3`,
        values: [streamId, from.toString(), limit],
      }),
    );
    return result.rows.map(toRecordedEvent);
  }

  /**
   * Reads only transactions older than every transaction still running (the
   * snapshot's xmin): anything that could still commit sorts after what we return.
   */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? START;
    const result = await this.run(() =>
      // Named: every subscription polls with it, most often finding nothing new.
      this.pool.query<EventRow>({
        name: `renkei-read-all-${this.schema}`,
        text: `SELECT ${EVENT_COLUMNS} FROM ${this.table}
          WHERE (tx_id, seq) > ($1::xid8, $2::bigint)
            AND tx_id < pg_snapshot_xmin(pg_current_snapshot())
          ORDER BY tx_id, seq LIMIT $3`,
        values: [after.commit.toString(), after.prepare.toString(), options.limit ?? DEFAULT_READ_LIMIT],
      }),
    );
    return result.rows.map(toRecordedEvent);
  }

  subscribe(options: SubscribeOptions, handler: SubscriptionHandler): Subscription {
    const subscription = startPollingSubscription(
      {
        wakeUpsReady: () => this.wakeUps.listen(),
        readAll: this.subscriptionReads,
        doorbell: this.doorbell,
        loadCheckpoint: (name) => this.readCheckpoint(name),
        saveCheckpoint: (name, position) => this.saveCheckpoint(name, position),
      },
      options,
      handler,
    );
    this.subscriptions.add(subscription);
    subscription.done.then(
      () => this.subscriptions.delete(subscription),
      () => this.subscriptions.delete(subscription),
    );
    return subscription;
  }

  async readCheckpoint(name: string): Promise<GlobalPosition | undefined> {
    const result = await this.run(() =>
      this.pool.query<{ tx_text: string; seq: string }>(`SELECT tx_id::text AS tx_text, seq FROM ${this.checkpoints} WHERE name = $1`, [name]),
    );
    const row = result.rows[0];
    return row === undefined ? undefined : { commit: BigInt(row.tx_text), prepare: BigInt(row.seq) };
  }

  /**
   * How far the log runs past `position`: the events after it (counted up to `cap`) and when the
   * oldest of them was recorded. For lag metrics (the relay's), read when a metric reader
   * collects, never per event; the primary key's order makes it one index range scan.
   */
  async backlogAfter(position: GlobalPosition, cap: number): Promise<LogBacklog> {
    const result = await this.run(() =>
      this.pool.query<{ events: string; oldest: Date | null }>(
        `SELECT count(*) AS events, min(recorded_at) AS oldest FROM (
           SELECT recorded_at FROM ${this.table} WHERE (tx_id, seq) > ($1::xid8, $2::bigint) ORDER BY tx_id, seq LIMIT $3) after_position`,
        [position.commit.toString(), position.prepare.toString(), cap],
      ),
    );
    const row = result.rows[0];
    return { events: Number(row?.events ?? 0), oldestRecordedAt: row?.oldest ?? undefined };
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.wakeUps.close();
    await this.pool.end();
  }

  private async saveCheckpoint(name: string, position: GlobalPosition): Promise<void> {
    await this.run(() =>
      this.pool.query(
        `INSERT INTO ${this.checkpoints} (name, tx_id, seq) VALUES ($1, $2::xid8, $3)
         ON CONFLICT (name) DO UPDATE SET tx_id = excluded.tx_id, seq = excluded.seq, updated_at = now()`,
        [name, position.commit.toString(), position.prepare.toString()],
      ),
    );
  }

  /** Driver failures leave as the port's `EventStoreUnavailable`; unique violations are the caller's to interpret. */
  private async run<T>(query: () => Promise<T>): Promise<T> {
    try {
      return await query();
    } catch (error) {
      if (error instanceof EventStoreError || isDriverError(error, UNIQUE_VIOLATION)) throw error;
      throw new EventStoreUnavailable(`PostgreSQL event store (schema ${this.schema}): ${describe(error)}`, { cause: error });
    }
  }
}

/** Connects, applies pending migrations, and returns a ready store. */
export async function openPostgresEventStore(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
  const schema = options.schema ?? 'renkei';
  quoteIdentifier(schema);
  const config: PoolConfig = { connectionString: options.connectionString, max: options.poolSize ?? 10 };
  const pool = new Pool(config);
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  try {
    await migrate(pool, schema);
  } catch (error) {
    await pool.end();
    throw new EventStoreUnavailable(`PostgreSQL event store (schema ${schema}): migrations failed: ${describe(error)}`, { cause: error });
  }
  return new PostgresEventStore(pool, options.connectionString, schema);
}

function isDriverError(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

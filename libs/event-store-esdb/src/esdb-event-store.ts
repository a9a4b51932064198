import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  START as ESDB_START,
  StreamNotFoundError,
  type AllStreamResolvedEvent,
  type ReadPosition,
} from '@eventstore/db-client';
import {
  InvalidAppend,
  START,
  comparePositions,
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
import { checkReadBack, explainFailedAppend } from './esdb-append-conflict';
import { EsdbCheckpoints } from './esdb-checkpoints';
import { mapEsdbError } from './esdb-error-mapping';
import { isUserEvent, logPosition, toEsdbExpectedRevision, toEventData, toRecordedEvent } from './esdb-recorded-event';
import { EsdbSubscription } from './esdb-subscription';

/** Same default as the PostgreSQL adapter, so callers see the same page size from both. */
const DEFAULT_READ_ALL_LIMIT = 1000;
/** $all interleaves our events with ESDB's own; we read it in pages and drop the latter. */
const ALL_PAGE_SIZE = 500;

/**
 * The EventStoreDB adapter of the event store port. Needs EventStoreDB 22.6 or later
 * (stream reads must carry log positions) and a user allowed to read $all.
 */
export class EsdbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly checkpoints: EsdbCheckpoints;
  private readonly subscriptions = new Set<Subscription>();

  /** `connectionString` as EventStoreDB documents it, e.g. `esdb://localhost:2113?tls=false`. */
  constructor(connectionString: string) {
    this.client = EventStoreDBClient.connectionString(connectionString);
    this.checkpoints = new EsdbCheckpoints(this.client);
  }

  /**
   * ESDB reports only the revision and the position of a write's last event (and no position
   * at all for an idempotent repeat), so every position comes from reading the batch back.
   */
  async appendToStream(streamId: string, events: readonly EventToAppend[], options: AppendOptions): Promise<AppendResult> {
    validateAppend(streamId, events);
    const expected = options.expectedRevision;
    if (typeof expected === 'bigint' && expected < 0n) {
      throw new InvalidAppend(`stream "${streamId}": expectedRevision ${expected} must be >= 0, or any / no_stream / stream_exists`);
    }
    let nextExpectedRevision: bigint;
    try {
      const result = await this.client.appendToStream(streamId, events.map(toEventData), {
        expectedRevision: toEsdbExpectedRevision(expected),
      });
      nextExpectedRevision = result.nextExpectedRevision;
    } catch (error) {
      const failure = await explainFailedAppend(streamId, events, expected, error, (id, from, limit) =>
        this.readStream(id, { fromRevision: from, limit }),
      );
      if ('error' in failure) throw failure.error;
      return { ...toAppendResult(failure.retryOf), replayed: true };
    }
    const first = nextExpectedRevision - BigInt(events.length - 1);
    const stored = await this.readStream(streamId, { fromRevision: first, limit: events.length });
    checkReadBack(streamId, events, stored);
    return toAppendResult(stored);
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (options.limit === 0) return [];
    const backwards = options.direction === 'backwards';
    try {
      const read = this.client.readStream(streamId, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: options.fromRevision ?? (backwards ? END : ESDB_START),
        maxCount: options.limit ?? Number.MAX_SAFE_INTEGER,
      });
      const events: RecordedEvent[] = [];
      for await (const resolved of read) {
        if (resolved.event !== undefined) events.push(toRecordedEvent(resolved.event));
      }
      return events;
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw mapEsdbError(error, { streamId });
    }
  }

  /** ESDB may return the event at `fromPosition` itself, and $all holds its system records: both are filtered here. */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const limit = options.limit ?? DEFAULT_READ_ALL_LIMIT;
    const events: RecordedEvent[] = [];
    let after = options.after ?? START;
    while (events.length < limit) {
      const pageStart = after;
      const page = await this.readAllPage(after, FORWARDS);
      for (const { event } of page) {
        if (event === undefined || comparePositions(event.position, after) <= 0) continue;
        after = event.position;
        if (isUserEvent(event)) events.push(toRecordedEvent(event));
        if (events.length === limit) break;
      }
      if (page.length < ALL_PAGE_SIZE || after === pageStart) break;
    }
    return events;
  }

  subscribe(options: SubscribeOptions, handler: SubscriptionHandler): Subscription {
    const subscription = new EsdbSubscription(
      { client: this.client, checkpoints: this.checkpoints, lastUserPosition: () => this.lastUserPosition() },
      options,
      handler,
    );
    this.subscriptions.add(subscription);
    const forget = (): void => void this.subscriptions.delete(subscription);
    subscription.done.then(forget, forget);
    return subscription;
  }

  readCheckpoint(name: string): Promise<GlobalPosition | undefined> {
    return this.checkpoints.read(name);
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await this.client.dispose();
  }

  /** The newest event readAll would return: scans $all backwards past ESDB's own records. */
  private async lastUserPosition(): Promise<GlobalPosition | undefined> {
    let before: GlobalPosition | undefined;
    for (;;) {
      const pageStart = before;
      const page = await this.readAllPage(before ?? END, BACKWARDS);
      for (const { event } of page) {
        if (event === undefined || (before !== undefined && comparePositions(event.position, before) >= 0)) continue;
        if (isUserEvent(event)) return logPosition(event);
        before = event.position;
      }
      if (page.length < ALL_PAGE_SIZE || before === pageStart) return undefined;
    }
  }

  private async readAllPage(from: GlobalPosition | ReadPosition, direction: typeof FORWARDS | typeof BACKWARDS): Promise<AllStreamResolvedEvent[]> {
    const fromPosition = typeof from === 'object' && comparePositions(from, START) === 0 ? ESDB_START : from;
    try {
      const page: AllStreamResolvedEvent[] = [];
      for await (const resolved of this.client.readAll({ fromPosition, direction, maxCount: ALL_PAGE_SIZE })) page.push(resolved);
      return page;
    } catch (error) {
      throw mapEsdbError(error, { streamId: '$all' });
    }
  }
}

/** Without `replayed`: a successful ESDB append does not say whether it was an idempotent repeat. */
function toAppendResult(stored: readonly RecordedEvent[]): AppendResult {
  const last = stored[stored.length - 1] as RecordedEvent;
  return { nextExpectedRevision: last.revision, positions: stored.map((event) => event.position) };
}

import { START as ESDB_START, excludeSystemEvents, type AllStreamResolvedEvent, type AllStreamSubscription, type EventStoreDBClient } from '@eventstore/db-client';
import {
  EventStoreUnavailable,
  START,
  comparePositions,
  type GlobalPosition,
  type RecordedEvent,
  type SubscribeOptions,
  type Subscription,
  type SubscriptionHandler,
} from '@renkei/event-store';
import type { EsdbCheckpoints } from './esdb-checkpoints';
import { mapEsdbError } from './esdb-error-mapping';
import { isUserEvent, toRecordedEvent } from './esdb-recorded-event';

const DEFAULT_BATCH_SIZE = 100;

export interface EsdbSubscriptionDependencies {
  readonly client: Pick<EventStoreDBClient, 'subscribeToAll'>;
  readonly checkpoints: Pick<EsdbCheckpoints, 'read' | 'save'>;
  /** Position of the newest event the port would deliver, if any: what "caught up" means. */
  readonly lastUserPosition: () => Promise<GlobalPosition | undefined>;
}

/** Wakes the batching loop; remembers a notification that arrives while nobody is waiting. */
class Signal {
  private pending = false;
  private release: (() => void) | undefined;

  notify(): void {
    if (this.release) {
      this.release();
      this.release = undefined;
    } else {
      this.pending = true;
    }
  }

  wait(): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => (this.release = resolve));
  }
}

/**
 * A catch-up subscription to $all. ESDB pushes events one at a time; this drains whatever
 * is buffered into one batch, so batches grow when the handler is slower than the log.
 * ESDB pushes, so `pollIntervalMs` has nothing to do here.
 */
export class EsdbSubscription implements Subscription {
  readonly done: Promise<void>;
  private current: GlobalPosition;
  private stopping = false;
  private readonly signal = new Signal();
  private waiters: { readonly target: GlobalPosition; readonly resolve: () => void }[] = [];

  constructor(
    private readonly deps: EsdbSubscriptionDependencies,
    private readonly options: SubscribeOptions,
    private readonly handler: SubscriptionHandler,
  ) {
    this.current = options.after ?? START;
    this.done = this.run();
    // Callers that only ever call stop() must not crash the process with an unhandled rejection.
    this.done.catch(() => undefined);
  }

  position(): GlobalPosition {
    return this.current;
  }

  /** Waits for the newest event stored when called; settles with `done` if the subscription ends first. */
  async caughtUp(): Promise<void> {
    const target = await this.deps.lastUserPosition();
    // `done` first: once the subscription has failed, its error wins over an already-reached target.
    await Promise.race([this.done, this.reached(target)]);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.signal.notify();
    await this.done.catch(() => undefined);
  }

  private async run(): Promise<void> {
    const name = this.options.checkpointName;
    if (this.options.after === undefined && name !== undefined) {
      this.current = (await this.deps.checkpoints.read(name)) ?? START;
      this.settleWaiters();
    }
    if (this.stopping) return;
    const stream = this.deps.client.subscribeToAll({
      fromPosition: comparePositions(this.current, START) === 0 ? ESDB_START : this.current,
      filter: excludeSystemEvents(),
    });
    let failure: unknown;
    let ended = false;
    stream.on('readable', () => this.signal.notify());
    stream.on('error', (error: unknown) => {
      failure = error;
      this.signal.notify();
    });
    stream.on('end', () => {
      ended = true;
      this.signal.notify();
    });
    try {
      while (!this.stopping) {
        const batch = this.takeBatch(stream);
        if (batch.length > 0) {
          await this.handle(batch, name);
          continue;
        }
        if (failure !== undefined) throw mapEsdbError(failure, { streamId: '$all' });
        if (ended) throw new EventStoreUnavailable('stream "$all": the EventStoreDB subscription ended without being stopped');
        await this.signal.wait();
      }
    } finally {
      await stream.unsubscribe().catch(() => undefined);
    }
  }

  private takeBatch(stream: AllStreamSubscription): RecordedEvent[] {
    const batch: RecordedEvent[] = [];
    const limit = this.options.batchSize ?? DEFAULT_BATCH_SIZE;
    while (batch.length < limit) {
      const resolved = stream.read() as AllStreamResolvedEvent | null;
      if (resolved === null) break;
      const event = resolved.event;
      // The server filter already drops $-typed events; $-streams and the resume point are ours to skip.
      if (event === undefined || !isUserEvent(event) || comparePositions(event.position, this.current) <= 0) continue;
      batch.push(toRecordedEvent(event));
    }
    return batch;
  }

  private async handle(batch: RecordedEvent[], checkpointName: string | undefined): Promise<void> {
    await this.handler(batch);
    const last = batch[batch.length - 1] as RecordedEvent;
    if (checkpointName !== undefined) await this.deps.checkpoints.save(checkpointName, last.position);
    this.current = last.position;
    this.settleWaiters();
  }

  private reached(target: GlobalPosition | undefined): Promise<void> {
    if (target === undefined || comparePositions(this.current, target) >= 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ target, resolve }));
  }

  private settleWaiters(): void {
    const [ready, waiting] = partition(this.waiters, (waiter) => comparePositions(this.current, waiter.target) >= 0);
    this.waiters = waiting;
    for (const waiter of ready) waiter.resolve();
  }
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

import type { Doorbell } from './doorbell';
import type { ReadAllOptions, SubscribeOptions, Subscription, SubscriptionHandler } from './event-store';
import { START, type GlobalPosition } from './global-position';
import type { RecordedEvent } from './recorded-event';

/** What a store gives the subscription loop: a global read, a wake-up, and checkpoint storage. */
export interface SubscriptionSource {
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  readonly doorbell: Doorbell;
  loadCheckpoint(name: string): Promise<GlobalPosition | undefined>;
  saveCheckpoint(name: string, position: GlobalPosition): Promise<void>;
  /** Resolves once wake-ups are being delivered (e.g. LISTEN is in place); never rejects. */
  wakeUpsReady?(): Promise<void>;
}

const DEFAULT_BATCH = 500;
const DEFAULT_POLL_MS = 1000;
const DEFAULT_COALESCE_MS = 20;

/**
 * Catch-up then live, on top of `readAll`: read a batch, hand it over, persist the
 * checkpoint, repeat; when nothing is left, sleep until the doorbell rings or the
 * poll interval passes (the doorbell is only a wake-up, so a lost notification
 * delays an event by at most one poll interval, it never loses it).
 */
export function startPollingSubscription(
  source: SubscriptionSource,
  options: SubscribeOptions,
  handler: SubscriptionHandler,
): Subscription {
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_MS;
  const coalesceMs = options.coalesceMs ?? DEFAULT_COALESCE_MS;
  const stopping = new AbortController();
  let position: GlobalPosition = options.after ?? START;
  let readsStarted = 0;
  // Callers of caughtUp() wait for an empty read that began after their call.
  let caughtUpWaiters: Array<{ afterRead: number; resolve: () => void; reject: (error: unknown) => void }> = [];

  const releaseCaughtUpWaiters = (emptyRead: number) => {
    const ready = caughtUpWaiters.filter((waiter) => emptyRead > waiter.afterRead);
    caughtUpWaiters = caughtUpWaiters.filter((waiter) => emptyRead <= waiter.afterRead);
    for (const waiter of ready) waiter.resolve();
  };

  const run = async (): Promise<void> => {
    // Listen before the first read, so nothing appended after it can go unannounced.
    await source.wakeUpsReady?.();
    if (options.after === undefined && options.checkpointName !== undefined) {
      position = (await source.loadCheckpoint(options.checkpointName)) ?? START;
    }
    while (!stopping.signal.aborted) {
      const seen = source.doorbell.count();
      const read = ++readsStarted;
      const batch = await source.readAll({ after: position, limit: batchSize });
      if (stopping.signal.aborted) return;
      if (batch.length === 0) {
        releaseCaughtUpWaiters(read);
        await source.doorbell.wait(seen, pollIntervalMs, stopping.signal);
        // Live: let the appends of the next few milliseconds join this read, so a busy store
        // costs each subscriber one read per burst rather than one per append.
        if (coalesceMs > 0 && !stopping.signal.aborted) await new Promise((resume) => setTimeout(resume, coalesceMs));
        continue;
      }
      await handler(batch);
      position = (batch[batch.length - 1] as RecordedEvent).position;
      if (options.checkpointName !== undefined) {
        await source.saveCheckpoint(options.checkpointName, position);
      }
    }
  };

  const done = run();
  // A finished loop must not leave caughtUp() callers hanging.
  let finished = false;
  const settleAll = (error?: unknown) => {
    finished = true;
    for (const waiter of caughtUpWaiters) {
      if (error === undefined) waiter.resolve();
      else waiter.reject(error);
    }
    caughtUpWaiters = [];
  };
  done.then(() => settleAll(), (error: unknown) => settleAll(error ?? new Error('subscription failed')));

  return {
    done,
    position: () => position,
    caughtUp: () =>
      finished
        ? done
        : new Promise<void>((resolve, reject) => {
        caughtUpWaiters.push({ afterRead: readsStarted, resolve, reject });
        source.doorbell.ring();
      }),
    stop: async () => {
      stopping.abort();
      await done.catch(() => undefined);
    },
  };
}

import type { EventEnvelope } from '@renkei/contracts';
import type { PoolClient } from 'pg';

/**
 * A consumer's effect. It runs inside the database transaction that also records
 * the event id as handled, so the effect and the de-duplication commit together.
 */
export type EventHandler = (event: EventEnvelope, transaction: PoolClient) => Promise<void>;

/**
 * A consumer that applies a whole batch at once (e.g. a projection loading and saving
 * its rows with one statement each), in the same transaction as the inbox rows.
 * It gets only the events it has not applied before, in log order.
 */
export interface BatchHandler {
  handleBatch(events: readonly EventEnvelope[], transaction: PoolClient): Promise<void>;
}

/** What a consumer runs: one event at a time, or a batch at a time. */
export type ConsumerHandler = EventHandler | BatchHandler;

export async function applyInOrder(handler: ConsumerHandler, events: readonly EventEnvelope[], transaction: PoolClient): Promise<void> {
  if (events.length === 0) return;
  if (typeof handler !== 'function') return handler.handleBatch(events, transaction);
  for (const event of events) await handler(event, transaction);
}

export interface RunningConsumer {
  /** Rejects when the consumer stopped on an error (a handler failure is never skipped). */
  readonly done: Promise<void>;
  stop(): Promise<void>;
}

export interface ConsumerOptions {
  /**
   * The event types the handler has an effect for. Others are passed over without an
   * inbox row (nothing to de-duplicate), which keeps a busy log cheap for narrow consumers.
   */
  readonly eventTypes?: readonly string[];
}

/** Where a consumer's events come from: Kafka in distributed mode, the event store itself in embedded mode. */
export interface EventSource {
  start(consumerName: string, handler: ConsumerHandler, options?: ConsumerOptions): Promise<RunningConsumer>;
}

/** The part of a batch a consumer has an effect for. */
export function eventsFor<Event extends { readonly type: string }>(events: readonly Event[], options: ConsumerOptions | undefined): readonly Event[] {
  const types = options?.eventTypes;
  return types === undefined ? events : events.filter((event) => types.includes(event.type));
}

import type { EventEnvelope } from '@renkei/contracts';
import type { PoolClient } from 'pg';

/**
 * A consumer's effect. It runs inside the database transaction that also records
 * the event id as handled, so the effect and the de-duplication commit together.
 */
export type EventHandler = (event: EventEnvelope, transaction: PoolClient) => Promise<void>;

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
  start(consumerName: string, handler: EventHandler, options?: ConsumerOptions): Promise<RunningConsumer>;
}

/** The part of a batch a consumer has an effect for. */
export function eventsFor<Event extends { readonly type: string }>(events: readonly Event[], options: ConsumerOptions | undefined): readonly Event[] {
  const types = options?.eventTypes;
  return types === undefined ? events : events.filter((event) => types.includes(event.type));
}

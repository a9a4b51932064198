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

/** Where a consumer's events come from: Kafka in distributed mode, the event store itself in embedded mode. */
export interface EventSource {
  start(consumerName: string, handler: EventHandler): Promise<RunningConsumer>;
}

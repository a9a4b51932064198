import type { EventEnvelope } from '@renkei/contracts';
import type { EventStore } from '@renkei/event-store';

/**
 * Connects contexts through events only: reads what it needs from the store and
 * sends commands, each under an idempotency name derived from the triggering event,
 * so a redelivered event (after a crash or a Kafka replay) changes nothing.
 *
 * `readSide` is where a manager keeps its own lookup tables (an index of the streams
 * it must find later), bound to the consumer's transaction: the index rows commit
 * together with the inbox row that marks the event handled. Managers that keep no
 * index ignore it; the service decides what it is (PostgreSQL in this repository).
 */
export interface ProcessManager<ReadSide = unknown> {
  readonly name: string;
  readonly handles: readonly string[];
  react(event: EventEnvelope, store: EventStore, readSide: ReadSide): Promise<void>;
}

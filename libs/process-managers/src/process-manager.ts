import type { EventEnvelope } from '@renkei/contracts';
import type { EventStore } from '@renkei/event-store';

/**
 * Connects contexts through events only: reads what it needs from the store and
 * sends commands, each under an idempotency name derived from the triggering event,
 * so a redelivered event (after a crash or a Kafka replay) changes nothing.
 */
export interface ProcessManager {
  readonly name: string;
  readonly handles: readonly string[];
  react(event: EventEnvelope, store: EventStore): Promise<void>;
}

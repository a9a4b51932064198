import { parsePosition, type EventStore } from '@renkei/event-store';
import { envelopeOf } from './envelope';
import { eventsFor, type ConsumerHandler, type ConsumerOptions, type EventSource, type RunningConsumer } from './event-source';
import type { Inbox } from './inbox';
import { trackConsumerLag } from './telemetry/consumer-lag';
import { processBatchTraced } from './telemetry/consumer-spans';

/**
 * Embedded mode's bus: the consumer reads the event store's subscription directly.
 * Each batch is applied, recorded in the inbox and checkpointed in one transaction.
 */
const SKIPPED_POSITION_SAVE_MS = 5000;
/** Events read per batch (the subscription's default); a full batch means the consumer is behind. */
const BATCH_SIZE = 500;

export class InProcessEventSource implements EventSource {
  constructor(
    private readonly store: EventStore,
    private readonly inbox: Inbox,
    private readonly pollIntervalMs = 1000,
  ) {}

  async start(consumerName: string, handler: ConsumerHandler, options?: ConsumerOptions): Promise<RunningConsumer> {
    const saved = await this.inbox.readPosition(consumerName);
    let lastSavedAt = Date.now();
    const lag = trackConsumerLag(consumerName, 'event-log');
    const subscription = this.store.subscribe(
      { ...(saved === undefined ? {} : { after: parsePosition(saved) }), pollIntervalMs: this.pollIntervalMs, batchSize: BATCH_SIZE },
      async (batch) => {
        const last = batch[batch.length - 1];
        if (last === undefined) return;
        const lastPosition = envelopeOf(last).logPosition;
        const applicable = eventsFor(batch, options);
        lag.batchWasFull(batch.length >= BATCH_SIZE);
        // A batch with nothing for this consumer needs no transaction of its own: its position is
        // saved now and then, and re-reading such events after a restart only skips them again.
        if (applicable.length > 0 || Date.now() - lastSavedAt >= SKIPPED_POSITION_SAVE_MS) {
          const envelopes = applicable.map(envelopeOf);
          await processBatchTraced(envelopes, consumerName, () =>
            this.inbox.handleBatchOnce(consumerName, envelopes, handler, (transaction) => this.inbox.savePosition(transaction, consumerName, lastPosition)),
          );
          lastSavedAt = Date.now();
        }
        lag.reached(last.recordedAt);
      },
    );
    return {
      done: subscription.done,
      stop: async () => {
        await subscription.stop();
        lag.stop();
      },
    };
  }
}

import { parsePosition, type EventStore } from '@renkei/event-store';
import { envelopeOf } from './envelope';
import { eventsFor, type ConsumerOptions, type EventHandler, type EventSource, type RunningConsumer } from './event-source';
import type { Inbox } from './inbox';

/**
 * Embedded mode's bus: the consumer reads the event store's subscription directly.
 * Each batch is applied, recorded in the inbox and checkpointed in one transaction.
 */
export class InProcessEventSource implements EventSource {
  constructor(
    private readonly store: EventStore,
    private readonly inbox: Inbox,
    private readonly pollIntervalMs = 1000,
  ) {}

  async start(consumerName: string, handler: EventHandler, options?: ConsumerOptions): Promise<RunningConsumer> {
    const saved = await this.inbox.readPosition(consumerName);
    const subscription = this.store.subscribe(
      { ...(saved === undefined ? {} : { after: parsePosition(saved) }), pollIntervalMs: this.pollIntervalMs },
      async (batch) => {
        const last = batch[batch.length - 1];
        if (last === undefined) return;
        const lastPosition = envelopeOf(last).logPosition;
        await this.inbox.handleBatchOnce(consumerName, eventsFor(batch, options).map(envelopeOf), handler, (transaction) =>
          this.inbox.savePosition(transaction, consumerName, lastPosition),
        );
      },
    );
    return { done: subscription.done, stop: () => subscription.stop() };
  }
}

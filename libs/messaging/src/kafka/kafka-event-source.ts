import type { Consumer, IHeaders, Kafka } from 'kafkajs';
import { ALL_TOPICS, fromCloudEventMessage } from '@renkei/contracts';
import type { ConsumerHandler, ConsumerOptions, EventSource, RunningConsumer } from '../event-source';
import type { Inbox } from '../inbox';

/**
 * Distributed mode's source: a Kafka consumer group per consumer name. Offsets are
 * committed only after the handler's transaction committed; a redelivery after a
 * crash is absorbed by the inbox, so every event is applied exactly once.
 */
export class KafkaEventSource implements EventSource {
  constructor(
    private readonly kafka: Kafka,
    private readonly inbox: Inbox,
    private readonly topics: readonly string[] = ALL_TOPICS,
    /** Consumer groups belong with the database their offsets' effects live in. */
    private readonly groupPrefix = 'renkei.',
  ) {}

  async start(consumerName: string, handler: ConsumerHandler, options?: ConsumerOptions): Promise<RunningConsumer> {
    const consumer: Consumer = this.kafka.consumer({
      groupId: `${this.groupPrefix}${consumerName}`,
      maxWaitTimeInMs: 250,
      retry: {
        retries: 5,
        // A broker hiccup (coordinator loading, rebalance) restarts the consumer. A handler that
        // still fails after its retries stops it and rejects `done`: restarting would re-run it
        // forever, skipping it would lose the event.
        restartOnFailure: async (error) => !causedByHandler(error),
      },
    });
    let settle: { resolve: () => void; reject: (error: unknown) => void } | undefined;
    const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
    consumer.on(consumer.events.CRASH, (crash) => {
      if (!crash.payload.restart) settle?.reject(crash.payload.error);
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [...this.topics], fromBeginning: true });
    await consumer.run({
      autoCommit: true,
      eachMessage: async ({ topic, partition, message }) => {
        const where = `${topic}[${partition}]@${message.offset}`;
        try {
          // A message we cannot decode is as stuck as one we cannot apply: stop and say so.
          const envelope = fromCloudEventMessage(headersAsStrings(message.headers), message.value?.toString('utf8') ?? '');
          if (options?.eventTypes !== undefined && !options.eventTypes.includes(envelope.type)) return;
          await this.inbox.handleOnce(consumerName, envelope, handler);
        } catch (error) {
          throw new HandlerFailed(where, error);
        }
      },
    });
    return {
      done,
      stop: async () => {
        await consumer.disconnect();
        settle?.resolve();
      },
    };
  }
}

/** Marks a failure of the consumer's own effect, as opposed to the broker's. */
class HandlerFailed extends Error {
  constructor(where: string, cause: unknown) {
    super(`consumer failed on message ${where}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'HandlerFailed';
  }
}

function causedByHandler(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = (current as Error & { originalError?: unknown }).originalError ?? current.cause) {
    if (current instanceof HandlerFailed) return true;
  }
  return false;
}

function headersAsStrings(headers: IHeaders | undefined): Record<string, string | undefined> {
  const result: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    result[name] = first === undefined ? undefined : first.toString();
  }
  return result;
}

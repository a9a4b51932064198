import type { Consumer, IHeaders, Kafka } from 'kafkajs';
import { ALL_TOPICS, fromCloudEventMessage } from '@renkei/contracts';
import type { ConsumerHandler, ConsumerOptions, EventSource, RunningConsumer } from '../event-source';
import type { Inbox } from '../inbox';
import { trackConsumerLag } from '../telemetry/consumer-lag';
import { processMessageTraced } from '../telemetry/consumer-spans';

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
      // A member that died without leaving (SIGKILL, OOM) keeps its partitions until its session times
      // out: 10 s rather than KafkaJS's 30 s bounds how long its share of the log waits for a survivor.
      sessionTimeout: 10_000,
      heartbeatInterval: 3_000,
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
    const lag = trackConsumerLag(consumerName, 'kafka');
    // kafkajs reports, after each batch, what is left on the partition: the lag in messages, for free.
    consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => lag.partitionBehind(`${payload.topic}[${payload.partition}]`, Number(payload.offsetLag)));
    await consumer.connect();
    await consumer.subscribe({ topics: [...this.topics], fromBeginning: true });
    await consumer.run({
      autoCommit: true,
      eachMessage: async ({ topic, partition, message }) => {
        const where = `${topic}[${partition}]@${message.offset}`;
        try {
          // A message we cannot decode is as stuck as one we cannot apply: stop and say so.
          const envelope = fromCloudEventMessage(headersAsStrings(message.headers), message.value?.toString('utf8') ?? '');
          if (options?.eventTypes === undefined || options.eventTypes.includes(envelope.type)) {
            const destination = { topic, partition, offset: message.offset, groupId: `${this.groupPrefix}${consumerName}`, consumerName };
            await processMessageTraced(envelope, destination, () => this.inbox.handleOnce(consumerName, envelope, handler));
          }
          lag.reached(envelope.recordedAt);
        } catch (error) {
          throw new HandlerFailed(where, error);
        }
      },
    });
    return {
      done,
      stop: async () => {
        // Leaving the group waits for a rebalance in progress, which waits for a dead member's session to
        // time out. A shutdown does not wait that long: what was applied but not committed is re-delivered
        // to whoever takes the partition over, and the inbox absorbs it.
        await Promise.race([consumer.disconnect(), new Promise<void>((resolve) => setTimeout(resolve, LEAVE_GROUP_WAIT_MS).unref())]);
        lag.stop();
        settle?.resolve();
      },
    };
  }
}

const LEAVE_GROUP_WAIT_MS = 5_000;

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

import type { Span } from '@opentelemetry/api';
import { CompressionTypes, Partitioners, type Kafka, type Message, type Producer } from 'kafkajs';
import { ALL_TOPICS, contextOfStream, topicOf, toCloudEventHeaders } from '@renkei/contracts';
import type { EventStore, RecordedEvent, Subscription } from '@renkei/event-store';
import { envelopeOf } from '../envelope';
import { endPublishSpans, observeRelayLag, startPublishSpan } from '../telemetry/relay-telemetry';
import { traceparentOfSpan } from '../telemetry/trace-propagation';
import { ensureTopics } from './kafka-connection';

export const RELAY_CHECKPOINT = 'kafka-relay';

/**
 * Publishes the global log to Kafka, one topic per context, keyed by stream so a
 * stream's events stay in order on one partition. The subscription persists its
 * checkpoint only after `sendBatch` resolved, i.e. after every in-sync replica
 * acknowledged (acks = -1): a crash re-sends, never skips (at-least-once).
 */
export class KafkaRelay {
  private producer: Producer | undefined;
  private subscription: Subscription | undefined;
  private lag: { stop(): void } | undefined;

  constructor(
    private readonly kafka: Kafka,
    private readonly store: EventStore,
    private readonly checkpointName = RELAY_CHECKPOINT,
  ) {}

  /** Starts (or, after a failure, restarts) publishing from the stored checkpoint. */
  async start(): Promise<Subscription> {
    await this.stop();
    await ensureTopics(this.kafka, ALL_TOPICS);
    // Idempotent producer: a retried send after a lost ack is not written twice by the broker.
    this.producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
    await this.producer.connect();
    const producer = this.producer;
    this.subscription = this.store.subscribe({ checkpointName: this.checkpointName, batchSize: 500 }, async (batch) => {
      const { topicMessages, spans } = groupByTopic(batch);
      if (topicMessages.length === 0) return;
      try {
        await producer.sendBatch({ topicMessages, acks: -1, compression: CompressionTypes.None });
      } catch (error) {
        endPublishSpans(spans, error);
        throw error;
      }
      endPublishSpans(spans);
    });
    const subscription = this.subscription;
    this.lag = observeRelayLag(this.store, () => subscription.position(), this.checkpointName);
    return this.subscription;
  }

  async stop(): Promise<void> {
    const { subscription, producer } = this;
    this.subscription = undefined;
    this.producer = undefined;
    this.lag?.stop();
    this.lag = undefined;
    await subscription?.stop();
    await producer?.disconnect().catch(() => undefined);
  }
}

interface TopicBatch {
  readonly topicMessages: Array<{ topic: string; messages: Message[] }>;
  readonly spans: Array<{ readonly span: Span; readonly topic: string }>;
}

function groupByTopic(batch: readonly RecordedEvent[]): TopicBatch {
  const byTopic = new Map<string, Message[]>();
  const spans: TopicBatch['spans'] = [];
  for (const event of batch) {
    const context = contextOfStream(event.streamId);
    if (context === undefined) continue; // not a domain stream (e.g. internal markers): nothing to publish
    const envelope = envelopeOf(event);
    const topic = topicOf(context);
    const span = startPublishSpan(event, topic);
    spans.push({ span, topic });
    const headers = toCloudEventHeaders(envelope);
    // Consumers continue from the publish span; without one (no SDK, no recorded trace) the recorded context travels as it is.
    headers['traceparent'] = traceparentOfSpan(span) ?? (headers['traceparent'] as string);
    const messages = byTopic.get(topic) ?? [];
    messages.push({ key: event.streamId, value: JSON.stringify(event.data), headers });
    byTopic.set(topic, messages);
  }
  return { topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })), spans };
}

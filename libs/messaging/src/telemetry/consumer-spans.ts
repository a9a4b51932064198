import { context, SpanKind, trace, type Link, type Span } from '@opentelemetry/api';
import type { EventEnvelope } from '@renkei/contracts';
import { contextOfTraceparent, endSpanAfter, linkOfTraceparent, messagingTracer } from './trace-propagation';

export interface KafkaDelivery {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly groupId: string;
  readonly consumerName: string;
}

/** Spans links kept per batch span: enough to follow a few writes, bounded for a catch-up batch of hundreds. */
const MAX_LINKS = 32;

/**
 * A consumer span per Kafka message (`process <topic>`), a child of the context in its
 * `traceparent` header (the relay's publish span), active while the handler runs: a projection
 * applying the event continues the write's trace.
 */
export function processMessageTraced<T>(envelope: EventEnvelope, delivery: KafkaDelivery, handle: () => Promise<T>): Promise<T> {
  const parent = contextOfTraceparent(envelope.metadata['traceparent']);
  const span = messagingTracer.startSpan(
    `process ${delivery.topic}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'process',
        'messaging.operation.name': 'process',
        'messaging.destination.name': delivery.topic,
        'messaging.destination.partition.id': String(delivery.partition),
        'messaging.kafka.offset': Number(delivery.offset),
        'messaging.consumer.group.name': delivery.groupId,
        'messaging.message.id': envelope.id,
        'renkei.consumer.name': delivery.consumerName,
        'renkei.event.type': envelope.type,
      },
    },
    parent,
  );
  return runIn(span, trace.setSpan(parent, span), handle);
}

/**
 * A consumer span per batch the in-process source applies (`process event-log`): a child of the
 * event's recorded context when the batch holds one event (a live write), else linked to the
 * events it applies (catch-up), as the messaging conventions ask for batches.
 */
export function processBatchTraced<T>(events: readonly EventEnvelope[], consumerName: string, handle: () => Promise<T>): Promise<T> {
  if (events.length === 0) return handle();
  const single = events.length === 1 ? contextOfTraceparent(events[0]?.metadata['traceparent']) : context.active();
  const links = events.length === 1 ? [] : events.slice(-MAX_LINKS).flatMap((event): Link[] => {
    const link = linkOfTraceparent(event.metadata['traceparent']);
    return link === undefined ? [] : [link];
  });
  const span = messagingTracer.startSpan(
    'process event-log',
    {
      kind: SpanKind.CONSUMER,
      links,
      attributes: { 'messaging.system': 'renkei.event-log', 'messaging.operation.type': 'process', 'messaging.batch.message_count': events.length, 'renkei.consumer.name': consumerName },
    },
    single,
  );
  return runIn(span, trace.setSpan(single, span), handle);
}

function runIn<T>(span: Span, active: ReturnType<typeof trace.setSpan>, handle: () => Promise<T>): Promise<T> {
  return endSpanAfter(span, () => context.with(active, handle));
}

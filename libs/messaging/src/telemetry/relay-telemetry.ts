import { metrics, SpanKind, type BatchObservableCallback, type Counter, type Meter, type ObservableGauge, type Span } from '@opentelemetry/api';
import type { EventStore, GlobalPosition, RecordedEvent } from '@renkei/event-store';
import { contextOfTraceparent, markSpanFailed, MESSAGING_SCOPE, messagingTracer } from './trace-propagation';

export const RELAY_PUBLISHED = 'renkei.relay.events.published';
export const RELAY_LAG_EVENTS = 'renkei.relay.lag.events';
export const RELAY_LAG_TIME = 'renkei.relay.lag.time';
/** Counting further than this tells nothing more and would make the lag query itself slow. */
const BACKLOG_COUNT_CAP = 100_000;

/** A store that can say how far its log runs past a position (the PostgreSQL adapter can). */
interface LogBacklogSource {
  backlogAfter(position: GlobalPosition, cap: number): Promise<{ readonly events: number; readonly oldestRecordedAt: Date | undefined }>;
}

function canTellBacklog(store: EventStore): store is EventStore & LogBacklogSource {
  return typeof (store as Partial<LogBacklogSource>).backlogAfter === 'function';
}

let instruments: { provider: unknown; meter: Meter; published: Counter; lagEvents: ObservableGauge; lagTime: ObservableGauge } | undefined;

function relayInstruments(): NonNullable<typeof instruments> {
  const provider = metrics.getMeterProvider();
  if (instruments?.provider !== provider) {
    const meter = provider.getMeter(MESSAGING_SCOPE);
    instruments = {
      provider,
      meter,
      published: meter.createCounter(RELAY_PUBLISHED, { description: 'Events the relay published to Kafka (acknowledged by every in-sync replica).', unit: '{event}' }),
      lagEvents: meter.createObservableGauge(RELAY_LAG_EVENTS, { description: 'Events in the log after the relay’s position, not yet on Kafka.', unit: '{event}' }),
      lagTime: meter.createObservableGauge(RELAY_LAG_TIME, { description: 'Age of the oldest event not yet on Kafka (0 when none).', unit: 's' }),
    };
  }
  return instruments;
}

/**
 * Reports the relay's lag while it runs: one query (`backlogAfter`) each time a metric reader
 * collects, none per event. A store that cannot tell its backlog (EventStoreDB) reports none.
 */
export function observeRelayLag(store: EventStore, relayedPosition: () => GlobalPosition | undefined, checkpoint: string): { stop(): void } {
  if (!canTellBacklog(store)) return { stop: () => undefined };
  const { meter, lagEvents, lagTime } = relayInstruments();
  const attributes = { 'renkei.relay.checkpoint': checkpoint };
  const observe: BatchObservableCallback = async (result) => {
    const position = relayedPosition();
    if (position === undefined) return;
    const backlog = await store.backlogAfter(position, BACKLOG_COUNT_CAP);
    result.observe(lagEvents, backlog.events, attributes);
    result.observe(lagTime, backlog.oldestRecordedAt === undefined ? 0 : Math.max(0, (Date.now() - backlog.oldestRecordedAt.getTime()) / 1000), attributes);
  };
  meter.addBatchObservableCallback(observe, [lagEvents, lagTime]);
  return { stop: () => meter.removeBatchObservableCallback(observe, [lagEvents, lagTime]) };
}

/**
 * A producer span per message, a child of the trace context the event was recorded with;
 * its own context goes on the message as `traceparent`, so consumers continue from it.
 */
export function startPublishSpan(event: RecordedEvent, topic: string): Span {
  return messagingTracer.startSpan(
    `send ${topic}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'send',
        'messaging.operation.name': 'send',
        'messaging.destination.name': topic,
        'messaging.kafka.message.key': event.streamId,
        'messaging.message.id': event.id,
        'renkei.event.type': event.type,
      },
    },
    contextOfTraceparent(event.metadata['traceparent']),
  );
}

/** Ends a published batch's spans; counts what was published. */
export function endPublishSpans(spans: ReadonlyArray<{ readonly span: Span; readonly topic: string }>, error?: unknown): void {
  const published = new Map<string, number>();
  for (const { span, topic } of spans) {
    if (error !== undefined) {
      markSpanFailed(span, error);
    } else {
      published.set(topic, (published.get(topic) ?? 0) + 1);
    }
    span.end();
  }
  if (published.size === 0) return;
  const { published: counter } = relayInstruments();
  for (const [topic, count] of published) counter.add(count, { 'messaging.destination.name': topic });
}

import { metrics, SpanKind, SpanStatusCode, trace, type Counter, type Histogram, type Span } from '@opentelemetry/api';
import { formatTraceparent, parseTraceparent } from '@renkei/contracts';
import type { EventToAppend } from '@renkei/event-store';

const SCOPE = '@renkei/event-store-postgres';
export const APPEND_SPAN = 'eventstore.append';
export const APPENDED_EVENTS = 'renkei.eventstore.events.appended';
export const APPEND_DURATION = 'renkei.eventstore.append.duration';
const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

const tracer = trace.getTracer(SCOPE);
let instruments: { provider: unknown; appended: Counter; duration: Histogram } | undefined;

/** Created once per meter provider: the SDK registers its provider after this module has loaded. */
function appendInstruments(): { appended: Counter; duration: Histogram } {
  const provider = metrics.getMeterProvider();
  if (instruments?.provider !== provider) {
    const meter = provider.getMeter(SCOPE);
    instruments = {
      provider,
      appended: meter.createCounter(APPENDED_EVENTS, { description: 'Events written to the log (an idempotent replay writes none).', unit: '{event}' }),
      duration: meter.createHistogram(APPEND_DURATION, {
        description: 'Duration of one append to a stream, by outcome.',
        unit: 's',
        advice: { explicitBucketBoundaries: DURATION_BUCKETS },
      }),
    };
  }
  return instruments;
}

/** What an append ended as: appended, replayed, or the port error's code (EVENT_STORE.WRONG_EXPECTED_REVISION ...). */
export type AppendOutcome = string;

/**
 * Runs one append inside an `eventstore.append` span (a child of the caller's active span) and
 * records its duration and the events written. `append` gets the events to store: an event
 * recorded in the caller's trace gets this span as its recorded parent, so the relay's and the
 * consumers' spans hang under the append that wrote it.
 */
export async function tracedAppend<T>(
  streamId: string,
  events: readonly EventToAppend[],
  append: (events: readonly EventToAppend[]) => Promise<{ result: T; outcome: AppendOutcome; written: number }>,
): Promise<T> {
  return tracer.startActiveSpan(
    APPEND_SPAN,
    { kind: SpanKind.CLIENT, attributes: { 'db.system.name': 'postgresql', 'db.operation.name': 'append_to_stream', 'renkei.stream.id': streamId, 'renkei.event.count': events.length } },
    async (span) => {
      const startedAt = performance.now();
      let outcome: AppendOutcome = 'error';
      try {
        const done = await append(recordedUnder(span, events));
        outcome = done.outcome;
        if (done.written > 0) appendInstruments().appended.add(done.written);
        return done.result;
      } catch (error) {
        outcome = errorCode(error);
        span.recordException(error instanceof Error ? error : String(error));
        span.setStatus({ code: SpanStatusCode.ERROR });
        throw error;
      } finally {
        span.setAttribute('renkei.append.outcome', outcome);
        span.end();
        appendInstruments().duration.record((performance.now() - startedAt) / 1000, { 'renkei.append.outcome': outcome });
      }
    },
  );
}

function recordedUnder(span: Span, events: readonly EventToAppend[]): readonly EventToAppend[] {
  if (!span.isRecording()) return events;
  const own = span.spanContext();
  return events.map((event) => {
    const recorded = parseTraceparent(event.metadata?.['traceparent']);
    if (recorded === undefined || recorded.traceId !== own.traceId) return event;
    return { ...event, metadata: { ...event.metadata, traceparent: formatTraceparent(own) } };
  });
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Z_]+\.[A-Z_]+$/.test(code) ? code : 'error';
}

import { randomBytes } from 'node:crypto';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const INVALID_TRACE = '0'.repeat(32);
const INVALID_SPAN = '0'.repeat(16);

/**
 * The parts of a W3C `traceparent`, shaped like OpenTelemetry's SpanContext so instrumentation
 * can hand it to `trace.setSpanContext` as it is (this file stays free of the OpenTelemetry API:
 * contracts are read by the web pages too).
 */
export interface TraceParent {
  readonly traceId: string;
  readonly spanId: string;
  readonly traceFlags: number;
}

/** A valid `traceparent` (version 00, non-zero ids) as its parts; anything else is no trace. */
export function parseTraceparent(value: unknown): TraceParent | undefined {
  if (typeof value !== 'string') return undefined;
  const match = TRACEPARENT.exec(value.trim().toLowerCase());
  if (!match || match[1] === INVALID_TRACE || match[2] === INVALID_SPAN) return undefined;
  return { traceId: match[1] as string, spanId: match[2] as string, traceFlags: parseInt(match[3] as string, 16) };
}

/** The `traceparent` header value of a span context. */
export function formatTraceparent(parent: TraceParent): string {
  return `00-${parent.traceId}-${parent.spanId}-${(parent.traceFlags & 0xff).toString(16).padStart(2, '0')}`;
}

/**
 * The W3C `traceparent` recorded with an event when no span of ours is active: a child of the
 * caller's trace when the request carried a valid one, else the root of a new trace. The relay
 * puts it on the Kafka message, so a write can be followed from HTTP to every consumer.
 */
export function traceparentFor(incoming: string | undefined): string {
  const parent = parseTraceparent(incoming);
  const spanId = randomBytes(8).toString('hex');
  if (parent) return formatTraceparent({ ...parent, spanId });
  return `00-${randomBytes(16).toString('hex')}-${spanId}-01`;
}

import { isSpanContextValid, ROOT_CONTEXT, SpanStatusCode, trace, type Context, type Link, type Span } from '@opentelemetry/api';
import { formatTraceparent, parseTraceparent } from '@renkei/contracts';

export const MESSAGING_SCOPE = '@renkei/messaging';
export const messagingTracer = trace.getTracer(MESSAGING_SCOPE);

/** A span's parent from a recorded or received `traceparent`; the root when there is none (a new trace). */
export function contextOfTraceparent(traceparent: unknown): Context {
  const parent = parseTraceparent(traceparent);
  return parent === undefined ? ROOT_CONTEXT : trace.setSpanContext(ROOT_CONTEXT, { ...parent, isRemote: true });
}

/** A link to a recorded `traceparent`, for a span that handles many events at once. */
export function linkOfTraceparent(traceparent: unknown): Link | undefined {
  const parent = parseTraceparent(traceparent);
  return parent === undefined ? undefined : { context: { ...parent, isRemote: true } };
}

/** The `traceparent` that continues after this span; undefined without a valid context (no SDK, no parent). */
export function traceparentOfSpan(span: Span): string | undefined {
  const own = span.spanContext();
  return isSpanContextValid(own) ? formatTraceparent(own) : undefined;
}

/** Marks `span` as failed with `error` (it is not ended here). */
export function markSpanFailed(span: Span, error: unknown): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR });
}

/** Runs `work` as the span's work: a failure marks the span and is thrown on; the span ends either way. */
export async function endSpanAfter<T>(span: Span, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    markSpanFailed(span, error);
    throw error;
  } finally {
    span.end();
  }
}

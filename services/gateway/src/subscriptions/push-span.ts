import { trace, type Link } from '@opentelemetry/api';
import { contextOfTraceparent, endSpanAfter } from '@renkei/messaging';
import type { OrderChange } from './order-changes';
import type { Push } from './pushes';

export const PUSH_SPAN = 'graphql.subscription.push';
const tracer = trace.getTracer('@renkei/gateway');

/**
 * Works out a push inside a span that continues the trace of the change that caused it (the
 * projection's span, through the NOTIFY): one trace runs from the HTTP write to the subscriber.
 * A change merged from several writes continues the latest and links the others. A change
 * without a trace (after a gap in notifications) is worked out without a span.
 */
export async function tracedPush<T>(change: OrderChange, field: string | undefined, workOut: () => Promise<Push<T>>): Promise<Push<T>> {
  const causes = change.traceparents ?? [];
  const latest = causes[causes.length - 1];
  if (latest === undefined) return workOut();
  const links = causes.slice(0, -1).flatMap((traceparent): Link[] => {
    const context = trace.getSpanContext(contextOfTraceparent(traceparent));
    return context === undefined ? [] : [{ context }];
  });
  return tracer.startActiveSpan(
    PUSH_SPAN,
    { links, attributes: { 'renkei.subscription.field': field ?? 'unknown', 'renkei.subscription.orders': change.orderIds.size } },
    contextOfTraceparent(latest),
    (span) =>
      endSpanAfter(span, async () => {
        const push = await workOut();
        span.setAttribute('renkei.push.outcome', typeof push === 'string' ? push : 'sent');
        return push;
      }),
  );
}

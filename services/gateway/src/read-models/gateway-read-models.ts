import { trace, type Span } from '@opentelemetry/api';
import { formatTraceparent, parseTraceparent, type EventEnvelope } from '@renkei/contracts';
import { endSpanAfter, traceparentOfSpan, type BatchHandler } from '@renkei/messaging';
import type { PoolClient } from 'pg';
import { partyViewProjections } from '../party-views/party-view-tables';
import { orderProjection } from './order-projection';
import type { ReadModelProjection } from './read-model-projection';
import type { ReadModelSchema } from './read-model-schema';

/**
 * Told, inside the projection's transaction, which customer orders a batch changed (delivered on
 * commit). The payload is `{"orderId":…,"traceparent":…}` (well under NOTIFY's 8000 bytes), the
 * trace context of the last event that changed the order, so the subscription push joins its
 * trace; listeners also accept a bare order id, as earlier versions sent.
 */
export const ORDER_CHANGED_CHANNEL = 'renkei_order_changed';
export const PROJECTION_SPAN = 'gateway.projection';
const tracer = trace.getTracer('@renkei/gateway');

/** Every projection of the gateway, in the order a batch is applied to them. */
export function gatewayProjections(schema: ReadModelSchema): ReadModelProjection[] {
  return [orderProjection(schema.tables), ...partyViewProjections(schema.tables)];
}

export function projectedEventTypes(projections: readonly ReadModelProjection[]): string[] {
  return [...new Set(projections.flatMap((projection) => projection.eventTypes))];
}

/** The consumer's handler: each projection gets its part of the batch, in one transaction, in one span. */
export function gatewayBatchHandler(projections: readonly ReadModelProjection[], schemaName: string): BatchHandler {
  return {
    handleBatch: (events: readonly EventEnvelope[], transaction: PoolClient): Promise<void> =>
      tracer.startActiveSpan(PROJECTION_SPAN, { attributes: { 'renkei.event.count': events.length } }, (span) =>
        endSpanAfter(span, async () => {
          for (const projection of projections) {
            const relevant = events.filter((event) => projection.eventTypes.includes(event.type));
            if (relevant.length > 0) await projection.apply(relevant, transaction);
          }
          await notifyChangedOrders(events, transaction, schemaName, span);
        }),
      ),
  };
}

/**
 * NOTIFY inside the transaction is delivered only if it commits: subscribers never hear of rows they cannot read yet.
 * An order hears of its own events (through the timeline) and of the publication of the BOM revision it is built on;
 * one notice per order, carrying the trace context of the batch's last event that touched it.
 */
async function notifyChangedOrders(events: readonly EventEnvelope[], transaction: PoolClient, schemaName: string, projectionSpan: Span): Promise<void> {
  const traceparents = events.map((event) => continuedTraceparent(event, projectionSpan));
  const published = events.flatMap((event, index) =>
    event.type === 'BomRevisionPublished' ? [{ ...(event.data as { productId: string; revision: number }), traceparent: traceparents[index], n: index }] : [],
  );
  await transaction.query(
    `SELECT pg_notify($1, json_build_object('orderId', changed.order_id, 'traceparent', changed.traceparent)::text) FROM (
       SELECT DISTINCT ON (order_id) order_id, traceparent FROM (
         SELECT t.customer_order_id AS order_id, e.traceparent, e.n
           FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS e(event_id, traceparent, n)
           JOIN "${schemaName}".order_timeline t ON t.event_id = e.event_id
         UNION ALL
         SELECT o.order_id, r.traceparent, r.n + 1 FROM "${schemaName}".customer_orders o
           JOIN json_to_recordset($4::json) AS r("productId" text, revision int, traceparent text, n int) ON o.product_id = r."productId" AND o.bom_revision = r.revision
       ) touched WHERE order_id IS NOT NULL ORDER BY order_id, n DESC) changed`,
    [
      ORDER_CHANGED_CHANNEL,
      events.map((event) => event.id),
      traceparents,
      JSON.stringify(published.map(({ productId, revision, traceparent, n }) => ({ productId, revision, traceparent: traceparent ?? null, n }))),
    ],
  );
}

/**
 * The context a push about this event continues: the projection span when it runs in the event's
 * trace (a Kafka message's consumer span is its parent), else the context the event was recorded with.
 */
function continuedTraceparent(event: EventEnvelope, projectionSpan: Span): string | null {
  const recorded = parseTraceparent(event.metadata['traceparent']);
  if (recorded === undefined) return null;
  const projection = projectionSpan.spanContext();
  return projection.traceId === recorded.traceId ? (traceparentOfSpan(projectionSpan) ?? formatTraceparent(recorded)) : formatTraceparent(recorded);
}

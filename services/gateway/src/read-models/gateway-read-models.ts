import type { EventEnvelope } from '@renkei/contracts';
import type { BatchHandler } from '@renkei/messaging';
import type { PoolClient } from 'pg';
import { partyViewProjections } from '../party-views/party-view-tables';
import { orderProjection } from './order-projection';
import type { ReadModelProjection } from './read-model-projection';
import type { ReadModelSchema } from './read-model-schema';

/** Told, inside the projection's transaction, which customer orders a batch changed (delivered on commit). */
export const ORDER_CHANGED_CHANNEL = 'renkei_order_changed';

/** Every projection of the gateway, in the order a batch is applied to them. */
export function gatewayProjections(schema: ReadModelSchema): ReadModelProjection[] {
  return [orderProjection(schema.tables), ...partyViewProjections(schema.tables)];
}

export function projectedEventTypes(projections: readonly ReadModelProjection[]): string[] {
  return [...new Set(projections.flatMap((projection) => projection.eventTypes))];
}

/** The consumer's handler: each projection gets its part of the batch, in one transaction. */
export function gatewayBatchHandler(projections: readonly ReadModelProjection[], schemaName: string): BatchHandler {
  return {
    async handleBatch(events: readonly EventEnvelope[], transaction: PoolClient): Promise<void> {
      for (const projection of projections) {
        const relevant = events.filter((event) => projection.eventTypes.includes(event.type));
        if (relevant.length > 0) await projection.apply(relevant, transaction);
      }
      // NOTIFY inside the transaction is delivered only if it commits: subscribers never hear of rows they cannot read yet.
      // An order hears of its own events (through the timeline) and of the publication of the BOM revision it is built on.
      const published = events.flatMap((event) => (event.type === 'BomRevisionPublished' ? [event.data as { productId: string; revision: number }] : []));
      await transaction.query(
        `SELECT pg_notify($1, changed.order_id) FROM (
           SELECT customer_order_id AS order_id FROM "${schemaName}".order_timeline WHERE event_id = ANY($2::uuid[])
           UNION
           SELECT o.order_id FROM "${schemaName}".customer_orders o
             JOIN json_to_recordset($3::json) AS r("productId" text, revision int) ON o.product_id = r."productId" AND o.bom_revision = r.revision) changed`,
        [ORDER_CHANGED_CHANNEL, events.map((event) => event.id), JSON.stringify(published.map(({ productId, revision }) => ({ productId, revision })))],
      );
    },
  };
}

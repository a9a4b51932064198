import type { CustomerOrderPlacedV1, EventEnvelope } from '@renkei/contracts';
import type { PoolClient } from 'pg';
import type { BatchHandler } from '@renkei/messaging';
import { evolveWorkItemRow, WORK_ITEM_EVENT_TYPES, type WorkItemRow } from './work-item-row';
import { workItemKey, type WorkItemRepository } from './work-item.repository';

/** Every event type the gateway's read model is built from. */
export const PROJECTED_EVENT_TYPES: readonly string[] = [...WORK_ITEM_EVENT_TYPES, 'CustomerOrderPlaced'];

/**
 * Applies a batch of events to the read model inside the consumer's transaction: the rows
 * the batch touches are loaded with one statement, folded in memory and saved with one,
 * so a busy log costs two round trips per batch rather than two per event.
 */
export function workItemProjection(repository: WorkItemRepository): BatchHandler {
  return {
    async handleBatch(events: readonly EventEnvelope[], transaction: PoolClient): Promise<void> {
      for (const event of events) {
        if (event.type !== 'CustomerOrderPlaced') continue;
        const placed = event.data as unknown as CustomerOrderPlacedV1;
        await repository.saveCustomerOrder(transaction, placed.orderId, placed.ownerId, new Date(placed.placedAt));
      }
      const workEvents = events.filter((event) => (WORK_ITEM_EVENT_TYPES as readonly string[]).includes(event.type));
      if (workEvents.length === 0) return;
      const lineOf = (event: EventEnvelope) => event.data as { poId: string; lineNo: number };
      const rows = await repository.loadMany(transaction, workEvents.map(lineOf));
      const changed = new Set<string>();
      for (const event of workEvents) {
        const key = workItemKey(lineOf(event).poId, lineOf(event).lineNo);
        const current = rows.get(key) ?? null;
        const next = evolveWorkItemRow(current, event);
        if (next === null || next === current) continue;
        rows.set(key, next);
        changed.add(key);
      }
      await repository.saveMany(transaction, [...changed].map((key) => rows.get(key) as WorkItemRow));
    },
  };
}

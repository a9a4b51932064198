import type { CustomerOrderPlacedV1, EventEnvelope } from '@renkei/contracts';
import type { PoolClient } from 'pg';
import { evolveWorkItemRow, WORK_ITEM_EVENT_TYPES } from './work-item-row';

/** Every event type the gateway's read model is built from. */
export const PROJECTED_EVENT_TYPES: readonly string[] = [...WORK_ITEM_EVENT_TYPES, 'CustomerOrderPlaced'];
import type { WorkItemRepository } from './work-item.repository';

/** Applies one event to the work_items read model inside the consumer's transaction. */
export function workItemProjection(repository: WorkItemRepository) {
  return async (event: EventEnvelope, transaction: PoolClient): Promise<void> => {
    if (event.type === 'CustomerOrderPlaced') {
      const placed = event.data as unknown as CustomerOrderPlacedV1;
      await repository.saveCustomerOrder(transaction, placed.orderId, placed.ownerId, new Date(placed.placedAt));
      return;
    }
    if (!(WORK_ITEM_EVENT_TYPES as readonly string[]).includes(event.type)) return;
    const data = event.data as { poId: string; lineNo: number };
    const current = await repository.load(transaction, data.poId, data.lineNo);
    const next = evolveWorkItemRow(current, event);
    if (next !== null && next !== current) await repository.save(transaction, next);
  };
}

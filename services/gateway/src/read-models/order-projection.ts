import type { EventEnvelope } from '@renkei/contracts';
import type { PoolClient } from 'pg';
import { BOM_NODE_EVENT_TYPES, bomNodeRowsOf, type BomNodeRow } from './bom-nodes/bom-node-rows';
import { CUSTOMER_ORDER_EVENT_TYPES, evolveCustomerOrderRow, type CustomerOrderRow } from './customer-orders/customer-order-row';
import { foldRows, type RowProjection } from './fold-rows';
import { PURCHASE_ORDER_ROW_EVENT_TYPES, evolvePurchaseOrderRow, type PurchaseOrderRow } from './purchase-orders/purchase-order-row';
import type { ReadModelProjection } from './read-model-projection';
import type { ReadModelTable } from './read-model-table';
import { timelineRowOf, type TimelineEventRow } from './timeline/timeline-rows';
import { WORK_ITEM_EVENT_TYPES, evolveWorkItemRow, type WorkItemRow } from './work-items/work-item-row';

export interface OrderTables {
  readonly customerOrders: ReadModelTable<CustomerOrderRow>;
  readonly purchaseOrders: ReadModelTable<PurchaseOrderRow>;
  readonly workItems: ReadModelTable<WorkItemRow>;
  readonly bomNodes: ReadModelTable<BomNodeRow>;
  readonly timeline: ReadModelTable<TimelineEventRow>;
}

const orderData = (event: EventEnvelope) => event.data as { orderId?: string; poId?: string; lineNo?: number };

export function customerOrderRows(table: ReadModelTable<CustomerOrderRow>): RowProjection<CustomerOrderRow> {
  return {
    table,
    keyOf: (event) => ((CUSTOMER_ORDER_EVENT_TYPES as readonly string[]).includes(event.type) ? { orderId: orderData(event).orderId as string } : null),
    keyString: (key) => key.orderId as string,
    evolve: evolveCustomerOrderRow,
  };
}

export function purchaseOrderRows(table: ReadModelTable<PurchaseOrderRow>): RowProjection<PurchaseOrderRow> {
  return {
    table,
    keyOf: (event) => (PURCHASE_ORDER_ROW_EVENT_TYPES.includes(event.type) ? { poId: orderData(event).orderId as string } : null),
    keyString: (key) => key.poId as string,
    evolve: evolvePurchaseOrderRow,
  };
}

export function workItemRows(table: ReadModelTable<WorkItemRow>): RowProjection<WorkItemRow> {
  return {
    table,
    keyOf: (event) => {
      if (!(WORK_ITEM_EVENT_TYPES as readonly string[]).includes(event.type)) return null;
      const { poId, lineNo } = orderData(event);
      return { poId: poId as string, lineNo: lineNo as number };
    },
    keyString: (key) => workItemKey(key.poId as string, key.lineNo as number),
    evolve: evolveWorkItemRow,
  };
}

export function workItemKey(poId: string, lineNo: number): string {
  return `${poId}/${lineNo}`;
}

export const ORDER_PROJECTION_EVENT_TYPES: readonly string[] = [
  ...CUSTOMER_ORDER_EVENT_TYPES,
  ...PURCHASE_ORDER_ROW_EVENT_TYPES,
  ...WORK_ITEM_EVENT_TYPES,
  ...BOM_NODE_EVENT_TYPES,
];

/**
 * The read models behind an order's end-to-end view: customer orders, purchase orders at
 * every tier, work items, BOM trees and the order timeline. They are applied together
 * because the timeline learns from the other rows which customer order an event serves.
 */
export function orderProjection(tables: OrderTables): ReadModelProjection {
  const customerOrders = customerOrderRows(tables.customerOrders);
  const purchaseOrders = purchaseOrderRows(tables.purchaseOrders);
  const workItems = workItemRows(tables.workItems);
  return {
    eventTypes: ORDER_PROJECTION_EVENT_TYPES,
    async apply(events: readonly EventEnvelope[], transaction: PoolClient): Promise<void> {
      const customerOrderRowsByKey = await foldRows(customerOrders, events, transaction);
      const purchaseOrderRowsByKey = await foldRows(purchaseOrders, events, transaction);
      const workItemRowsByKey = await foldRows(workItems, events, transaction);
      await tables.bomNodes.saveMany(transaction, events.flatMap(bomNodeRowsOf));
      const timeline = events.flatMap((event) => {
        const row = timelineRowOf(event, {
          customerOrder: (orderId) => customerOrderRowsByKey.get(orderId),
          purchaseOrder: (poId) => purchaseOrderRowsByKey.get(poId),
          workItem: (poId, lineNo) => workItemRowsByKey.get(workItemKey(poId, lineNo)),
        });
        return row === null ? [] : [row];
      });
      await tables.timeline.saveMany(transaction, timeline);
    },
  };
}

import type { EventEnvelope } from '@renkei/contracts';
import type { PoolClient } from 'pg';
import { BOM_NODE_EVENT_TYPES, bomNodeRowsOf, type BomNodeRow } from './bom-nodes/bom-node-rows';
import { CUSTOMER_ORDER_EVENT_TYPES, evolveCustomerOrderRow, type CustomerOrderRow } from './customer-orders/customer-order-row';
import { ReplayedRows, foldRows, type RowProjection } from './fold-rows';
import { PURCHASE_ORDER_ROW_EVENT_TYPES, evolvePurchaseOrderRow, type PurchaseOrderRow } from './purchase-orders/purchase-order-row';
import type { ProjectionReplay, ReadModelProjection, Rebuild } from './read-model-projection';
import type { ReadModelTable } from './read-model-table';
import { timelineRowOf, type OrderOwnership, type TimelineEventRow } from './timeline/timeline-rows';
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

/** The rows a batch touched, by key string: which customer order each of its events serves. */
interface TouchedRows {
  readonly customerOrders: ReadonlyMap<string, CustomerOrderRow>;
  readonly purchaseOrders: ReadonlyMap<string, PurchaseOrderRow>;
  readonly workItems: ReadonlyMap<string, WorkItemRow>;
}

function timelineRowsOf(events: readonly EventEnvelope[], touched: TouchedRows): TimelineEventRow[] {
  const owners: OrderOwnership = {
    customerOrder: (orderId) => touched.customerOrders.get(orderId),
    purchaseOrder: (poId) => touched.purchaseOrders.get(poId),
    workItem: (poId, lineNo) => touched.workItems.get(workItemKey(poId, lineNo)),
  };
  return events.flatMap((event) => {
    const row = timelineRowOf(event, owners);
    return row === null ? [] : [row];
  });
}

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
      const touched = {
        customerOrders: await foldRows(customerOrders, events, transaction),
        purchaseOrders: await foldRows(purchaseOrders, events, transaction),
        workItems: await foldRows(workItems, events, transaction),
      };
      await tables.bomNodes.saveMany(transaction, events.flatMap(bomNodeRowsOf));
      await tables.timeline.saveMany(transaction, timelineRowsOf(events, touched));
    },
    replay(rebuild: Rebuild): ProjectionReplay {
      const { statements } = rebuild;
      const held = {
        customerOrders: new ReplayedRows(customerOrders, rebuild),
        purchaseOrders: new ReplayedRows(purchaseOrders, rebuild),
        workItems: new ReplayedRows(workItems, rebuild),
      };
      // A BOM revision's rows are inserted. Published again, they go through saveMany's upsert, as
      // in the consumer (the later rows win). One key per revision is kept to tell.
      const published = new Set<string>();
      const saveBomNodes = (rows: BomNodeRow[]) => {
        const first = rows[0];
        if (first === undefined) return;
        const revision = `${first.productId}\u0000${first.revision}`;
        void statements.send(published.has(revision) ? (transaction) => tables.bomNodes.saveMany(transaction, rows) : tables.bomNodes.insertion(rows));
        published.add(revision);
      };
      return {
        async apply(events: readonly EventEnvelope[]): Promise<void> {
          // BOM rows first: they need no folded row, and PostgreSQL copies them while the rest is folded.
          for (const event of events) saveBomNodes(bomNodeRowsOf(event));
          const touched = {
            customerOrders: await held.customerOrders.fold(events),
            purchaseOrders: await held.purchaseOrders.fold(events),
            workItems: await held.workItems.fold(events),
          };
          // An event is in the log once (the event store refuses an id it holds), so is its timeline row.
          void statements.send(tables.timeline.insertion(timelineRowsOf(events, touched)));
        },
        async finish(): Promise<void> {
          await held.customerOrders.flush();
          await held.purchaseOrders.flush();
          await held.workItems.flush();
        },
      };
    },
  };
}

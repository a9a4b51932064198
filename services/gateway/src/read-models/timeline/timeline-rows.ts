import type { EventEnvelope } from '@renkei/contracts';
import type { CustomerOrderRow } from '../customer-orders/customer-order-row';
import type { PurchaseOrderRow } from '../purchase-orders/purchase-order-row';
import type { WorkItemRow } from '../work-items/work-item-row';
import type { TimelineEventEntity } from './timeline-event.entity';

export type TimelineEventRow = TimelineEventEntity;

/** Where the batch's folded rows tell which customer order an event belongs to. */
export interface OrderOwnership {
  customerOrder(orderId: string): CustomerOrderRow | undefined;
  purchaseOrder(poId: string): PurchaseOrderRow | undefined;
  workItem(poId: string, lineNo: number): WorkItemRow | undefined;
}

/** The timeline entry of an event, or null when it touches no customer order (RFQs, companies, unopened work). */
export function timelineRowOf(event: EventEnvelope, owners: OrderOwnership): TimelineEventRow | null {
  const data = event.data as { orderId?: string; poId?: string; lineNo?: number };
  const [logCommit = '0', logPrepare = '0'] = event.logPosition.split('-');
  const entry = (customerOrderId: string | null | undefined, subject: string, poId: string | null, lineNo: number | null): TimelineEventRow | null =>
    customerOrderId
      ? {
          eventId: event.id,
          customerOrderId,
          logCommit,
          logPrepare,
          streamId: event.streamId,
          revision: Number(event.revision),
          type: event.type,
          schemaVersion: event.schemaVersion,
          recordedAt: event.recordedAt.toISOString(),
          subject,
          poId,
          lineNo,
          data: event.data,
        }
      : null;
  if (event.streamId.startsWith('order-') && data.orderId !== undefined) {
    const customerOrder = owners.customerOrder(data.orderId);
    if (customerOrder !== undefined) return entry(customerOrder.orderId, 'customer_order', null, null);
    const purchaseOrder = owners.purchaseOrder(data.orderId);
    return entry(purchaseOrder?.customerOrderId, 'purchase_order', data.orderId, null);
  }
  if (event.streamId.startsWith('work-') && data.poId !== undefined && data.lineNo !== undefined) {
    return entry(owners.workItem(data.poId, data.lineNo)?.customerOrderId, 'work_item', data.poId, data.lineNo);
  }
  return null;
}

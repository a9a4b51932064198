import type { CustomerOrderClosedV1, CustomerOrderPlacedV1, EventEnvelope } from '@renkei/contracts';
import type { CustomerOrderEntity } from './customer-order.entity';

export type CustomerOrderRow = CustomerOrderEntity;

export const CUSTOMER_ORDER_EVENT_TYPES = ['CustomerOrderPlaced', 'CustomerOrderClosed'] as const;

/** Pure projection step; a stream revision already applied changes nothing. */
export function evolveCustomerOrderRow(row: CustomerOrderRow | null, event: EventEnvelope): CustomerOrderRow | null {
  if (row !== null && Number(event.revision) <= row.lastRevision) return row;
  if (event.type === 'CustomerOrderPlaced') {
    const placed = event.data as unknown as CustomerOrderPlacedV1;
    return {
      orderId: placed.orderId,
      ownerId: placed.ownerId,
      customerName: placed.customerName,
      customerRef: placed.customerRef,
      productId: placed.bomProductId,
      bomRevision: placed.bomRevision,
      lines: placed.lines.map(({ lineNo, partNumber, bomNodeId, quantity, dueDate }) => ({ lineNo, partNumber, bomNodeId, quantity, dueDate })),
      status: 'open',
      placedAt: placed.placedAt,
      closedAt: null,
      lastRevision: Number(event.revision),
    };
  }
  if (event.type === 'CustomerOrderClosed' && row !== null) {
    const closed = event.data as unknown as CustomerOrderClosedV1;
    return { ...row, status: 'closed', closedAt: closed.closedAt, lastRevision: Number(event.revision) };
  }
  return row;
}

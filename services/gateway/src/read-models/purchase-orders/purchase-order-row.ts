import type { EventEnvelope } from '@renkei/contracts';
import { PURCHASE_ORDER_EVENT_TYPES, evolvePurchaseOrder, initialPurchaseOrder, type OrdersEvent, type PurchaseOrder } from '@renkei/orders';
import type { PurchaseOrderEntity } from './purchase-order.entity';

export type PurchaseOrderRow = PurchaseOrderEntity;

export const PURCHASE_ORDER_ROW_EVENT_TYPES: readonly string[] = PURCHASE_ORDER_EVENT_TYPES;

/**
 * Pure projection step: the orders context's own evolve folds the state (so quantities after
 * changes, shipments and receipts follow its rules), and the columns the gateway queries are
 * read off that state. A stream revision already applied changes nothing.
 */
export function evolvePurchaseOrderRow(row: PurchaseOrderRow | null, event: EventEnvelope): PurchaseOrderRow | null {
  if (!PURCHASE_ORDER_ROW_EVENT_TYPES.includes(event.type)) return row;
  if (row !== null && Number(event.revision) <= row.lastRevision) return row;
  if (row === null && event.type !== 'PurchaseOrderIssued') return row;
  const state = evolvePurchaseOrder(row?.state ?? initialPurchaseOrder, { type: event.type, data: event.data } as unknown as OrdersEvent);
  return rowOf(state, event, row) ?? row;
}

function rowOf(state: PurchaseOrder, event: EventEnvelope, previous: PurchaseOrderRow | null): PurchaseOrderRow | null {
  if (state.status === 'None' || state.status === 'OtherKind') return null;
  return {
    poId: state.orderId,
    customerOrderId: state.customerOrderId,
    parentPoId: state.parent?.orderId ?? null,
    parentLineNo: state.parent?.lineNo ?? null,
    buyerId: state.buyerId,
    supplierId: state.supplierId,
    tier: state.tier,
    status: state.status,
    lines: state.lines.map(({ lineNo, partNumber, bomNodeId, quantity, dueDate, shipped, inTransit, received, rejected }) => ({
      lineNo, partNumber, bomNodeId, quantity, dueDate, shipped, inTransit, received, rejected,
    })),
    prices: state.lines.map(({ lineNo, unitPrice }) => ({ lineNo, unitPrice })),
    nodeIds: [...new Set(state.lines.map((line) => line.bomNodeId))],
    issuedAt: state.issuedAt,
    updatedAt: previous === null ? state.issuedAt : event.recordedAt.toISOString(),
    state,
    lastRevision: Number(event.revision),
  };
}

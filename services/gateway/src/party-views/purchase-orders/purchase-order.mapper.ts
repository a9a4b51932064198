import { pendingChangeOf } from './pending-change';
import { PendingChangeKindModel, type PurchaseOrderModel, type PurchaseOrderPendingChangeModel } from './purchase-order.model';
import type { VisiblePurchaseOrderDetail } from './purchase-order.query';

/** Lines picked by name; a line's price comes only from the prices the query let through. */
export function toPurchaseOrderModel(order: VisiblePurchaseOrderDetail): PurchaseOrderModel {
  const priceOf = (lineNo: number) => {
    const unitPrice = order.prices?.find((price) => price.lineNo === lineNo)?.unitPrice ?? null;
    return unitPrice === null ? null : { amount: unitPrice.amount, currency: unitPrice.currency };
  };
  return {
    poId: order.poId,
    customerOrderId: order.customerOrderId,
    buyerId: order.buyerId,
    supplierId: order.supplierId,
    tier: order.tier,
    status: order.status,
    parent: order.parentPoId === null || order.parentLineNo === null ? null : { poId: order.parentPoId, lineNo: order.parentLineNo },
    lines: order.lines.map(({ lineNo, partNumber, bomNodeId, quantity, dueDate, shipped, inTransit, received, rejected }) => ({
      lineNo,
      partNumber,
      bomNodeId,
      quantity,
      dueDate,
      shipped,
      inTransit,
      received,
      rejected,
      unitPrice: priceOf(lineNo),
    })),
    pricesShown: order.prices !== null,
    pendingChange: pendingChangeModel(order),
    issuedAt: new Date(order.issuedAt),
    updatedAt: new Date(order.updatedAt),
  };
}

function pendingChangeModel(order: VisiblePurchaseOrderDetail): PurchaseOrderPendingChangeModel | null {
  const change = order.changeState === null ? null : pendingChangeOf(order.changeState, order.buyerId, order.supplierId);
  if (change === null) return null;
  return { ...change, kind: PendingChangeKindModel[change.kind], lines: change.lines.map((line) => ({ ...line })) };
}

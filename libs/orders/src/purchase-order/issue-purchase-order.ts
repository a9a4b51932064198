import type { PurchaseOrderIssued } from './purchase-order-events';
import type { IssuePurchaseOrder } from './purchase-order-commands';
import type { PurchaseOrder } from './purchase-order-state';
import { assertWellFormedLines } from '../command-invariants';
import { OrdersError } from '../orders-error';

/**
 * A lead orders for its customer order (tier 1, no parent); a workshop orders from a
 * sub-workshop for a line it supplies itself (parent's tier + 1), to any depth.
 */
export function issuePurchaseOrder(command: IssuePurchaseOrder, state: PurchaseOrder): PurchaseOrderIssued[] {
  const { data, metadata } = command;
  const { actor, now } = metadata;
  if (actor.role !== 'lead' && actor.role !== 'workshop') {
    throw new OrdersError('ORDERS.ROLE_NOT_ALLOWED', `only a lead or a workshop buys, not a ${actor.role}`);
  }
  if (state.status === 'OtherKind') throw new OrdersError('ORDERS.WRONG_ORDER_KIND', `order ${data.orderId} is a customer order, not a purchase order`);
  if (state.status !== 'None') throw new OrdersError('ORDERS.ALREADY_ISSUED', `purchase order ${data.orderId} is already issued`);
  if (data.supplierId === actor.companyId) {
    throw new OrdersError('ORDERS.SELF_SUPPLY', 'a company cannot order from itself', [{ field: 'supplierId', rule: 'must differ from the buyer', allowed: 'another company' }]);
  }
  assertWellFormedLines('lines', data.lines, [{ name: 'quantity', minimum: 1 }]);
  return [
    {
      type: 'PurchaseOrderIssued',
      data: {
        orderId: data.orderId,
        customerOrderId: data.customerOrderId,
        parent: data.parent === null ? null : { orderId: data.parent.orderId, lineNo: data.parent.lineNo },
        buyerId: actor.companyId,
        supplierId: data.supplierId,
        tier: tierOf(command),
        lines: data.lines.map(({ lineNo, partNumber, bomNodeId, quantity, dueDate, unitPrice }) => ({
          lineNo,
          partNumber,
          bomNodeId,
          quantity,
          dueDate,
          unitPrice: unitPrice === null ? null : { amount: unitPrice.amount, currency: unitPrice.currency },
        })),
        issuedAt: now.toISOString(),
      },
    },
  ];
}

function tierOf({ data, metadata }: IssuePurchaseOrder): number {
  const { actor, lookups } = metadata;
  if (data.parent === null) {
    // Only the lead stands at the top of a chain; a workshop buys because it supplies something itself.
    if (actor.role !== 'lead') {
      throw new OrdersError('ORDERS.PARENT_REQUIRED', 'a workshop orders for a purchase order line it supplies', [
        { field: 'parent', rule: 'is required when a workshop buys', allowed: '{ "orderId": ..., "lineNo": ... } of the line you supply' },
      ]);
    }
    return 1;
  }
  const parentOrder = lookups.parentOrder;
  if (parentOrder === null || parentOrder.orderId !== data.parent.orderId) {
    // A wiring fault, not the caller's: the service looks the parent up before deciding.
    throw new OrdersError('ORDERS.PARENT_LOOKUP_MISSING', `purchase order ${data.parent.orderId} was not looked up (does it exist?)`, [
      { field: 'parent.orderId', rule: 'must name an issued purchase order', allowed: 'the id of a purchase order you supply' },
    ]);
  }
  if (parentOrder.supplierId !== actor.companyId) {
    throw new OrdersError('ORDERS.NOT_SUPPLIER_OF_PARENT', `you do not supply purchase order ${parentOrder.orderId}`, [
      { field: 'parent.orderId', rule: 'must be a purchase order whose supplier is the buyer', allowed: 'a purchase order you supply' },
    ]);
  }
  if (!parentOrder.lineNos.includes(data.parent.lineNo)) {
    throw new OrdersError('ORDERS.UNKNOWN_PARENT_LINE', `purchase order ${parentOrder.orderId} has no line ${data.parent.lineNo}`, [
      { field: 'parent.lineNo', rule: 'must be a line of the parent order', allowed: parentOrder.lineNos.join(', ') },
    ]);
  }
  if (parentOrder.customerOrderId !== data.customerOrderId) {
    throw new OrdersError('ORDERS.CUSTOMER_ORDER_MISMATCH', `purchase order ${parentOrder.orderId} serves customer order ${parentOrder.customerOrderId}`, [
      { field: 'customerOrderId', rule: "must be the parent order's customer order", allowed: parentOrder.customerOrderId },
    ]);
  }
  return parentOrder.tier + 1;
}

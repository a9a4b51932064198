import type { OrderLineChangeV1 } from '@renkei/contracts';
import type { OrdersActor } from '../command-metadata';
import { OrdersError } from '../orders-error';
import { piecesUnderway, type AcceptedPurchaseOrder, type IssuedPurchaseOrder, type PurchaseOrder, type PurchaseOrderLine } from './purchase-order-state';

// Checks run in this order: does the order exist for the actor, is the actor in the right role,
// does its status allow the command. So a company outside the order learns nothing about it.

/**
 * The order, if the actor buys or supplies it. Anyone else gets the refusal a never-issued order
 * gets, word for word, so a write cannot tell a stranger that the order exists.
 */
export function existingOrder(state: PurchaseOrder, orderId: string, actor: OrdersActor): IssuedPurchaseOrder {
  if (state.status === 'OtherKind') throw new OrdersError('ORDERS.WRONG_ORDER_KIND', `order ${orderId} is a customer order, not a purchase order`);
  if (state.status === 'None' || (actor.companyId !== state.buyerId && actor.companyId !== state.supplierId)) {
    throw new OrdersError('ORDERS.NOT_ISSUED', `purchase order ${orderId} was never issued, or is not yours to see`);
  }
  return state;
}

export function requireSupplier(order: IssuedPurchaseOrder, actor: OrdersActor): void {
  if (actor.companyId !== order.supplierId) throw new OrdersError('ORDERS.NOT_THE_SUPPLIER', `only the supplier of purchase order ${order.orderId} may do this`);
}

export function requireBuyer(order: IssuedPurchaseOrder, actor: OrdersActor): void {
  if (actor.companyId !== order.buyerId) throw new OrdersError('ORDERS.NOT_THE_BUYER', `only the buyer of purchase order ${order.orderId} may do this`);
}

/** Rejected, cancelled and closed orders take no further commands (receipts of goods already on their way aside). */
export function refuseIfOver(order: IssuedPurchaseOrder): void {
  switch (order.status) {
    case 'Rejected':
      throw new OrdersError('ORDERS.ORDER_REJECTED', `purchase order ${order.orderId} was rejected by the supplier`);
    case 'Cancelled':
      throw new OrdersError('ORDERS.ALREADY_CANCELLED', `purchase order ${order.orderId} is cancelled`);
    case 'Closed':
      throw new OrdersError('ORDERS.ALREADY_CLOSED', `purchase order ${order.orderId} is closed`);
    default:
      return;
  }
}

export function requireAccepted(order: IssuedPurchaseOrder): AcceptedPurchaseOrder {
  refuseIfOver(order);
  if (order.status !== 'Accepted') throw new OrdersError('ORDERS.NOT_ACCEPTED', `purchase order ${order.orderId} is not accepted yet (${order.status})`);
  return order;
}

export function lineOf(order: IssuedPurchaseOrder, lineNo: number, field: string): PurchaseOrderLine {
  const line = order.lines.find((candidate) => candidate.lineNo === lineNo);
  if (line === undefined) {
    throw new OrdersError('ORDERS.UNKNOWN_LINE', `purchase order ${order.orderId} has no line ${lineNo}`, [
      { field, rule: 'must be a line of the order', allowed: order.lines.map((candidate) => candidate.lineNo).join(', ') },
    ]);
  }
  return line;
}

/** Every change names a line, never goes below what is already shipped, and together they change something. */
export function checkChanges(order: IssuedPurchaseOrder, changes: readonly OrderLineChangeV1[]): void {
  let real = false;
  changes.forEach((change, index) => {
    const line = lineOf(order, change.lineNo, `changes[${index}].lineNo`);
    if (change.quantity !== null && change.quantity < piecesUnderway(line)) {
      throw new OrdersError('ORDERS.BELOW_SHIPPED', `line ${line.lineNo} already has ${piecesUnderway(line)} pieces shipped`, [
        { field: `changes[${index}].quantity`, rule: 'must not be below the pieces already shipped and not rejected', allowed: `${piecesUnderway(line)} or more` },
      ]);
    }
    if ((change.quantity !== null && change.quantity !== line.quantity) || (change.dueDate !== null && change.dueDate !== line.dueDate)) real = true;
  });
  if (!real) throw new OrdersError('ORDERS.NO_REAL_CHANGE', `the changes leave purchase order ${order.orderId} as it is`);
}

/** Every piece ordered is received into stock: nothing is left to happen on this order. */
export function receivedInFull(lines: readonly PurchaseOrderLine[]): boolean {
  return lines.every((line) => line.received >= line.quantity);
}

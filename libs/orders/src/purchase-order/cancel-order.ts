import { assertReason } from '../command-invariants';
import { OrdersError } from '../orders-error';
import type { CancelOrder } from './purchase-order-commands';
import type { OrderCancelled } from './purchase-order-events';
import { existingOrder, refuseIfOver, requireBuyer } from './purchase-order-guards';
import { piecesUnderway, type PurchaseOrder } from './purchase-order-state';

/** The buyer may withdraw until everything is on its way or in; goods already shipped may still be received. */
export function cancelOrder(command: CancelOrder, state: PurchaseOrder): OrderCancelled[] {
  const order = existingOrder(state, command.data.orderId, command.metadata.actor);
  requireBuyer(order, command.metadata.actor);
  refuseIfOver(order);
  if (order.lines.every((line) => piecesUnderway(line) >= line.quantity)) {
    throw new OrdersError('ORDERS.ALREADY_SHIPPED_IN_FULL', `every piece of purchase order ${order.orderId} is already shipped`);
  }
  assertReason(command.data.reason);
  const { actor, now } = command.metadata;
  return [{ type: 'OrderCancelled', data: { orderId: order.orderId, cancelledBy: actor.companyId, reason: command.data.reason, cancelledAt: now.toISOString() } }];
}

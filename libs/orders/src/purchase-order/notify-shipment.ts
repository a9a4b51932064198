import { assertWellFormedLines } from '../command-invariants';
import { OrdersError } from '../orders-error';
import type { NotifyShipment } from './purchase-order-commands';
import type { ShipmentNotified } from './purchase-order-events';
import { existingOrder, lineOf, requireAccepted, requireSupplier } from './purchase-order-guards';
import { piecesUnderway, type PurchaseOrder } from './purchase-order-state';

/** Clocks at a shipping dock drift; a shipment a little ahead of ours is not a lie. */
const CLOCK_SKEW_TOLERANCE_MS = 5 * 60 * 1000;

/** Partial shipments are normal; replacements for rejected or missing pieces are shipments too. */
export function notifyShipment(command: NotifyShipment, state: PurchaseOrder): ShipmentNotified[] {
  const { data, metadata } = command;
  const order = existingOrder(state, data.orderId, metadata.actor);
  requireSupplier(order, metadata.actor);
  requireAccepted(order);
  if (order.shipments.some((shipment) => shipment.shipmentId === data.shipmentId)) {
    throw new OrdersError('ORDERS.DUPLICATE_SHIPMENT', `shipment ${data.shipmentId} was already notified on purchase order ${order.orderId}`, [
      { field: 'shipmentId', rule: 'must be new on this order', allowed: 'an id not used before' },
    ]);
  }
  assertWellFormedLines('lines', data.lines, [{ name: 'quantity', minimum: 1 }]);
  if (Number.isNaN(data.shippedAt.getTime())) {
    throw new OrdersError('ORDERS.INVALID_INPUT', 'shippedAt is not a time', [{ field: 'shippedAt', rule: 'must be a timestamp', allowed: 'RFC 3339' }]);
  }
  if (data.shippedAt.getTime() > metadata.now.getTime() + CLOCK_SKEW_TOLERANCE_MS) {
    throw new OrdersError('ORDERS.SHIPPED_IN_THE_FUTURE', `shippedAt ${data.shippedAt.toISOString()} is later than now (${metadata.now.toISOString()})`, [
      { field: 'shippedAt', rule: 'must not be in the future', allowed: `at most ${metadata.now.toISOString()} plus 5 minutes of clock skew` },
    ]);
  }
  data.lines.forEach((shipped, index) => {
    const line = lineOf(order, shipped.lineNo, `lines[${index}].lineNo`);
    const open = line.quantity - piecesUnderway(line);
    if (shipped.quantity > open) {
      throw new OrdersError('ORDERS.OVER_SHIPMENT', `line ${line.lineNo} has ${open} of ${line.quantity} pieces left to ship`, [
        { field: `lines[${index}].quantity`, rule: 'must not exceed the pieces ordered and not yet shipped', allowed: `at most ${open}` },
      ]);
    }
  });
  return [
    {
      type: 'ShipmentNotified',
      data: {
        orderId: order.orderId,
        shipmentId: data.shipmentId,
        shippedBy: metadata.actor.companyId,
        lines: data.lines.map(({ lineNo, quantity }) => ({ lineNo, quantity })),
        shippedAt: data.shippedAt.toISOString(),
        notifiedAt: metadata.now.toISOString(),
      },
    },
  ];
}

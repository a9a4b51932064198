import { assertWellFormedLines } from '../command-invariants';
import { OrdersError } from '../orders-error';
import { evolvePurchaseOrder } from './evolve-purchase-order';
import type { ConfirmReceipt } from './purchase-order-commands';
import type { GoodsReceived, PurchaseOrderClosed } from './purchase-order-events';
import { existingOrder, receivedInFull, requireBuyer } from './purchase-order-guards';
import type { PurchaseOrder } from './purchase-order-state';

/**
 * The buyer checks one shipment in: `receivedQuantity` pieces go into stock, `rejectedQuantity`
 * are refused, and the rest never arrived. Only received pieces count; when every line has all
 * its pieces received, the order closes in the same decision.
 */
export function confirmReceipt(command: ConfirmReceipt, state: PurchaseOrder): Array<GoodsReceived | PurchaseOrderClosed> {
  const { data, metadata } = command;
  const order = existingOrder(state, data.orderId, metadata.actor);
  requireBuyer(order, metadata.actor);
  // A cancelled order may still have goods on the road; they are received like any others.
  if (order.status === 'Rejected') throw new OrdersError('ORDERS.ORDER_REJECTED', `purchase order ${order.orderId} was rejected by the supplier`);
  if (order.status === 'Closed') throw new OrdersError('ORDERS.ALREADY_CLOSED', `purchase order ${order.orderId} is closed`);
  const shipment = order.shipments.find((candidate) => candidate.shipmentId === data.shipmentId);
  if (shipment === undefined) {
    throw new OrdersError('ORDERS.UNKNOWN_SHIPMENT', `purchase order ${order.orderId} has no shipment ${data.shipmentId}`, [
      { field: 'shipmentId', rule: 'must name a notified shipment', allowed: order.shipments.map((candidate) => candidate.shipmentId).join(', ') || 'none notified yet' },
    ]);
  }
  if (shipment.received) throw new OrdersError('ORDERS.ALREADY_RECEIVED', `shipment ${shipment.shipmentId} is already received`);
  assertWellFormedLines('lines', data.lines, [
    { name: 'receivedQuantity', minimum: 0 },
    { name: 'rejectedQuantity', minimum: 0 },
  ]);
  const shippedLineNos = shipment.lines.map((line) => line.lineNo).sort((a, b) => a - b);
  const receiptLineNos = data.lines.map((line) => line.lineNo).sort((a, b) => a - b);
  if (shippedLineNos.join(',') !== receiptLineNos.join(',')) {
    throw new OrdersError('ORDERS.RECEIPT_LINES_MISMATCH', `shipment ${shipment.shipmentId} carried lines ${shippedLineNos.join(', ')}`, [
      { field: 'lines', rule: 'must list every line of the shipment, and only those', allowed: `lines ${shippedLineNos.join(', ')}` },
    ]);
  }
  data.lines.forEach((receipt, index) => {
    const shipped = shipment.lines.find((line) => line.lineNo === receipt.lineNo)?.quantity ?? 0;
    if (receipt.receivedQuantity + receipt.rejectedQuantity > shipped) {
      throw new OrdersError('ORDERS.OVER_RECEIPT', `shipment ${shipment.shipmentId} carried ${shipped} pieces of line ${receipt.lineNo}`, [
        { field: `lines[${index}]`, rule: 'receivedQuantity + rejectedQuantity must not exceed the pieces shipped', allowed: `at most ${shipped} in all` },
      ]);
    }
  });
  const received: GoodsReceived = {
    type: 'GoodsReceived',
    data: {
      orderId: order.orderId,
      shipmentId: shipment.shipmentId,
      receivedBy: metadata.actor.companyId,
      lines: data.lines.map(({ lineNo, receivedQuantity, rejectedQuantity }) => ({ lineNo, receivedQuantity, rejectedQuantity })),
      receivedAt: metadata.now.toISOString(),
    },
  };
  const after = evolvePurchaseOrder(order, received);
  if (order.status === 'Accepted' && after.status === 'Accepted' && receivedInFull(after.lines)) {
    return [received, { type: 'PurchaseOrderClosed', data: { orderId: order.orderId, closedAt: metadata.now.toISOString() } }];
  }
  return [received];
}

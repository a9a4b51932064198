import { deciderSpecification } from '@renkei/testing';
import type { OrdersEvent } from '../orders-event';
import { purchaseOrderDecider } from './purchase-order';
import type { PurchaseOrderCommand } from './purchase-order-commands';
import { accepted, AT, command, issued, LEAD, NOW, received, shipped, SUPPLIER } from './purchase-order.fixtures';
import type { PurchaseOrder } from './purchase-order-state';

const spec = deciderSpecification<PurchaseOrderCommand, OrdersEvent, PurchaseOrder>(purchaseOrderDecider);

const notify = (lines: Array<{ lineNo: number; quantity: number }>, shipmentId = 'SH-2', actor = SUPPLIER, shippedAt = new Date('2026-11-20T07:30:00+09:00')) =>
  command('NotifyShipment', actor, { shipmentId, lines, shippedAt });
const first = shipped('SH-1', [{ lineNo: 1, quantity: 80 }]);

describe('purchase order: NotifyShipment', () => {
  it('records a partial shipment', () => {
    spec.given([issued(), accepted(), first]).when(notify([{ lineNo: 1, quantity: 20 }, { lineNo: 2, quantity: 10 }])).then([
      {
        type: 'ShipmentNotified',
        data: { orderId: 'PO-1', shipmentId: 'SH-2', shippedBy: SUPPLIER, lines: [{ lineNo: 1, quantity: 20 }, { lineNo: 2, quantity: 10 }], shippedAt: '2026-11-19T22:30:00.000Z', notifiedAt: AT },
      },
    ]);
  });

  it('refuses anyone but the supplier', () => {
    spec.given([issued(), accepted()]).when(notify([{ lineNo: 1, quantity: 1 }], 'SH-2', LEAD)).thenThrows('ORDERS.NOT_THE_SUPPLIER');
  });

  it('refuses an order not accepted yet, or cancelled', () => {
    spec.given([issued()]).when(notify([{ lineNo: 1, quantity: 1 }])).thenThrows('ORDERS.NOT_ACCEPTED');
    spec.given([issued(), accepted(), { type: 'OrderCancelled', data: { orderId: 'PO-1', cancelledBy: LEAD, reason: 'x', cancelledAt: AT } }]).when(notify([{ lineNo: 1, quantity: 1 }])).thenThrows('ORDERS.ALREADY_CANCELLED');
  });

  it('refuses more than was ordered and not yet shipped', () => {
    spec.given([issued(), accepted(), first]).when(notify([{ lineNo: 1, quantity: 21 }])).thenThrows('ORDERS.OVER_SHIPMENT');
  });

  it('lets the supplier replace pieces the buyer refused, and no more', () => {
    const history = [issued(), accepted(), shipped('SH-1', [{ lineNo: 1, quantity: 100 }]), received('SH-1', [{ lineNo: 1, receivedQuantity: 95, rejectedQuantity: 5 }])];
    spec.given(history).when(notify([{ lineNo: 1, quantity: 5 }])).then([
      { type: 'ShipmentNotified', data: { orderId: 'PO-1', shipmentId: 'SH-2', shippedBy: SUPPLIER, lines: [{ lineNo: 1, quantity: 5 }], shippedAt: '2026-11-19T22:30:00.000Z', notifiedAt: AT } },
    ]);
    spec.given(history).when(notify([{ lineNo: 1, quantity: 6 }])).thenThrows('ORDERS.OVER_SHIPMENT');
  });

  it('refuses a shipment id used before', () => {
    spec.given([issued(), accepted(), first]).when(notify([{ lineNo: 2, quantity: 1 }], 'SH-1')).thenThrows('ORDERS.DUPLICATE_SHIPMENT');
  });

  it('refuses a shipment dated more than five minutes after now', () => {
    spec.given([issued(), accepted()]).when(notify([{ lineNo: 1, quantity: 1 }], 'SH-2', SUPPLIER, new Date(NOW.getTime() + 6 * 60 * 1000))).thenThrows('ORDERS.SHIPPED_IN_THE_FUTURE');
  });

  it('refuses a line the order does not have', () => {
    spec.given([issued(), accepted()]).when(notify([{ lineNo: 3, quantity: 1 }])).thenThrows('ORDERS.UNKNOWN_LINE');
  });

  it('refuses shipment lines built without the parser that ship no pieces', () => {
    spec.given([issued(), accepted()]).when(notify([{ lineNo: 1, quantity: 0 }])).thenThrows('ORDERS.INVALID_INPUT');
  });
});

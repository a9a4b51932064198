import { deciderSpecification } from '@renkei/testing';
import type { OrdersEvent } from '../orders-event';
import { purchaseOrderDecider } from './purchase-order';
import type { PurchaseOrderCommand } from './purchase-order-commands';
import { accepted, AT, command, issued, LEAD, received, shipped, SUPPLIER } from './purchase-order.fixtures';
import type { PurchaseOrder } from './purchase-order-state';

const spec = deciderSpecification<PurchaseOrderCommand, OrdersEvent, PurchaseOrder>(purchaseOrderDecider);

const cancel = (actor = LEAD) => command('CancelOrder', actor, { reason: 'customer cancelled' });
const cancelled = { type: 'OrderCancelled', data: { orderId: 'PO-1', cancelledBy: LEAD, reason: 'customer cancelled', cancelledAt: AT } } as const;
const everything = shipped('SH-1', [{ lineNo: 1, quantity: 100 }, { lineNo: 2, quantity: 50 }]);

describe('purchase order: CancelOrder', () => {
  it('lets the buyer cancel before the supplier answers', () => {
    spec.given([issued()]).when(cancel()).then([cancelled]);
  });

  it('lets the buyer cancel what is not shipped yet', () => {
    spec.given([issued(), accepted(), shipped('SH-1', [{ lineNo: 1, quantity: 100 }])]).when(cancel()).then([cancelled]);
  });

  it('refuses the supplier', () => {
    spec.given([issued(), accepted()]).when(cancel(SUPPLIER)).thenThrows('ORDERS.NOT_THE_BUYER');
  });

  it('refuses an order that was never issued', () => {
    spec.given([]).when(cancel()).thenThrows('ORDERS.NOT_ISSUED');
  });

  it('refuses once everything is shipped in full', () => {
    spec.given([issued(), accepted(), everything]).when(cancel()).thenThrows('ORDERS.ALREADY_SHIPPED_IN_FULL');
  });

  it('allows it again when pieces were refused at the gate, since they are owed anew', () => {
    const partlyRefused = received('SH-1', [{ lineNo: 1, receivedQuantity: 90, rejectedQuantity: 10 }, { lineNo: 2, receivedQuantity: 50, rejectedQuantity: 0 }]);
    spec.given([issued(), accepted(), everything, partlyRefused]).when(cancel()).then([cancelled]);
  });

  it('refuses an order already cancelled, closed or rejected', () => {
    spec.given([issued(), cancelled]).when(cancel()).thenThrows('ORDERS.ALREADY_CANCELLED');
    spec.given([issued(), accepted(), { type: 'PurchaseOrderClosed', data: { orderId: 'PO-1', closedAt: AT } }]).when(cancel()).thenThrows('ORDERS.ALREADY_CLOSED');
    spec.given([issued(), { type: 'OrderRejected', data: { orderId: 'PO-1', rejectedBy: SUPPLIER, reason: 'busy', rejectedAt: AT } }]).when(cancel()).thenThrows('ORDERS.ORDER_REJECTED');
  });
});

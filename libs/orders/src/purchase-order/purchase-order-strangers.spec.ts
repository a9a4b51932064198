import { deciderSpecification } from '@renkei/testing';
import type { OrdersEvent } from '../orders-event';
import { purchaseOrderDecider } from './purchase-order';
import type { PurchaseOrderCommand } from './purchase-order-commands';
import { accepted, AT, changeRequested, command, issued, LEAD, NOW, shipped, STRANGER, SUPPLIER } from './purchase-order.fixtures';
import type { PurchaseOrder } from './purchase-order-state';

const spec = deciderSpecification<PurchaseOrderCommand, OrdersEvent, PurchaseOrder>(purchaseOrderDecider);

const fewer = [{ lineNo: 1, quantity: 80, dueDate: null }];
const onTheWay = [{ lineNo: 1, quantity: 40 }];
/** Every command on an existing purchase order, each sent by a company that neither buys nor supplies it. */
const strangerCommands: PurchaseOrderCommand[] = [
  command('AcceptOrder', STRANGER, {}),
  command('RejectOrder', STRANGER, { reason: 'no capacity' }),
  command('AcceptOrderWithChanges', STRANGER, { changes: fewer }),
  command('AcceptProposedChanges', STRANGER, {}),
  command('RejectProposedChanges', STRANGER, { reason: 'too late' }),
  command('RequestChange', STRANGER, { changeId: 'CR-2', changes: fewer, reason: 'fewer' }),
  command('AcceptChange', STRANGER, { changeId: 'CR-1' }),
  command('RejectChange', STRANGER, { changeId: 'CR-1', reason: 'no' }),
  command('CancelOrder', STRANGER, { reason: 'customer cancelled' }),
  command('NotifyShipment', STRANGER, { shipmentId: 'SH-2', lines: onTheWay, shippedAt: NOW }),
  command('ConfirmReceipt', STRANGER, { shipmentId: 'SH-1', lines: [{ lineNo: 1, receivedQuantity: 40, rejectedQuantity: 0 }] }),
];
const histories: Record<string, OrdersEvent[]> = {
  'just issued': [issued()],
  'accepted, with a shipment and an open change': [issued(), accepted(), shipped('SH-1', onTheWay), changeRequested('CR-1', LEAD, fewer)],
  cancelled: [issued(), { type: 'OrderCancelled', data: { orderId: 'PO-1', cancelledBy: LEAD, reason: 'customer cancelled', cancelledAt: AT } }],
};

describe('purchase order: a company outside the order cannot learn that it exists', () => {
  describe.each(Object.entries(histories))('on an order %s', (_, history) => {
    it.each(strangerCommands.map((stranger) => [stranger.type, stranger] as const))('%s gets the very refusal of an order never issued', (_type, stranger) => {
      spec.given(history).when(stranger).thenThrows('ORDERS.NOT_ISSUED');
      spec.given(history).when(stranger).thenThrowsAsIfGiven([]);
    });
  });

  it('still tells a party acting outside its role what it may not do (403)', () => {
    spec.given([issued()]).when(command('AcceptOrder', LEAD, {})).thenThrows('ORDERS.NOT_THE_SUPPLIER');
    spec.given([issued(), accepted()]).when(command('NotifyShipment', LEAD, { shipmentId: 'SH-2', lines: onTheWay, shippedAt: NOW })).thenThrows('ORDERS.NOT_THE_SUPPLIER');
    spec.given([issued(), accepted()]).when(command('CancelOrder', SUPPLIER, { reason: 'no capacity' })).thenThrows('ORDERS.NOT_THE_BUYER');
    spec.given([issued(), accepted(), shipped('SH-1', onTheWay)]).when(command('ConfirmReceipt', SUPPLIER, { shipmentId: 'SH-1', lines: [{ lineNo: 1, receivedQuantity: 40, rejectedQuantity: 0 }] })).thenThrows('ORDERS.NOT_THE_BUYER');
  });
});

import { deciderSpecification } from '@renkei/testing';
import type { OrderReceiptLineV1 } from '@renkei/contracts';
import type { OrdersEvent } from '../orders-event';
import { purchaseOrderDecider } from './purchase-order';
import type { PurchaseOrderCommand } from './purchase-order-commands';
import { accepted, AT, command, issued, LEAD, received, shipped, stateOnceDecided, SUPPLIER } from './purchase-order.fixtures';
import type { PurchaseOrder } from './purchase-order-state';

const spec = deciderSpecification<PurchaseOrderCommand, OrdersEvent, PurchaseOrder>(purchaseOrderDecider);

const confirm = (lines: OrderReceiptLineV1[], shipmentId = 'SH-2', actor = LEAD) => command('ConfirmReceipt', actor, { shipmentId, lines });
const goodsReceived = (lines: OrderReceiptLineV1[], shipmentId = 'SH-2') => ({ type: 'GoodsReceived', data: { orderId: 'PO-1', shipmentId, receivedBy: LEAD, lines, receivedAt: AT } }) as const;
const closed = { type: 'PurchaseOrderClosed', data: { orderId: 'PO-1', closedAt: AT } } as const;
/** SH-1 brought 60 of line 1 and all 50 of line 2, and is checked in; SH-2 brings the last 40 of line 1. */
const history = [
  issued(),
  accepted(),
  shipped('SH-1', [{ lineNo: 1, quantity: 60 }, { lineNo: 2, quantity: 50 }]),
  received('SH-1', [{ lineNo: 1, receivedQuantity: 60, rejectedQuantity: 0 }, { lineNo: 2, receivedQuantity: 50, rejectedQuantity: 0 }]),
  shipped('SH-2', [{ lineNo: 1, quantity: 40 }]),
];

describe('purchase order: ConfirmReceipt', () => {
  it('records a receipt that leaves pieces outstanding, without closing', () => {
    const partial = [issued(), accepted(), shipped('SH-2', [{ lineNo: 1, quantity: 60 }])];
    spec.given(partial).when(confirm([{ lineNo: 1, receivedQuantity: 60, rejectedQuantity: 0 }])).then([goodsReceived([{ lineNo: 1, receivedQuantity: 60, rejectedQuantity: 0 }])]);
  });

  it('closes the order in the same decision when the last pieces are received', () => {
    spec.given(history).when(confirm([{ lineNo: 1, receivedQuantity: 40, rejectedQuantity: 0 }])).then([goodsReceived([{ lineNo: 1, receivedQuantity: 40, rejectedQuantity: 0 }]), closed]);
    expect(stateOnceDecided(history, confirm([{ lineNo: 1, receivedQuantity: 40, rejectedQuantity: 0 }]))).toMatchObject({ status: 'Closed' });
  });

  it('does not count rejected pieces as received, so the order stays open for replacements', () => {
    spec.given(history).when(confirm([{ lineNo: 1, receivedQuantity: 38, rejectedQuantity: 2 }])).then([goodsReceived([{ lineNo: 1, receivedQuantity: 38, rejectedQuantity: 2 }])]);
  });

  it('refuses anyone but the buyer', () => {
    spec.given(history).when(confirm([{ lineNo: 1, receivedQuantity: 40, rejectedQuantity: 0 }], 'SH-2', SUPPLIER)).thenThrows('ORDERS.NOT_THE_BUYER');
  });

  it('refuses a shipment that was never notified', () => {
    spec.given(history).when(confirm([{ lineNo: 1, receivedQuantity: 1, rejectedQuantity: 0 }], 'SH-9')).thenThrows('ORDERS.UNKNOWN_SHIPMENT');
  });

  it('refuses a shipment already received', () => {
    spec.given(history).when(confirm([{ lineNo: 1, receivedQuantity: 60, rejectedQuantity: 0 }, { lineNo: 2, receivedQuantity: 50, rejectedQuantity: 0 }], 'SH-1')).thenThrows('ORDERS.ALREADY_RECEIVED');
  });

  it('refuses a receipt that leaves out a line of the shipment or adds one', () => {
    spec.given(history).when(confirm([{ lineNo: 2, receivedQuantity: 1, rejectedQuantity: 0 }])).thenThrows('ORDERS.RECEIPT_LINES_MISMATCH');
    spec.given(history).when(confirm([{ lineNo: 1, receivedQuantity: 40, rejectedQuantity: 0 }, { lineNo: 2, receivedQuantity: 0, rejectedQuantity: 0 }])).thenThrows('ORDERS.RECEIPT_LINES_MISMATCH');
  });

  it('refuses more pieces received and rejected than the shipment carried', () => {
    spec.given(history).when(confirm([{ lineNo: 1, receivedQuantity: 39, rejectedQuantity: 2 }])).thenThrows('ORDERS.OVER_RECEIPT');
  });

  it('still receives goods that were on the road when the order was cancelled, without closing it', () => {
    const cancelled = { type: 'OrderCancelled', data: { orderId: 'PO-1', cancelledBy: LEAD, reason: 'x', cancelledAt: AT } } as const;
    spec.given([...history, cancelled]).when(confirm([{ lineNo: 1, receivedQuantity: 40, rejectedQuantity: 0 }])).then([goodsReceived([{ lineNo: 1, receivedQuantity: 40, rejectedQuantity: 0 }])]);
  });

  it('refuses anything once the order is closed', () => {
    const done = [...history, received('SH-2', [{ lineNo: 1, receivedQuantity: 40, rejectedQuantity: 0 }]), closed];
    spec.given(done).when(confirm([{ lineNo: 1, receivedQuantity: 40, rejectedQuantity: 0 }])).thenThrows('ORDERS.ALREADY_CLOSED');
    spec.given(done).when(command('NotifyShipment', SUPPLIER, { shipmentId: 'SH-3', lines: [{ lineNo: 1, quantity: 1 }], shippedAt: new Date(AT) })).thenThrows('ORDERS.ALREADY_CLOSED');
  });

  it('refuses receipt lines built without the parser with negative pieces', () => {
    spec.given(history).when(confirm([{ lineNo: 1, receivedQuantity: -1, rejectedQuantity: 0 }])).thenThrows('ORDERS.INVALID_INPUT');
  });
});

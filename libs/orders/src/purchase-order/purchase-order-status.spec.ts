import type { OrdersEvent } from '../orders-event';
import { accepted, AT, issued, LEAD, received, shipped, stateAfter, SUPPLIER } from './purchase-order.fixtures';
import { purchaseOrderStatus } from './purchase-order-status';

const both = shipped('SH-1', [{ lineNo: 1, quantity: 100 }, { lineNo: 2, quantity: 50 }]);
const cases: Array<[string, OrdersEvent[], ReturnType<typeof purchaseOrderStatus>]> = [
  ['nothing issued', [], 'NotIssued'],
  ['issued', [issued()], 'Issued'],
  [
    'accepted with changes',
    [issued(), { type: 'OrderAcceptedWithChanges', data: { orderId: 'PO-1', acceptedBy: SUPPLIER, changes: [{ lineNo: 1, quantity: 90, dueDate: null }], acceptedAt: AT } }],
    'AwaitingBuyer',
  ],
  ['accepted', [issued(), accepted()], 'Accepted'],
  ['rejected', [issued(), { type: 'OrderRejected', data: { orderId: 'PO-1', rejectedBy: SUPPLIER, reason: 'busy', rejectedAt: AT } }], 'Rejected'],
  ['cancelled', [issued(), { type: 'OrderCancelled', data: { orderId: 'PO-1', cancelledBy: LEAD, reason: 'x', cancelledAt: AT } }], 'Cancelled'],
  ['one line partly shipped', [issued(), accepted(), shipped('SH-1', [{ lineNo: 1, quantity: 10 }])], 'PartiallyShipped'],
  ['everything shipped, not yet received', [issued(), accepted(), both], 'Shipped'],
  [
    'everything shipped, but refused pieces are owed again',
    [issued(), accepted(), both, received('SH-1', [{ lineNo: 1, receivedQuantity: 99, rejectedQuantity: 1 }, { lineNo: 2, receivedQuantity: 50, rejectedQuantity: 0 }])],
    'PartiallyShipped',
  ],
  ['closed', [issued(), accepted(), both, { type: 'PurchaseOrderClosed', data: { orderId: 'PO-1', closedAt: AT } }], 'Closed'],
];

describe('purchaseOrderStatus', () => {
  it.each(cases)('%s', (_name, history, expected) => {
    expect(purchaseOrderStatus(stateAfter(history))).toBe(expected);
  });
});

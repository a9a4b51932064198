import type { OrderLineChangeV1 } from '@renkei/contracts';
import { deciderSpecification } from '@renkei/testing';
import type { OrdersEvent } from '../orders-event';
import { purchaseOrderDecider } from './purchase-order';
import type { PurchaseOrderCommand } from './purchase-order-commands';
import { accepted, AT, changeRequested, command, issued, LEAD, received, shipped, stateOnceDecided, STRANGER, SUPPLIER } from './purchase-order.fixtures';
import type { PurchaseOrder } from './purchase-order-state';

const spec = deciderSpecification<PurchaseOrderCommand, OrdersEvent, PurchaseOrder>(purchaseOrderDecider);

const fewer: OrderLineChangeV1[] = [{ lineNo: 1, quantity: 80, dueDate: null }];
const request = (actor: string, changes = fewer, changeId = 'CR-1') => command('RequestChange', actor, { changeId, changes, reason: 'customer cut the lot' });
const open = changeRequested('CR-1', LEAD, fewer);
const rejectedChange = { type: 'ChangeRejected', data: { orderId: 'PO-1', changeId: 'CR-1', rejectedBy: SUPPLIER, reason: 'material bought', rejectedAt: AT } } as const;

describe('purchase order: RequestChange', () => {
  it('lets the buyer ask to change an accepted order', () => {
    spec.given([issued(), accepted()]).when(request(LEAD)).then([
      { type: 'ChangeRequested', data: { orderId: 'PO-1', changeId: 'CR-1', requestedBy: LEAD, changes: fewer, reason: 'customer cut the lot', requestedAt: AT } },
    ]);
  });

  it('lets the supplier ask too', () => {
    const later: OrderLineChangeV1[] = [{ lineNo: 2, quantity: null, dueDate: '2026-12-12' }];
    spec.given([issued(), accepted()]).when(request(SUPPLIER, later)).then([
      { type: 'ChangeRequested', data: { orderId: 'PO-1', changeId: 'CR-1', requestedBy: SUPPLIER, changes: later, reason: 'customer cut the lot', requestedAt: AT } },
    ]);
  });

  it('answers a company that is neither buyer nor supplier as if the order did not exist', () => {
    spec.given([issued(), accepted()]).when(request(STRANGER)).thenThrows('ORDERS.NOT_ISSUED');
  });

  it('refuses an order the supplier has not accepted yet', () => {
    spec.given([issued()]).when(request(LEAD)).thenThrows('ORDERS.NOT_ACCEPTED');
  });

  it('allows one open change at a time', () => {
    spec.given([issued(), accepted(), open]).when(request(SUPPLIER, fewer, 'CR-2')).thenThrows('ORDERS.CHANGE_PENDING');
  });

  it('refuses a change id used before, even once answered', () => {
    spec.given([issued(), accepted(), open, rejectedChange]).when(request(LEAD)).thenThrows('ORDERS.DUPLICATE_CHANGE');
  });

  it('refuses a quantity below the pieces already shipped, but not below rejected ones', () => {
    const history = [issued(), accepted(), shipped('SH-1', [{ lineNo: 1, quantity: 90 }])];
    spec.given(history).when(request(LEAD)).thenThrows('ORDERS.BELOW_SHIPPED');
    // 30 of the 90 were refused at the gate: only 60 count, so 80 is fine.
    spec.given([...history, received('SH-1', [{ lineNo: 1, receivedQuantity: 60, rejectedQuantity: 30 }])]).when(request(LEAD)).then([
      { type: 'ChangeRequested', data: { orderId: 'PO-1', changeId: 'CR-1', requestedBy: LEAD, changes: fewer, reason: 'customer cut the lot', requestedAt: AT } },
    ]);
  });

  it('refuses changes that change nothing, and lines the order does not have', () => {
    spec.given([issued(), accepted()]).when(request(LEAD, [{ lineNo: 1, quantity: 100, dueDate: null }])).thenThrows('ORDERS.NO_REAL_CHANGE');
    spec.given([issued(), accepted()]).when(request(LEAD, [{ lineNo: 3, quantity: 1, dueDate: null }])).thenThrows('ORDERS.UNKNOWN_LINE');
  });
});

describe('purchase order: AcceptChange / RejectChange', () => {
  it('lets the other party accept: the lines change', () => {
    spec.given([issued(), accepted(), open]).when(command('AcceptChange', SUPPLIER, { changeId: 'CR-1' })).then([
      { type: 'ChangeAccepted', data: { orderId: 'PO-1', changeId: 'CR-1', acceptedBy: SUPPLIER, changes: fewer, acceptedAt: AT } },
    ]);
    expect(stateOnceDecided([issued(), accepted(), open], command('AcceptChange', SUPPLIER, { changeId: 'CR-1' }))).toMatchObject({
      status: 'Accepted',
      openChange: null,
      lines: [{ lineNo: 1, quantity: 80 }, { lineNo: 2, quantity: 50 }],
    });
  });

  it('refuses the requester answering its own change', () => {
    spec.given([issued(), accepted(), open]).when(command('AcceptChange', LEAD, { changeId: 'CR-1' })).thenThrows('ORDERS.CANNOT_ANSWER_OWN_CHANGE');
    spec.given([issued(), accepted(), open]).when(command('RejectChange', LEAD, { changeId: 'CR-1', reason: 'x' })).thenThrows('ORDERS.CANNOT_ANSWER_OWN_CHANGE');
  });

  it('refuses an answer to a change that is not open', () => {
    spec.given([issued(), accepted(), open]).when(command('AcceptChange', SUPPLIER, { changeId: 'CR-9' })).thenThrows('ORDERS.UNKNOWN_CHANGE');
    spec.given([issued(), accepted(), open, rejectedChange]).when(command('AcceptChange', SUPPLIER, { changeId: 'CR-1' })).thenThrows('ORDERS.UNKNOWN_CHANGE');
  });

  it('answers an outsider answering as if the order did not exist', () => {
    spec.given([issued(), accepted(), open]).when(command('AcceptChange', STRANGER, { changeId: 'CR-1' })).thenThrows('ORDERS.NOT_ISSUED');
  });

  it('refuses to accept a cut that shipments made since the request have overtaken', () => {
    spec.given([issued(), accepted(), open, shipped('SH-1', [{ lineNo: 1, quantity: 90 }])]).when(command('AcceptChange', SUPPLIER, { changeId: 'CR-1' })).thenThrows('ORDERS.BELOW_SHIPPED');
  });

  it('closes the order when the accepted cut leaves nothing more to receive', () => {
    const history = [
      issued(),
      accepted(),
      shipped('SH-1', [{ lineNo: 1, quantity: 80 }, { lineNo: 2, quantity: 50 }]),
      received('SH-1', [{ lineNo: 1, receivedQuantity: 80, rejectedQuantity: 0 }, { lineNo: 2, receivedQuantity: 50, rejectedQuantity: 0 }]),
      open,
    ];
    spec.given(history).when(command('AcceptChange', SUPPLIER, { changeId: 'CR-1' })).then([
      { type: 'ChangeAccepted', data: { orderId: 'PO-1', changeId: 'CR-1', acceptedBy: SUPPLIER, changes: fewer, acceptedAt: AT } },
      { type: 'PurchaseOrderClosed', data: { orderId: 'PO-1', closedAt: AT } },
    ]);
  });

  it('lets the other party reject with a reason; the order stays as it was and a new request may follow', () => {
    spec.given([issued(), accepted(), open]).when(command('RejectChange', SUPPLIER, { changeId: 'CR-1', reason: 'material bought' })).then([rejectedChange]);
    expect(stateOnceDecided([issued(), accepted(), open], command('RejectChange', SUPPLIER, { changeId: 'CR-1', reason: 'material bought' }))).toMatchObject({
      status: 'Accepted',
      openChange: null,
      lines: [{ quantity: 100 }, { quantity: 50 }],
    });
    spec.given([issued(), accepted(), open, rejectedChange]).when(request(SUPPLIER, fewer, 'CR-2')).then([
      { type: 'ChangeRequested', data: { orderId: 'PO-1', changeId: 'CR-2', requestedBy: SUPPLIER, changes: fewer, reason: 'customer cut the lot', requestedAt: AT } },
    ]);
  });
});

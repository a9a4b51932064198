import { deciderSpecification } from '@renkei/testing';
import type { OrdersEvent } from '../orders-event';
import { purchaseOrderDecider } from './purchase-order';
import type { PurchaseOrderCommand } from './purchase-order-commands';
import type { OrderAcceptedWithChanges, OrderCancelled, OrderRejected } from './purchase-order-events';
import { accepted, AT, command, issued, LEAD, stateAfter, stateOnceDecided, STRANGER, SUPPLIER } from './purchase-order.fixtures';
import type { PurchaseOrder } from './purchase-order-state';

const spec = deciderSpecification<PurchaseOrderCommand, OrdersEvent, PurchaseOrder>(purchaseOrderDecider);

const later = [{ lineNo: 1, quantity: null, dueDate: '2026-12-08' }];
const rejected: OrderRejected = { type: 'OrderRejected', data: { orderId: 'PO-1', rejectedBy: SUPPLIER, reason: 'no capacity', rejectedAt: AT } };
const cancelled: OrderCancelled = { type: 'OrderCancelled', data: { orderId: 'PO-1', cancelledBy: LEAD, reason: 'customer cancelled', cancelledAt: AT } };
const proposed: OrderAcceptedWithChanges = { type: 'OrderAcceptedWithChanges', data: { orderId: 'PO-1', acceptedBy: SUPPLIER, changes: later, acceptedAt: AT } };

describe('purchase order: the supplier acknowledges', () => {
  it('accepts the order as issued', () => {
    spec.given([issued()]).when(command('AcceptOrder', SUPPLIER, {})).then([{ type: 'OrderAccepted', data: { orderId: 'PO-1', acceptedBy: SUPPLIER, acceptedAt: AT } }]);
  });

  it('refuses the buyer, and answers a stranger as if the order did not exist', () => {
    spec.given([issued()]).when(command('AcceptOrder', LEAD, {})).thenThrows('ORDERS.NOT_THE_SUPPLIER');
    spec.given([issued()]).when(command('RejectOrder', STRANGER, { reason: 'x' })).thenThrows('ORDERS.NOT_ISSUED');
  });

  it('refuses an order that was never issued', () => {
    spec.given([]).when(command('AcceptOrder', SUPPLIER, {})).thenThrows('ORDERS.NOT_ISSUED');
  });

  it('acknowledges once: accepted, rejected or awaiting the buyer all refuse another acknowledgement', () => {
    spec.given([issued(), accepted()]).when(command('AcceptOrder', SUPPLIER, {})).thenThrows('ORDERS.ALREADY_ACKNOWLEDGED');
    spec.given([issued(), rejected]).when(command('AcceptOrder', SUPPLIER, {})).thenThrows('ORDERS.ALREADY_ACKNOWLEDGED');
    spec.given([issued(), proposed]).when(command('RejectOrder', SUPPLIER, { reason: 'x' })).thenThrows('ORDERS.ALREADY_ACKNOWLEDGED');
  });

  it('refuses to acknowledge an order the buyer cancelled', () => {
    spec.given([issued(), cancelled]).when(command('AcceptOrder', SUPPLIER, {})).thenThrows('ORDERS.ALREADY_CANCELLED');
  });

  it('rejects the order with a reason, which ends it', () => {
    spec.given([issued()]).when(command('RejectOrder', SUPPLIER, { reason: 'no capacity' })).then([rejected]);
    spec.given([issued(), rejected]).when(command('CancelOrder', LEAD, { reason: 'x' })).thenThrows('ORDERS.ORDER_REJECTED');
    spec.given([issued(), rejected]).when(command('RequestChange', LEAD, { changeId: 'CR-1', changes: later, reason: 'x' })).thenThrows('ORDERS.ORDER_REJECTED');
  });

  it('refuses a rejection without a reason when built without the parser', () => {
    spec.given([issued()]).when(command('RejectOrder', SUPPLIER, { reason: '  ' })).thenThrows('ORDERS.INVALID_INPUT');
  });

  it('accepts with changes, leaving the decision to the buyer', () => {
    spec.given([issued()]).when(command('AcceptOrderWithChanges', SUPPLIER, { changes: later })).then([proposed]);
  });

  it('refuses changes that change nothing', () => {
    spec.given([issued()]).when(command('AcceptOrderWithChanges', SUPPLIER, { changes: [{ lineNo: 1, quantity: 100, dueDate: '2026-12-01' }] })).thenThrows('ORDERS.NO_REAL_CHANGE');
  });

  it('refuses a change to a line the order does not have', () => {
    spec.given([issued()]).when(command('AcceptOrderWithChanges', SUPPLIER, { changes: [{ lineNo: 9, quantity: 5, dueDate: null }] })).thenThrows('ORDERS.UNKNOWN_LINE');
  });
});

describe('purchase order: the buyer answers proposed changes', () => {
  it('accepts them: the lines change and the order is accepted', () => {
    spec.given([issued(), proposed]).when(command('AcceptProposedChanges', LEAD, {})).then([
      { type: 'ProposedChangesAccepted', data: { orderId: 'PO-1', acceptedBy: LEAD, changes: later, acceptedAt: AT } },
    ]);
    const state = stateOnceDecided([issued(), proposed], command('AcceptProposedChanges', LEAD, {}));
    expect(state).toMatchObject({ status: 'Accepted', lines: [{ lineNo: 1, quantity: 100, dueDate: '2026-12-08' }, { lineNo: 2, dueDate: '2026-12-05' }] });
  });

  it('refuses the supplier answering its own proposal', () => {
    spec.given([issued(), proposed]).when(command('AcceptProposedChanges', SUPPLIER, {})).thenThrows('ORDERS.NOT_THE_BUYER');
  });

  it('refuses an answer when nothing was proposed', () => {
    spec.given([issued()]).when(command('AcceptProposedChanges', LEAD, {})).thenThrows('ORDERS.NO_PROPOSED_CHANGES');
    spec.given([issued(), accepted()]).when(command('RejectProposedChanges', LEAD, { reason: 'x' })).thenThrows('ORDERS.NO_PROPOSED_CHANGES');
  });

  it('rejects them: the order is issued again and the supplier must acknowledge anew', () => {
    const refusal = { type: 'ProposedChangesRejected', data: { orderId: 'PO-1', rejectedBy: LEAD, reason: 'the date is fixed', rejectedAt: AT } } as const;
    spec.given([issued(), proposed]).when(command('RejectProposedChanges', LEAD, { reason: 'the date is fixed' })).then([refusal]);
    spec.given([issued(), proposed, refusal]).when(command('AcceptOrder', SUPPLIER, {})).then([{ type: 'OrderAccepted', data: { orderId: 'PO-1', acceptedBy: SUPPLIER, acceptedAt: AT } }]);
    expect(stateAfter([issued(), proposed, refusal])).toMatchObject({ status: 'Issued', lines: [{ dueDate: '2026-12-01' }, {}] });
  });
});

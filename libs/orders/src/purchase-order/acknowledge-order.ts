import { assertReason, assertWellFormedLines } from '../command-invariants';
import { OrdersError } from '../orders-error';
import type { AcceptOrder, AcceptOrderWithChanges, AcceptProposedChanges, RejectOrder, RejectProposedChanges } from './purchase-order-commands';
import type { OrderAccepted, OrderAcceptedWithChanges, OrderRejected, ProposedChangesAccepted, ProposedChangesRejected } from './purchase-order-events';
import { checkChanges, existingOrder, refuseIfOver, requireBuyer, requireSupplier } from './purchase-order-guards';
import { copyChanges, type IssuedPurchaseOrder, type PurchaseOrder } from './purchase-order-state';

/** The supplier acknowledges once per issue (again after the buyer refused its proposed changes). */
function awaitingAcknowledgement(state: PurchaseOrder, command: AcceptOrder | RejectOrder | AcceptOrderWithChanges): IssuedPurchaseOrder {
  const order = existingOrder(state, command.data.orderId, command.metadata.actor);
  requireSupplier(order, command.metadata.actor);
  if (order.status === 'Cancelled') refuseIfOver(order);
  if (order.status !== 'Issued') throw new OrdersError('ORDERS.ALREADY_ACKNOWLEDGED', `purchase order ${order.orderId} is already acknowledged (${order.status})`);
  return order;
}

export function acceptOrder(command: AcceptOrder, state: PurchaseOrder): OrderAccepted[] {
  const order = awaitingAcknowledgement(state, command);
  const { actor, now } = command.metadata;
  return [{ type: 'OrderAccepted', data: { orderId: order.orderId, acceptedBy: actor.companyId, acceptedAt: now.toISOString() } }];
}

export function rejectOrder(command: RejectOrder, state: PurchaseOrder): OrderRejected[] {
  const order = awaitingAcknowledgement(state, command);
  assertReason(command.data.reason);
  const { actor, now } = command.metadata;
  return [{ type: 'OrderRejected', data: { orderId: order.orderId, rejectedBy: actor.companyId, reason: command.data.reason, rejectedAt: now.toISOString() } }];
}

export function acceptOrderWithChanges(command: AcceptOrderWithChanges, state: PurchaseOrder): OrderAcceptedWithChanges[] {
  const order = awaitingAcknowledgement(state, command);
  const { changes } = command.data;
  assertWellFormedLines('changes', changes, [{ name: 'quantity', minimum: 1 }]);
  checkChanges(order, changes);
  const { actor, now } = command.metadata;
  return [{ type: 'OrderAcceptedWithChanges', data: { orderId: order.orderId, acceptedBy: actor.companyId, changes: copyChanges(changes), acceptedAt: now.toISOString() } }];
}

function awaitingBuyer(state: PurchaseOrder, command: AcceptProposedChanges | RejectProposedChanges) {
  const order = existingOrder(state, command.data.orderId, command.metadata.actor);
  requireBuyer(order, command.metadata.actor);
  refuseIfOver(order);
  if (order.status !== 'AwaitingBuyer') throw new OrdersError('ORDERS.NO_PROPOSED_CHANGES', `the supplier proposed no changes to purchase order ${order.orderId}`);
  return order;
}

export function acceptProposedChanges(command: AcceptProposedChanges, state: PurchaseOrder): ProposedChangesAccepted[] {
  const order = awaitingBuyer(state, command);
  const { actor, now } = command.metadata;
  return [
    {
      type: 'ProposedChangesAccepted',
      data: { orderId: order.orderId, acceptedBy: actor.companyId, changes: copyChanges(order.proposedChanges), acceptedAt: now.toISOString() },
    },
  ];
}

export function rejectProposedChanges(command: RejectProposedChanges, state: PurchaseOrder): ProposedChangesRejected[] {
  const order = awaitingBuyer(state, command);
  assertReason(command.data.reason);
  const { actor, now } = command.metadata;
  return [{ type: 'ProposedChangesRejected', data: { orderId: order.orderId, rejectedBy: actor.companyId, reason: command.data.reason, rejectedAt: now.toISOString() } }];
}


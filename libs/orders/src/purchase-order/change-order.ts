import { assertReason, assertWellFormedLines } from '../command-invariants';
import { OrdersError } from '../orders-error';
import type { AcceptChange, RejectChange, RequestChange } from './purchase-order-commands';
import type { ChangeAccepted, ChangeRejected, ChangeRequested, PurchaseOrderClosed } from './purchase-order-events';
import { checkChanges, existingOrder, receivedInFull, requireAccepted } from './purchase-order-guards';
import { applyChanges, copyChanges, type OpenChange, type PurchaseOrder } from './purchase-order-state';

/** Either party may ask to change an accepted order; one request is open at a time, so answers never cross. */
export function requestChange(command: RequestChange, state: PurchaseOrder): ChangeRequested[] {
  const { data, metadata } = command;
  const order = requireAccepted(partyOrder(command, state));
  if (order.changeIds.includes(data.changeId)) {
    throw new OrdersError('ORDERS.DUPLICATE_CHANGE', `change ${data.changeId} was already requested on purchase order ${order.orderId}`, [
      { field: 'changeId', rule: 'must be new on this order', allowed: 'an id not used before' },
    ]);
  }
  if (order.openChange !== null) {
    throw new OrdersError('ORDERS.CHANGE_PENDING', `change ${order.openChange.changeId} on purchase order ${order.orderId} awaits an answer first`);
  }
  assertWellFormedLines('changes', data.changes, [{ name: 'quantity', minimum: 1 }]);
  assertReason(data.reason);
  checkChanges(order, data.changes);
  return [
    {
      type: 'ChangeRequested',
      data: {
        orderId: order.orderId,
        changeId: data.changeId,
        requestedBy: metadata.actor.companyId,
        changes: copyChanges(data.changes),
        reason: data.reason,
        requestedAt: metadata.now.toISOString(),
      },
    },
  ];
}

export function acceptChange(command: AcceptChange, state: PurchaseOrder): Array<ChangeAccepted | PurchaseOrderClosed> {
  const order = requireAccepted(partyOrder(command, state));
  const change = openChangeToAnswer(command, order.openChange);
  // Shipments may have gone out since the request: a quantity cut is checked against them again.
  checkChanges(order, change.changes);
  const at = command.metadata.now.toISOString();
  const accepted: ChangeAccepted = {
    type: 'ChangeAccepted',
    data: { orderId: order.orderId, changeId: change.changeId, acceptedBy: command.metadata.actor.companyId, changes: copyChanges(change.changes), acceptedAt: at },
  };
  // Cutting a line down to what has already arrived completes the order.
  if (receivedInFull(applyChanges(order.lines, change.changes))) return [accepted, { type: 'PurchaseOrderClosed', data: { orderId: order.orderId, closedAt: at } }];
  return [accepted];
}

export function rejectChange(command: RejectChange, state: PurchaseOrder): ChangeRejected[] {
  const order = requireAccepted(partyOrder(command, state));
  const change = openChangeToAnswer(command, order.openChange);
  assertReason(command.data.reason);
  return [
    {
      type: 'ChangeRejected',
      data: {
        orderId: order.orderId,
        changeId: change.changeId,
        rejectedBy: command.metadata.actor.companyId,
        reason: command.data.reason,
        rejectedAt: command.metadata.now.toISOString(),
      },
    },
  ];
}

/** Either party: `existingOrder` already turns everyone else away. */
function partyOrder(command: RequestChange | AcceptChange | RejectChange, state: PurchaseOrder) {
  return existingOrder(state, command.data.orderId, command.metadata.actor);
}

function openChangeToAnswer(command: AcceptChange | RejectChange, openChange: OpenChange | null): OpenChange {
  const { changeId, orderId } = command.data;
  if (openChange === null || openChange.changeId !== changeId) {
    throw new OrdersError('ORDERS.UNKNOWN_CHANGE', `purchase order ${orderId} has no open change ${changeId}`, [
      { field: 'changeId', rule: 'must name the open change request', allowed: openChange?.changeId ?? 'none is open' },
    ]);
  }
  if (openChange.requestedBy === command.metadata.actor.companyId) {
    throw new OrdersError('ORDERS.CANNOT_ANSWER_OWN_CHANGE', `change ${changeId} was requested by you; the other party answers it`);
  }
  return openChange;
}

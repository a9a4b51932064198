import { assertNever } from '../assert-never';
import type { OrdersDecider } from '../orders-event';
import { acceptOrder, acceptOrderWithChanges, acceptProposedChanges, rejectOrder, rejectProposedChanges } from './acknowledge-order';
import { cancelOrder } from './cancel-order';
import { acceptChange, rejectChange, requestChange } from './change-order';
import { confirmReceipt } from './confirm-receipt';
import { evolvePurchaseOrder } from './evolve-purchase-order';
import { issuePurchaseOrder } from './issue-purchase-order';
import { notifyShipment } from './notify-shipment';
import type { PurchaseOrderCommand } from './purchase-order-commands';
import type { PurchaseOrderEvent } from './purchase-order-events';
import { initialPurchaseOrder, type PurchaseOrder } from './purchase-order-state';

export function decidePurchaseOrder(command: PurchaseOrderCommand, state: PurchaseOrder): PurchaseOrderEvent[] {
  switch (command.type) {
    case 'IssuePurchaseOrder':
      return issuePurchaseOrder(command, state);
    case 'AcceptOrder':
      return acceptOrder(command, state);
    case 'RejectOrder':
      return rejectOrder(command, state);
    case 'AcceptOrderWithChanges':
      return acceptOrderWithChanges(command, state);
    case 'AcceptProposedChanges':
      return acceptProposedChanges(command, state);
    case 'RejectProposedChanges':
      return rejectProposedChanges(command, state);
    case 'RequestChange':
      return requestChange(command, state);
    case 'AcceptChange':
      return acceptChange(command, state);
    case 'RejectChange':
      return rejectChange(command, state);
    case 'CancelOrder':
      return cancelOrder(command, state);
    case 'NotifyShipment':
      return notifyShipment(command, state);
    case 'ConfirmReceipt':
      return confirmReceipt(command, state);
    default:
      return assertNever(command);
  }
}

export const purchaseOrderDecider: OrdersDecider<PurchaseOrderCommand, PurchaseOrder> = { initialState: initialPurchaseOrder, decide: decidePurchaseOrder, evolve: evolvePurchaseOrder };

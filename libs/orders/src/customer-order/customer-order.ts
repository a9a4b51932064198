import type { CustomerOrderPlacedV1 } from '@renkei/contracts';
import { assertNever } from '../assert-never';
import { assertWellFormedLines } from '../command-invariants';
import { OrdersError } from '../orders-error';
import { isCustomerOrderEvent, type OrdersDecider, type OrdersEvent } from '../orders-event';
import type { CustomerOrderCommand, CustomerOrderEvent } from './customer-order-messages';

/** The lead's end-to-end order. `OtherKind`: this order id already names a purchase order. */
export type CustomerOrder =
  | { readonly status: 'None' }
  | { readonly status: 'OtherKind' }
  | { readonly status: 'Open'; readonly order: CustomerOrderPlacedV1 }
  | { readonly status: 'Closed'; readonly order: CustomerOrderPlacedV1; readonly closedAt: string };

export const initialCustomerOrder: CustomerOrder = { status: 'None' };

export function decideCustomerOrder(command: CustomerOrderCommand, state: CustomerOrder): CustomerOrderEvent[] {
  const { actor, now } = command.metadata;
  if (state.status === 'OtherKind') {
    throw new OrdersError('ORDERS.WRONG_ORDER_KIND', `order ${command.data.orderId} is a purchase order, not a customer order`);
  }
  switch (command.type) {
    case 'PlaceCustomerOrder': {
      const { data } = command;
      if (actor.role !== 'lead') throw new OrdersError('ORDERS.ROLE_NOT_ALLOWED', `only a lead contractor places customer orders, not a ${actor.role}`);
      if (state.status !== 'None') throw new OrdersError('ORDERS.ALREADY_PLACED', `customer order ${data.orderId} is already placed`);
      if (!Number.isInteger(data.bomRevision) || data.bomRevision < 1) {
        throw new OrdersError('ORDERS.INVALID_INPUT', 'bomRevision is malformed', [{ field: 'bomRevision', rule: 'must be a positive integer', allowed: '1, 2, 3, ...' }]);
      }
      assertWellFormedLines('lines', data.lines, [{ name: 'quantity', minimum: 1 }]);
      return [
        {
          type: 'CustomerOrderPlaced',
          data: {
            orderId: data.orderId,
            customerName: data.customerName,
            customerRef: data.customerRef,
            bomProductId: data.bomProductId,
            bomRevision: data.bomRevision,
            lines: data.lines.map(({ lineNo, partNumber, bomNodeId, quantity, dueDate }) => ({ lineNo, partNumber, bomNodeId, quantity, dueDate })),
            ownerId: actor.companyId,
            placedAt: now.toISOString(),
          },
        },
      ];
    }
    case 'CloseCustomerOrder': {
      const { orderId } = command.data;
      // Another company's order gets the very refusal of one never placed: a write must not reveal that it exists.
      if (state.status === 'None' || state.order.ownerId !== actor.companyId) {
        throw new OrdersError('ORDERS.NOT_PLACED', `customer order ${orderId} was never placed, or is not yours to see`);
      }
      if (state.status === 'Closed') throw new OrdersError('ORDERS.ALREADY_CLOSED', `customer order ${orderId} was closed at ${state.closedAt}`);
      return [{ type: 'CustomerOrderClosed', data: { orderId, closedBy: actor.companyId, closedAt: now.toISOString() } }];
    }
    default:
      return assertNever(command);
  }
}

export function evolveCustomerOrder(state: CustomerOrder, event: OrdersEvent): CustomerOrder {
  // The stream holds a purchase order: remember that, so commands get a clear refusal instead of a crash.
  if (!isCustomerOrderEvent(event)) return { status: 'OtherKind' };
  switch (event.type) {
    case 'CustomerOrderPlaced':
      return { status: 'Open', order: event.data };
    case 'CustomerOrderClosed':
      if (state.status !== 'Open') throw new Error(`CustomerOrderClosed on a customer order that is ${state.status}: corrupt stream`);
      return { status: 'Closed', order: state.order, closedAt: event.data.closedAt };
    default:
      return assertNever(event);
  }
}

export const customerOrderDecider: OrdersDecider<CustomerOrderCommand, CustomerOrder> = { initialState: initialCustomerOrder, decide: decideCustomerOrder, evolve: evolveCustomerOrder };

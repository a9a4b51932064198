import { customerOrderDecider, orderStreamId, purchaseOrderDecider, type CustomerOrder, type CustomerOrderCommand, type IssuePurchaseOrder, type OrdersEvent, type PurchaseOrder, type PurchaseOrderCommand } from '@renkei/orders';
import type { CommandEndpoint } from '@renkei/service-kit';
import { requireOwnCustomerOrder } from './unknown-customer-order';

/** Both kinds of order live in `order-{id}` streams; the stream is named by the command's order id. */
export const customerOrders: CommandEndpoint<CustomerOrderCommand, OrdersEvent, CustomerOrder> = {
  decider: customerOrderDecider,
  streamId: (command) => orderStreamId(command.data.orderId),
};

export const purchaseOrders: CommandEndpoint<PurchaseOrderCommand, OrdersEvent, PurchaseOrder> = {
  decider: purchaseOrderDecider,
  streamId: (command) => orderStreamId(command.data.orderId),
};

/**
 * Issuing adds the service's own rule to the domain's: a lead's direct purchase order names a
 * customer order of that lead. It runs after the domain decided (its refusals come first) and
 * inside the command handling, so an idempotent retry is answered before it is checked again.
 */
export function issuingPurchaseOrders(customerOrder: CustomerOrder): CommandEndpoint<IssuePurchaseOrder, OrdersEvent, PurchaseOrder> {
  return {
    decider: {
      initialState: purchaseOrderDecider.initialState,
      evolve: purchaseOrderDecider.evolve,
      decide: (command, state) => {
        const events = purchaseOrderDecider.decide(command, state);
        requireOwnCustomerOrder(command, customerOrder);
        return events;
      },
    },
    streamId: (command) => orderStreamId(command.data.orderId),
  };
}

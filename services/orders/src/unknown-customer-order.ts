import type { CustomerOrder, FieldError, IssuePurchaseOrder } from '@renkei/orders';

/**
 * The orders domain leaves cross-stream references to the service. Its error carries `code` and
 * `fieldErrors` like `OrdersError`, so `executeCommand` maps it to problem details the same way (422).
 */
export class UnknownCustomerOrder extends Error {
  readonly code = 'ORDERS.UNKNOWN_CUSTOMER_ORDER';
  readonly fieldErrors: readonly FieldError[];

  constructor(customerOrderId: string) {
    super(`you have no customer order ${customerOrderId}; place it first (POST /v1/customer-orders/${customerOrderId})`);
    this.name = 'UnknownCustomerOrder';
    this.fieldErrors = [{ field: 'customerOrderId', rule: 'must name a customer order you placed', allowed: 'the id of one of your customer orders' }];
  }
}

/**
 * A lead's purchase order with no parent must serve one of its own customer orders. Another
 * lead's order gets the same answer as a missing one, so its existence is not revealed.
 * Orders with a parent are checked by the domain against the parent's customer order.
 */
export function requireOwnCustomerOrder(command: IssuePurchaseOrder, customerOrder: CustomerOrder): void {
  const { data, metadata } = command;
  if (data.parent !== null || metadata.actor.role !== 'lead') return;
  const placed = customerOrder.status === 'Open' || customerOrder.status === 'Closed' ? customerOrder.order : null;
  if (placed === null || placed.orderId !== data.customerOrderId || placed.ownerId !== metadata.actor.companyId) throw new UnknownCustomerOrder(data.customerOrderId);
}

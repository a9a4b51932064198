import { CUSTOMER_ORDER_EVENT_TYPES, type CustomerOrderEvent } from './customer-order/customer-order-messages';
import { PURCHASE_ORDER_EVENT_TYPES, type PurchaseOrderEvent } from './purchase-order/purchase-order-events';

/** Everything an `order-{id}` stream may hold: one customer order or one purchase order, never both. */
export type OrdersEvent = CustomerOrderEvent | PurchaseOrderEvent;

const customerOrderTypes: ReadonlySet<string> = new Set(CUSTOMER_ORDER_EVENT_TYPES);
const purchaseOrderTypes: ReadonlySet<string> = new Set(PURCHASE_ORDER_EVENT_TYPES);

export function isCustomerOrderEvent(event: OrdersEvent): event is CustomerOrderEvent {
  return customerOrderTypes.has(event.type);
}

export function isPurchaseOrderEvent(event: OrdersEvent): event is PurchaseOrderEvent {
  return purchaseOrderTypes.has(event.type);
}

/** Both aggregates read any `order-` stream's events, so their deciders share one event type. */
export interface OrdersDecider<Command, State> {
  readonly initialState: State;
  decide(command: Command, state: State): OrdersEvent[];
  evolve(state: State, event: OrdersEvent): State;
}

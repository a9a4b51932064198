import type { CustomerOrderClosedV1, CustomerOrderPlacedV1 } from '@renkei/contracts';
import type { OrdersCommandMetadata } from '../command-metadata';

export interface PlaceCustomerOrder {
  readonly type: 'PlaceCustomerOrder';
  /** What the lead says; the owner and the time come from the metadata. */
  readonly data: Omit<CustomerOrderPlacedV1, 'ownerId' | 'placedAt'>;
  readonly metadata: OrdersCommandMetadata;
}

/**
 * The owner closes its order by hand for now; a process manager that closes it once every
 * purchase order below it is received in full comes later and will send this same command.
 */
export interface CloseCustomerOrder {
  readonly type: 'CloseCustomerOrder';
  readonly data: { readonly orderId: string };
  readonly metadata: OrdersCommandMetadata;
}

export type CustomerOrderCommand = PlaceCustomerOrder | CloseCustomerOrder;

export interface CustomerOrderPlaced {
  readonly type: 'CustomerOrderPlaced';
  readonly data: CustomerOrderPlacedV1;
}

export interface CustomerOrderClosed {
  readonly type: 'CustomerOrderClosed';
  readonly data: CustomerOrderClosedV1;
}

export type CustomerOrderEvent = CustomerOrderPlaced | CustomerOrderClosed;

export const CUSTOMER_ORDER_EVENT_TYPES = ['CustomerOrderPlaced', 'CustomerOrderClosed'] as const satisfies ReadonlyArray<CustomerOrderEvent['type']>;

export type OrdersActorRole = 'lead' | 'workshop' | 'integrator' | 'coordinator';

/** The authenticated caller: one company acting in one of its roles (the credential's role). */
export interface OrdersActor {
  readonly companyId: string;
  readonly role: OrdersActorRole;
}

/** Who asks, and when the backbone received it: passed in, never read from a clock here. */
export interface OrdersCommandMetadata {
  readonly actor: OrdersActor;
  readonly now: Date;
}

/** Customer orders and purchase orders share one id space: each order, of either kind, is one stream. */
export function orderStreamId(orderId: string): string {
  return `order-${orderId}`;
}

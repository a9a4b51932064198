/** One reason a field was refused: which field, which rule, and what would be accepted. */
export interface FieldError {
  readonly field: string;
  readonly rule: string;
  readonly allowed: string;
}

export type OrdersErrorCode =
  /** A command built without its parse function broke a shape rule (lines, quantities). */
  | 'ORDERS.INVALID_INPUT'
  /** The actor's role may not issue this command (e.g. an integrator placing an order). */
  | 'ORDERS.ROLE_NOT_ALLOWED'
  /** The order id is already used by the other kind of order (customer vs purchase). */
  | 'ORDERS.WRONG_ORDER_KIND'
  | 'ORDERS.ALREADY_PLACED'
  /** No such customer order, or not the caller's: the two are told apart to nobody. */
  | 'ORDERS.NOT_PLACED'
  | 'ORDERS.ALREADY_CLOSED'
  | 'ORDERS.ALREADY_ISSUED'
  /** No such purchase order, or the caller neither buys nor supplies it: the two are told apart to nobody. */
  | 'ORDERS.NOT_ISSUED'
  | 'ORDERS.SELF_SUPPLY'
  | 'ORDERS.PARENT_REQUIRED'
  | 'ORDERS.PARENT_LOOKUP_MISSING'
  | 'ORDERS.NOT_SUPPLIER_OF_PARENT'
  | 'ORDERS.UNKNOWN_PARENT_LINE'
  | 'ORDERS.CUSTOMER_ORDER_MISMATCH'
  | 'ORDERS.NOT_THE_SUPPLIER'
  | 'ORDERS.NOT_THE_BUYER'
  | 'ORDERS.ALREADY_ACKNOWLEDGED'
  | 'ORDERS.ORDER_REJECTED'
  | 'ORDERS.ALREADY_CANCELLED'
  | 'ORDERS.NO_PROPOSED_CHANGES'
  | 'ORDERS.NOT_ACCEPTED'
  | 'ORDERS.UNKNOWN_LINE'
  | 'ORDERS.NO_REAL_CHANGE'
  | 'ORDERS.CHANGE_PENDING'
  | 'ORDERS.DUPLICATE_CHANGE'
  | 'ORDERS.UNKNOWN_CHANGE'
  | 'ORDERS.CANNOT_ANSWER_OWN_CHANGE'
  | 'ORDERS.BELOW_SHIPPED'
  | 'ORDERS.ALREADY_SHIPPED_IN_FULL'
  | 'ORDERS.OVER_SHIPMENT'
  | 'ORDERS.DUPLICATE_SHIPMENT'
  | 'ORDERS.SHIPPED_IN_THE_FUTURE'
  | 'ORDERS.UNKNOWN_SHIPMENT'
  | 'ORDERS.ALREADY_RECEIVED'
  | 'ORDERS.RECEIPT_LINES_MISMATCH'
  | 'ORDERS.OVER_RECEIPT';

/** The single error type of the orders context; `code` is stable and mapped once per edge. */
export class OrdersError extends Error {
  constructor(
    readonly code: OrdersErrorCode,
    message: string,
    readonly fieldErrors: readonly FieldError[] = [],
  ) {
    super(message);
    this.name = 'OrdersError';
  }
}

import { ORDER_COMPANY_ID_PATTERN, ORDER_CURRENCY_PATTERN, ORDER_DATE_PATTERN, ORDER_DECIMAL_PATTERN, ORDER_ID_PATTERN, ORDER_MAX_QUANTITY } from './order-vocabulary';

// Parts of several orders events, schema version 1. Fragments have no $id: each event schema inlines them.

/** One line of the lead's end-to-end order: what the customer wants, at which BOM node. */
export interface CustomerOrderLineV1 {
  readonly lineNo: number;
  readonly partNumber: string;
  readonly bomNodeId: string;
  readonly quantity: number;
  /** YYYY-MM-DD. */
  readonly dueDate: string;
}

export interface OrderMoneyV1 {
  /** Decimal string, e.g. "1250.50". */
  readonly amount: string;
  /** ISO 4217, e.g. "JPY". */
  readonly currency: string;
}

/** One line of a purchase order; the price is seen only by the buyer and the supplier. */
export interface PurchaseOrderLineV1 extends CustomerOrderLineV1 {
  readonly unitPrice: OrderMoneyV1 | null;
}

/** The purchase order line this order supplies: the buyer is the supplier of that line. */
export interface OrderParentLineV1 {
  readonly orderId: string;
  readonly lineNo: number;
}

/** A proposed new quantity and/or due date for one line; null means "unchanged". */
export interface OrderLineChangeV1 {
  readonly lineNo: number;
  readonly quantity: number | null;
  readonly dueDate: string | null;
}

export interface OrderShipmentLineV1 {
  readonly lineNo: number;
  readonly quantity: number;
}

/** Pieces accepted into stock and pieces refused at the gate; they are disjoint, and only the first count as received. */
export interface OrderReceiptLineV1 {
  readonly lineNo: number;
  readonly receivedQuantity: number;
  readonly rejectedQuantity: number;
}

export const ORDER_ID_V1_SCHEMA = { type: 'string', pattern: ORDER_ID_PATTERN } as const;
export const ORDER_COMPANY_ID_V1_SCHEMA = { type: 'string', pattern: ORDER_COMPANY_ID_PATTERN } as const;
export const ORDER_DATE_V1_SCHEMA = { type: 'string', format: 'date', pattern: ORDER_DATE_PATTERN } as const;
export const ORDER_TIMESTAMP_V1_SCHEMA = { type: 'string', format: 'date-time' } as const;
export const ORDER_LINE_NO_V1_SCHEMA = { type: 'integer', minimum: 1 } as const;
export const ORDER_QUANTITY_V1_SCHEMA = { type: 'integer', minimum: 1, maximum: ORDER_MAX_QUANTITY } as const;
export const ORDER_REASON_V1_SCHEMA = { type: 'string', minLength: 1, maxLength: 500 } as const;

export const CUSTOMER_ORDER_LINE_V1_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['lineNo', 'partNumber', 'bomNodeId', 'quantity', 'dueDate'],
  properties: {
    lineNo: ORDER_LINE_NO_V1_SCHEMA,
    partNumber: { type: 'string', minLength: 1, maxLength: 64 },
    bomNodeId: ORDER_ID_V1_SCHEMA,
    quantity: ORDER_QUANTITY_V1_SCHEMA,
    dueDate: ORDER_DATE_V1_SCHEMA,
  },
} as const;

export const ORDER_MONEY_V1_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['amount', 'currency'],
  properties: {
    amount: { type: 'string', pattern: ORDER_DECIMAL_PATTERN },
    currency: { type: 'string', pattern: ORDER_CURRENCY_PATTERN },
  },
} as const;

export const PURCHASE_ORDER_LINE_V1_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: [...CUSTOMER_ORDER_LINE_V1_SCHEMA.required, 'unitPrice'],
  properties: {
    ...CUSTOMER_ORDER_LINE_V1_SCHEMA.properties,
    unitPrice: { anyOf: [ORDER_MONEY_V1_SCHEMA, { type: 'null' }] },
  },
} as const;

export const ORDER_PARENT_LINE_V1_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['orderId', 'lineNo'],
  properties: { orderId: ORDER_ID_V1_SCHEMA, lineNo: ORDER_LINE_NO_V1_SCHEMA },
} as const;

export const ORDER_LINE_CHANGE_V1_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['lineNo', 'quantity', 'dueDate'],
  properties: {
    lineNo: ORDER_LINE_NO_V1_SCHEMA,
    quantity: { anyOf: [ORDER_QUANTITY_V1_SCHEMA, { type: 'null' }] },
    dueDate: { anyOf: [ORDER_DATE_V1_SCHEMA, { type: 'null' }] },
  },
  // A change that changes nothing is not a change.
  not: { properties: { quantity: { type: 'null' }, dueDate: { type: 'null' } } },
} as const;

/** At least one change; one per line is the decider's rule (JSON Schema cannot key uniqueness on lineNo). */
export const ORDER_LINE_CHANGES_V1_SCHEMA = { type: 'array', minItems: 1, items: ORDER_LINE_CHANGE_V1_SCHEMA } as const;

export const ORDER_SHIPMENT_LINE_V1_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['lineNo', 'quantity'],
  properties: { lineNo: ORDER_LINE_NO_V1_SCHEMA, quantity: ORDER_QUANTITY_V1_SCHEMA },
} as const;

export const ORDER_RECEIPT_LINE_V1_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['lineNo', 'receivedQuantity', 'rejectedQuantity'],
  properties: {
    lineNo: ORDER_LINE_NO_V1_SCHEMA,
    receivedQuantity: { type: 'integer', minimum: 0, maximum: ORDER_MAX_QUANTITY },
    rejectedQuantity: { type: 'integer', minimum: 0, maximum: ORDER_MAX_QUANTITY },
  },
} as const;

import { CUSTOMER_ORDER_LINE_V1_SCHEMA, ORDER_COMPANY_ID_V1_SCHEMA, ORDER_ID_V1_SCHEMA, ORDER_TIMESTAMP_V1_SCHEMA, type CustomerOrderLineV1 } from './order-lines.v1';

export const CUSTOMER_ORDER_PLACED_SCHEMA_VERSION = 1;

/** Data of `CustomerOrderPlaced`, schema version 1: the lead took its customer's order, end to end. */
export interface CustomerOrderPlacedV1 {
  readonly orderId: string;
  readonly customerName: string;
  /** The customer's own order number, as printed on their paperwork. */
  readonly customerRef: string;
  readonly bomProductId: string;
  readonly bomRevision: number;
  readonly lines: readonly CustomerOrderLineV1[];
  /** The lead that placed it, taken from the caller's credential; only it may act on the order. */
  readonly ownerId: string;
  readonly placedAt: string;
}

export const CUSTOMER_ORDER_PLACED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/orders/CustomerOrderPlaced/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'CustomerOrderPlaced v1',
  type: 'object',
  additionalProperties: false,
  required: ['orderId', 'customerName', 'customerRef', 'bomProductId', 'bomRevision', 'lines', 'ownerId', 'placedAt'],
  properties: {
    orderId: ORDER_ID_V1_SCHEMA,
    customerName: { type: 'string', minLength: 1, maxLength: 200 },
    customerRef: { type: 'string', minLength: 1, maxLength: 100 },
    bomProductId: ORDER_ID_V1_SCHEMA,
    bomRevision: { type: 'integer', minimum: 1 },
    lines: { type: 'array', minItems: 1, items: CUSTOMER_ORDER_LINE_V1_SCHEMA },
    ownerId: ORDER_COMPANY_ID_V1_SCHEMA,
    placedAt: ORDER_TIMESTAMP_V1_SCHEMA,
  },
} as const;

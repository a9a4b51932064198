import { ORDER_COMPANY_ID_V1_SCHEMA, ORDER_ID_V1_SCHEMA, ORDER_TIMESTAMP_V1_SCHEMA } from './order-lines.v1';

export const CUSTOMER_ORDER_CLOSED_SCHEMA_VERSION = 1;

/** Data of `CustomerOrderClosed`, schema version 1: the owning lead closed its end-to-end order. */
export interface CustomerOrderClosedV1 {
  readonly orderId: string;
  readonly closedBy: string;
  readonly closedAt: string;
}

export const CUSTOMER_ORDER_CLOSED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/orders/CustomerOrderClosed/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'CustomerOrderClosed v1',
  type: 'object',
  additionalProperties: false,
  required: ['orderId', 'closedBy', 'closedAt'],
  properties: { orderId: ORDER_ID_V1_SCHEMA, closedBy: ORDER_COMPANY_ID_V1_SCHEMA, closedAt: ORDER_TIMESTAMP_V1_SCHEMA },
} as const;

import { ORDER_COMPANY_ID_V1_SCHEMA, ORDER_ID_V1_SCHEMA, ORDER_REASON_V1_SCHEMA, ORDER_TIMESTAMP_V1_SCHEMA } from './order-lines.v1';

export const ORDER_CANCELLED_SCHEMA_VERSION = 1;

/** Data of `OrderCancelled`, schema version 1: the buyer withdrew the purchase order. */
export interface OrderCancelledV1 {
  readonly orderId: string;
  readonly cancelledBy: string;
  readonly reason: string;
  readonly cancelledAt: string;
}

export const ORDER_CANCELLED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/orders/OrderCancelled/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'OrderCancelled v1',
  type: 'object',
  additionalProperties: false,
  required: ['orderId', 'cancelledBy', 'reason', 'cancelledAt'],
  properties: {
    orderId: ORDER_ID_V1_SCHEMA,
    cancelledBy: ORDER_COMPANY_ID_V1_SCHEMA,
    reason: ORDER_REASON_V1_SCHEMA,
    cancelledAt: ORDER_TIMESTAMP_V1_SCHEMA,
  },
} as const;

import { ORDER_COMPANY_ID_V1_SCHEMA, ORDER_ID_V1_SCHEMA, ORDER_REASON_V1_SCHEMA, ORDER_TIMESTAMP_V1_SCHEMA } from './order-lines.v1';

export const ORDER_REJECTED_SCHEMA_VERSION = 1;

/** Data of `OrderRejected`, schema version 1: the supplier declined the purchase order; it is over. */
export interface OrderRejectedV1 {
  readonly orderId: string;
  readonly rejectedBy: string;
  readonly reason: string;
  readonly rejectedAt: string;
}

export const ORDER_REJECTED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/orders/OrderRejected/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'OrderRejected v1',
  type: 'object',
  additionalProperties: false,
  required: ['orderId', 'rejectedBy', 'reason', 'rejectedAt'],
  properties: {
    orderId: ORDER_ID_V1_SCHEMA,
    rejectedBy: ORDER_COMPANY_ID_V1_SCHEMA,
    reason: ORDER_REASON_V1_SCHEMA,
    rejectedAt: ORDER_TIMESTAMP_V1_SCHEMA,
  },
} as const;

import { ORDER_ID_V1_SCHEMA, ORDER_TIMESTAMP_V1_SCHEMA } from './order-lines.v1';

export const PURCHASE_ORDER_CLOSED_SCHEMA_VERSION = 1;

/** Data of `PurchaseOrderClosed`, schema version 1: every line was received in full; nothing more happens on it. */
export interface PurchaseOrderClosedV1 {
  readonly orderId: string;
  readonly closedAt: string;
}

export const PURCHASE_ORDER_CLOSED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/orders/PurchaseOrderClosed/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'PurchaseOrderClosed v1',
  type: 'object',
  additionalProperties: false,
  required: ['orderId', 'closedAt'],
  properties: { orderId: ORDER_ID_V1_SCHEMA, closedAt: ORDER_TIMESTAMP_V1_SCHEMA },
} as const;

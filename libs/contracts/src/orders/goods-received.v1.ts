import { ORDER_COMPANY_ID_V1_SCHEMA, ORDER_ID_V1_SCHEMA, ORDER_RECEIPT_LINE_V1_SCHEMA, ORDER_TIMESTAMP_V1_SCHEMA, type OrderReceiptLineV1 } from './order-lines.v1';

export const GOODS_RECEIVED_SCHEMA_VERSION = 1;

/**
 * Data of `GoodsReceived`, schema version 1: the buyer checked one shipment in.
 * Only `receivedQuantity` counts toward the order; rejected and missing pieces may be shipped again.
 */
export interface OrderGoodsReceivedV1 {
  readonly orderId: string;
  readonly shipmentId: string;
  readonly receivedBy: string;
  readonly lines: readonly OrderReceiptLineV1[];
  readonly receivedAt: string;
}

export const GOODS_RECEIVED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/orders/GoodsReceived/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'GoodsReceived v1',
  type: 'object',
  additionalProperties: false,
  required: ['orderId', 'shipmentId', 'receivedBy', 'lines', 'receivedAt'],
  properties: {
    orderId: ORDER_ID_V1_SCHEMA,
    shipmentId: ORDER_ID_V1_SCHEMA,
    receivedBy: ORDER_COMPANY_ID_V1_SCHEMA,
    lines: { type: 'array', minItems: 1, items: ORDER_RECEIPT_LINE_V1_SCHEMA },
    receivedAt: ORDER_TIMESTAMP_V1_SCHEMA,
  },
} as const;

import { ORDER_COMPANY_ID_V1_SCHEMA, ORDER_ID_V1_SCHEMA, ORDER_TIMESTAMP_V1_SCHEMA } from './order-lines.v1';

export const ORDER_ACCEPTED_SCHEMA_VERSION = 1;

/** Data of `OrderAccepted`, schema version 1: the supplier accepted the purchase order as issued. */
export interface OrderAcceptedV1 {
  readonly orderId: string;
  readonly acceptedBy: string;
  readonly acceptedAt: string;
}

export const ORDER_ACCEPTED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/orders/OrderAccepted/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'OrderAccepted v1',
  type: 'object',
  additionalProperties: false,
  required: ['orderId', 'acceptedBy', 'acceptedAt'],
  properties: { orderId: ORDER_ID_V1_SCHEMA, acceptedBy: ORDER_COMPANY_ID_V1_SCHEMA, acceptedAt: ORDER_TIMESTAMP_V1_SCHEMA },
} as const;

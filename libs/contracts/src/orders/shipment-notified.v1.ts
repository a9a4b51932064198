import {
  ORDER_COMPANY_ID_V1_SCHEMA,
  ORDER_ID_V1_SCHEMA,
  ORDER_SHIPMENT_LINE_V1_SCHEMA,
  ORDER_TIMESTAMP_V1_SCHEMA,
  type OrderShipmentLineV1,
} from './order-lines.v1';

export const SHIPMENT_NOTIFIED_SCHEMA_VERSION = 1;

/** Data of `ShipmentNotified`, schema version 1: the supplier sent (part of) the order on its way. */
export interface OrderShipmentNotifiedV1 {
  readonly orderId: string;
  readonly shipmentId: string;
  readonly shippedBy: string;
  readonly lines: readonly OrderShipmentLineV1[];
  /** When the goods left, as the supplier says. */
  readonly shippedAt: string;
  /** When Renkei was told. */
  readonly notifiedAt: string;
}

export const SHIPMENT_NOTIFIED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/orders/ShipmentNotified/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'ShipmentNotified v1',
  type: 'object',
  additionalProperties: false,
  required: ['orderId', 'shipmentId', 'shippedBy', 'lines', 'shippedAt', 'notifiedAt'],
  properties: {
    orderId: ORDER_ID_V1_SCHEMA,
    shipmentId: ORDER_ID_V1_SCHEMA,
    shippedBy: ORDER_COMPANY_ID_V1_SCHEMA,
    lines: { type: 'array', minItems: 1, items: ORDER_SHIPMENT_LINE_V1_SCHEMA },
    shippedAt: ORDER_TIMESTAMP_V1_SCHEMA,
    notifiedAt: ORDER_TIMESTAMP_V1_SCHEMA,
  },
} as const;

import { ORDER_COMPANY_ID_V1_SCHEMA, ORDER_ID_V1_SCHEMA, ORDER_LINE_CHANGES_V1_SCHEMA, ORDER_TIMESTAMP_V1_SCHEMA, type OrderLineChangeV1 } from './order-lines.v1';

export const ORDER_ACCEPTED_WITH_CHANGES_SCHEMA_VERSION = 1;

/** Data of `OrderAcceptedWithChanges`, schema version 1: the supplier would accept with other quantities or dates; the buyer decides. */
export interface OrderAcceptedWithChangesV1 {
  readonly orderId: string;
  readonly acceptedBy: string;
  readonly changes: readonly OrderLineChangeV1[];
  readonly acceptedAt: string;
}

export const ORDER_ACCEPTED_WITH_CHANGES_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/orders/OrderAcceptedWithChanges/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'OrderAcceptedWithChanges v1',
  type: 'object',
  additionalProperties: false,
  required: ['orderId', 'acceptedBy', 'changes', 'acceptedAt'],
  properties: {
    orderId: ORDER_ID_V1_SCHEMA,
    acceptedBy: ORDER_COMPANY_ID_V1_SCHEMA,
    changes: ORDER_LINE_CHANGES_V1_SCHEMA,
    acceptedAt: ORDER_TIMESTAMP_V1_SCHEMA,
  },
} as const;

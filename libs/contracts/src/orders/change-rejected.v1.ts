import { ORDER_COMPANY_ID_V1_SCHEMA, ORDER_ID_V1_SCHEMA, ORDER_REASON_V1_SCHEMA, ORDER_TIMESTAMP_V1_SCHEMA } from './order-lines.v1';

export const CHANGE_REJECTED_SCHEMA_VERSION = 1;

/** Data of `ChangeRejected`, schema version 1: the other party refused the change; the order stays as it was. */
export interface OrderChangeRejectedV1 {
  readonly orderId: string;
  readonly changeId: string;
  readonly rejectedBy: string;
  readonly reason: string;
  readonly rejectedAt: string;
}

export const CHANGE_REJECTED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/orders/ChangeRejected/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'ChangeRejected v1',
  type: 'object',
  additionalProperties: false,
  required: ['orderId', 'changeId', 'rejectedBy', 'reason', 'rejectedAt'],
  properties: {
    orderId: ORDER_ID_V1_SCHEMA,
    changeId: ORDER_ID_V1_SCHEMA,
    rejectedBy: ORDER_COMPANY_ID_V1_SCHEMA,
    reason: ORDER_REASON_V1_SCHEMA,
    rejectedAt: ORDER_TIMESTAMP_V1_SCHEMA,
  },
} as const;

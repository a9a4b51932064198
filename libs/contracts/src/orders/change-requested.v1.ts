import {
  ORDER_COMPANY_ID_V1_SCHEMA,
  ORDER_ID_V1_SCHEMA,
  ORDER_LINE_CHANGES_V1_SCHEMA,
  ORDER_REASON_V1_SCHEMA,
  ORDER_TIMESTAMP_V1_SCHEMA,
  type OrderLineChangeV1,
} from './order-lines.v1';

export const CHANGE_REQUESTED_SCHEMA_VERSION = 1;

/** Data of `ChangeRequested`, schema version 1: buyer or supplier asks to change an accepted order; the other party answers. */
export interface OrderChangeRequestedV1 {
  readonly orderId: string;
  readonly changeId: string;
  readonly requestedBy: string;
  readonly changes: readonly OrderLineChangeV1[];
  readonly reason: string;
  readonly requestedAt: string;
}

export const CHANGE_REQUESTED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/orders/ChangeRequested/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'ChangeRequested v1',
  type: 'object',
  additionalProperties: false,
  required: ['orderId', 'changeId', 'requestedBy', 'changes', 'reason', 'requestedAt'],
  properties: {
    orderId: ORDER_ID_V1_SCHEMA,
    changeId: ORDER_ID_V1_SCHEMA,
    requestedBy: ORDER_COMPANY_ID_V1_SCHEMA,
    changes: ORDER_LINE_CHANGES_V1_SCHEMA,
    reason: ORDER_REASON_V1_SCHEMA,
    requestedAt: ORDER_TIMESTAMP_V1_SCHEMA,
  },
} as const;

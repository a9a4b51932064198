import { ORDER_COMPANY_ID_V1_SCHEMA, ORDER_ID_V1_SCHEMA, ORDER_REASON_V1_SCHEMA, ORDER_TIMESTAMP_V1_SCHEMA } from './order-lines.v1';

export const PROPOSED_CHANGES_REJECTED_SCHEMA_VERSION = 1;

/** Data of `ProposedChangesRejected`, schema version 1: the buyer refused the supplier's changes; the supplier must acknowledge again. */
export interface OrderProposedChangesRejectedV1 {
  readonly orderId: string;
  readonly rejectedBy: string;
  readonly reason: string;
  readonly rejectedAt: string;
}

export const PROPOSED_CHANGES_REJECTED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/orders/ProposedChangesRejected/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'ProposedChangesRejected v1',
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

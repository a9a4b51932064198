import { ORDER_COMPANY_ID_V1_SCHEMA, ORDER_ID_V1_SCHEMA, ORDER_LINE_CHANGES_V1_SCHEMA, ORDER_TIMESTAMP_V1_SCHEMA, type OrderLineChangeV1 } from './order-lines.v1';

export const PROPOSED_CHANGES_ACCEPTED_SCHEMA_VERSION = 1;

/** Data of `ProposedChangesAccepted`, schema version 1: the buyer agreed to the supplier's changes; the order is accepted with them. */
export interface OrderProposedChangesAcceptedV1 {
  readonly orderId: string;
  readonly acceptedBy: string;
  /** The changes now in force, repeated so a reader needs no earlier event. */
  readonly changes: readonly OrderLineChangeV1[];
  readonly acceptedAt: string;
}

export const PROPOSED_CHANGES_ACCEPTED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/orders/ProposedChangesAccepted/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'ProposedChangesAccepted v1',
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

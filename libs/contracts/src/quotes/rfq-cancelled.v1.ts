import { QUOTES_ID_PATTERN } from './quotes-vocabulary';

export const RFQ_CANCELLED_SCHEMA_VERSION = 1;

/** Data of `RfqCancelled`, schema version 1: the issuing lead withdrew the RFQ before awarding it. */
export interface RfqCancelledV1 {
  readonly rfqId: string;
  readonly cancelledBy: string;
  readonly reason: string;
  readonly cancelledAt: string;
}

export const RFQ_CANCELLED_V1_SCHEMA = {
  $id: 'https://renkei.example/schemas/quotes/RfqCancelled/v1.json',
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'RfqCancelled v1',
  type: 'object',
  additionalProperties: false,
  required: ['rfqId', 'cancelledBy', 'reason', 'cancelledAt'],
  properties: {
    rfqId: { type: 'string', pattern: QUOTES_ID_PATTERN },
    cancelledBy: { type: 'string', minLength: 1 },
    reason: { type: 'string', minLength: 1, maxLength: 500 },
    cancelledAt: { type: 'string', format: 'date-time' },
  },
} as const;
